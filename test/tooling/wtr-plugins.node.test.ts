// The web-test-runner plugins: the emulator's connect middleware inside Koa, the counts that
// npm test sums, and the SDK import mapping.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { checkoutSdkBundlePlugin, countsReporter, koaFromConnect } from '../../scripts/wtr-plugins.mjs';

/** A tiny Koa stand-in: runs the adapted middleware, then `fallback` as Koa's next(). */
function serve(middleware: Parameters<typeof koaFromConnect>[0], settled: (outcome: { nextCalled: boolean; respond?: boolean; status: number }) => void): Promise<Server> {
  const adapted = koaFromConnect(middleware);
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const ctx: { req: IncomingMessage; res: ServerResponse; respond?: boolean } = { req, res };
    res.statusCode = 404; // as Koa does
    let nextCalled = false;
    void adapted(ctx, async () => {
      nextCalled = true;
      res.statusCode = 200;
      res.end('from the dev server');
    }).then(() => settled({ nextCalled, respond: ctx.respond, status: res.statusCode }));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const servers: Server[] = [];
after(() => servers.forEach((s) => s.close()));
const urlOf = (server: Server) => {
  const address = server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
};

describe('koaFromConnect', () => {
  it('leaves the response to the middleware when it answers', async () => {
    let outcome: { nextCalled: boolean; respond?: boolean } | undefined;
    const server = await serve((_req, res) => res.end('from the emulator'), (o) => (outcome = o));
    servers.push(server);
    const response = await fetch(`${urlOf(server)}/api/storefront/carts`);
    assert.equal(await response.text(), 'from the emulator');
    assert.equal(outcome?.nextCalled, false);
    assert.equal(outcome?.respond, false);
  });

  it('hands the request on when the middleware calls next()', async () => {
    const server = await serve((_req, _res, next) => next(), () => undefined);
    servers.push(server);
    assert.equal(await (await fetch(`${urlOf(server)}/test/x.js`)).text(), 'from the dev server');
  });

  it('settles a held request when the client gives up, marked 499 rather than 404', async () => {
    let resolveOutcome: (o: { status: number }) => void = () => undefined;
    const outcome = new Promise<{ status: number }>((resolve) => (resolveOutcome = resolve));
    const server = await serve(() => undefined /* holds the request: a timeout fault */, resolveOutcome);
    servers.push(server);
    await assert.rejects(fetch(`${urlOf(server)}/api/storefront/checkout/x`, { signal: AbortSignal.timeout(200) }));
    assert.equal((await outcome).status, 499);
  });
});

describe('countsReporter', () => {
  it('counts passed and failed tests of every suite, skipped ones aside, and a file that failed to load', () => {
    const dir = mkdtempSync(join(tmpdir(), 'counts-'));
    try {
      const file = join(dir, 'counts.json');
      countsReporter(file).onTestRunFinished({
        sessions: [
          {
            passed: false,
            errors: [],
            testResults: {
              tests: [{ passed: true, skipped: false }],
              suites: [{ tests: [{ passed: false, skipped: false }, { passed: false, skipped: true }], suites: [] }],
            },
          },
          { passed: false, errors: [{ message: 'SyntaxError' }], testResults: undefined },
        ],
      });
      assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')), { passed: 1, failed: 2 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('checkoutSdkBundlePlugin', () => {
  it('maps both SDK entries to one served bundle each and leaves other imports alone', () => {
    const plugin = checkoutSdkBundlePlugin({ rootDir: fileURLToPath(new URL('../..', import.meta.url)) });
    assert.equal(plugin.resolveImport({ source: '@bigcommerce/checkout-sdk/essential' }), '/__checkout-sdk__/checkout-sdk-essential.js');
    assert.equal(plugin.resolveImport({ source: '@bigcommerce/checkout-sdk' }), '/__checkout-sdk__/checkout-sdk.js');
    assert.equal(plugin.resolveImport({ source: 'lit' }), undefined);
  });
});
