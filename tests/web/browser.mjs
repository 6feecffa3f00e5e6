// What every web test shares: the repository's paths, the product's command line, and Debian's chromium.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const screenshots = join(root, 'tests', 'web', 'target');

/** Runs `outsidein ARGS...` (the built product) and returns what it printed. */
export function outsidein(...args) {
  return execFileSync(join(root, 'outsidein'), args, { encoding: 'utf8' }).trim();
}

export function temporaryFolder() {
  return mkdtempSync(join(tmpdir(), 'outsidein-web-'));
}

/** A headless chromium that records every request a page makes. */
export async function browser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox'],
  });
}

/**
 * Starts `outsidein serve ARGS...` and resolves, once it has printed `expected` addresses, with the running process
 * and its addresses (each with the session token) by diagram type.
 */
export function serve(args, expected = 1) {
  return new Promise((resolve, reject) => {
    const server = spawn(join(root, 'outsidein'), ['serve', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let printed = '';
    server.stdout.on('data', (chunk) => {
      printed += chunk;
      const found = [...printed.matchAll(/http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+&diagram=([\w.-]+)/g)];
      if (found.length >= expected) resolve({ server, addresses: Object.fromEntries(found.map((m) => [m[1], m[0]])) });
    });
    server.stderr.on('data', (chunk) => process.stderr.write(chunk));
    server.on('exit', (code) => reject(new Error(`outsidein serve ended with ${code} before printing its addresses:\n${printed}`)));
  });
}
