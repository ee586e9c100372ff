#!/usr/bin/env node
// `npm run size`: gzip sizes of what a page downloads, per entry, against the budgets; exits 1
// when one is over. Builds in memory (Vite, minified, as `npm run build` does); writes nothing.
//
//   element code   split-ship/define with lit and the SDK left out (the page has or shares them)
//   single file    dist/split-ship.js: everything, lit and the SDK's /essential entry included
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
  const config = singleFileConfig(root);
  return {
    ...config,
    build: {
      ...config.build,
      rolldownOptions: { input: join(root, entry), external, preserveEntrySignatures: 'strict', output: { format: 'es', entryFileNames: '[name].js' } },
    },
  };
};

/** Which part of split-ship (or which dependency) a module is. */
function partOf(id) {
  const path = id.replace(/\\/g, '/');
  const dep = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];
  if (dep) return ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'].includes(dep) ? 'lit' : 'checkout SDK and its dependencies';
  const folder = path.match(/\/src\/([^/]+)/)?.[1] ?? 'other';
  return (
    {
      components: 'elements (src/components)',
      i18n: 'localization (src/i18n)',
      controllers: 'controllers',
      sync: 'sync engine',
      core: 'planner (src/core)',
      gateway: 'SDK gateway',
      events: 'events',
    }[folder] ?? folder
  );
}

const rows = [];
const [elementEntry, ...lazy] = await chunks(elementOnly('src/define.ts'));
rows.push({ what: 'element code: split-ship/define (no lit, no SDK)', bytes: elementEntry.code.length, gz: gzip(elementEntry.code), budget: budgets.elementCode });
for (const c of lazy) rows.push({ what: `  + ${c.fileName.replace(/-[\w-]{8}\.js$/, '')} (loaded when used)`, bytes: c.code.length, gz: gzip(c.code) });
const [react] = await chunks(elementOnly('src/react/index.ts'));
rows.push({ what: 'split-ship/react (no React, no @lit/react)', bytes: react.code.length, gz: gzip(react.code) });
const [single] = await chunks(singleFileConfig(root));
// A tree-shaken-away define (a `sideEffects` slip) would pass every budget with an empty file.
if (!single.code.includes('split-ship-destination') || !elementEntry.code.includes('customElements')) {
  console.error('The bundles do not register the elements: check `sideEffects` in package.json.');
  process.exit(1);
}
rows.push({ what: 'single file: dist/split-ship.js', bytes: single.code.length, gz: gzip(single.code), budget: budgets.singleFile });

// What each part of the single file weighs (its modules' code before minifying, gzipped alone).
const parts = new Map();
for (const [id, module] of Object.entries(single.modules)) {
  const part = partOf(id);
  parts.set(part, (parts.get(part) ?? '') + module.code);
}

console.log('| entry | minified | gzip | budget (gzip) |');
console.log('| --- | ---: | ---: | ---: |');
for (const r of rows) console.log(`| ${r.what} | ${kb(r.bytes)} | ${kb(r.gz)} | ${r.budget ? `${kb(r.budget)} ${r.gz <= r.budget ? 'ok' : 'OVER'}` : ''} |`);
console.log('\nThe single file, part by part (module code before minifying; each part gzipped alone):\n');
console.log('| part | code | gzip |');
console.log('| --- | ---: | ---: |');
for (const [part, code] of [...parts].sort((a, b) => b[1].length - a[1].length)) console.log(`| ${part} | ${kb(code.length)} | ${kb(gzip(code))} |`);

const over = rows.filter((r) => r.budget && r.gz > r.budget);
if (over.length > 0) {
  console.error(`\nOver budget: ${over.map((r) => `${r.what} is ${kb(r.gz)}, budget ${kb(r.budget)}`).join('; ')}`);
  process.exit(1);
}
