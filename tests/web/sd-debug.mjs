import { browser } from './browser.mjs';
const b = await browser();
const p = await (await b.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
const t0 = Date.now();
p.on('websocket', ws => { ws.on('framereceived', f => console.log(Date.now() - t0, 'recv', f.payload.length)); });
await p.goto('http://127.0.0.1:40189/?token=lbFCW_iWJOK3m-j1JkcmdTCdW3lsejBRYWtAcQZziJs&diagram=outsidein.ecosystem');
await p.waitForFunction(() => document.querySelector('#diagram g[class*="node-"]') !== null, null, { timeout: 60000, polling: 100 });
console.log(Date.now() - t0, 'drawn');
await b.close();
