// The served ecosystem diagram on generated models (not part of the test run): `outsidein serve MODEL --diagram
// outsidein.ecosystem --timings` prints the model's load and the time the diagram takes to become the model a page is
// sent (interpretation, ELK layout, GModel); then Debian's chromium opens the page and the time until the diagram is
// drawn is taken, and the time from renaming a customer in place until the new name is drawn. Each size runs three
// times on a fresh server; the medians are reported, as ratios to the load in the same run: absolute times on a
// shared machine are noise.
//   node benchmarks/serve-timings.mjs [CUSTOMERS...]     default: 1000 100000
// Needs the web tests' packages (tests/web: npm ci) and the product (./outsidein builds it). Writes
// benchmarks/SERVED-DIAGRAMS.md (machine, date, command, table) and prints it.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { browser, root } from '../tests/web/browser.mjs';

const sizes = process.argv.length > 2 ? process.argv.slice(2).map(Number) : [1000, 100000];
const RUNS = 3;
const results = join(root, 'benchmarks', 'results');
const startLoad = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
mkdirSync(results, { recursive: true });

function generated(customers) {
  const model = join(results, `generated-${customers}.outsidein`);
  if (!existsSync(model)) {
    execFileSync('java', [join(root, 'benchmarks', 'ModelGenerator.java'), '--customers', String(customers), '--roles', '3',
      '--out', model], { stdio: 'ignore' });
  }
  return model;
}

/** Serves the model; resolves with the timings it printed and the page's address, once it prints the address. */
function serve(model) {
  return new Promise((resolve, reject) => {
    const server = spawn(join(root, 'outsidein'), ['serve', model, '--diagram', 'outsidein.ecosystem', '--timings'], {
      stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, OUTSIDEIN_VM_ARGS: '-Xmx4g' } });
    let out = '';
    let err = '';
    server.stdout.on('data', (chunk) => {
      out += chunk;
      const address = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+&diagram=[\w.]+/.exec(out);
      if (address) resolve({ server, address: address[0], printed: err });
    });
    server.stderr.on('data', (chunk) => { err += chunk; });
    server.on('exit', (code) => reject(new Error(`serve ended with ${code}: ${err}`)));
  });
}

/** Ctrl-C, as a user stops it; then, should a busy JVM not have ended in ten seconds, SIGTERM. */
function stop(server) {
  return new Promise((resolve) => {
    const hard = setTimeout(() => server.kill('SIGTERM'), 10000);
    server.on('exit', () => { clearTimeout(hard); resolve(); });
    server.kill('SIGINT');
  });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

/** One fresh server: its printed timings, the page opened until drawn, and one rename until it is drawn. */
async function measureOnce(chromium, customers, model, screenshot) {
  const { server, address, printed } = await serve(model);
  try {
    return await measure(chromium, customers, address, printed, screenshot);
  } finally {
    await stop(server);
  }
}

async function measure(chromium, customers, address, printed, screenshot) {
  const load = Number(/load (\d+) ms/.exec(printed)[1]);
  const first = /first diagram model (\d+) ms \([\d.]+x the load; (\d+) nodes, (\d+) edges\)/.exec(printed);
  const { page, drawn } = await openAndDraw(chromium, address);
  await page.waitForFunction(() => document.body.dataset.state === 'loaded');
  await page.click('#fit');
  // An edit, as an analyst makes one: a customer renamed in place, until the new name is drawn (the server runs the
  // command, draws the whole diagram again and sends it; the page redraws).
  const customer = page.locator('#diagram g.node-role-member text').first();
  await customer.waitFor();
  // Selected first, as a user picks a box before editing it (a double click on an unselected name only selects it).
  await customer.click();
  await customer.dblclick();
  // Shown whole, the boxes are small, and so is the editor over the name: attached is enough.
  const editor = page.locator('.label-edit input, .label-edit textarea').first();
  await editor.waitFor({ state: 'attached' });
  await editor.fill(`Renamed ${customers}`);
  const edited = Date.now();
  await editor.press('Enter');
  // The page shows the new name at once; the server's answer (the command run, the diagram drawn again and sent)
  // comes with its dirty state.
  await page.locator('#diagram g.node-role-member', { hasText: `Renamed ${customers}` }).first()
    .waitFor({ timeout: 600000 });
  await page.waitForFunction(() => document.getElementById('dirty').textContent === 'unsaved changes', null,
    { timeout: 600000, polling: 20 });
  const edit = Date.now() - edited;
  // A second window on the running server, as a colleague opens the address the analyst sent.
  const second = await openAndDraw(chromium, address);
  await second.page.context().close();
  if (screenshot) {
    await page.click('#fit');
    await page.screenshot({ path: join(results, `served-ecosystem-${customers}.png`) });
  }
  await page.context().close();
  return { load, model: Number(first[1]), nodes: Number(first[2]), edges: Number(first[3]), drawn, edit,
    again: second.drawn };
}

/** A new window opening the page, and the time until the diagram is in it. */
async function openAndDraw(chromium, address) {
  const page = await (await chromium.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
  const start = Date.now();
  await page.goto(address);
  // Only what is in view is drawn: any element of the graph (the edges crossing the top left corner, at least)
  // means the diagram is on screen.
  await page.waitForFunction(() => document.querySelector('#diagram .sprotty-graph > g') !== null, null,
    { timeout: 600000, polling: 50 });
  return { page, drawn: Date.now() - start };
}

const chromium = await browser();
const rows = [];
for (const customers of sizes) {
  const model = generated(customers);
  const runs = [];
  for (let run = 1; run <= RUNS; run++) {
    runs.push(await measureOnce(chromium, customers, model, run === RUNS));
    process.stderr.write(`${customers} #${run}: ${JSON.stringify(runs.at(-1))}\n`);
  }
  const row = { customers, nodes: runs[0].nodes, edges: runs[0].edges };
  for (const key of ['load', 'model', 'drawn', 'again', 'edit']) {
    row[key] = median(runs.map((r) => r[key]));
  }
  rows.push(row);
}
await chromium.close();

const lines = [
  '# Served diagrams: the customer ecosystem in a browser',
  '',
  `Machine: ${os.cpus().length} × ${os.cpus()[0].model}, ${Math.round(os.totalmem() / 2 ** 30)} GB; load average at the start `
    + `${startLoad}; ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
  'Command: `node benchmarks/serve-timings.mjs ' + sizes.join(' ') + '` (generated models, `benchmarks/ModelGenerator.java` '
    + '--roles 3; the server with -Xmx4g; Debian\'s chromium, headless, through playwright-core).',
  '',
  '"First diagram model": from the loaded model to the GModel a page is sent (interpretation of the description, ELK '
    + 'layout, the GModel), printed by `outsidein serve MODEL --diagram outsidein.ecosystem --timings`; serve draws it '
    + 'before it prints the page\'s address, and keeps the drawing until the model changes. "Page opened to drawn": from '
    + 'opening the address in chromium to the first element of the diagram in the page: the page\'s own start (1.2 MB '
    + 'of script), its websocket and GLSP session, the diagram sent, and drawn; on the server just started, and in a '
    + 'second window after the rename. "Rename to redrawn": from pressing Enter on a customer renamed in place to the '
    + 'server\'s answer in the page: the command run, the whole diagram interpreted and laid out again, sent, drawn. '
    + 'Medians of ' + RUNS + ' fresh servers per size; ratios to the load of the model in the same run.',
  '',
  '| customers | load (ms) | first diagram model (ms) | ratio | nodes drawn | edges | page opened to drawn, server just started (ms) | ratio | the same, second window (ms) | ratio | rename to redrawn (ms) | ratio |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...rows.map((r) => `| ${r.customers.toLocaleString('en')} | ${r.load} | ${r.model} | ${(r.model / r.load).toFixed(2)} | `
    + `${r.nodes} | ${r.edges} | ${r.drawn} | ${(r.drawn / r.load).toFixed(2)} | ${r.again} | ${(r.again / r.load).toFixed(2)} | `
    + `${r.edit} | ${(r.edit / r.load).toFixed(2)} |`),
  '',
];
writeFileSync(join(root, 'benchmarks', 'SERVED-DIAGRAMS.md'), lines.join('\n'));
console.log(lines.join('\n'));
