// `npm run screenshot`: docs/demo.png for the README, taken from the running demo: the checkout
// with <split-ship> mid-split (several addresses, two destinations saved, some units still to
// place, one shipping option chosen by hand), at 1280 px, light.
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { launchChromium, startDemoServer } from './demo-server.js';

const output = fileURLToPath(new URL('../docs/demo.png', import.meta.url));

interface Address {
  firstName: string;
  lastName: string;
  address1: string;
  city: string;
  state: string;
  postalCode: string;
}

const destination = (page: Page, n: number): Locator => page.getByRole('article', { name: new RegExp(`^Destination ${n}:`) });

/** What a shopper does: by role and accessible name, as the end-to-end tests do. */
async function fillAddress(card: Locator, address: Address): Promise<void> {
  await card.getByLabel('First Name').fill(address.firstName);
  await card.getByLabel('Last Name').fill(address.lastName);
  await card.getByLabel('Address Line 1').fill(address.address1);
  await card.getByLabel('Suburb/City').fill(address.city);
  await card.getByLabel('State/Province').selectOption(address.state);
  await card.getByLabel('Zip/Postcode').fill(address.postalCode);
  await card.getByRole('button', { name: 'Use this address' }).click();
}

/** Both destinations read "Saved" and none "Saving…" (the widget's quiet period is over too). */
async function settled(page: Page): Promise<void> {
  for (let tries = 0; tries < 100; tries++) {
    await page.waitForTimeout(200);
    const saving = await page.getByRole('article').getByText('Saving…').count();
    const saved = await Promise.all([1, 2].map((n) => destination(page, n).getByText('Saved', { exact: true }).count()));
    if (saving === 0 && saved.every((count) => count > 0)) return;
  }
  throw new Error('the widget did not settle');
}

const server = await startDemoServer();
const browser = await launchChromium();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, colorScheme: 'light' });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready="true"]');
  await page.getByRole('radio', { name: 'Ship to multiple addresses' }).check();

  await fillAddress(destination(page, 1), { firstName: 'Ada', lastName: 'Lovelace', address1: '500 Congress Ave', city: 'Austin', state: 'TX', postalCode: '78701' });
  await fillAddress(destination(page, 2), { firstName: 'Grace', lastName: 'Hopper', address1: '400 Broad St', city: 'Seattle', state: 'WA', postalCode: '98109' });
  // Partly allocated: 3 of the 4 mugs and the shoes; the tote and the beanies still to place.
  await destination(page, 1).getByRole('spinbutton', { name: /^Quantity of Orbit Ceramic Mug/ }).fill('2');
  await destination(page, 1).getByRole('spinbutton', { name: /^Quantity of Trail Running Shoes/ }).fill('1');
  await destination(page, 2).getByRole('spinbutton', { name: /^Quantity of Orbit Ceramic Mug/ }).fill('1');
  await settled(page);
  // One option chosen by hand (the other destination keeps the store's recommended one).
  await destination(page, 2).getByRole('radio', { name: 'Flat Rate' }).check();
  await settled(page);
  // Let the live log catch up, and nobody's focus ring or toast in the picture.
  await page.waitForTimeout(1500);
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    // From the top: bounding boxes are relative to the scroll position, and the sticky summary sits at it.
    window.scrollTo(0, 0);
  });

  // The checkout (the widget down to Billing & payment) beside the order summary; the emulator's
  // tools and the merchant panel below would make the picture too tall to read in a README.
  const checkout = await page.getByRole('main').boundingBox();
  const height = Math.ceil((checkout?.y ?? 0) + (checkout?.height ?? 900) + 24);
  await page.screenshot({ path: output, fullPage: true, clip: { x: 0, y: 0, width: 1280, height } });
  console.log(`wrote ${output} (1280 × ${height})`);
} finally {
  await browser.close();
  await server.close();
}
