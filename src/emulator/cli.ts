#!/usr/bin/env node
// `npx split-ship-emulator --port 8787 [--static DIR [--header 'Name: value']] [--latency ms] [--jitter ms]
//   [--seed n] [--host h] [--cors-origin http://localhost:3000 …] [--storefront-token t]`
// (in this repository: `npm run emulator -- …`)
import { parseArgs } from 'node:util';
import { startEmulatorServer } from './server.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    host: { type: 'string', default: '127.0.0.1' },
    latency: { type: 'string' },
    jitter: { type: 'string' },
    seed: { type: 'string' },
    static: { type: 'string' },
    header: { type: 'string', multiple: true },
    help: { type: 'boolean', short: 'h' },
    // Repeatable: the origins /graphql answers CORS for (the storefront token's allowed_cors_origins).
    'cors-origin': { type: 'string', multiple: true },
    'storefront-token': { type: 'string' },
  },
});

if (values.help) {
  console.log(`split-ship-emulator: the BigCommerce Storefront Checkout API and management API, emulated

  --port N        listen on N (default 8787)
  --host H        listen on H (default 127.0.0.1)
  --static DIR    also serve the files in DIR, so a page and the API share one origin
  --header 'N: V' add a header to those files (repeatable; try a Content-Security-Policy)
  --latency MS    add MS to every answer; --jitter MS adds up to MS more at random
  --seed N        the seed of the catalog's ids and of the faults' randomness
  --cors-origin O the origins /graphql answers CORS for (repeatable; REST stays same-origin)
  --storefront-token T  the bearer token /graphql accepts (one is made up and printed otherwise)`);
  process.exit(0);
}

const number = (name: string, value: string | undefined): number | undefined => {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < 0) {
    console.error(`--${name} must be a number >= 0, got "${value}"`);
    process.exit(2);
  }
  return parsed;
};

const options: Parameters<typeof startEmulatorServer>[0] = {
  port: number('port', values.port) ?? 8787,
  host: values.host,
  log: (line) => console.error(line),
};
const latencyMs = number('latency', values.latency);
const jitterMs = number('jitter', values.jitter);
const seed = number('seed', values.seed);
if (latencyMs !== undefined) options.latencyMs = latencyMs;
if (jitterMs !== undefined) options.jitterMs = jitterMs;
if (seed !== undefined) options.seed = Math.trunc(seed);
if (values.static) options.static = values.static;
if (values.header?.length) {
  const headers: Record<string, string> = {};
  for (const line of values.header) {
    const colon = line.indexOf(':');
    if (colon < 1) {
      console.error(`--header must look like "Name: value", got "${line}"`);
      process.exit(2);
    }
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  options.staticOptions = { headers };
}
const corsOrigins = values['cors-origin'] ?? [];
for (const origin of corsOrigins) {
  // BigCommerce refuses a trailing slash or a path in allowed_cors_origins; so does the emulator.
  if (!/^https?:\/\/[^/]+$/.test(origin)) {
    console.error(`--cors-origin must be an origin such as http://localhost:3000 (no path, no trailing slash), got "${origin}"`);
    process.exit(2);
  }
}
options.corsOrigins = corsOrigins;
if (values['storefront-token']) options.storefrontToken = values['storefront-token'];

const server = await startEmulatorServer(options);
console.log(`split-ship emulator listening on ${server.url}`);
if (values.static) console.log(`  Files:           ${server.url}/  (from ${values.static})`);
console.log(`  Storefront API:  ${server.url}/api/storefront  (create a cart: POST /api/storefront/carts)`);
console.log(`  Admin API:       ${server.url}/__emulator/  (catalog, reset, requests, faults)`);
console.log(`  Management API:  ${server.url}/stores/${server.emulator.storeHash}/v2  X-Auth-Token: ${server.emulator.managementToken}`);
console.log(`  GraphQL:         ${server.url}/graphql  Authorization: Bearer ${server.emulator.storefrontToken}`);
console.log(`                   CORS for: ${corsOrigins.length ? corsOrigins.join(', ') : 'no other origin (add --cors-origin)'}; the REST endpoints stay same-origin`);

const stop = () => void server.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
