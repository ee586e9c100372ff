// `npm run bench`: both strategies side by side, real SDK in Chromium, emulator at 100 ms.
// `npm run bench -- --json`: a JSON array of { items, destinations, strategy, writes, requests, wallMs }.
import { cpus, totalmem, type } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { chromiumArgs, missingChromiumMessage, findChromium } from '../scripts/chromium.mjs';
import { emulatorPlugin } from '../vite.config.js';
import type { BenchResult, Strategy } from './page.js';

const cases: [items: number, destinations: number][] = [
  [4, 2],
  [12, 4],
  [40, 10],
];
const strategies: Strategy[] = ['split-ship', 'sdk-helpers'];
const asJson = process.argv.includes('--json');

const executablePath = findChromium();
if (!executablePath) {
  console.error(missingChromiumMessage());
  process.exit(1);
}

const root = fileURLToPath(new URL('..', import.meta.url));
const server = await createServer({
  configFile: false,
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [emulatorPlugin({ seed: 1 })],
  // No watcher and no HMR: an edit anywhere in the work tree (src/ is shared with the page)
  // would otherwise reload the page mid-run.
  server: { port: 0, host: '127.0.0.1', fs: { allow: [root] }, watch: null, hmr: false },
  // Its own cache, and the SDK (the page's only bare import) prebundled before the page loads:
  // sharing the demo's cache, or discovering the dependency on the page, made Vite reload the
  // page mid-run ("Execution context was destroyed").
  cacheDir: fileURLToPath(new URL('../node_modules/.vite-bench', import.meta.url)),
  optimizeDeps: { include: ['@bigcommerce/checkout-sdk/essential'], noDiscovery: true },
  logLevel: 'error',
  clearScreen: false,
});
await server.listen();
const url = server.resolvedUrls?.local[0];
const browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true });

interface Row extends BenchResult {
  items: number;
  destinations: number;
  strategy: Strategy;
}

const rows: Row[] = [];
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error(`[page] ${error.message}`));
  await page.goto(`${url}index.html`);
  await page.waitForFunction(() => window.splitShipBench !== undefined, undefined, { timeout: 60_000 });
  for (const [items, destinations] of cases) {
    for (const strategy of strategies) {
      const result = await page.evaluate(([s, i, d]) => window.splitShipBench!.run(s, i, d), [strategy, items, destinations] as const);
      const row = { items, destinations, strategy, writes: result.writes, requests: result.requests, wallMs: Math.round(result.wallMs) };
      rows.push(row);
      if (!asJson) console.error(`  ${strategy} (${items} items, ${destinations} destinations): ${row.writes} writes, ${row.wallMs} ms`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}

if (asJson) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  console.log(`\nsplit-ship vs the SDK helpers — emulator latency 100 ms, real SDK in Chromium`);
  console.log(`${type()}, ${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}\n`);
  console.log('| items | destinations | strategy | writes | requests | wall ms |');
  console.log('| ---: | ---: | --- | ---: | ---: | ---: |');
  for (const r of rows) console.log(`| ${r.items} | ${r.destinations} | ${r.strategy} | ${r.writes} | ${r.requests} | ${r.wallMs} |`);
}
