#!/usr/bin/env node
// `npm run size`: gzip sizes of what a page downloads, per entry, against the budgets; exits 1
// when one is over. Builds in memory (Vite, minified, as `npm run build` does); writes nothing.
//
//   element code   split-ship/define with lit and the SDK left out (the page has or shares them)
//   single files   dist/split-ship.js (REST: lit, the SDK's /essential entry, the elements) and
//                  dist/split-ship-headless.js (GraphQL: lit and the elements, no SDK)
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { singleFileConfig } from './single-file.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
export const budgets = { elementCode: 32 * 1024, singleFile: 230 * 1024 };

const gzip = (code) => gzipSync(code, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** The chunks of one in-memory build. */
async function chunks(config) {
  const output = await build({ ...config, logLevel: 'silent', build: { ...config.build, write: false } });
  return (Array.isArray(output) ? output : [output]).flatMap((o) => o.output).filter((c) => c.type === 'chunk');
}

const external = [/^@bigcommerce\/checkout-sdk/, /^lit($|\/)/, /^@lit\//, /^react($|\/)/];
const elementOnly = (entry) => {
  const config = singleFileConfig(root, 'headless');
  return {
    ...config,
    // As a bundler builds the ESM entries: templates as written (only the single files minify them).
    plugins: [],
    build: {
      ...config.build,
      rolldownOptions: { input: join(root, entry), external, preserveEntrySignatures: 'strict', output: { format: 'es', entryFileNames: '[name].js' } },
    },
  };
};

/** One minified bundle of `source` (a module's text), with `externals` left out. */
async function weigh(source, externals = []) {
  const config = singleFileConfig(root, 'headless');
  const id = '\0split-ship-size-entry.js';
  const [chunk] = await chunks({
    ...config,
    plugins: [{ name: 'size-entry', resolveId: (s) => (s === 'size-entry' ? id : null), load: (s) => (s === id ? source : null) }],
    build: { ...config.build, rolldownOptions: { input: 'size-entry', external: externals, preserveEntrySignatures: 'strict', output: { format: 'es', codeSplitting: false } } },
  });
  return gzip(chunk.code);
}

const rows = [];
const [elementEntry, ...lazy] = await chunks(elementOnly('src/define.ts'));
rows.push({ what: 'element code: split-ship/define (no lit, no SDK)', bytes: elementEntry.code.length, gz: gzip(elementEntry.code), budget: budgets.elementCode });
for (const c of lazy) rows.push({ what: `  + ${c.fileName.replace(/-[\w-]{8}\.js$/, '')} (loaded when used)`, bytes: c.code.length, gz: gzip(c.code) });
const [react] = await chunks(elementOnly('src/react/index.ts'));
rows.push({ what: 'split-ship/react (no React, no @lit/react)', bytes: react.code.length, gz: gzip(react.code) });
const [single] = await chunks(singleFileConfig(root, 'rest'));
const [headlessFile] = await chunks(singleFileConfig(root, 'headless'));
// A tree-shaken-away define (a `sideEffects` slip) would pass every budget with an empty file.
if (!single.code.includes('split-ship-destination') || !elementEntry.code.includes('customElements')) {
  console.error('The bundles do not register the elements: check `sideEffects` in package.json.');
  process.exit(1);
}
rows.push({ what: 'single file: dist/split-ship.js (REST)', bytes: single.code.length, gz: gzip(single.code), budget: budgets.singleFile });
rows.push({ what: 'single file: dist/split-ship-headless.js (GraphQL)', bytes: headlessFile.code.length, gz: gzip(headlessFile.code) });
if (/graphql-gateway|addCheckoutShippingConsignments/.test(single.code)) {
  console.error('The REST single file carries the GraphQL gateway.');
  process.exit(1);
}
// The SDK sends this header on every request: its text is in the SDK and nowhere else.
if (/X-Checkout-SDK-Version/.test(headlessFile.code) || !/X-Checkout-SDK-Version/.test(single.code)) {
  console.error('The headless single file carries the checkout SDK (or the REST file does not).');
  process.exit(1);
}

// The emulator (Node only) and its dependencies never reach a browser file.
const nodeOnly = (chunk) => Object.keys(chunk.modules).filter((id) => /\/src\/emulator\/|node_modules\/(country-region-data|postcode-validator|graphql)\/|^node:/.test(id));
for (const chunk of [elementEntry, ...lazy, react, single, headlessFile]) {
  if (nodeOnly(chunk).length > 0) {
    console.error(`Node-only modules in ${chunk.fileName}: ${nodeOnly(chunk).join(', ')}`);
    process.exit(1);
  }
}

// What each part weighs, minified and gzipped on its own (so the parts add up to about the whole).
const src = (path) => JSON.stringify(join(root, path));
const engine = await weigh(`export * from ${src('src/sync/index.ts')};`, external);
const parts = [
  ['checkout SDK (`/essential`: createCheckoutService)', await weigh(`export { createCheckoutService } from '@bigcommerce/checkout-sdk/essential';`)],
  ['lit', await weigh(`export * from 'lit'; export * from 'lit/decorators.js'; export * from 'lit/directives/repeat.js';`)],
  ['planner and sync engine (no elements, no gateway)', engine],
  ['elements, controllers, localization (English), events: the rest of the element code', gzip(elementEntry.code) - engine],
  ['SDK gateway (REST; loaded when used)', await weigh(`export * from ${src('src/gateway/sdk-gateway.ts')};`, external)],
  ['GraphQL gateway (loaded when used)', await weigh(`export * from ${src('src/gateway/graphql-gateway.ts')};`, external)],
];

console.log('| entry | minified | gzip | budget (gzip) |');
console.log('| --- | ---: | ---: | ---: |');
for (const r of rows) console.log(`| ${r.what} | ${kb(r.bytes)} | ${kb(r.gz)} | ${r.budget ? `${kb(r.budget)} ${r.gz <= r.budget ? 'ok' : 'OVER'}` : ''} |`);
console.log('\nWhat each part weighs (minified, gzipped on its own):\n');
console.log('| part | gzip |');
console.log('| --- | ---: |');
for (const [part, gz] of parts) console.log(`| ${part} | ${kb(gz)} |`);

const over = rows.filter((r) => r.budget && r.gz > r.budget);
if (over.length > 0) {
  console.error(`\nOver budget: ${over.map((r) => `${r.what} is ${kb(r.gz)}, budget ${kb(r.budget)}`).join('; ')}`);
  process.exit(1);
}
