// Helpers for end-to-end tests that drive <split-ship> on the demo page, by roles and accessible
// names only (Playwright's getByRole/getByLabel pierce the widget's open shadow roots).
import type { Locator, Page } from 'playwright-core';

/** A destination's address as a shopper types it into the store's form. */
export interface ShopperAddress {
  firstName: string;
  lastName: string;
  address1: string;
  city: string;
  /** The country's name in the Country list; the form's default country (the US) when left out. */
  country?: string;
  /** A State/Province: the list's value (e.g. 'CA') where the store lists them, else typed. */
  state?: string;
  postalCode: string;
}

export const sanFrancisco: ShopperAddress = {
  firstName: 'Ada',
  lastName: 'Lovelace',
  address1: '1 Market St',
  city: 'San Francisco',
  state: 'CA',
  postalCode: '94105',
};

export const london: ShopperAddress = {
  firstName: 'Alan',
  lastName: 'Turing',
  address1: '1 King St',
  city: 'London',
  country: 'United Kingdom',
  postalCode: 'SW1A 1AA',
};

/** The demo cart's shippable items, as the widget names them in its quantity fields. */
export const items = {
  shoes: /^Quantity of Trail Running Shoes/,
  mug: /^Quantity of Orbit Ceramic Mug/,
  tote: /^Quantity of Canvas Tote Bag/,
  beanie: /^Quantity of Merino Wool Beanie/,
} as const;

/** Polls `check` until it holds; fails naming `what` (playwright-core has no `expect`). */
export async function until(what: string, check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > end) throw new Error(`Timed out after ${timeoutMs} ms waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Destination N's card in multiple mode ("Destination 1: New destination", then "Destination 1: Ada Lovelace, …"). */
export const destination = (page: Page, n: number): Locator => page.getByRole('article', { name: new RegExp(`^Destination ${n}:`) });

/**
 * Fills a destination's address form and saves it. The fields carry the store's own labels in
 * every language; the save button is the widget's ("Use this address", or `save` in another language).
 */
export async function fillAddress(card: Locator, address: ShopperAddress, save = 'Use this address'): Promise<void> {
  // A signed-in shopper picks from saved addresses first; a typed one is "A new address".
  const newAddress = card.getByRole('radio', { name: 'A new address' });
  if ((await newAddress.count()) > 0) await newAddress.check();
  // The country first: it decides the form's fields (the state list, the postcode's label).
  if (address.country) await card.getByLabel('Country').selectOption({ label: address.country });
  await card.getByLabel('First Name').fill(address.firstName);
  await card.getByLabel('Last Name').fill(address.lastName);
  await card.getByLabel('Address Line 1').fill(address.address1);
  await card.getByLabel('Suburb/City').fill(address.city);
  if (address.state) {
    const state = card.getByLabel('State/Province');
    if ((await state.evaluate((element) => element.tagName)) === 'SELECT') await state.selectOption(address.state);
    else await state.fill(address.state);
  }
  await card.getByLabel('Zip/Postcode').fill(address.postalCode);
  await card.getByRole('button', { name: save }).click();
}

/** The demo's Continue button says complete (the widget fired split-ship-complete). */
export async function waitForShippingComplete(page: Page, timeoutMs = 30_000): Promise<void> {
  const button = page.getByRole('button', { name: 'Continue to payment' });
  await until('every item has a destination with a shipping option', async () => (await button.getAttribute('aria-disabled')) === 'false', timeoutMs);
}

/**
 * Splits the demo cart through the widget as the merchant tests expect it: San Francisco gets 2
 * of the 4 mugs and 1 of the 2 beanies (a $52 consignment, under the seeded store's $150 free
 * shipping, so its real rates show); London gets everything else. Each keeps the option the
 * widget picks for it (the store's recommended one). Call on the demo page, once it is ready.
 */
export async function splitAcrossSanFranciscoAndLondon(page: Page): Promise<void> {
  await page.getByRole('radio', { name: 'Ship to multiple addresses' }).check();
  await fillAddress(destination(page, 1), sanFrancisco);
  await fillAddress(destination(page, 2), london);
  const first = destination(page, 1);
  await first.getByRole('spinbutton', { name: items.mug }).fill('2');
  await first.getByRole('spinbutton', { name: items.beanie }).fill('1');
  await destination(page, 2).getByRole('button', { name: 'Ship all remaining here' }).click();
  await waitForShippingComplete(page);
}
