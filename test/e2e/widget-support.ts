// Helpers for the widget's end-to-end tests: the demo server and browser, the emulator's admin
// and management APIs, the shopper's three destinations, the placed order, keyboard travel.
// Controls are found by role and accessible name only.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, beforeEach } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, startDemoServer, type DemoServer } from '../../scripts/demo-server.js';
import { destination, fillAddress, items, until, type ShopperAddress } from './support.js';

export const demo: { server: DemoServer; browser: Browser; context: BrowserContext; page: Page } = {} as never;

/** Starts the demo once per file and gives every test a fresh emulator, context and page. */
export function useDemo(): void {
  before(async () => {
    demo.server = await startDemoServer();
    demo.browser = await launchChromium();
  });
  after(async () => {
    await demo.browser?.close();
    await demo.server?.close();
  });
  beforeEach(async () => {
    await admin('POST', '/__emulator/reset');
    await demo.context?.close();
    demo.context = await demo.browser.newContext({ viewport: { width: 1280, height: 1000 } });
    await recordEvents(demo.context);
    demo.page = await demo.context.newPage();
  });
}

export async function admin<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  const response = await fetch(new URL(path, demo.server.url), {
    method,
    headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
    body: body === undefined ? null : JSON.stringify(body),
  });
  assert.ok(response.ok, `${method} ${path} answered ${response.status}`);
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export async function openDemo(page = demo.page, query = ''): Promise<void> {
  await page.goto(new URL(query, demo.server.url).href);
  await page.waitForSelector('body[data-ready="true"]');
  await page.getByRole('radio').nth(1).waitFor();
}

/** Events the widget sends the page, recorded from before the page's own scripts run. */
export async function recordEvents(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const seen: { type: string; detail: unknown }[] = [];
    (window as unknown as { __splitShipEvents: typeof seen }).__splitShipEvents = seen;
    for (const type of ['split-ship-change', 'split-ship-complete', 'split-ship-error']) {
      document.addEventListener(type, (event) => seen.push({ type, detail: JSON.parse(JSON.stringify((event as CustomEvent).detail)) }));
    }
  });
}

export const events = (page = demo.page) =>
  page.evaluate(() => (window as unknown as { __splitShipEvents: { type: string; detail: unknown }[] }).__splitShipEvents);

export const denver: ShopperAddress = { firstName: 'Alan', lastName: 'Turing', address1: '200 E Colfax Ave', city: 'Denver', state: 'CO', postalCode: '80203' };
export const london: ShopperAddress = { firstName: 'Charles', lastName: 'Babbage', address1: '1 King St', city: 'London', country: 'United Kingdom', postalCode: 'SW1A 1AA' };

export async function signIn(page = demo.page): Promise<void> {
  const form = page.getByRole('form', { name: 'Sign in' });
  await form.getByLabel('Email', { exact: true }).fill('ada@example.com');
  await form.getByLabel('Password', { exact: true }).fill('lovelace');
  await form.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText('Signed in as').waitFor();
}

/** The shopper's three destinations: Ada's saved address in Austin, Denver and London typed in. */
export async function giveThreeAddresses(page = demo.page): Promise<void> {
  await page.getByRole('radio', { name: 'Ship to multiple addresses' }).check();
  const first = destination(page, 1);
  await first.getByRole('radio', { name: /500 Congress Ave/ }).check();
  await first.getByRole('button', { name: 'Use this address' }).click();
  const second = destination(page, 2);
  await second.getByRole('radio', { name: 'A new address' }).check();
  await fillAddress(second, denver);
  await page.getByRole('button', { name: 'Add destination' }).click();
  const third = destination(page, 3);
  await third.getByRole('radio', { name: 'A new address' }).check();
  await fillAddress(third, london);
  await third.getByRole('heading', { level: 3, name: /Charles Babbage, London/ }).waitFor();
}

/** Shoes and 2 mugs to Austin; a mug and the tote to Denver; a mug and both beanies to London. */
export async function allocate(page = demo.page): Promise<void> {
  const [austin, denverCard, londonCard] = [destination(page, 1), destination(page, 2), destination(page, 3)];
  await austin.getByRole('spinbutton', { name: items.shoes }).fill('1');
  await austin.getByRole('spinbutton', { name: items.mug }).fill('2');
  await denverCard.getByRole('spinbutton', { name: items.mug }).fill('1');
  await denverCard.getByRole('spinbutton', { name: items.tote }).fill('1');
  await londonCard.getByRole('spinbutton', { name: items.mug }).fill('1');
  await londonCard.getByRole('spinbutton', { name: items.beanie }).fill('2');
}

export const wanted = {
  Austin: { 'Trail Running Shoes': 1, 'Orbit Ceramic Mug': 2 },
  Denver: { 'Orbit Ceramic Mug': 1, 'Canvas Tote Bag': 1 },
  London: { 'Orbit Ceramic Mug': 1, 'Merino Wool Beanie': 2 },
};

interface ShippingAddress {
  id: number;
  city: string;
}
interface OrderProduct {
  name: string;
  quantity: number;
  order_address_id: number;
}

/** Places the order through the merchant panel and reads what it ships where (V2 Orders API). */
export async function placeOrder(page = demo.page): Promise<Record<string, Record<string, number>>> {
  await page.getByRole('button', { name: 'Place order' }).click();
  await page.getByText(/^Order \d+/).first().waitFor();
  const { base_path: basePath, token } = await admin<{ base_path: string; token: string }>('GET', '/__emulator/management');
  const headers = { 'X-Auth-Token': token, Accept: 'application/json' };
  const [order] = await admin<{ id: number }[]>('GET', `${basePath}/orders`, undefined, headers);
  const addresses = await admin<ShippingAddress[]>('GET', `${basePath}/orders/${order!.id}/shipping_addresses`, undefined, headers);
  const products = await admin<OrderProduct[]>('GET', `${basePath}/orders/${order!.id}/products`, undefined, headers);
  const out: Record<string, Record<string, number>> = {};
  for (const address of addresses) {
    const units: Record<string, number> = {};
    for (const p of products.filter((x) => x.order_address_id === address.id)) units[p.name] = (units[p.name] ?? 0) + p.quantity;
    out[address.city] = units;
  }
  return out;
}

export interface Logged {
  method: string;
  path: string;
  status: number;
}

/** Consignment POST, PUT and DELETE requests the emulator received. */
export const consignmentWrites = async () =>
  (await admin<{ requests: Logged[] }>('GET', '/__emulator/requests')).requests.filter((r) => r.method !== 'GET' && r.path.includes('/consignments'));

const shots = new URL('../../test-results/screenshots/', import.meta.url);

/** Saves a picture of the widget under test-results/screenshots/ (kept out of git). */
export async function shoot(name: string, page = demo.page): Promise<void> {
  mkdirSync(shots, { recursive: true });
  await page.locator('split-ship').screenshot({ path: new URL(`${name}.png`, shots).pathname });
}

interface AxeResults {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
}

/** axe-core on the whole page (it reads open shadow roots), as "rule (impact): help — targets". */
export async function axeViolations(page = demo.page): Promise<string[]> {
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
  const results = await page.evaluate(() => (window as unknown as { axe: { run(): Promise<AxeResults> } }).axe.run());
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

/** The deepest focused element's accessible name, as the keyboard user meets it. */
export async function focusedName(page = demo.page): Promise<string> {
  return page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active) return '';
    const labelled = active.getAttribute('aria-label');
    if (labelled) return labelled;
    const labels = (active as HTMLInputElement).labels;
    const text = labels && labels.length > 0 ? [...labels].map((l) => l.textContent).join(' ') : active.textContent;
    return (text ?? '').replace(/\*/g, '').replace(/\s+/g, ' ').trim();
  });
}

/** Presses Tab until focus is on a control whose accessible name matches (the keyboard user's way). */
export async function tabTo(name: string | RegExp, page = demo.page, limit = 150): Promise<void> {
  const matches = (text: string) => (typeof name === 'string' ? text === name : name.test(text));
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (matches(await focusedName(page))) return;
  }
  throw new Error(`Tab never reached ${String(name)} (last: ${await focusedName(page)})`);
}

export { destination, fillAddress, items, until };
