// The merchant panel end to end (demo/merchant/ on its own page, /merchant/): the store's
// configuration edited through the V2 Management API from the page, seen by the session's
// checkout, then the order placed and shipped per destination. The cart is split by a shopper
// using <split-ship> on the demo page (roles and names only), as it would be in a store.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, startDemoServer, type DemoServer } from '../../scripts/demo-server.js';
import { splitAcrossSanFranciscoAndLondon } from './support.js';

let server: DemoServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

before(async () => {
  server = await startDemoServer();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function openMerchantPage(): Promise<void> {
  await page.goto(new URL('/merchant/', server.url).href);
  await page.waitForSelector('body[data-ready="true"]');
  await page.getByRole('heading', { name: 'North America' }).waitFor();
}

async function openDemo(): Promise<void> {
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready="true"]');
  await page.getByRole('radio', { name: 'Ship to multiple addresses' }).waitFor();
}

beforeEach(async () => {
  const reset = await fetch(new URL('/__emulator/reset', server.url), { method: 'POST' });
  assert.ok(reset.ok);
  await context?.close();
  context = await browser.newContext();
  page = await context.newPage();
  await openMerchantPage();
});

interface AxeResults {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
}

const carrier = (id: string) => page.locator(`form[data-carrier="${id}"]`);
const badge = (id: string) => carrier(id).locator('.mp-badge');

/**
 * The shopper splits the session's cart with the widget on the demo page (San Francisco: 2 mugs
 * and a beanie, $52; London: the rest; each with the option the store recommends), then the test
 * is back on /merchant/ (same session, same checkout).
 */
async function splitCart(): Promise<void> {
  await openDemo();
  await splitAcrossSanFranciscoAndLondon(page);
  await openMerchantPage();
  await page.getByRole('list', { name: 'Shipping options to San Francisco' }).waitFor();
  await page.getByRole('list', { name: 'Shipping options to London' }).waitFor();
}

const optionsTo = (city: string) => page.getByRole('list', { name: `Shipping options to ${city}` }).getByRole('listitem');

describe('merchant panel', () => {
  it('shows the seeded zones, their methods and the carriers as seeded', async () => {
    await page.getByRole('heading', { name: 'Rest of World' }).waitFor();
    assert.equal(await page.getByLabel('Enable FedEx in North America').isChecked(), false);
    assert.equal(await page.getByLabel('Enable USPS in North America').isChecked(), true);
    assert.equal(await badge('endicia').textContent(), 'connected');
    assert.equal(await badge('fedex').textContent(), 'disconnected');
  });

  it('a refused FedEx connection answers 204 and quotes nothing; accepted credentials add FedEx options', async () => {
    await splitCart();
    await page.getByLabel('Enable FedEx in North America').check();
    await page.getByText('FedEx enabled in North America').waitFor();

    await page.getByLabel('FedEx Key').fill('demo-key');
    await page.getByLabel('FedEx Password').fill('wrong-password');
    await page.getByLabel('FedEx Account number').fill('510087');
    await page.getByLabel('FedEx Meter number').fill('118');
    await page.getByRole('button', { name: 'Connect FedEx', exact: true }).click();
    await carrier('fedex').getByText('POST answered 204 No Content; the carrier is now refused.').waitFor();
    assert.equal(await badge('fedex').textContent(), 'refused');
    assert.equal(await optionsTo('San Francisco').filter({ hasText: 'FedEx' }).count(), 0);

    await page.getByLabel('FedEx Password').fill('right-password');
    await page.getByRole('button', { name: 'Connect FedEx', exact: true }).click();
    await carrier('fedex').getByText('the carrier is now connected').waitFor();
    await optionsTo('San Francisco').filter({ hasText: 'FedEx (Ground)' }).waitFor();
    assert.equal(await optionsTo('San Francisco').filter({ hasText: 'FedEx' }).count(), 3);

    await page.getByRole('button', { name: 'Disconnect FedEx' }).click();
    await carrier('fedex').getByText('DELETE answered 204 No Content; the carrier is now disconnected.').waitFor();
    await optionsTo('San Francisco').filter({ hasText: 'FedEx' }).first().waitFor({ state: 'detached' });
  });

  it('lists each missing credential field the API refuses with 400, one per line', async () => {
    await page.getByLabel('FedEx Key').fill('demo-key');
    await page.getByRole('button', { name: 'Connect FedEx', exact: true }).click();
    await carrier('fedex').getByText('POST answered 400; the carrier is now disconnected.').waitFor();
    assert.deepEqual(await carrier('fedex').getByRole('listitem').allTextContents(), [
      'Required fields missing [password]',
      'Required fields missing [account_number]',
      'Required fields missing [meter_number]',
    ]);
  });

  it('a rate change shows on the next quote', async () => {
    await splitCart();
    await page.getByLabel('Rate of Flat Rate').fill('3.5');
    await page.locator('tr[data-method="1"]').getByRole('button', { name: 'Save' }).click();
    await optionsTo('San Francisco').filter({ hasText: 'Flat Rate — $3.50' }).waitFor();
  });

  it('edits zones and methods from the panel, and each change shows on the next quote', async () => {
    await splitCart();
    const london = optionsTo('London');
    const sanFrancisco = optionsTo('San Francisco');

    // A method added to Rest of World is quoted to London.
    await page.getByLabel('Add to Rest of World').selectOption('perorder');
    await page.getByLabel('New method in Rest of World named').fill('Island Courier');
    await page.getByLabel('New method in Rest of World: rate $').fill('12');
    await page.getByRole('button', { name: 'Add method to Rest of World' }).click();
    await london.filter({ hasText: 'Island Courier — $12.00' }).waitFor();

    // A deleted method is no longer quoted.
    await page.getByRole('button', { name: 'Delete International by Weight from Rest of World' }).click();
    await page.getByText('International by Weight deleted from Rest of World').waitFor();
    await london.filter({ hasText: 'International by Weight' }).waitFor({ state: 'detached' });

    // A lower free-shipping minimum makes San Francisco's consignment ($52 of items) ship free, alone.
    await page.getByLabel('North America: free shipping from a consignment subtotal of $').fill('50');
    await page.getByRole('button', { name: 'Save free shipping in North America' }).click();
    await sanFrancisco.filter({ hasText: 'Free Shipping — $0.00' }).waitFor();
    assert.equal(await sanFrancisco.count(), 1);

    // Turning free shipping off brings the methods back.
    await page.getByLabel('North America: Free shipping', { exact: true }).uncheck();
    await page.getByRole('button', { name: 'Save free shipping in North America' }).click();
    await sanFrancisco.filter({ hasText: 'Ship by Weight' }).waitFor();
    assert.equal(await sanFrancisco.filter({ hasText: 'Free Shipping' }).count(), 0);

    // A disabled zone quotes nothing.
    await page.getByLabel('Rest of World: Zone enabled').uncheck();
    await page.getByText('Rest of World disabled').waitFor();
    await page.locator('article[data-consignment]').filter({ hasText: 'To London' }).getByText('No shipping options to this destination.').waitFor();
    assert.equal(await london.count(), 0);
  });

  it('places the order: one shipping address per destination, then a shipment for each', async () => {
    await splitCart();
    await page.getByRole('button', { name: 'Place order' }).click();
    await page.getByText('Order 100 placed').waitFor();
    const addresses = page.locator('article[data-order-address]');
    assert.equal(await addresses.count(), 2);
    await page.getByRole('heading', { name: 'Ship to Ada Lovelace, San Francisco' }).waitFor();
    await page.getByRole('heading', { name: 'Ship to Alan Turing, London' }).waitFor();
    await page.getByRole('list', { name: 'Items to San Francisco' }).getByRole('listitem').first().waitFor();
    await page.getByRole('list', { name: 'Items to London' }).getByRole('listitem').first().waitFor();
    // Each destination shows the method its consignment selected (the split picks the recommended one).
    assert.match((await addresses.nth(0).textContent()) ?? '', /Flat Rate — \$9\.95/);
    assert.match((await addresses.nth(1).textContent()) ?? '', /International Flat Rate — \$24\.95 \+ \$4\.00 handling/);

    await page.getByLabel('Tracking number').first().fill('9400111899223334445566');
    await page.getByRole('button', { name: 'Create shipment' }).first().click();
    await page.getByText(/Shipment 1 created for San Francisco/).waitFor();
    assert.equal(await page.getByTestId('order-status').textContent(), 'Partially Shipped');
    await page.getByRole('link', { name: '9400111899223334445566' }).waitFor();

    await page.getByLabel('Tracking number').fill('RM123456785GB');
    await page.getByLabel('Carrier', { exact: true }).selectOption('royalmail');
    await page.getByRole('button', { name: 'Create shipment' }).click();
    await page.getByText(/Shipment 2 created for London/).waitFor();
    assert.equal(await page.getByTestId('order-status').textContent(), 'Shipped');
    assert.equal(await page.getByRole('button', { name: 'Create shipment' }).count(), 0, 'nothing left to ship');
  });

  it('the page with a refused connection and a placed order has no accessibility violations (axe-core)', async () => {
    await splitCart();
    await page.getByLabel('FedEx Key').fill('demo-key');
    await page.getByRole('button', { name: 'Connect FedEx', exact: true }).click();
    await carrier('fedex').getByRole('listitem').first().waitFor();
    await page.getByRole('button', { name: 'Place order' }).click();
    await page.getByText('Order 100 placed').waitFor();
    await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
    const results = await page.evaluate(() => (window as unknown as { axe: { run(): Promise<AxeResults> } }).axe.run());
    const found = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
    assert.deepEqual(found, []);
  });

  it('refuses to place an order before the checkout is complete, saying why', async () => {
    await page.getByRole('button', { name: 'Place order' }).click();
    await page.getByRole('alert').getByText(/Checkout is not complete.*is in no consignment/).waitFor();
  });

  it("places the order from the demo page's own panel once Continue says shipping is set", async () => {
    await openDemo();
    await splitAcrossSanFranciscoAndLondon(page);
    await page.getByRole('button', { name: 'Continue to payment' }).click();
    await page.getByRole('status').filter({ hasText: 'Shipping is set: 2 destinations, shipping $34.90' }).waitFor();
    await page.getByRole('link', { name: 'merchant panel below' }).click();
    const panel = page.getByRole('complementary', { name: 'Merchant panel' });
    await panel.getByRole('button', { name: 'Place order' }).click();
    await panel.getByText('Order 100 placed').waitFor();
    await panel.getByRole('heading', { name: 'Ship to Ada Lovelace, San Francisco' }).waitFor();
    await panel.getByRole('heading', { name: 'Ship to Alan Turing, London' }).waitFor();
    assert.deepEqual(
      await panel.getByRole('list', { name: 'Items to San Francisco' }).getByRole('listitem').allInnerTexts(),
      ['2× Orbit Ceramic Mug (0 shipped)', '1× Merino Wool Beanie (0 shipped)'],
    );
    assert.equal(await panel.getByRole('list', { name: 'Items to London' }).getByRole('listitem').count(), 4);
  });
});
