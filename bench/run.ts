// `npm run bench`: split-ship, BigCommerce's checkout (checkout-js) and one assign per unit,
// side by side in one run: the same carts, the same emulator, 100 ms per request, the real SDK in
// Chromium; on a store whose writes drop the other consignments' selections and on one that
// keeps them. Then the API's floor and a burst of edits to one quantity field.
//
//   npm run -s bench -- --json            the rows as a JSON array ({ items, destinations, strategy,
//                                         writes, requests, wallMs, dropSelections, unselected };
//                                         the coalescing rows have `burst` instead of `unselected`)
//   npm run -s bench -- --from rows.json  the tables of a saved --json run (machine line: this machine)
//   npm run bench -- --all                one assign per unit on the largest carts too (minutes)
//   npm run bench -- --cases 4x2 --strategies split-ship --no-burst   only those, no coalescing figure
//   npm run bench -- --repeat 5           the median of 5 runs per row (default 3)
// api-floor sends the floor's requests (one read, one POST, one option PUT each) with fetch alone.
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, type } from 'node:os';
import { openBenchPage } from './harness.js';
import type { Strategy } from './page.js';
import { LATENCY_MS } from './settings.js';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
/** `--cases 4x2,12x4` runs only those; `--no-burst` skips the coalescing figure. */
const cases: [items: number, destinations: number][] = option('--cases')
  ?.split(',')
  .map((c) => c.split('x').map(Number) as [number, number]) ?? [
  [4, 2],
  [12, 4],
  [40, 10],
  [60, 30],
];
const strategies = (option('--strategies')?.split(',') as Strategy[] | undefined) ?? (['split-ship', 'checkout-js', 'per-unit-assign', 'api-floor'] satisfies Strategy[]);
const bursts = [2, 5, 20];
/** One assign per unit costs items × destinations writes: 1800 at (60, 30), three minutes a run. */
const PER_UNIT_LIMIT = 400;

interface Row {
  items: number;
  destinations: number;
  strategy: Strategy;
  writes: number;
  requests: number;
  wallMs: number;
  dropSelections: boolean;
  /** Destinations left without a selected option on the store (the SDK may still show one). */
  unselected: number;
}

/** The coalescing figure, in the same array: a cart of two items split in two, then `burst` edits to one field. */
interface BurstRow extends Omit<Row, 'unselected'> {
  burst: number;
}

const asJson = args.includes('--json');
const all = args.includes('--all');
const from = option('--from');
const withBursts = !args.includes('--no-burst');
/** `--repeat N` (default 3): the wall time of a row is the median of N runs (one assign per unit beyond 100 units x destinations: one run). */
const repeat = Math.max(1, Number(option('--repeat') ?? 3));

/** The fewest writes the API allows for a split into K new destinations (one POST, one option each), plus one read. */
const floorMs = (destinations: number) => (1 + destinations + 1) * LATENCY_MS;

async function measure(): Promise<{ rows: Row[]; bursts: BurstRow[] }> {
  const bench = await openBenchPage();
  const { page } = bench;
  const rows: Row[] = [];
  const burstRows: BurstRow[] = [];
  try {
    for (const dropSelections of [true, false]) {
      for (const [items, destinations] of cases) {
        for (const strategy of strategies) {
          if (strategy === 'per-unit-assign' && items * destinations > PER_UNIT_LIMIT && !all) continue;
          // The median of several runs, each on a new cart: other work on the machine moves single runs.
          const runs = strategy === 'per-unit-assign' && items * destinations > 100 ? 1 : repeat;
          const results = [];
          for (let run = 0; run < runs; run++) {
            results.push(await page.evaluate(([s, i, d, drop]) => window.splitShipBench!.run(s, i, d, drop), [strategy, items, destinations, dropSelections] as const));
          }
          const result = results.sort((a, b) => a.wallMs - b.wallMs)[results.length >> 1]!;
          if (results.some((r) => r.writes !== result.writes || r.requests !== result.requests || r.unselected !== result.unselected)) {
            throw new Error(`${strategy} (${items}, ${destinations}) differed between runs: ${JSON.stringify(results)}`);
          }
          const row: Row = { items, destinations, strategy, writes: result.writes, requests: result.requests, wallMs: Math.round(result.wallMs), dropSelections, unselected: result.unselected };
          rows.push(row);
          console.error(`  ${strategy} (${items} items, ${destinations} destinations, drops ${dropSelections ? 'on' : 'off'}): ${row.writes} writes, ${row.requests} requests, ${row.wallMs} ms${row.unselected ? `, ${row.unselected} left without an option` : ''}`);
        }
      }
    }
    for (const edits of withBursts ? bursts : []) {
      const result = await page.evaluate((n) => window.splitShipBench!.burst(n), edits);
      burstRows.push({ items: 2, destinations: 2, strategy: 'split-ship', writes: result.writes, requests: result.requests, wallMs: Math.round(result.wallMs), dropSelections: false, burst: edits });
      console.error(`  burst of ${edits} edits: ${result.writes} writes`);
    }
  } finally {
    await bench.close();
  }
  return { rows, bursts: burstRows };
}

/** The machine, and how busy it was: other work on a small machine shows in every figure. */
function machine(load?: string): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `${type()}, ${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}${load ? `, load average ${load}` : ''}`;
}
const loadNow = () => loadavg()[0]!.toFixed(1);

function markdown(rows: readonly Row[], burstRows: readonly BurstRow[], load?: string): string {
  const out: string[] = [];
  const drops = (on: boolean) => (on ? 'on' : 'off');
  out.push(`split-ship vs BigCommerce's checkout vs one assign per unit — emulator latency ${LATENCY_MS} ms per request, real SDK in Chromium`);
  out.push(machine(load), '');
  out.push('| items | destinations | writes drop selections | strategy | writes | requests | wall ms |');
  out.push('| ---: | ---: | :---: | --- | ---: | ---: | ---: |');
  for (const r of rows) {
    const note = r.unselected > 0 ? ` (${r.unselected} of ${r.destinations} left without an option)` : '';
    out.push(`| ${r.items} | ${r.destinations} | ${drops(r.dropSelections)} | ${r.strategy} | ${r.writes} | ${r.requests} | ${r.wallMs}${note} |`);
  }
  out.push('', `Floor: (1 + K writes + 1 read) × ${LATENCY_MS} ms. Measured floor: the api-floor row, those requests sent with fetch and nothing else.`, '');
  out.push('| items | destinations | writes drop selections | floor ms | split-ship ms | split-ship / checkout-js | split-ship / floor | split-ship / measured floor |');
  out.push('| ---: | ---: | :---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows.filter((x) => x.strategy === 'split-ship')) {
    const same = (strategy: Strategy) => rows.find((x) => x.strategy === strategy && x.items === r.items && x.destinations === r.destinations && x.dropSelections === r.dropSelections);
    const cjs = same('checkout-js');
    const measuredFloor = same('api-floor');
    const floor = floorMs(r.destinations);
    const vsCjs = cjs ? `${(r.wallMs / cjs.wallMs).toFixed(2)}${cjs.unselected > 0 ? ' (checkout-js incomplete)' : ''}` : '—';
    const vsMeasured = measuredFloor ? (r.wallMs / measuredFloor.wallMs).toFixed(2) : '—';
    out.push(`| ${r.items} | ${r.destinations} | ${drops(r.dropSelections)} | ${floor} | ${r.wallMs} | ${vsCjs} | ${(r.wallMs / floor).toFixed(2)} | ${vsMeasured} |`);
  }
  if (burstRows.length > 0) {
    out.push('', 'Edits to one quantity field within 80 ms while a write is in flight:', '');
    out.push('| edits in the burst | writes for the burst |');
    out.push('| ---: | ---: |');
    for (const b of burstRows) out.push(`| ${b.burst} | ${b.writes} |`);
  }
  return out.join('\n');
}

const loadBefore = loadNow();
const measured = from ? (JSON.parse(readFileSync(from, 'utf8')) as (Row | BurstRow)[]) : await measure().then((m) => [...m.rows, ...m.bursts]);
const load = from ? undefined : `${loadBefore} at the start, ${loadNow()} at the end`;
if (asJson) {
  console.log(JSON.stringify(measured, null, 2));
  console.error(`Measured on ${machine(load)}`);
} else {
  const isBurst = (r: Row | BurstRow): r is BurstRow => 'burst' in r;
  console.log(`\n${markdown(measured.filter((r): r is Row => !isBurst(r)), measured.filter(isBurst), load)}`);
}
