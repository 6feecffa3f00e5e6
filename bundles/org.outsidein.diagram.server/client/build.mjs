// Bundles the client into ../web/ (served by the diagram server from its bundle), with the page beside it.
// Run by the bundle's Maven build (npm ci, then npm run build); nothing it writes is committed.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';

const out = '../web';
mkdirSync(out, { recursive: true });
await build({
  entryPoints: { diagram: 'src/main.ts' },
  bundle: true,
  minify: true,
  sourcemap: false,
  target: 'es2020',
  outdir: out,
  loader: { '.ttf': 'file' },
  assetNames: '[name]',
  logLevel: 'warning',
});
copyFileSync('index.html', `${out}/index.html`);
