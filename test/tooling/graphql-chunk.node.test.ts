// The REST path does not pay for the GraphQL one: bundling the define entry (lit and the SDK
// external, as in the library build) leaves the GraphQL gateway in a chunk of its own that only a
// <split-ship graphql-endpoint> loads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

test('the define bundle holds no GraphQL gateway; a separate chunk does', async () => {
  const result = await build({
    entryPoints: { define: 'src/define.ts' },
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    write: false,
    outdir: 'dist-check',
    external: ['lit', 'lit/*', '@lit/*', '@bigcommerce/*'],
    tsconfig: 'tsconfig.json',
    logLevel: 'silent',
  });
  const entry = result.outputFiles.find((f) => f.path.endsWith('/define.js'))!;
  const graphqlChunks = result.outputFiles.filter((f) => f.text.includes('addCheckoutShippingConsignments'));
  assert.equal(entry.text.includes('addCheckoutShippingConsignments'), false, 'the entry holds no GraphQL document');
  assert.equal(entry.text.includes('X-Bc-Customer-Access-Token'), false, 'nor the gateway code');
  assert.equal(graphqlChunks.length, 1, 'one chunk holds the GraphQL gateway');
  assert.ok(gzipSync(graphqlChunks[0]!.contents).length < gzipSync(entry.contents).length / 4, 'and it is small');
});
