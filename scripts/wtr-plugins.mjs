// web-test-runner plugins and helpers for this project (used by web-test-runner.config.mjs).
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * Serves `@bigcommerce/checkout-sdk` (and `/essential`) as ONE pre-bundled ESM file.
 * The SDK's ESM build imports CommonJS packages (lodash, iframe-resizer, …) that the dev server
 * can neither import natively nor convert reliably with @rollup/plugin-commonjs; esbuild bundles
 * the whole thing in about a second. The bundle is cached on disk per SDK + esbuild version.
 */
export function checkoutSdkBundlePlugin({ rootDir }) {
  const entries = new Map([
    ['@bigcommerce/checkout-sdk/essential', 'checkout-sdk-essential'],
    ['@bigcommerce/checkout-sdk', 'checkout-sdk'],
  ]);
  const prefix = '/__checkout-sdk__/';
  // The SDK's exports map hides package.json, so read it from its folder.
  const sdkVersion = JSON.parse(
    readFileSync(join(rootDir, 'node_modules', '@bigcommerce', 'checkout-sdk', 'package.json'), 'utf8'),
  ).version;
  const esbuildVersion = require('esbuild/package.json').version;
  const cacheDir = join(rootDir, 'node_modules', '.cache', 'split-ship');
  const bundles = new Map();

  async function bundle(specifier, name) {
    const cacheFile = join(cacheDir, `${name}-${sdkVersion}-esbuild-${esbuildVersion}.js`);
    if (existsSync(cacheFile)) return readFileSync(cacheFile, 'utf8');
    const result = await build({
      stdin: { contents: `export * from '${specifier}';`, resolveDir: rootDir, loader: 'js' },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2020',
      write: false,
      logLevel: 'silent',
      define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    });
    const code = result.outputFiles[0].text;
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(cacheFile, code);
    return code;
  }

  return {
    name: 'checkout-sdk-bundle',
    resolveImport({ source }) {
      const name = entries.get(source);
      return name ? `${prefix}${name}.js` : undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(prefix)) return undefined;
      const name = context.path.slice(prefix.length, -'.js'.length);
      const specifier = [...entries].find(([, n]) => n === name)?.[0];
      if (!specifier) return undefined;
      if (!bundles.has(name)) bundles.set(name, bundle(specifier, name));
      return { body: await bundles.get(name), type: 'js' };
    },
  };
}

/**
 * Adapts a connect-style middleware `(req, res, next)` (the emulator's) to Koa, which the
 * test runner's dev server uses. When the emulator answers, Koa must not touch the response.
 */
export function koaFromConnect(middleware) {
  return async (ctx, next) => {
    const passedOn = await new Promise((resolve, reject) => {
      const answered = () => {
        ctx.res.off('finish', answered);
        ctx.res.off('close', answered);
        // Koa starts every response at 404; a request the client gave up on before the emulator
        // answered would be reported as a missing file. 499: client closed the request.
        if (!ctx.res.headersSent) ctx.res.statusCode = 499;
        resolve(false);
      };
      // A request the emulator holds (a simulated timeout) settles when the client gives up.
      ctx.res.once('finish', answered);
      ctx.res.once('close', answered);
      try {
        middleware(ctx.req, ctx.res, (error) => {
          ctx.res.off('finish', answered);
          ctx.res.off('close', answered);
          if (error) reject(error);
          else resolve(true);
        });
      } catch (error) {
        reject(error);
      }
    });
    if (passedOn) return next();
    ctx.respond = false;
    return undefined;
  };
}

/**
 * `executeServerCommand('graphql-login', { email, password, guestCartEntityId? })` answers a
 * customer access token: the GraphQL `login` mutation sent from this Node process to the test
 * server's /graphql, as a storefront's server sends it (no Origin header, so server-to-server; a
 * browser's login gets a session cookie instead, never the token).
 */
export function graphqlLoginCommand({ storefrontToken }) {
  let base = '';
  return {
    name: 'split-ship-graphql-login',
    serverStart({ config }) {
      base = `http://${config.hostname ?? 'localhost'}:${config.port}`;
    },
    async executeCommand({ command, payload }) {
      if (command !== 'graphql-login') return undefined;
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${storefrontToken}` },
        body: JSON.stringify({
          query: 'mutation($email: String!, $password: String!, $cart: String) { login(email: $email, password: $password, guestCartEntityId: $cart) { customerAccessToken { value } } }',
          variables: { email: payload.email, password: payload.password, cart: payload.guestCartEntityId ?? null },
        }),
      });
      const body = await response.json();
      if (!response.ok || body.errors) throw new Error(`graphql-login: ${response.status} ${JSON.stringify(body.errors ?? body)}`);
      return body.data.login.customerAccessToken.value;
    },
  };
}

/**
 * Writes `{passed, failed}` over every test of the run to `file`, so scripts/test.mjs can sum
 * the counts of all stages into its closing `N passed, N failed` line.
 */
export function countsReporter(file) {
  const count = (suite, totals) => {
    if (!suite) return totals;
    for (const test of suite.tests) {
      if (test.skipped) continue;
      if (test.passed) totals.passed += 1;
      else totals.failed += 1;
    }
    for (const child of suite.suites) count(child, totals);
    return totals;
  };
  return {
    onTestRunFinished({ sessions }) {
      if (!file) return;
      const totals = { passed: 0, failed: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        // A file that failed to load or threw outside a test has errors but no failed test.
        if (session.passed === false && session.errors.length > 0) totals.failed += 1;
      }
      writeFileSync(file, JSON.stringify(totals));
    },
  };
}
