// CI's chaos pass, `npm test`'s last stage (alone, so no other test competes with it for the two
// cores): `npm run chaos`'s runs, 200 per gateway (the README shows the 1,000-run table).
// Every run must end with no destination duplicated, no unit over-allocated, no destination lost.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runChaos } from '../../scripts/chaos/index.js';
import { table } from '../../scripts/chaos/run.js';

const RUNS = 200;

test(`chaos: ${RUNS} seeded runs per gateway end with 0 duplicated, 0 over-allocated, 0 lost`, async () => {
  const { rows, failures } = await runChaos({ runs: RUNS, gateways: ['rest', 'graphql'], seed: 7 });
  console.log(table(rows));
  for (const row of rows) {
    assert.equal(row.runs, RUNS, row.gateway);
    assert.deepEqual([row.duplicated, row.overAllocated, row.lost], [0, 0, 0], `${row.gateway}: ${JSON.stringify(failures.slice(0, 3))}`);
    assert.equal(row.converged + row.notConverging, RUNS, `${row.gateway}: every run converges or stops with not-converging`);
  }
});
