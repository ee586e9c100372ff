import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { test } from 'node:test';

test('npm run emulator prints the URL and the management token and serves the Storefront API', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/emulator/cli.ts', '--port', '0', '--latency', '5', '--seed', '3'], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const lines: string[] = [];
    const reader = createInterface({ input: child.stdout! });
    for await (const line of reader) {
      lines.push(line);
      if (line.includes('X-Auth-Token')) break;
    }
    const url = /listening on (http:\/\/\S+)/.exec(lines.join('\n'))?.[1];
    assert.ok(url, lines.join('\n'));
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
