import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { test } from 'node:test';

/** A port nothing listens on right now. */
async function freePort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const address = probe.address();
  probe.close();
  await once(probe, 'close');
  return typeof address === 'object' && address ? address.port : 0;
}

test('npm run emulator -- --port --latency --seed: listens on that port, prints the URL and the management token, starts with that latency and seed', async () => {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/emulator/cli.ts', '--port', String(port), '--latency', '5', '--seed', '3'], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const lines: string[] = [];
    const reader = createInterface({ input: child.stdout! });
    for await (const line of reader) {
      lines.push(line);
      if (line.includes('X-Auth-Token')) break;
    }
    const url = /listening on (http:\/\/\S+)/.exec(lines.join('\n'))?.[1];
    assert.ok(url, lines.join('\n'));
    assert.equal(new URL(url).port, String(port));
    assert.match(lines.join('\n'), /X-Auth-Token: split-ship-demo-token/);
    const faults = (await (await fetch(`${url}/__emulator/faults`)).json()) as { latencyMs: number; seed: number };
    assert.equal(faults.latencyMs, 5);
    assert.equal(faults.seed, 3);
    const countries = await fetch(`${url}/internalapi/v1/shipping/countries`);
    assert.equal(countries.status, 200);
  } finally {
    child.kill('SIGTERM');
    await once(child, 'exit');
  }
});
