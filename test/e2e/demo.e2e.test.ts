// The demo storefront end to end: Vite + the emulator (vite.config.ts) in this process, the
// page in the project's Chromium through playwright-core, <split-ship> on it with the real SDK.
// Controls are found by role and accessible name only (getByRole/getByLabel pierce the widget's
// open shadow roots); test ids mark the demo's own read-outs (cart id, totals) only.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium, startDemoServer, type DemoServer } from '../../scripts/demo-server.js';
import { destination, fillAddress, items, sanFrancisco, splitAcrossSanFranciscoAndLondon, until, waitForShippingComplete } from './support.js';

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

const screenshots = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

/** The widget's "Ship to one address" per language. */
const oneAddress = { en: 'Ship to one address', ar: 'الشحن إلى عنوان واحد' } as const;

/** Opens the demo and waits for the widget to show the cart (its mode choice). */
async function openDemo(path = '', lang: keyof typeof oneAddress = 'en'): Promise<void> {
  await page.goto(new URL(path, server.url).href);
  await page.waitForSelector('body[data-ready="true"]');
  await page.getByRole('radio', { name: oneAddress[lang] }).waitFor();
}

/** A fresh browser context (own session cookie, own cart), e.g. in dark mode. */
async function newPage(options: BrowserContextOptions = {}): Promise<void> {
  await context?.close();
  context = await browser.newContext(options);
  page = await context.newPage();
}

const cartId = () => page.getByTestId('cart-id').textContent();
const signInForm = () => page.getByRole('form', { name: 'Sign in' });
const continueButton = () => page.getByRole('button', { name: 'Continue to payment' });

async function signIn(email: string, password: string): Promise<void> {
  await signInForm().getByLabel('Email').fill(email);
  await signInForm().getByLabel('Password').fill(password);
  await signInForm().getByRole('button', { name: 'Sign in' }).click();
}

interface AxeResults {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
}

/** axe-core on the whole page (it reads open shadow roots), as "rule (impact): help — targets". */
async function axeViolations(): Promise<string[]> {
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
  const results = await page.evaluate(() => (window as unknown as { axe: { run(): Promise<AxeResults> } }).axe.run());
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

/** The page scrolls sideways when its content is wider than the viewport. */
const sidewaysOverflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

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
  // A fresh context per test: a new session cookie, so every test seeds its own cart.
  await newPage();
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
    // The widget reads that cart's checkout through the SDK and offers to split it.
    const id = await cartId();
    assert.ok(
      list.some((r) => r.method === 'GET' && r.path === `/api/storefront/checkout/${id}`),
      "the widget loaded the session's checkout",
    );
    await page.getByRole('radio', { name: 'Ship to multiple addresses' }).waitFor();
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

  it('resets the emulator and seeds a new cart, and the widget starts again on it', async () => {
    await openDemo();
    const before = await cartId();
    // Something saved on the old checkout: one address, everything to it.
    await fillAddress(page.getByRole('form', { name: /^Address for/ }), sanFrancisco);
    await waitForShippingComplete(page);
    await admin('PUT', '/__emulator/faults', { latencyMs: 50 });
    await page.getByRole('button', { name: 'Reset emulator & cart' }).click();
    await page.getByRole('status').getByText('Emulator reset').waitFor();
    const afterReset = await cartId();
    assert.ok(afterReset && afterReset !== before, `a new cart id (was ${before}, now ${afterReset})`);
    const faults = await admin<Record<string, unknown>>('GET', '/__emulator/faults');
    assert.equal(faults.latencyMs, 0, 'faults are back to their defaults');
    assert.equal(await page.getByLabel('Latency').inputValue(), '0');

    // The widget reads the new checkout (the reset also emptied the request log) and has nothing saved on it.
    await until('the widget loaded the new checkout', async () => {
      const { requests } = await admin<{ requests: { method: string; path: string }[] }>('GET', '/__emulator/requests');
      return requests.some((r) => r.method === 'GET' && r.path === `/api/storefront/checkout/${afterReset}`);
    });
    await page.getByRole('form', { name: /^Address for/ }).getByLabel('First Name').waitFor();
    assert.equal(await continueButton().getAttribute('aria-disabled'), 'true');
    assert.equal(await page.getByRole('definition').filter({ hasText: 'Chosen per destination' }).count(), 1);
  });

  /** Opens the demo in a fresh context; axe then sees the widget with the store's form open (one address). */
  async function openForAxe(scheme: 'light' | 'dark', lang: 'en' | 'ar'): Promise<void> {
    await newPage({ colorScheme: scheme });
    await openDemo(lang === 'en' ? '' : `?lang=${lang}`, lang);
    await page.getByTestId('request-log').getByRole('row').filter({ hasText: '/api/storefront/carts' }).first().waitFor();
    await page.getByText('Carrier connections').waitFor(); // the merchant panel has loaded too
    assert.equal(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), scheme === 'dark');
  }

  for (const scheme of ['light', 'dark'] as const) {
    it(`the whole page with the widget has no accessibility violations (axe-core), ${scheme}`, async () => {
      await openForAxe(scheme, 'en');
      assert.deepEqual(await axeViolations(), [], 'one address');
      // Mid-split: two destinations, one saved with units and options, one form open; a failed sign-in.
      await signIn('ada@example.com', 'not-her-password');
      await page.getByRole('alert').filter({ hasText: 'incorrect' }).waitFor();
      await page.getByRole('radio', { name: 'Ship to multiple addresses' }).check();
      await fillAddress(destination(page, 1), sanFrancisco);
      await destination(page, 1).getByRole('spinbutton', { name: items.mug }).fill('2');
      await destination(page, 1).getByRole('radio', { name: 'Flat Rate' }).waitFor();
      assert.deepEqual(await axeViolations(), [], 'multiple addresses');
    });
  }

  it('the whole page with the widget has no accessibility violations (axe-core), Arabic right to left, one address', async () => {
    await openForAxe('light', 'ar');
    assert.deepEqual(await axeViolations(), []);
  });

  // Multiple mode in Arabic: the per-destination buttons' translated names must contain their
  // visible text (label in name), which English alone does not show.
  it(
    'the whole page with the widget has no accessibility violations (axe-core), Arabic right to left, several addresses',
    async () => {
      await openForAxe('light', 'ar');
      await page.getByRole('radio', { name: 'الشحن إلى عدة عناوين' }).check();
      await fillAddress(page.getByRole('article', { name: /^الوجهة 1/ }), sanFrancisco, 'استخدام هذا العنوان');
      await page.getByRole('article', { name: /^الوجهة 1: Ada Lovelace/ }).waitFor();
      await page.getByRole('article', { name: /^الوجهة 2/ }).waitFor();
      assert.deepEqual(await axeViolations(), []);
    },
  );

  for (const lang of ['en', 'ar'] as const) {
    it(`fits a 320 px phone screen without sideways scrolling${lang === 'ar' ? ', in Arabic' : ''}`, async () => {
      await newPage({ viewport: { width: 320, height: 640 } });
      await openDemo(lang === 'en' ? '' : `?lang=${lang}`, lang);
      await page.getByText('Carrier connections').waitFor();
      assert.equal(await sidewaysOverflow(), 0, 'one address');
      await page.getByRole('radio', { name: lang === 'en' ? 'Ship to multiple addresses' : 'الشحن إلى عدة عناوين' }).check();
      await page.getByRole('article').nth(1).waitFor();
      assert.equal(await sidewaysOverflow(), 0, 'multiple addresses');
    });
  }

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

  describe('Customer step', () => {
    it("signs in through the page's CheckoutService; the widget then offers the customer's saved addresses", async () => {
      await openDemo();
      await page.getByText('Checking out as a guest').waitFor();
      assert.equal(await page.getByRole('group', { name: 'Ship to' }).count(), 0, 'a guest has no saved addresses');
      await signIn('ada@example.com', 'lovelace');
      await page.getByText('Signed in as Ada Lovelace').waitFor();
      assert.equal(await signInForm().count(), 0, 'the form is gone');
      await page.getByRole('button', { name: 'Sign out' }).waitFor();

      const shipTo = page.getByRole('group', { name: 'Ship to' });
      await shipTo.waitFor();
      const radios = shipTo.getByRole('radio');
      assert.equal(await radios.count(), 4, 'three saved addresses and a new one');
      await shipTo.getByRole('radio', { name: /500 Congress Ave/ }).waitFor();
      await shipTo.getByRole('radio', { name: /400 Broad St/ }).waitFor();
      await shipTo.getByRole('radio', { name: /100 Queen St W/ }).waitFor();
      await shipTo.getByRole('radio', { name: 'A new address' }).waitFor();

      // One sign-in, on the session: a reload is still signed in.
      await openDemo();
      await page.getByText('Signed in as Ada Lovelace').waitFor();
      await page.getByRole('group', { name: 'Ship to' }).waitFor();

      // Signing out takes the saved addresses away again.
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByText('Checking out as a guest').waitFor();
      await page.getByRole('group', { name: 'Ship to' }).waitFor({ state: 'detached' });
    });

    it('a wrong password shows the API\'s message at the form, as an alert the fields point to', async () => {
      await openDemo();
      await signIn('ada@example.com', 'babbage');
      const message = 'Your email address or password is incorrect. Please try again.';
      await page.getByRole('alert').filter({ hasText: message }).waitFor();
      for (const label of ['Email', 'Password']) {
        const field = signInForm().getByLabel(label);
        assert.equal(await field.getAttribute('aria-invalid'), 'true', `${label} is marked invalid`);
        const description = await field.evaluate((element) =>
          (element.getAttribute('aria-describedby') ?? '')
            .split(/\s+/)
            .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
            .join(' '),
        );
        assert.ok(description.includes(message), `${label} is described by the message, got "${description}"`);
      }
      assert.equal(await page.getByText('Signed in as').count(), 0);
      // The right password then works.
      await signIn('ada@example.com', 'lovelace');
      await page.getByText('Signed in as Ada Lovelace').waitFor();
    });

    it('grace@example.com signs in with no saved addresses: the widget shows only the address form', async () => {
      await openDemo();
      await signIn('grace@example.com', 'hopper');
      await page.getByText('Signed in as Grace Hopper').waitFor();
      await page.getByRole('form', { name: /^Address for/ }).getByLabel('First Name').waitFor();
      assert.equal(await page.getByRole('group', { name: 'Ship to' }).count(), 0);
    });

    it('katherine@example.com has twelve offices: the widget offers them in one select, and the one picked is where the order ships', async () => {
      await openDemo();
      await signIn('katherine@example.com', 'johnson');
      await page.getByText('Signed in as Katherine Johnson').waitFor();
      const form = page.getByRole('form', { name: /^Address for/ });
      const shipTo = form.getByRole('combobox', { name: 'Ship to' });
      await shipTo.waitFor();
      assert.equal(await shipTo.getByRole('option').count(), 13, 'twelve offices and a new address');
      assert.equal(await page.getByRole('radio', { name: /NASA/ }).count(), 0, 'no card per address');
      // From the keyboard: the fifth office is four steps down, then on to the button.
      await shipTo.focus();
      for (let step = 0; step < 4; step++) await page.keyboard.press('ArrowDown');
      assert.equal(await shipTo.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.text), '4800 Oak Grove Dr, Pasadena CA 91109, Katherine Johnson');
      await form.getByText('4800 Oak Grove Dr', { exact: true }).waitFor();
      await page.keyboard.press('Tab');
      assert.equal(await form.getByRole('button', { name: 'Use this address' }).evaluate((b) => b.matches(':focus')), true, 'Tab goes from the select to the button');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 3, name: /Katherine Johnson, Pasadena CA/ }).waitFor();
      const id = await cartId();
      await until('the store ships to Pasadena', async () => {
        const checkout = await admin<{ consignments: { address: { city: string }; selectedShippingOption?: unknown }[] }>('GET', `/api/storefront/checkouts/${id}`);
        return checkout.consignments.length === 1 && checkout.consignments[0]!.address.city === 'Pasadena' && !!checkout.consignments[0]!.selectedShippingOption;
      });
    });
  });

  describe('language picker', () => {
    const language = () => page.getByRole('combobox', { name: 'Language' });
    const documentLanguage = () => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);

    it('switches the page and the widget, and remembers the choice', async () => {
      await openDemo();
      assert.deepEqual(await documentLanguage(), ['en', 'ltr']);
      await language().selectOption({ label: 'Español' });
      assert.deepEqual(await documentLanguage(), ['es', 'ltr']);
      await page.getByRole('radio', { name: 'Enviar a una sola dirección' }).waitFor();
      await page.getByRole('radio', { name: 'Enviar a varias direcciones' }).waitFor();

      await page.reload();
      await page.waitForSelector('body[data-ready="true"]');
      await page.getByRole('radio', { name: 'Enviar a una sola dirección' }).waitFor();
      assert.deepEqual(await documentLanguage(), ['es', 'ltr'], 'remembered across a reload');
      assert.equal(await language().inputValue(), 'es');

      await language().selectOption({ label: 'العربية' });
      assert.deepEqual(await documentLanguage(), ['ar', 'rtl']);
      await page.getByRole('radio', { name: 'الشحن إلى عنوان واحد' }).waitFor();

      await language().selectOption({ label: 'Deutsch' });
      assert.deepEqual(await documentLanguage(), ['de', 'ltr']);
      await page.getByRole('radio', { name: 'An eine Lieferadresse senden' }).waitFor();

      await language().selectOption({ label: 'English' });
      assert.deepEqual(await documentLanguage(), ['en', 'ltr']);
      await page.getByRole('radio', { name: 'Ship to one address' }).waitFor();
    });

    it('?lang=ar in the address opens the page in Arabic, right to left', async () => {
      await page.goto(new URL('?lang=ar', server.url).href);
      await page.waitForSelector('body[data-ready="true"]');
      await page.getByRole('radio', { name: 'الشحن إلى عدة عناوين' }).waitFor();
      assert.deepEqual(await documentLanguage(), ['ar', 'rtl']);
      assert.equal(await language().inputValue(), 'ar');
      // The page mirrors: the order summary sits at the left of the checkout on a wide screen.
      const [checkout, summary] = await Promise.all([
        page.getByRole('main').boundingBox(),
        page.getByRole('complementary', { name: 'Order summary' }).boundingBox(),
      ]);
      assert.ok(checkout && summary && summary.x < checkout.x, `summary at x=${summary?.x}, checkout at x=${checkout?.x}`);
    });
  });

  describe('API picker', () => {
    const api = () => page.getByRole('combobox', { name: 'Storefront API' });
    const note = () => page.locator('#api-note');

    it('switches the widget to the GraphQL Storefront API from the keyboard and remembers it; the split then goes through /graphql only, the saved addresses too', async () => {
      await openDemo();
      assert.equal(await api().inputValue(), 'rest');
      await note().getByText('Through the checkout SDK').waitFor();
      // The keyboard alone: the skip link, the language, then the API picker; an arrow key chooses.
      for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
      assert.equal(await api().evaluate((element) => element === document.activeElement), true, 'the third Tab stop is the API picker');
      await page.keyboard.press('ArrowDown');
      assert.equal(await api().inputValue(), 'graphql');
      await note().getByText('Through the GraphQL Storefront API').waitFor();
      await page.getByRole('status').filter({ hasText: 'The widget now uses the GraphQL Storefront API' }).waitFor();
      await page.getByRole('radio', { name: 'Ship to one address' }).waitFor();
      mkdirSync(screenshots, { recursive: true });
      await page.screenshot({ path: `${screenshots}/demo-graphql.png` });

      await page.reload();
      await page.waitForSelector('body[data-ready="true"]');
      assert.equal(await api().inputValue(), 'graphql', 'remembered across a reload');
      await note().getByText('Through the GraphQL Storefront API').waitFor();

      // A shopper the Customer step signs in (the session) gets the saved addresses over GraphQL too.
      await signIn('ada@example.com', 'lovelace');
      await page.getByText('Signed in as Ada Lovelace').waitFor();
      await page.getByRole('group', { name: 'Ship to' }).getByRole('radio', { name: /400 Broad St/ }).waitFor();

      const id = await cartId();
      await splitAcrossSanFranciscoAndLondon(page);
      const { requests } = await admin<{ requests: { method: string; path: string; operation?: string }[] }>('GET', `/__emulator/requests?checkoutId=${id}`);
      const widgetCalls = requests.filter((r) => r.path === '/graphql' || r.path.includes('/consignments'));
      assert.ok(widgetCalls.length > 0);
      assert.deepEqual(widgetCalls.filter((r) => r.path !== '/graphql'), [], 'no consignment went through REST');
      assert.ok(widgetCalls.some((r) => r.operation === 'addCheckoutShippingConsignments'));
      assert.deepEqual(await axeViolations(), []);
    });

    it('?api=rest opens one visit with the checkout SDK, over a remembered GraphQL choice', async () => {
      await openDemo('?api=graphql');
      assert.equal(await api().inputValue(), 'graphql');
      await api().selectOption('graphql');
      await openDemo('?api=rest');
      assert.equal(await api().inputValue(), 'rest');
      await note().getByText('Through the checkout SDK').waitFor();
    });
  });

  describe('Continue to payment and the order summary', () => {
    it('waits with aria-disabled until the split is complete; pressed early, the widget takes focus and says what is left', async () => {
      await openDemo();
      const button = continueButton();
      assert.equal(await button.getAttribute('aria-disabled'), 'true');
      // Not a disabled button: it stays focusable (Playwright's isDisabled() counts aria-disabled too).
      assert.equal(await button.getAttribute('disabled'), null);
      await page.getByText('Waiting for shipping').waitFor();
      // Pressed from the keyboard (Playwright's click() refuses an aria-disabled button).
      await button.focus();
      await page.keyboard.press('Enter');
      await until('focus moved into the widget', async () => (await page.evaluate(() => document.activeElement?.localName)) === 'split-ship');
      await page.getByRole('alert').filter({ hasText: 'Add a shipping address' }).waitFor();
      assert.equal(await page.getByText('the merchant panel below', { exact: false }).isVisible(), false);

      await splitAcrossSanFranciscoAndLondon(page);
      assert.equal(await button.getAttribute('aria-disabled'), 'false');
      await button.click();
      await page.getByRole('status').filter({ hasText: 'Shipping is set: 2 destinations, shipping $34.90' }).waitFor();
      await page.getByRole('link', { name: 'merchant panel below' }).waitFor();

      // Incomplete again (a unit taken back): waiting again.
      await destination(page, 2).getByRole('spinbutton', { name: items.shoes }).fill('0');
      await until('Continue waits again', async () => (await button.getAttribute('aria-disabled')) === 'true');
      await page.getByRole('link', { name: 'merchant panel below' }).waitFor({ state: 'hidden' });
      await page.getByText('Waiting for shipping').waitFor();
    });

    it("the summary's shipping follows the widget: the total and each destination's option, then a changed option", async () => {
      await openDemo();
      const summary = page.getByRole('complementary', { name: 'Order summary' });
      await summary.getByText('Chosen per destination').waitFor();
      assert.equal(await summary.getByTestId('cart-total').textContent(), '$262.00');

      await splitAcrossSanFranciscoAndLondon(page);
      const perDestination = summary.getByRole('list', { name: 'Shipping per destination' }).getByRole('listitem');
      await until('the summary shows two destinations', async () => (await perDestination.count()) === 2);
      assert.deepEqual(
        (await perDestination.allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim()),
        ['Ada Lovelace, San Francisco Flat Rate · $9.95', 'Alan Turing, London International Flat Rate · $24.95'],
      );
      assert.equal(await summary.getByTestId('shipping-total').textContent(), '$34.90');
      // London's zone shows its $4.00 handling fee apart; the total adds both.
      await summary.getByRole('term').filter({ hasText: 'Handling' }).waitFor();
      assert.equal(await summary.getByTestId('cart-total').textContent(), '$300.90');

      // Another option on a checkout that stays complete: the summary follows it.
      await destination(page, 1).getByRole('radio', { name: 'Ship by Weight' }).check();
      await until('the summary shows the new option', async () => (await summary.getByTestId('shipping-total').textContent()) === '$35.95');
      assert.match((await perDestination.first().innerText()).replace(/\s+/g, ' '), /Ship by Weight · \$11\.00/);
      assert.equal(await summary.getByTestId('cart-total').textContent(), '$301.95');
    });
  });
});
