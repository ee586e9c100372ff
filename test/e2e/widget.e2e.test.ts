// A shopper on the demo storefront (`npm start`: Vite + the emulator) splits the demo cart —
// 5 lines, one of quantity 4, one digital — across three destinations with <split-ship>, one of
// them a saved address after signing in, and picks options; the store's order then ships each
// destination its items. Controls are found by role and accessible name only.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  allocate,
  consignmentWrites,
  demo,
  denver,
  destination,
  events,
  fillAddress,
  focusedName,
  giveThreeAddresses,
  items,
  openDemo,
  placeOrder,
  shoot,
  signIn,
  tabTo,
  until,
  useDemo,
  wanted,
} from './widget-support.js';
import { splitAcrossSanFranciscoAndLondon, waitForShippingComplete, type ShopperAddress } from './support.js';

useDemo();

describe('a shopper splits the demo cart with <split-ship>', () => {
  it('across three destinations, one a saved address, in the fewest writes; the order ships each its items', async () => {
    const { page } = demo;
    await openDemo();
    await signIn();
    await giveThreeAddresses();
    assert.deepEqual(await consignmentWrites(), [], 'addresses alone send nothing: no destination has items yet');
    await allocate();
    await waitForShippingComplete(page);
    const floor = 1 + 3; // one POST for the three destinations, one option each
    assert.equal((await consignmentWrites()).length, floor, 'the split costs the API floor');
    await shoot('desktop-light-complete');

    // The shopper picks another option for Denver: one write, for that destination alone.
    const options = destination(page, 2).getByRole('group', { name: /^Shipping option for/ });
    const other = options.getByRole('radio', { checked: false }).first();
    const chosen = (await other.getAttribute('value'))!;
    await other.check();
    await until('the choice is saved', async () => (await consignmentWrites()).length === floor + 1);
    await waitForShippingComplete(page);
    assert.equal((await consignmentWrites()).length, floor + 1, 'the floor plus one for the one change of a saved destination');

    type Complete = { checkout: { consignments: { address: { city: string }; selectedShippingOption: { id: string } }[] } };
    const lastComplete = async () => (await events()).filter((e) => e.type === 'split-ship-complete').at(-1)?.detail as Complete | undefined;
    // The Continue button can be enabled a moment before the event for the choice arrives (under load).
    await until('split-ship-complete reports the chosen option', async () => (await lastComplete())?.checkout.consignments.find((c) => c.address.city === 'Denver')?.selectedShippingOption.id === chosen);
    const seen = await events();
    const complete = (await lastComplete())!;
    assert.equal(complete.checkout.consignments.length, 3);
    assert.equal(complete.checkout.consignments.find((c) => c.address.city === 'Denver')!.selectedShippingOption.id, chosen);
    const change = seen.filter((e) => e.type === 'split-ship-change').at(-1)!.detail as { complete: boolean; unallocated: number; destinations: unknown[] };
    assert.deepEqual([change.complete, change.unallocated, change.destinations.length], [true, 0, 3]);
    assert.deepEqual(seen.filter((e) => e.type === 'split-ship-error'), []);

    assert.deepEqual(await placeOrder(), wanted);
  });

  it("shows the store's new rates when the merchant panel on the page changes them, with no edit", async () => {
    const { page } = demo;
    await openDemo();
    await splitAcrossSanFranciscoAndLondon(page);
    const options = destination(page, 1).getByRole('group', { name: /^Shipping option for/ });
    await options.getByRole('radio', { name: /^Flat Rate \$9\.95/ }).waitFor();
    await page.getByLabel('Rate of Flat Rate').fill('3.5');
    await page.locator('tr[data-method="1"]').getByRole('button', { name: 'Save' }).click();
    await options.getByRole('radio', { name: /^Flat Rate \$3\.50/ }).waitFor();
    await waitForShippingComplete(page);
  });

  it('keeps everything typed across a reload in the middle', async () => {
    const { page } = demo;
    await openDemo();
    await page.getByRole('radio', { name: 'Ship to multiple addresses' }).check();
    await fillAddress(destination(page, 1), denver);
    await destination(page, 1).getByRole('spinbutton', { name: items.mug }).fill('3');
    const second = destination(page, 2);
    await second.getByLabel('First Name').fill('Grace');
    await second.getByLabel('Address Line 1').fill('400 Broad St');
    await second.getByLabel('Gift message').fill('Happy birthday 🎂');
    await second.getByRole('spinbutton', { name: items.beanie }).fill('2.5');
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    const again = destination(page, 2);
    await again.getByLabel('First Name').waitFor();
    assert.equal(await page.getByRole('radio', { name: 'Ship to multiple addresses' }).isChecked(), true);
    assert.equal(await destination(page, 1).getByRole('spinbutton', { name: items.mug }).inputValue(), '3');
    assert.equal(await again.getByLabel('First Name').inputValue(), 'Grace');
    assert.equal(await again.getByLabel('Address Line 1').inputValue(), '400 Broad St');
    assert.equal(await again.getByLabel('Gift message').inputValue(), 'Happy birthday 🎂');
    assert.equal(await again.getByRole('spinbutton', { name: items.beanie }).inputValue(), '2.5');
    // …and the shopper finishes where they left off.
    await again.getByLabel('Last Name').fill('Hopper');
    await again.getByLabel('Suburb/City').fill('Seattle');
    await again.getByLabel('State/Province').selectOption('WA');
    await again.getByLabel('Zip/Postcode').fill('98109');
    await again.getByRole('button', { name: 'Use this address' }).click();
    await again.getByRole('spinbutton', { name: items.beanie }).fill('2');
    await again.getByRole('button', { name: 'Ship all remaining here' }).click();
    await waitForShippingComplete(page);
  });
});

async function typeAddress(address: ShopperAddress, stateName: string): Promise<void> {
  const { page } = demo;
  for (const [label, value] of [
    ['First Name', address.firstName],
    ['Last Name', address.lastName],
    ['Address Line 1', address.address1],
    ['Suburb/City', address.city],
  ] as const) {
    await tabTo(label);
    await page.keyboard.type(value);
  }
  await tabTo('State/Province');
  // A closed select takes typed letters.
  await page.keyboard.type(stateName);
  await tabTo('Zip/Postcode');
  await page.keyboard.type(address.postalCode);
  await tabTo('Use this address');
  await page.keyboard.press('Enter');
}

describe('a keyboard-only shopper', () => {
  it('splits the cart across two destinations and picks an option without a mouse', async () => {
    const { page } = demo;
    await openDemo();
    await tabTo('Ship to one address');
    await page.keyboard.press('ArrowRight');
    await destination(page, 2).waitFor();
    assert.equal(await focusedName(), 'Ship to multiple addresses', 'choosing a mode does not move focus');
    await typeAddress(denver, 'Colorado');
    await destination(page, 1).getByRole('heading', { level: 3, name: /Alan Turing, Denver CO/ }).waitFor();
    // The form is gone: focus went on to the destination's first quantity.
    assert.match(await focusedName(), items.shoes);
    await page.keyboard.press('ArrowUp');
    await tabTo(items.mug);
    await page.keyboard.press('End');
    await typeAddress({ ...denver, firstName: 'Grace', lastName: 'Hopper', address1: '1600 Lincoln St' }, 'Colorado');
    await destination(page, 2).getByRole('heading', { level: 3, name: /Grace Hopper, Denver CO/ }).waitFor();
    await tabTo('Ship all remaining here');
    await page.keyboard.press('Enter');
    await waitForShippingComplete(page);
    // Tab reaches the chosen option; an arrow key chooses the next one.
    const group = destination(page, 2).getByRole('group', { name: /^Shipping option for/ });
    const before = await group.getByRole('radio', { checked: true }).getAttribute('value');
    await tabTo(/\$/);
    await page.keyboard.press('ArrowDown');
    await until('another option is chosen and saved', async () => (await group.getByRole('radio', { checked: true }).getAttribute('value')) !== before && (await page.getByText('Saving…').count()) === 0);
    await waitForShippingComplete(page);
    await tabTo('Continue to payment');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: /^Shipping is set: 2 destinations/ }).waitFor();
  });
});
