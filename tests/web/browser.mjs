// What every web test shares: the repository's paths, the product's command line, and Debian's chromium.
import { execFileSync } from 'node:child_process';
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
