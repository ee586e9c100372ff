#!/usr/bin/env node
// `npm run build`:
//   dist/**/*.js + .d.ts    ESM modules (lit and the SDK stay imports), one per element, the
//                           define entry, the React entry, and the emulator for its bin
//   dist/split-ship.js      one file with everything (lit and the SDK's /essential entry) for a
//                           theme's <script type="module">; its size and SRI hash are printed
//   dist/split-ship-headless.js  a headless storefront's one file: the GraphQL gateway, no SDK
//   custom-elements.json    the custom elements manifest, from the elements' JSDoc
import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { singleFileConfig, singleFiles, sri } from './single-file.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const bin = (name) => join(root, 'node_modules', '.bin', name);

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

rmSync(dist, { recursive: true, force: true });

// 1. The modules and their types.
run(bin('tsc'), ['-p', 'tsconfig.build.json']);
chmodSync(join(dist, 'emulator', 'cli.js'), 0o755);

// 2. The single files (REST; REST and GraphQL).
await build(singleFileConfig(root, 'rest'));
await build(singleFileConfig(root, 'headless'));

// 3. The manifest.
run(bin('cem'), ['analyze', '--quiet']);

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
for (const name of Object.values(singleFiles)) {
  const file = readFileSync(join(dist, name));
  console.log(`\ndist/${name}  ${kb(file.length)}, ${kb(gzipSync(file, { level: 9 }).length)} gzip`);
  console.log(`  integrity="${sri(file)}"`);
}
console.log(`dist/ (ESM + .d.ts), custom-elements.json written. \`npm run size\` checks the budgets.`);
