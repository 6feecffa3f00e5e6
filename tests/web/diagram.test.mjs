// `outsidein serve` as an analyst uses it: the example's customers-by-role diagram opened in chromium, a customer
// created from the palette in the Guides container, renamed in place, the rename undone, the model saved; then the
// model file on disk is read back.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { browser, root, screenshots, temporaryFolder } from './browser.mjs';

const example = join(root, 'examples', 'cairnwood-outdoor.outsidein');
let model;
let server;
let address;
let chromium;
let page;

/** The names of the customers in a model file, in order. */
function customerNames(file) {
  return [...readFileSync(file, 'utf8').matchAll(/<customers\b[^>]*?\sname="([^"]*)"/g)].map((m) => m[1]);
}

/** Starts `outsidein serve MODEL` and resolves with the address it prints (with the session token). */
function serve(file) {
  return new Promise((resolve, reject) => {
    server = spawn(join(root, 'outsidein'), ['serve', file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let printed = '';
    server.stdout.on('data', (chunk) => {
      printed += chunk;
      const url = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(printed);
      if (url) resolve(url[0]);
    });
    server.stderr.on('data', (chunk) => process.stderr.write(chunk));
    server.on('exit', (code) => reject(new Error(`outsidein serve ended with ${code} before printing its address:\n${printed}`)));
  });
}

const nodes = () => page.locator('#diagram g.node-element');

before(async () => {
  const folder = temporaryFolder();
  model = join(folder, 'cairnwood.outsidein');
  copyFileSync(example, model);
  address = await serve(model);
  chromium = await browser();
  page = await (await chromium.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
  page.on('pageerror', (error) => process.stderr.write(`page error: ${error}\n`));
  await page.goto(address);
  mkdirSync(screenshots, { recursive: true });
});

after(async () => {
  await chromium?.close();
  server?.kill('SIGINT');
});

test('the page prints the address with a token and shows one node per customer of the model', async () => {
  assert.match(address, /^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{43}$/);
  const customers = customerNames(model).length;
  await page.locator('#diagram [id="diagram_role-guides"]').waitFor();
  // Only what is in view is drawn: show the whole diagram first.
  await page.click('#fit');
  await page.waitForFunction((n) => document.querySelectorAll('#diagram g.node-element').length === n, customers);
  assert.equal(await nodes().count(), customers);
  assert.ok(await page.locator('text=Guides').first().isVisible());
  await page.screenshot({ path: join(screenshots, 'diagram-opened.png') });
});

test('a customer created from the palette in Guides, renamed in place, the rename undone, saved', async () => {
  // A second tab on the same model: it must follow the first tab's edits (one model, one undo history).
  // A window of its own: chromium stops drawing a tab that is behind another.
  const other = await (await chromium.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
  await other.goto(address);
  await other.locator('#diagram [id="diagram_role-guides"]').waitFor();
  await other.click('#fit');
  await page.bringToFront();
  const before = await nodes().count();
  await page.locator('.tool-palette .tool-button', { hasText: 'Customer' }).click();
  // sprotty gives each element the DOM id <diagram div>_<element id>; a role's element id is its id in the methodology.
  const guides = page.locator('#diagram [id="diagram_role-guides"]');
  const box = await guides.boundingBox();
  await page.mouse.click(box.x + box.width - 30, box.y + 15);
  await page.waitForFunction((n) => document.querySelectorAll('#diagram g.node-element').length === n, before + 1);

  const created = page.locator('#diagram g.node-element', { hasText: 'New customer' });
  assert.equal(await created.count(), 1);
  await created.locator('text=New customer').dblclick();
  const editor = page.locator('.label-edit input, .label-edit textarea').first();
  await editor.waitFor();
  await editor.fill('Fjell Rescue Team');
  await editor.press('Enter');
  await page.locator('#diagram g.node-element', { hasText: 'Fjell Rescue Team' }).waitFor();
  await page.screenshot({ path: join(screenshots, 'diagram-renamed.png') });
  await other.bringToFront();
  await other.locator('#diagram g.node-element', { hasText: 'Fjell Rescue Team' }).waitFor({ timeout: 10000 });
  assert.equal(await other.textContent('#dirty'), 'unsaved changes', 'the other window shares the undo history');
  await other.screenshot({ path: join(screenshots, 'diagram-other-window.png') });
  await other.context().close();
  await page.bringToFront();

  await page.click('#undo');
  await page.locator('#diagram g.node-element', { hasText: 'New customer' }).waitFor();
  assert.equal(await page.locator('#diagram g.node-element', { hasText: 'Fjell Rescue Team' }).count(), 0);
  assert.equal(await page.textContent('#dirty'), 'unsaved changes');

  const modified = existsSync(model) ? readFileSync(model, 'utf8') : '';
  await page.click('#save');
  await page.waitForFunction(() => document.getElementById('dirty').textContent === 'saved');
  await page.screenshot({ path: join(screenshots, 'diagram-saved.png') });

  assert.notEqual(readFileSync(model, 'utf8'), modified, 'saving wrote the file');
  const names = customerNames(model);
  assert.equal(names.length, customerNames(example).length + 1);
  assert.equal(names.at(-1), 'New customer');
  assert.ok(!names.includes('Fjell Rescue Team'), 'the undone rename is not saved');
  const saved = readFileSync(model, 'utf8');
  const newest = saved.slice(saved.lastIndexOf('<customers'));
  assert.match(newest, /<roles [^>]*role="[^"]*#role-guides"/, 'the new customer plays the role of its container');
  assert.ok(existsSync(`${model}.bak`), 'the atomic save kept the previous version');
});

test('a node moved by the mouse keeps its place in the layout file beside the model, not in the model', async () => {
  const node = page.locator('#diagram g.node-element', { hasText: 'New customer' });
  const id = (await node.getAttribute('id')).replace(/^diagram_/, '');
  const modelBefore = readFileSync(model, 'utf8');
  const box = await node.boundingBox();
  await node.click();
  await page.mouse.move(box.x + 10, box.y + box.height / 2);
  await page.mouse.down();
  // a little up and left: it stays inside its container (customers are not moved between roles by dragging)
  await page.mouse.move(box.x - 30, box.y + box.height / 2 - 20, { steps: 8 });
  await page.mouse.up();
  await page.waitForFunction(() => document.getElementById('dirty').textContent === 'unsaved changes');
  await page.click('#save');
  await page.waitForFunction(() => document.getElementById('dirty').textContent === 'saved');

  const layout = JSON.parse(readFileSync(`${model}.layout`, 'utf8'));
  assert.equal(layout.format, 'outsidein-layout');
  assert.deepEqual(Object.keys(layout.positions), [id]);
  assert.ok(layout.positions[id].y > 0);
  assert.equal(readFileSync(model, 'utf8'), modelBefore, 'a move changes no model data');
});
