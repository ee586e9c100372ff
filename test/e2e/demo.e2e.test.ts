// The demo storefront end to end: Vite + the emulator (vite.config.ts) in this process, the
// page in the project's Chromium through playwright-core.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, startDemoServer, type DemoServer } from '../../scripts/demo-server.js';

let server: DemoServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

async function admin<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(new URL(path, server.url), {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? null : JSON.stringify(body),
  });
  assert.ok(response.ok, `${method} ${path} answered ${response.status}`);
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

async function openDemo(): Promise<void> {
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready="true"]');
}

const cartId = () => page.getByTestId('cart-id').textContent();

interface AxeResults {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
}

before(async () => {
  server = await startDemoServer();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  await admin('POST', '/__emulator/reset');
  await context?.close();
  // A fresh context per test: a new session cookie, so every test seeds its own cart.
  context = await browser.newContext();
  page = await context.newPage();
});

describe('demo storefront', () => {
  it('seeds a cart through the Storefront Carts API and shows its items', async () => {
    await openDemo();
    const summary = page.getByRole('list', { name: 'Items in your cart' });
    const items = summary.getByRole('listitem');
    assert.ok((await items.count()) >= 4, 'several items in the cart');
    await summary.getByLabel('Quantity 4').waitFor();
    assert.equal(await summary.locator('[data-kind="digital"]').count(), 1, 'one digital item');
    const options = await summary.locator('.line-item__options').allTextContents();
    assert.ok(options.some((text) => text.includes(':') && text.includes('·')), `a variant with several options, got ${options.join(' | ')}`);

    const requests = await admin<{ requests: { method: string; path: string; status: number }[] }>(
      'GET',
      '/__emulator/requests',
    );
    const list = requests.requests;
    assert.ok(
      list.some((r) => r.method === 'POST' && r.path === '/api/storefront/carts' && r.status < 300),
      'the cart was created by POST /api/storefront/carts',
    );
    await page.getByText('<split-ship>').waitFor();
  });

  it('keeps the same cart when the page is reloaded (session cookie)', async () => {
    await openDemo();
    const first = await cartId();
    await openDemo();
    assert.equal(await cartId(), first);
  });

  it('applies every setting of the fault panel to the emulator, seed and switches included', async () => {
    await openDemo();
    await page.getByLabel('Latency').fill('120');
    await page.getByLabel('Jitter').fill('30');
    await page.getByLabel('Server errors (5xx)').fill('5');
    await page.getByLabel('Timeouts').fill('2');
    await page.getByLabel('Version conflicts (409)').fill('10');
    await page.getByLabel('On a split, the old line-item id stays with').selectOption('remainder');
    await page.getByLabel('A PUT removes items it leaves out').uncheck();
    await page.getByLabel("Writes drop other destinations' shipping options").uncheck();
    await page.getByLabel('Random seed').fill('42');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByRole('status').getByText('Emulator settings applied').waitFor();

    const faults = await admin<Record<string, unknown>>('GET', '/__emulator/faults');
    assert.equal(faults.latencyMs, 120);
    assert.equal(faults.jitterMs, 30);
    assert.equal(faults.errorRate, 0.05);
    assert.equal(faults.timeoutRate, 0.02);
    assert.equal(faults.conflictRate, 0.1);
    assert.equal(faults.splitKeepsId, 'remainder');
    assert.equal(faults.putRemovesItems, false);
    assert.equal(faults.writesDropSelections, false);
    assert.equal(faults.seed, 42);
  });

  it('resets the emulator and seeds a new cart', async () => {
    await openDemo();
    const before = await cartId();
    await admin('PUT', '/__emulator/faults', { latencyMs: 50 });
    await page.getByRole('button', { name: 'Reset emulator & cart' }).click();
    await page.getByRole('status').getByText('Emulator reset').waitFor();
    const afterReset = await cartId();
    assert.ok(afterReset && afterReset !== before, `a new cart id (was ${before}, now ${afterReset})`);
    const faults = await admin<Record<string, unknown>>('GET', '/__emulator/faults');
    assert.equal(faults.latencyMs, 0, 'faults are back to their defaults');
    assert.equal(await page.getByLabel('Latency').inputValue(), '0');
  });

  it('the whole page has no accessibility violations (axe-core)', async () => {
    await openDemo();
    await page.getByTestId('request-log').getByRole('row').filter({ hasText: '/api/storefront/carts' }).first().waitFor();
    await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
    await page.getByText('Carrier connections').waitFor(); // the merchant panel has loaded too
    const results = await page.evaluate(() => (window as unknown as { axe: { run(): Promise<AxeResults> } }).axe.run());
    const found = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
    assert.deepEqual(found, []);
  });

  it('fits a phone screen without sideways scrolling', async () => {
    await page.setViewportSize({ width: 375, height: 740 });
    await openDemo();
    await page.getByText('Carrier connections').waitFor();
    const [scrollWidth, clientWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    assert.equal(scrollWidth, clientWidth);
  });

  it('links to the merchant panel on its own page, where this session\'s checkout is shown', async () => {
    await openDemo();
    const cart = await cartId();
    await page.getByRole('link', { name: 'Open the merchant panel on its own page' }).click();
    await page.waitForSelector('body[data-ready="true"]');
    assert.equal(new URL(page.url()).pathname, '/merchant/');
    await page.getByRole('heading', { name: "This session's checkout" }).waitFor();
    await page.getByText('No destinations yet').waitFor();
    const { checkouts } = await admin<{ checkouts: { id: string }[] }>('GET', '/__emulator/checkouts');
    assert.deepEqual(checkouts.map((c) => c.id), [cart], 'the same cart, not a new one');
  });

  it('shows the API requests in the live log', async () => {
    await openDemo();
    const log = page.getByTestId('request-log');
    await log.getByRole('row').filter({ hasText: '/api/storefront/carts' }).first().waitFor();
    // A request made outside the page shows up too: the log polls the emulator.
    await fetch(new URL('/api/storefront/checkout-settings', server.url));
    await log.getByRole('row').filter({ hasText: '/api/storefront/checkout-settings' }).first().waitFor();
  });
});
