// `outsidein serve` as an analyst uses it, on the diagrams drawn from descriptions. The example's customer ecosystem
// opened in chromium: a customer created from the palette in the Guides container, connected to a community with the
// description's Member edge tool, renamed in place, the rename undone, the model saved; then the model file on disk is
// read back. A second window follows the first. The other diagrams of the model (the outcome landscape, the engagement
// map and the example plug-in's contributed one) are opened too, and every one is photographed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { browser, root, screenshots, serve, temporaryFolder } from './browser.mjs';

const example = join(root, 'examples', 'cairnwood-outdoor.outsidein');
// The example plug-in's description, served from its file (the product does not install the example plug-ins).
const inventions = join(root, 'examples', 'org.outsidein.example.diagram', 'descriptions', 'lead-user-inventions.diagram');
let model;
let server;
let addresses;
let chromium;
let page;

/** The names of the customers in a model file, in order. */
function customerNames(file) {
  return [...readFileSync(file, 'utf8').matchAll(/<customers\b[^>]*?\sname="([^"]*)"/g)].map((m) => m[1]);
}

const ecosystemNodes = (p = page) => p.locator('#diagram g.node-role-member');
const count = (selector) => page.locator(selector).count();
const waitForCount = (p, selector, n) =>
  p.waitForFunction(([s, c]) => document.querySelectorAll(s).length === c, [selector, n]);

async function newWindow(address) {
  const other = await (await chromium.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
  other.on('pageerror', (error) => process.stderr.write(`page error: ${error}\n`));
  await other.goto(address);
  await other.waitForFunction(() => document.body.dataset.state === 'loaded');
  // The model may come after the page says it is loaded: fit once something is drawn, and let the fitted view be drawn.
  await other.waitForFunction(() => document.querySelector('#diagram .sprotty-graph > g') !== null);
  await other.click('#fit');
  await other.evaluate(() => new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn))));
  return other;
}

before(async () => {
  const folder = temporaryFolder();
  model = join(folder, 'cairnwood.outsidein');
  copyFileSync(example, model);
  ({ server, addresses } = await serve([model, '--description-file', inventions], 4));
  chromium = await browser();
  page = await (await chromium.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
  page.on('pageerror', (error) => process.stderr.write(`page error: ${error}\n`));
  await page.goto(addresses['outsidein.ecosystem']);
  mkdirSync(screenshots, { recursive: true });
});

after(async () => {
  await chromium?.close();
  server?.kill('SIGINT');
});

test('serve prints an address per diagram, each with the token; the ecosystem shows each role with its customers', async () => {
  assert.deepEqual(Object.keys(addresses).sort(),
    ['example.inventions', 'outsidein.ecosystem', 'outsidein.engagement', 'outsidein.outcomes']);
  for (const address of Object.values(addresses)) {
    assert.match(address, /^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{43}&diagram=/);
  }
  // Only what is in view is drawn: show the whole diagram first.
  await page.waitForFunction(() => document.body.dataset.state === 'loaded');
  await page.click('#fit');
  await page.locator('#diagram [id="diagram_role-guides"]').waitFor();
  // Each role's label counts its players; a customer is drawn in every role it plays (the example's roles hold fewer
  // than the 200 a container draws).
  const labels = await page.locator('#diagram g.node-role > text').allTextContents();
  const players = labels.map((label) => Number(/\((\d+)\)$/.exec(label)[1])).reduce((a, b) => a + b, 0);
  assert.ok(players > 20, labels.join(', '));
  await waitForCount(page, '#diagram g.node-role-member', players);
  assert.equal(await page.locator('#diagram g.node-role').count(), 5);
  assert.ok(await count('#diagram g.node-organisation') === 1);
  assert.ok(await count('#diagram g.node-community') > 0);
  assert.equal(await page.textContent('#title'), 'Customer ecosystem: Cairnwood Outdoor customer ecosystem');
  assert.equal(await page.locator('#diagrams option').count(), 4, 'the list of the model\'s diagrams');
  // The model checks' findings are badges on the nodes of the elements they are about (the example has some).
  await page.locator('#diagram .sprotty-issue').first().waitFor();
  // More than twelve members of one community in one role are one wider line, labelled with their number.
  const folded = page.locator('#diagram g.edge-member-folded');
  assert.ok(await folded.count() > 0, 'the example has a community with more than twelve members in one role');
  assert.match(await folded.first().locator('text.edge-text').textContent(), /^(1[3-9]|[2-9]\d|\d{3,}) × member$/);
  await page.screenshot({ path: join(screenshots, 'diagram-ecosystem.png') });
});

test('a customer created from the palette in Guides, connected to a community, renamed, the rename undone, saved', async () => {
  // A second window on the same model follows the first one's edits (one model, one undo history).
  const other = await newWindow(addresses['outsidein.ecosystem']);
  await page.bringToFront();
  const before = await ecosystemNodes().count();
  await page.locator('.tool-palette .tool-button', { hasText: 'Customer' }).click();
  // sprotty gives each element the DOM id <diagram div>_<element id>; a role's element id is its id in the methodology.
  const guides = page.locator('#diagram [id="diagram_role-guides"]');
  const box = await guides.boundingBox();
  await page.mouse.click(box.x + box.width - 12, box.y + 8);
  await waitForCount(page, '#diagram g.node-role-member', before + 1);
  const created = page.locator('#diagram g.node-role-member', { hasText: 'New customer' });
  assert.equal(await created.count(), 1);
  const createdId = (await created.getAttribute('id')).replace(/^diagram_/, '');
  assert.match(createdId, /^role-guides\|_[\w-]{22}$/, 'nested in Guides, known by the new customer\'s own id');
  const customerId = createdId.split('|')[1];

  // The description's Member edge tool: from a community to the new customer.
  const edgesBefore = await count('#diagram g.edge-member');
  const community = page.locator('#diagram g.node-community').first();
  const communityName = (await community.locator('text').first().textContent()).trim();
  await page.locator('.tool-palette .tool-button', { hasText: 'Member' }).click();
  await community.click();
  await created.click();
  await waitForCount(page, '#diagram g.edge-member', edgesBefore + 1);
  await page.keyboard.press('Escape');
  await page.screenshot({ path: join(screenshots, 'diagram-connected.png') });

  await created.locator('text=New customer').dblclick();
  const editor = page.locator('.label-edit input, .label-edit textarea').first();
  await editor.waitFor();
  await editor.fill('Fjell Rescue Team');
  await editor.press('Enter');
  await page.locator('#diagram g.node-role-member', { hasText: 'Fjell Rescue Team' }).waitFor();
  await page.screenshot({ path: join(screenshots, 'diagram-renamed.png') });
  await other.bringToFront();
  await other.locator('#diagram g.node-role-member', { hasText: 'Fjell Rescue Team' }).waitFor({ timeout: 10000 });
  assert.equal(await other.textContent('#dirty'), 'unsaved changes', 'the other window shares the undo history');
  await other.screenshot({ path: join(screenshots, 'diagram-other-window.png') });
  await other.context().close();
  await page.bringToFront();

  await page.click('#undo');
  await page.locator('#diagram g.node-role-member', { hasText: 'New customer' }).waitFor();
  assert.equal(await page.locator('#diagram g.node-role-member', { hasText: 'Fjell Rescue Team' }).count(), 0);
  assert.equal(await count('#diagram g.edge-member'), edgesBefore + 1, 'undo took back the rename only');
  assert.equal(await page.textContent('#dirty'), 'unsaved changes');

  const modified = readFileSync(model, 'utf8');
  await page.click('#save');
  await page.waitForFunction(() => document.getElementById('dirty').textContent === 'saved');
  await page.screenshot({ path: join(screenshots, 'diagram-saved.png') });

  const saved = readFileSync(model, 'utf8');
  assert.notEqual(saved, modified, 'saving wrote the file');
  const names = customerNames(model);
  assert.equal(names.length, customerNames(example).length + 1);
  assert.equal(names.at(-1), 'New customer');
  assert.ok(!names.includes('Fjell Rescue Team'), 'the undone rename is not saved');
  const start = saved.lastIndexOf('<customers', saved.indexOf(`id="${customerId}"`));
  assert.ok(saved.indexOf(`id="${customerId}"`) > 0 && start >= 0, `the saved customer keeps the id its node had (${customerId})`);
  const element = saved.slice(start, saved.indexOf('</customers>', start));
  assert.match(element, /^<customers [^>]*name="New customer"/);
  assert.match(element, /<roles [^>]*role="[^"]*#role-guides"/, 'the new customer plays the role of its container');
  const communityElement = [...saved.matchAll(/<communities\b[^>]*>/g)].map((m) => m[0])
    .find((tag) => tag.includes(`name="${communityName}"`));
  assert.ok(communityElement, communityName);
  assert.match(communityElement, new RegExp(`members="[^"]*${customerId}`), 'the community has the new member');
  assert.ok(existsSync(`${model}.bak`), 'the atomic save kept the previous version');
});

test('a customer in no role connected to Consultants with the Plays role tool plays it, drawn inside it; saved', async () => {
  // A window of its own, showing the whole diagram (the first one is zoomed in on the renamed customer).
  const window = await newWindow(addresses['outsidein.ecosystem']);
  const inNoRole = window.locator('#diagram g.node-customer-in-no-role').first();
  const inNoRoleId = await inNoRole.getAttribute('id');
  const customerId = inNoRoleId.split('|')[1];
  await window.locator('.tool-palette .tool-button', { hasText: 'Plays role' }).click();
  await inNoRole.click();
  const box = await window.locator('#diagram [id="diagram_role-consultants"]').boundingBox();
  await window.mouse.click(box.x + box.width - 12, box.y + 8);
  await window.locator(`#diagram [id="diagram_role-consultants|${customerId}"]`).waitFor();
  // No longer in "In no role yet" (the elements counted would be only those in view, which a new layout changes).
  await window.locator(`#diagram [id="${inNoRoleId}"]`).waitFor({ state: 'detached' });
  await window.keyboard.press('Escape');
  await window.screenshot({ path: join(screenshots, 'diagram-plays-role.png') });

  await window.click('#save');
  await window.waitForFunction(() => document.getElementById('dirty').textContent === 'saved');
  await window.context().close();
  const saved = readFileSync(model, 'utf8');
  const start = saved.indexOf(`id="${customerId}"`);
  const next = saved.indexOf('<customers', start);
  const customer = saved.slice(start, next < 0 ? undefined : next);
  assert.match(customer, /<roles [^>]*role="[^"]*#role-consultants"/, 'the saved customer plays Consultants');
});

test('a node moved by the mouse keeps its place in the layout file beside the model, not in the model', async () => {
  // The previous edits were laid out afresh; only what is in view is drawn.
  await page.click('#fit');
  const node = page.locator('#diagram g.node-role-member', { hasText: 'New customer' });
  const id = (await node.getAttribute('id')).replace(/^diagram_/, '');
  const modelBefore = readFileSync(model, 'utf8');
  const box = await node.boundingBox();
  await node.click();
  await page.mouse.move(box.x + 10, box.y + box.height / 2);
  await page.mouse.down();
  // a little up and left: it stays inside its container (the drop tools move customers between roles)
  await page.mouse.move(box.x - 30, box.y + box.height / 2 - 20, { steps: 8 });
  await page.mouse.up();
  await page.waitForFunction(() => document.getElementById('dirty').textContent === 'unsaved changes');
  await page.click('#save');
  await page.waitForFunction(() => document.getElementById('dirty').textContent === 'saved');

  const layout = JSON.parse(readFileSync(`${model}.layout`, 'utf8'));
  assert.equal(layout.format, 'outsidein-layout');
  assert.equal(layout.version, 2);
  assert.deepEqual(Object.keys(layout.diagrams), ['outsidein.ecosystem']);
  assert.deepEqual(Object.keys(layout.diagrams['outsidein.ecosystem']), [id]);
  assert.equal(readFileSync(model, 'utf8'), modelBefore, 'a move changes no model data');

  // With the moved node still selected, Fit shows the whole diagram, not the selection.
  await page.click('#fit');
  const view = page.viewportSize();
  const roles = page.locator('#diagram g.node-role');
  assert.equal(await roles.count(), 5);
  for (const role of await roles.all()) {
    const box = await role.boundingBox();
    assert.ok(box.x >= 0 && box.y >= 36 && box.x + box.width <= view.width && box.y + box.height <= view.height,
      `${JSON.stringify(box)} is in view`);
  }
});

for (const [type, file, kinds] of [
  ['outsidein.outcomes', 'diagram-outcomes.png', ['node-under-served', 'node-scenario']],
  ['outsidein.engagement', 'diagram-engagement.png', ['node-department', 'node-employee', 'node-role']],
  ['example.inventions', 'diagram-inventions.png', ['node-lead-user', 'node-invention']],
]) {
  test(`the ${type} diagram is drawn from its description, with its own palette`, async () => {
    const other = await newWindow(addresses[type]);
    for (const kind of kinds) {
      assert.ok(await other.locator(`#diagram g.${kind}`).count() > 0, `${type} draws ${kind}`);
    }
    assert.ok(await other.locator('#diagram g[class*="edge-"]').count() > 0, `${type} draws edges`);
    await other.screenshot({ path: join(screenshots, file) });
    await other.context().close();
  });
}
