// `npm run chaos -- --runs 1000 [--gateway rest|graphql] [--seed S]`: seeded random intents under
// random faults and every store behaviour, against the emulator, through the real SDK in Chromium
// (rest) and through the GraphQL gateway in Node (graphql); both when --gateway is left out.
// Prints the table; exits 1 unless there are 0 duplicated, 0 over-allocated, 0 lost.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { GraphQLGateway } from '../../src/gateway/graphql-gateway.js';
import { createEmulator } from '../../src/emulator/index.js';
import { chromiumArgs, findChromium, missingChromiumMessage } from '../chromium.mjs';
import { chaosRuns, summarize, table, type ChaosRow, type RunResult } from './run.js';

export type GatewayName = 'rest' | 'graphql';

export interface ChaosOptions {
  runs: number;
  gateways: readonly GatewayName[];
  seed: number;
  /** Progress lines (stderr for the CLI). */
  progress?: (line: string) => void;
}

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The page's script: the chaos run and the SDK gateway, the SDK included, as one ESM file. */
async function pageScript(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./page.ts', import.meta.url))],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    tsconfig: `${root}tsconfig.json`,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
  });
  return result.outputFiles[0]!.text;
}

export async function runChaos(options: ChaosOptions): Promise<{ rows: ChaosRow[]; failures: RunResult[] }> {
  const { runs, seed, progress = () => undefined } = options;
  const emulator = createEmulator({ seed });
  const script = options.gateways.includes('rest') ? await pageScript() : '';
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/') res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>chaos</title><script type="module" src="/chaos.js"></script>');
    else if (path === '/chaos.js') res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(script);
    else emulator.middleware(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const seeds = Array.from({ length: runs }, (_, i) => seed * 100_000 + i);
  const rows: ChaosRow[] = [];
  const failures: RunResult[] = [];
  const report = (name: string, results: RunResult[]) => {
    rows.push(summarize(name, results));
    failures.push(...results.filter((r) => !r.converged || r.duplicated || r.overAllocated || r.lost));
  };
  try {
    for (const gateway of options.gateways) {
      const started = Date.now();
      const results: RunResult[] = [];
      if (gateway === 'graphql') {
        const make = (checkoutId: string) => new GraphQLGateway({ endpoint: `${url}/graphql`, storefrontToken: emulator.storefrontToken, checkoutId, requestTimeoutMs: 150 });
        for (let i = 0; i < seeds.length; i += 100) {
          const batch = seeds.slice(i, i + 100);
          results.push(...(await chaosRuns(batch, make, url)));
          progress(`  graphql: ${i + batch.length}/${runs} runs, ${((Date.now() - started) / 1000).toFixed(0)} s`);
        }
        report('graphql (GraphQLGateway, Node)', results);
      } else {
        const executablePath = findChromium();
        if (!executablePath) throw new Error(missingChromiumMessage());
        const browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true });
        try {
          const page = await browser.newPage();
          page.on('pageerror', (error) => progress(`[page] ${error.message}`));
          await page.goto(`${url}/`);
          await page.waitForFunction(() => window.splitShipChaos !== undefined, undefined, { timeout: 60_000 });
          for (let i = 0; i < seeds.length; i += 100) {
            const batch = seeds.slice(i, i + 100);
            results.push(...(await page.evaluate((b) => window.splitShipChaos!.run(b), batch)));
            progress(`  rest: ${i + batch.length}/${runs} runs, ${((Date.now() - started) / 1000).toFixed(0)} s`);
          }
        } finally {
          await browser.close();
        }
        report('rest (real SDK, Chromium)', results);
      }
      // The emulator keeps every cart; a fresh one per gateway keeps the second pass as fast as the first.
      emulator.reset();
    }
  } finally {
    emulator.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  return { rows, failures };
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '1000' }, gateway: { type: 'string' }, seed: { type: 'string', default: '1' } } });
  const runs = Number(values.runs);
  const seed = Number(values.seed);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number >= 1, got ${values.runs}`);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, got ${values.seed}`);
  if (values.gateway !== undefined && values.gateway !== 'rest' && values.gateway !== 'graphql') throw new Error(`--gateway must be rest or graphql, got ${values.gateway}`);
  const gateways: GatewayName[] = values.gateway ? [values.gateway] : ['rest', 'graphql'];
  const started = Date.now();
  const { rows, failures } = await runChaos({ runs, gateways, seed, progress: (line) => console.error(line) });
  console.log(`\nchaos: ${runs} seeded runs per gateway (seed ${seed}), random faults (5xx ≤ 15 %, timeouts ≤ 5 %, 409 ≤ 15 %), every store behaviour, ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  console.log(table(rows));
  for (const f of failures.slice(0, 10)) console.log(`  seed ${f.seed}: ${JSON.stringify(f)}`);
  const bad = rows.some((r) => r.duplicated || r.overAllocated || r.lost);
  process.exit(bad ? 1 : 0);
}
