// `node --import tsx bench/profile.ts 60x30 [strategy] [on|off] [--runs N] [--requests] [--marks] [--cpu]`:
// where one bench row's time goes. Runs the row's strategy (default split-ship, writes dropping
// selections on) as `npm run bench` does: same page, emulator, latency and clock. Splits each
// run's wall time into the clock's start to the first storefront request; the latency (what is
// left: 100 ms a round trip, and the way to and from the emulator); the emulator's time beyond the
// latency (arrival to the response's end); the transfer (responseStart to responseEnd); the page's
// time between one response and the next request (parsing, the SDK's merge, the engine); the tail
// after the last response. Also the CPU time of the page's main thread and of this process (the
// emulator, with the cart's set-up) over each whole run, which other work on the machine moves
// much less than wall times. --requests prints every request; --marks times the page's steps from
// an answer to the next request (XHR load, JSON.parse, and any globalThis.__t?.('label') a
// measuring edit of the source adds); --cpu writes CPU profiles of the page (CDP Profiler) and of
// this process to /tmp.
import { writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Session } from 'node:inspector/promises';
import type { Plugin } from 'vite';
import { openBenchPage } from './harness.js';
import type { Strategy } from './page.js';
import { LATENCY_MS } from './settings.js';

const args = process.argv.slice(2);
const [row = '60x30', strategy = 'split-ship', drops = 'on'] = args.filter((a) => !a.startsWith('--') && !/^\d+$/.test(a));
const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 3;
const [items, destinations] = row.split('x').map(Number) as [number, number];

/** The emulator's side of each storefront request, in this process's clock. */
interface Served {
  path: string;
  arrived: number;
  ended?: number;
}
const served: Served[] = [];
const isStorefront = (path: string) => path.startsWith('/api/storefront/') || path.startsWith('/internalapi/');

// Ahead of the emulator's middleware: when each storefront request arrives and when its response ends.
const timing: Plugin = {
  name: 'profile-timing',
  configureServer(server) {
    server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
      const path = (req.url ?? '').split('?')[0]!;
      if (isStorefront(path)) {
        const entry: Served = { path, arrived: performance.timeOrigin + performance.now() };
        served.push(entry);
        res.once('finish', () => (entry.ended = performance.timeOrigin + performance.now()));
      }
      next();
    });
  },
};

const bench = await openBenchPage([timing]);
const { page } = bench;
if (args.includes('--marks')) {
  // Marks in the page: each XHR's send and load, each large JSON.parse, and whatever a measuring
  // build of the source marks with globalThis.__t?.('label') (nothing in the committed source does).
  // A string, not a function: tsx names functions with a helper the page does not have.
  await page.evaluate(`(() => {
    const marks = [];
    globalThis.__marks = marks;
    globalThis.__t = (label) => marks.push([label, performance.now()]);
    const { open, send } = XMLHttpRequest.prototype;
    XMLHttpRequest.prototype.open = function (...rest) {
      this.addEventListener('load', () => marks.push(['xhr-load', performance.now()]));
      return open.apply(this, rest);
    };
    XMLHttpRequest.prototype.send = function (body) {
      marks.push(['xhr-send', performance.now()]);
      return send.call(this, body);
    };
    const parse = JSON.parse;
    JSON.parse = (text, reviver) => {
      const out = parse(text, reviver);
      if (text.length > 50000) marks.push(['parsed', performance.now()]);
      return out;
    };
  })()`);
}
const runOnce = () =>
  page.evaluate(
    async ([s, i, d, drop]) => {
      ((globalThis as { __marks?: unknown[] }).__marks ?? []).length = 0;
      performance.setResourceTimingBufferSize(100_000);
      performance.clearResourceTimings();
      const result = await window.splitShipBench!.run(s, i, d, drop);
      // (No named functions in here: tsx would wrap them in a helper the page does not have.)
      const origin = performance.timeOrigin;
      const entries = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => ({
        path: new URL(e.name).pathname,
        start: origin + e.startTime,
        responseStart: origin + e.responseStart,
        responseEnd: origin + e.responseEnd,
      }));
      const marks = ((globalThis as { __marks?: [string, number][] }).__marks ?? []).map(([label, t]) => [label, origin + t] as const);
      return { result, entries, marks };
    },
    [strategy as Strategy, items, destinations, drops === 'on'] as const,
  );

await runOnce(); // warm-up: JIT, Vite's transforms, the emulator's caches of the catalog
const cdp = await page.context().newCDPSession(page);
const inspector = new Session();
if (args.includes('--cpu')) {
  inspector.connect();
  for (const send of [(m: string, p?: object) => cdp.send(m as never, p as never), (m: string, p?: object) => inspector.post(m, p)]) {
    await send('Profiler.enable');
    await send('Profiler.setSamplingInterval', { interval: 200 });
    await send('Profiler.start');
  }
}

const parts = ['page CPU (run)', 'emulator CPU (run)', 'wall', 'to first request', 'latency', 'emulator', 'transfer', 'page between', 'median between', 'median to emulator', 'tail'] as const;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const table: Record<(typeof parts)[number], number>[] = [];
/** --marks: the page's steps from one answer's load to the next request, each step's durations. */
const steps = new Map<string, number[]>();
await cdp.send('Performance.enable');
/** CPU time of the page's main thread (CDP's ThreadTime, seconds), and of this process (the emulator). */
const cpu = async () => {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const usage = process.cpuUsage();
  return { page: 1000 * metrics.find((m) => m.name === 'ThreadTime')!.value, node: (usage.user + usage.system) / 1000 };
};
for (let run = 0; run < runs; run++) {
  served.length = 0;
  const before = await cpu();
  const { result, entries, marks } = await runOnce();
  const after = await cpu();
  for (let i = 0; i < marks.length; i++) {
    if (marks[i]![0] !== 'xhr-load') continue;
    for (let k = i + 1; k < marks.length; k++) {
      const step = `${marks[k - 1]![0]} -> ${marks[k]![0]}`;
      steps.set(step, [...(steps.get(step) ?? []), marks[k]![1] - marks[k - 1]![1]]);
      if (marks[k]![0] === 'xhr-send' || marks[k]![0] === 'xhr-load') break;
    }
  }
  // The clock runs from the request log's read before the strategy to the faults reset after it.
  const clockStart = entries.filter((e) => e.path === '/__emulator/requests').at(-2)!.responseEnd;
  const clockEnd = clockStart + result.wallMs;
  const timed = entries.filter((e) => isStorefront(e.path) && e.start >= clockStart && e.start <= clockEnd).sort((a, b) => a.start - b.start);
  const mine = served.filter((s) => s.arrived >= clockStart - 5 && s.arrived <= clockEnd);
  let emulator = 0;
  let transfer = 0;
  let between = 0;
  const gaps: number[] = [];
  const theres: number[] = [];
  let covered = timed[0]!.start;
  const rows: string[] = [];
  for (const [i, e] of timed.entries()) {
    const s = mine.find((m) => m.path === e.path && m.ended !== undefined && Math.abs(m.arrived - e.start) < 50);
    if (s) mine.splice(mine.indexOf(s), 1);
    const beyond = s ? s.ended! - s.arrived - LATENCY_MS : NaN;
    const gap = Math.max(0, e.start - covered);
    // Requests in parallel (the read and the countries) overlap: count only what extends the run.
    if (e.responseEnd > covered) {
      if (i > 0) {
        between += gap;
        gaps.push(gap);
      }
      emulator += Number.isNaN(beyond) ? 0 : beyond;
      transfer += e.responseEnd - e.responseStart;
      covered = e.responseEnd;
    }
    const there = s ? s.arrived - e.start : NaN;
    const back = s ? e.responseStart - s.ended! : NaN;
    if (s) theres.push(there);
    rows.push(`  ${e.path.replace(/^.*\/(checkouts?\/[^/]+\/)?/, '').padEnd(34)} page before it ${gap.toFixed(1).padStart(6)}  to the emulator ${there.toFixed(1).padStart(5)}  emulator beyond latency ${beyond.toFixed(1).padStart(6)}  back ${back.toFixed(1).padStart(5)}  transfer ${(e.responseEnd - e.responseStart).toFixed(1).padStart(5)}`);
  }
  const first = timed[0]!.start - clockStart;
  const tail = clockEnd - covered;
  const latency = result.wallMs - first - emulator - transfer - between - tail;
  table.push({ 'page CPU (run)': after.page - before.page, 'emulator CPU (run)': after.node - before.node, wall: result.wallMs, 'to first request': first, latency, emulator, transfer, 'page between': between, 'median between': median(gaps), 'median to emulator': median(theres), tail });
  if (args.includes('--requests')) console.log(`run ${run + 1}: ${result.requests} requests, ${result.writes} writes\n${rows.join('\n')}`);
}
console.log(`${strategy} (${items}, ${destinations}), drops ${drops}, ${runs} runs, ms (median; each run):`);
for (const part of parts) console.log(`  ${part.padEnd(17)} ${median(table.map((t) => t[part])).toFixed(0).padStart(6)}   ${table.map((t) => t[part].toFixed(0)).join(' ')}`);

if (steps.size > 0) {
  console.log('page steps from an answer to the next request (--marks), ms:');
  for (const [step, ms] of steps) console.log(`  ${step.padEnd(30)} ${String(ms.length).padStart(4)} times, median ${median(ms).toFixed(1).padStart(5)}, total ${ms.reduce((a, b) => a + b, 0).toFixed(0).padStart(5)}`);
}
if (args.includes('--cpu')) {
  const { profile } = await cdp.send('Profiler.stop');
  writeFileSync(`/tmp/page-${row}-${strategy}-${drops}.cpuprofile`, JSON.stringify(profile));
  const { profile: node } = await inspector.post('Profiler.stop');
  writeFileSync(`/tmp/node-${row}-${strategy}-${drops}.cpuprofile`, JSON.stringify(node));
  console.log(`CPU profiles: /tmp/page-${row}-${strategy}-${drops}.cpuprofile, /tmp/node-${row}-${strategy}-${drops}.cpuprofile`);
}
await bench.close();
