// A headless storefront end to end, cross-origin: the page of docs/headless.md (its HTML block, as
// written) served from http://localhost:P1 with the widget's single-file bundle, the emulator on
// http://127.0.0.1:P2 with CORS for P1's origin only. Configured for GraphQL, the widget splits the
// cart across three destinations and the order ships to those three addresses; configured for
// REST against the other origin, it says what to set and sends nothing.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, it } from 'node:test';
import { build } from 'esbuild';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/demo-server.js';
import { startEmulatorServer, type EmulatorServer } from '../../src/emulator/server.js';
import { destination, fillAddress, until, type ShopperAddress } from './support.js';
import { allocate } from './widget-support.js';

const guide = readFileSync(new URL('../../docs/headless.md', import.meta.url), 'utf8');
const pageTemplate = /```html\n([\s\S]*?)```/.exec(guide)?.[1];

let pages: Server;
let pageOrigin: string;
let emulator: EmulatorServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let assets: Map<string, string>;
/** The bundle's files the page has asked for since the last test began. */
const served = new Set<string>();
/** The checkout SDK sends this header on every request; its name is in the SDK's code alone. */
const holdsSdk = (path: string) => assets.get(path)!.includes('X-Checkout-SDK-Version');
/** What the storefront's server renders into the page for the next request. */
let render: (template: string) => string = (t) => t;

async function store<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(emulator.url + path, {
    method,
    headers: { Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? null : JSON.stringify(body),
  });
  const text = await response.text();
  assert.ok(response.ok, `${method} ${path} answered ${response.status}: ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** The storefront's own cart, made server-side: shoes, 4 mugs, a tote, 2 beanies, a digital book. */
async function newCart(): Promise<string> {
  const lines = [
    { productId: 103, quantity: 1 },
    { productId: 101, quantity: 4 },
    { productId: 102, quantity: 1 },
    { productId: 104, quantity: 2 },
    { productId: 115, quantity: 1 },
  ];
  const { products } = await store<{ products: { id: number; variants: { id: number }[] }[] }>('GET', '/__emulator/catalog');
  const lineItems = lines.map((l) => {
    const variant = products.find((p) => p.id === l.productId)?.variants[0];
    return variant ? { ...l, variantId: variant.id } : l;
  });
  return (await store<{ id: string }>('POST', '/api/storefront/carts', { lineItems })).id;
}

before(async () => {
  assert.ok(pageTemplate, 'docs/headless.md has an html block');
  const bundle = await build({
    entryPoints: { 'split-ship-headless': 'src/define.ts' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outdir: '/assets',
    write: false,
    minify: true,
    tsconfig: 'tsconfig.json',
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
  });
  assets = new Map(bundle.outputFiles.map((f) => [f.path, f.text]));
  pages = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const asset = assets.get(path);
    if (asset !== undefined) {
      served.add(path);
      res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(asset);
    } else if (path === '/') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(render(pageTemplate!));
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => pages.listen(0, '127.0.0.1', resolve));
  pageOrigin = `http://localhost:${(pages.address() as AddressInfo).port}`;
  emulator = await startEmulatorServer({ port: 0, host: '127.0.0.1', corsOrigins: [pageOrigin] });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await emulator?.close();
  await new Promise((resolve) => pages?.close(resolve));
});

beforeEach(async () => {
  emulator.emulator.reset();
  served.clear();
  await context?.close();
  context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  page = await context.newPage();
});

const denver: ShopperAddress = { firstName: 'Alan', lastName: 'Turing', address1: '200 E Colfax Ave', city: 'Denver', state: 'CO', postalCode: '80203' };
const austin: ShopperAddress = { firstName: 'Ada', lastName: 'Lovelace', address1: '500 Congress Ave', city: 'Austin', state: 'TX', postalCode: '78701' };
const london: ShopperAddress = { firstName: 'Charles', lastName: 'Babbage', address1: '1 King St', city: 'London', country: 'United Kingdom', postalCode: 'SW1A 1AA' };

describe('a headless storefront on another origin', () => {
  it('GraphQL: the page from the guide splits the cart across three destinations; the order ships to all three', async () => {
    const cartId = await newCart();
    render = (t) =>
      t.replace('{{graphqlEndpoint}}', `${emulator.url}/graphql`).replace('{{storefrontToken}}', emulator.emulator.storefrontToken).replace('{{cartId}}', cartId);
    assert.notEqual(new URL(emulator.url).origin, pageOrigin, 'two origins');
    const errors: string[] = [];
    page.on('console', (m) => {
      // The browser's own favicon request is the page server's 404, not the widget's.
      if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) errors.push(m.text());
    });
    await page.goto(`${pageOrigin}/`);
    await page.getByRole('radio', { name: 'Ship to multiple addresses' }).check();
    await fillAddress(destination(page, 1), austin);
    await fillAddress(destination(page, 2), denver);
    await page.getByRole('button', { name: 'Add destination' }).click();
    await fillAddress(destination(page, 3), london);
    await destination(page, 3).getByRole('heading', { level: 3, name: /Charles Babbage, London/ }).waitFor();
    await allocate(page);
    const next = page.getByRole('button', { name: 'Continue to payment' });
    await until('the page enables Continue (split-ship-change says complete)', async () => (await next.getAttribute('aria-disabled')) === 'false');

    const log = await store<{ requests: { path: string; operation?: string; checkoutId?: string }[] }>('GET', `/__emulator/requests?checkoutId=${cartId}`);
    assert.ok(log.requests.length > 0 && log.requests.every((r) => r.path === '/graphql'), 'the page spoke GraphQL only');
    const writes = log.requests.map((r) => r.operation).filter((o) => o !== 'checkout');
    assert.deepEqual(writes, ['addCheckoutShippingConsignments', 'selectCheckoutShippingOption', 'selectCheckoutShippingOption', 'selectCheckoutShippingOption'], 'the API floor: 1 + K');
    assert.equal(log.requests.length - writes.length, 1, 'one read: every answer is the whole checkout, none is confirmed by another read');
    assert.ok([...assets.keys()].some(holdsSdk), 'the bundle has the checkout SDK, in a chunk of its own');
    assert.deepEqual([...served].filter(holdsSdk), [], 'a GraphQL page never downloads it');

    await store('POST', '/__emulator/orders', { checkoutId: cartId });
    const { base_path: basePath, token } = await store<{ base_path: string; token: string }>('GET', '/__emulator/management');
    const [order] = await (await fetch(`${emulator.url}${basePath}/orders`, { headers: { 'X-Auth-Token': token, Accept: 'application/json' } })).json() as { id: number }[];
    const shippingAddresses = (await (await fetch(`${emulator.url}${basePath}/orders/${order!.id}/shipping_addresses`, { headers: { 'X-Auth-Token': token, Accept: 'application/json' } })).json()) as { city: string; street_1: string }[];
    assert.deepEqual(shippingAddresses.map((a) => a.city).sort(), ['Austin', 'Denver', 'London']);
    assert.deepEqual(errors, [], 'no console error (no CORS refusal)');
  });

  it('REST against the other origin: the widget says what to set and sends nothing', async () => {
    const cartId = await newCart();
    // The same page, configured for the SDK's REST API on the store's origin.
    render = (t) => t.replace(/graphql-endpoint="[^"]*"\s*storefront-token="[^"]*"/, `api-host="${emulator.url}"`).replace('{{cartId}}', cartId);
    await page.goto(`${pageOrigin}/`);
    await page.getByText('This page is not set up for split shipping.').waitFor();
    await page.getByText(/does not answer other sites\. Set graphql-endpoint, storefront-token and checkout-id/).waitFor();
    const log = await store<{ requests: { method: string; path: string }[] }>('GET', '/__emulator/requests');
    const fromPage = log.requests.filter((r) => !(r.method === 'POST' && r.path === '/api/storefront/carts'));
    assert.deepEqual(fromPage, [], 'no request but the storefront server\'s own cart reached the store');
    assert.deepEqual([...served].filter(holdsSdk), [], 'nor did the page download the checkout SDK');
  });

  it('an origin the token does not allow is refused by CORS, and the widget says the store is not answering', async () => {
    const cartId = await newCart();
    render = (t) =>
      t.replace('{{graphqlEndpoint}}', `${emulator.url}/graphql`).replace('{{storefrontToken}}', emulator.emulator.storefrontToken).replace('{{cartId}}', cartId);
    // The same page from 127.0.0.1 instead of localhost: an origin the emulator's token does not list.
    const other = pageOrigin.replace('localhost', '127.0.0.1');
    await page.goto(`${other}/`);
    await page.getByText('The store is not answering', { exact: false }).first().waitFor({ timeout: 60_000 });
    const log = await store<{ requests: { checkoutId?: string }[] }>('GET', '/__emulator/requests');
    assert.equal(log.requests.filter((r) => r.checkoutId === cartId).length, 0, 'the preflight was refused: no GraphQL request ran');
  });
});
