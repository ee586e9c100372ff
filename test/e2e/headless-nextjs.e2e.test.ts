// docs/headless.md's Next.js app, run as a reader would build it: the packed tarball and `next`
// installed in a fresh project, the guide's four files written out as they stand, `next build`
// (Turbopack and its TypeScript check), `next start` on http://localhost:P, against the emulator on
// http://127.0.0.1:P2 whose CORS allows that origin only. In Chromium: a guest splits the cart
// straight to the store and goes on to payment; a shopper signed in through the guide's signIn()
// is offered her saved addresses through the guide's /graphql route and her order ships to them.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/demo-server.js';
import { startEmulatorServer, type EmulatorServer } from '../../src/emulator/server.js';
import { docFiles } from '../support/guides.js';
import { announced, locked, pack, sh } from './package-support.js';
import { destination, fillAddress, london, sanFrancisco, until } from './support.js';

const guide = docFiles('headless.md');
const work = mkdtempSync(join(tmpdir(), 'split-ship-nextjs-'));
const project = join(work, 'project');
const quiet = { NEXT_TELEMETRY_DISABLED: '1' };

/** What any Next.js app has and the guide leaves out. */
const scaffolding: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'a-headless-storefront', private: true }),
  'app/layout.tsx': `export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
  'app/checkout/payment/page.tsx': `export default function PaymentPage() {
  return <h1>Payment</h1>;
}
`,
  // The storefront's own sign-in page would call signIn(); this route is that call, for the test.
  'app/sign-in/route.ts': `import { cookies } from 'next/headers';
import { signIn } from '../../lib/session';

export async function POST(request: Request): Promise<Response> {
  const form = await request.formData();
  const cartId = (await cookies()).get('cartId')?.value;
  const signedIn = await signIn(String(form.get('email')), String(form.get('password')), cartId);
  return new Response(signedIn ? 'Signed in' : 'Refused', { status: signedIn ? 200 : 401 });
}
`,
};

let emulator: EmulatorServer;
let next: ChildProcess;
let origin: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const timings: Record<string, number> = {};

async function timed<T>(what: string, work: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    timings[what] = Math.round(performance.now() - started);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function store<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  const response = await fetch(emulator.url + path, {
    method,
    headers: { Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
    body: body === undefined ? null : JSON.stringify(body),
  });
  const text = await response.text();
  assert.ok(response.ok, `${method} ${path} answered ${response.status}: ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** The storefront's cart, made by its server: 2 mugs and a beanie. */
async function newCart(): Promise<string> {
  const { products } = await store<{ products: { name: string; id: number; variants: { id: number }[] }[] }>('GET', '/__emulator/catalog');
  const line = (name: string, quantity: number) => {
    const product = products.find((p) => p.name === name)!;
    return { productId: product.id, variantId: product.variants[0]!.id, quantity };
  };
  return (await store<{ id: string }>('POST', '/api/storefront/carts', { lineItems: [line('Orbit Ceramic Mug', 2), line('Merino Wool Beanie', 1)] })).id;
}

before(async () => {
  const port = await freePort();
  origin = `http://localhost:${port}`;
  emulator = await startEmulatorServer({ port: 0, host: '127.0.0.1', corsOrigins: [origin] });
  const packed = await timed('npm pack', () => pack(work));
  mkdirSync(project);
  for (const [file, text] of Object.entries({ ...scaffolding, ...guide })) {
    mkdirSync(dirname(join(project, file)), { recursive: true });
    writeFileSync(join(project, file), text);
  }
  const types = ['typescript', '@types/react', '@types/react-dom', '@types/node'].map(locked);
  await timed('npm install', () =>
    sh('npm', ['install', '--prefer-offline', '--no-package-lock', join(work, packed.filename), locked('next'), locked('react'), locked('react-dom'), ...types], project),
  );
  const bin = join(project, 'node_modules', '.bin', 'next');
  await timed('next build', () => sh(bin, ['build'], project, quiet));
  const env = {
    ...process.env,
    ...quiet,
    BIGCOMMERCE_GRAPHQL_ENDPOINT: `${emulator.url}/graphql`,
    BIGCOMMERCE_STOREFRONT_TOKEN: emulator.emulator.storefrontToken,
    BIGCOMMERCE_PRIVATE_TOKEN: emulator.emulator.storefrontToken,
  };
  await timed('next start', async () => {
    next = spawn(bin, ['start', '--port', String(port), '--hostname', 'localhost'], { cwd: project, env });
    await announced(next, /(Ready) in/);
  });
  browser = await launchChromium();
  console.log(`Next.js app: ${Object.entries(timings).map(([what, ms]) => `${what} ${(ms / 1000).toFixed(1)} s`).join(', ')}`);
});

after(async () => {
  await browser?.close();
  next?.kill();
  await emulator?.close();
  rmSync(work, { recursive: true, force: true });
});

beforeEach(async () => {
  emulator.emulator.reset();
  await context?.close();
  context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  page = await context.newPage();
});

/** The shipping page with this cart in the cookie the guide reads; console errors are collected. */
async function openShipping(cartId: string): Promise<string[]> {
  await context.addCookies([{ name: 'cartId', value: cartId, url: origin }]);
  const errors: string[] = [];
  page.on('console', (m) => {
    // The browser's own favicon request is the app's 404, not the widget's.
    if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) errors.push(m.text());
  });
  await page.goto(`${origin}/checkout/shipping`);
  await page.getByRole('radio', { name: 'Ship to multiple addresses' }).check();
  return errors;
}

/** Every request the page sent, as origin + path. */
const sent = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => { const url = new URL(e.name); return url.origin + url.pathname; }));

async function continueToPayment(): Promise<void> {
  const next = page.getByRole('button', { name: 'Continue to payment' });
  await until('Continue is enabled (split-ship-change says complete)', async () => (await next.getAttribute('aria-disabled')) === 'false');
  await next.click();
  await page.getByRole('heading', { name: 'Payment' }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/checkout/payment');
}

describe("docs/headless.md's Next.js app, built and started", () => {
  it('a guest: the page splits the cart across two addresses straight to the store (CORS), then Continue goes on to payment', async () => {
    const cartId = await newCart();
    const errors = await openShipping(cartId);
    await fillAddress(destination(page, 1), sanFrancisco);
    await fillAddress(destination(page, 2), london);
    await destination(page, 1).getByRole('spinbutton', { name: /^Quantity of Orbit Ceramic Mug/ }).fill('1');
    await destination(page, 2).getByRole('button', { name: 'Ship all remaining here' }).click();
    const requests = await sent();
    await continueToPayment();

    const checkout = await store<{ consignments: { address: { city: string }; selectedShippingOption?: unknown }[] }>('GET', `/__emulator/checkouts/${cartId}`);
    assert.deepEqual(checkout.consignments.map((c) => c.address.city).sort(), ['London', 'San Francisco']);
    assert.ok(checkout.consignments.every((c) => c.selectedShippingOption));
    const api = requests.filter((r) => /\/(graphql|api\/storefront\/|internalapi\/)/.test(r));
    assert.ok(api.length > 0);
    assert.deepEqual([...new Set(api)], [`${emulator.url}/graphql`], 'the store\'s GraphQL API only, across origins');
    assert.deepEqual(errors, [], 'no console error (no CORS refusal)');
  });

  it("a signed-in shopper: signIn() (the login mutation, server-to-server) gives her the cart, the site's /graphql offers her saved addresses, and her order ships to two of them", async () => {
    const cartId = await newCart();
    await context.addCookies([{ name: 'cartId', value: cartId, url: origin }]);
    const signIn = await page.request.post(`${origin}/sign-in`, { form: { email: 'ada@example.com', password: 'lovelace' } });
    assert.equal(signIn.status(), 200, await signIn.text());
    const cookie = (await context.cookies(origin)).find((c) => c.name === 'customerAccessToken');
    assert.ok(cookie?.httpOnly, 'the token is in an httpOnly cookie, out of reach of the page');

    const errors = await openShipping(cartId);
    const first = destination(page, 1);
    await first.getByRole('radio', { name: /500 Congress Ave/ }).check();
    await first.getByRole('button', { name: 'Use this address' }).click();
    const second = destination(page, 2);
    await second.getByRole('radio', { name: /400 Broad St/ }).check();
    await second.getByRole('button', { name: 'Use this address' }).click();
    await first.getByRole('spinbutton', { name: /^Quantity of Orbit Ceramic Mug/ }).fill('1');
    await second.getByRole('button', { name: 'Ship all remaining here' }).click();
    const requests = await sent();
    await continueToPayment();

    const api = requests.filter((r) => /\/(graphql|api\/storefront\/|internalapi\/)/.test(r));
    assert.deepEqual([...new Set(api)], [`${origin}/graphql`], 'every request through the site\'s own /graphql');
    await store('POST', '/__emulator/orders', { checkoutId: cartId });
    const { base_path: basePath, token } = await store<{ base_path: string; token: string }>('GET', '/__emulator/management');
    const management = { 'X-Auth-Token': token };
    const [order] = await store<{ id: number; customer_id: number }[]>('GET', `${basePath}/orders`, undefined, management);
    assert.equal(order!.customer_id, 11, "the order is Ada's");
    const shipTo = await store<{ city: string; company: string }[]>('GET', `${basePath}/orders/${order!.id}/shipping_addresses`, undefined, management);
    assert.deepEqual(shipTo.map((a) => [a.city, a.company]).sort(), [['Austin', ''], ['Seattle', 'Analytical Engines Ltd']]);
    assert.deepEqual(errors, []);
  });
});
