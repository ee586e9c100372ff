// Neither path pays for the other: bundling the define entry (lit and the SDK external, as in the
// library build) leaves the GraphQL gateway in a chunk of its own that only a <split-ship
// graphql-endpoint> loads, and the checkout SDK behind a chunk that only a REST widget loads.
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

  const sdkChunks = result.outputFiles.filter((f) => f.text.includes('@bigcommerce/checkout-sdk'));
  assert.equal(entry.text.includes('@bigcommerce/checkout-sdk'), false, 'the entry does not import the checkout SDK');
  assert.equal(sdkChunks.length, 1, 'one chunk imports it: the REST gateway');
  assert.equal(sdkChunks[0]!.text.includes('addCheckoutShippingConsignments'), false, 'not the GraphQL one');
});
