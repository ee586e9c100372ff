// `split-ship-emulator --static DIR --header …`: a folder beside the API on one origin, with the
// headers asked for, and nothing outside the folder.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startEmulatorServer, type EmulatorServer } from '../../src/emulator/server.js';

const work = mkdtempSync(join(tmpdir(), 'split-ship-static-'));
const site = join(work, 'site');
let server: EmulatorServer;

before(async () => {
  mkdirSync(join(site, 'js'), { recursive: true });
  writeFileSync(join(site, 'index.html'), '<h1>Cart</h1>');
  writeFileSync(join(site, 'js', 'split-ship.js'), 'export {};');
  writeFileSync(join(work, 'secret.txt'), 'not served');
  server = await startEmulatorServer({ port: 0, static: site, staticOptions: { headers: { 'content-security-policy': "script-src 'self'" } } });
});

after(async () => {
  await server.close();
  rmSync(work, { recursive: true, force: true });
});

/** A GET with the path exactly as given (fetch would normalise `..` away). */
function get(path: string): Promise<{ status: number; type: string; csp: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}${path}`, { path }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += String(chunk)));
      res.on('end', () => resolve({ status: res.statusCode!, type: String(res.headers['content-type']), csp: String(res.headers['content-security-policy'] ?? ''), body }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('serves the folder (index.html for /) with its content types and the headers asked for', async () => {
  const page = await get('/');
  assert.equal(page.status, 200);
  assert.match(page.type, /^text\/html/);
  assert.equal(page.body, '<h1>Cart</h1>');
  assert.equal(page.csp, "script-src 'self'");
  const script = await get('/js/split-ship.js');
  assert.equal(script.status, 200);
  assert.match(script.type, /^text\/javascript/);
});

test('the API answers on the same origin, and a missing file is a 404', async () => {
  assert.equal((await get('/internalapi/v1/shipping/countries')).status, 200);
  assert.equal((await get('/nothing-here.js')).status, 404);
});

test('nothing outside the folder is served, however the path is spelled', async () => {
  for (const path of ['/../secret.txt', '/js/../../secret.txt', '/%2e%2e/secret.txt', '/js/%2e%2e%2f%2e%2e%2fsecret.txt']) {
    const answer = await get(path);
    assert.notEqual(answer.status, 200, path);
    assert.doesNotMatch(answer.body, /not served/, path);
  }
});
