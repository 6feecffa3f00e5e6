// A served diagram saved as pictures from a plain browser: the page's SVG and PNG buttons download files a
// stakeholder can paste into a deck. The SVG carries the page's styles and the model's names; the PNG is drawn from it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { browser, root, serve, temporaryFolder } from './browser.mjs';

let server;
let chromium;
let page;

before(async () => {
  const model = join(temporaryFolder(), 'cairnwood.outsidein');
  copyFileSync(join(root, 'examples', 'cairnwood-outdoor.outsidein'), model);
  let addresses;
  ({ server, addresses } = await serve([model, '--diagram', 'outsidein.ecosystem']));
  const address = Object.values(addresses)[0];
  chromium = await browser();
  page = await (await chromium.newContext({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true })).newPage();
  await page.goto(address);
  await page.waitForFunction(() => document.body.dataset.state === 'loaded');
});

after(async () => {
  await chromium?.close();
  server?.kill('SIGINT');
});

async function downloaded(button) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

test('SVG downloads the diagram as drawn, with its styles and the customers\' names', async () => {
  const { name, bytes } = await downloaded('#export-svg');
  assert.match(name, /\.svg$/);
  const svg = bytes.toString('utf8');
  assert.match(svg, /^<svg|<\?xml/);
  assert.ok(svg.includes('Sigrun Alvestad'), 'a customer of the example is in the picture');
  assert.ok(/fill|stroke/.test(svg), 'the page\'s styles are copied into the picture');
});

test('PNG downloads a picture drawn from that SVG, twice its size', async () => {
  const { name, bytes } = await downloaded('#export-png');
  assert.match(name, /\.png$/);
  assert.deepEqual([...bytes.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47], 'a PNG file');
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  assert.ok(width > 400 && height > 300, `the whole diagram: ${width} x ${height}`);
});
