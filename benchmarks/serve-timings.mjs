// The served ecosystem diagram on generated models (not part of the test run): `outsidein serve MODEL --diagram
// outsidein.ecosystem --timings` prints the model's load and the time the diagram takes to become the model a page is
// sent (interpretation, ELK layout, GModel); then Debian's chromium opens the page and the time until the diagram is
// drawn is taken. Figures are ratios to the load in the same run: absolute times on a shared machine are noise.
//   node benchmarks/serve-timings.mjs [CUSTOMERS...]     default: 1000 100000
// Needs the web tests' packages (tests/web: npm ci) and the product (./outsidein builds it). Writes
// benchmarks/SERVED-DIAGRAMS.md (machine, date, command, table) and prints it.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { browser, root } from '../tests/web/browser.mjs';

const sizes = process.argv.length > 2 ? process.argv.slice(2).map(Number) : [1000, 100000];
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

const chromium = await browser();
const rows = [];
for (const customers of sizes) {
  const model = generated(customers);
  const { server, address, printed } = await serve(model);
  const load = Number(/load (\d+) ms/.exec(printed)[1]);
  const first = /first diagram model (\d+) ms \([\d.]+x the load; (\d+) nodes, (\d+) edges\)/.exec(printed);
  const page = await (await chromium.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
  const start = Date.now();
  await page.goto(address);
  // Only what is in view is drawn: any element of the graph (the edges crossing the top left corner, at least)
  // means the diagram is on screen.
  await page.waitForFunction(() => document.querySelector('#diagram .sprotty-graph > g') !== null, null,
    { timeout: 600000, polling: 100 });
  const drawn = Date.now() - start;
  await page.click('#fit');
  await page.screenshot({ path: join(results, `served-ecosystem-${customers}.png`) });
  await page.context().close();
  await stop(server);
  rows.push({ customers, load, model: Number(first[1]), nodes: Number(first[2]), edges: Number(first[3]), drawn });
  process.stderr.write(`${customers}: ${JSON.stringify(rows.at(-1))}\n`);
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
    + 'layout, the GModel), printed by `outsidein serve MODEL --diagram outsidein.ecosystem --timings`. "Page opened to '
    + 'drawn": from opening the page\'s address in chromium to the first element of the diagram in the page (the page\'s '
    + 'own start, its websocket, the server\'s model, the drawing). Both as ratios to loading the model in the same run.',
  '',
  '| customers | load (ms) | first diagram model (ms) | ratio to load | nodes drawn | edges | page opened to drawn (ms) | ratio to load |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...rows.map((r) => `| ${r.customers.toLocaleString('en')} | ${r.load} | ${r.model} | ${(r.model / r.load).toFixed(2)} | `
    + `${r.nodes} | ${r.edges} | ${r.drawn} | ${(r.drawn / r.load).toFixed(2)} |`),
  '',
];
writeFileSync(join(root, 'benchmarks', 'SERVED-DIAGRAMS.md'), lines.join('\n'));
console.log(lines.join('\n'));
