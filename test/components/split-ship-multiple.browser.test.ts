// <split-ship> splitting a cart across several addresses, through the real SDK against the
// emulator: destinations are added, duplicated and removed at any time, quantities are checked
// at the field, each destination keeps its own error, and the checkout ends as the shopper said.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SplitShip, SplitShipCompleteEvent } from '../../src/index.js';
import { adminCheckout, catalog, consignmentWrites, createCart, requestLog } from '../support/emulator-client.js';
import { cartOf, check, control, deep, deepAll, fields, giveAddress, loaded, mount, settled, textOf, type } from '../support/widget.js';

const cards = (el: SplitShip) => deepAll(el.shadowRoot!, 'split-ship-destination');
const card = (el: SplitShip, n: number) => cards(el)[n - 1]!.shadowRoot!;
const quantity = (root: ShadowRoot, item: string | RegExp) => control<HTMLInputElement>(root, new RegExp(`^Quantity of ${typeof item === 'string' ? item : item.source}`));

/** The element focused, through shadow roots. */
function focused(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function multiple(el: SplitShip): Promise<void> {
  check(control<HTMLInputElement>(el.shadowRoot!, 'Ship to multiple addresses'));
  await waitUntil(() => cards(el).length === 2, 'two destinations');
}

interface Truth {
  consignments: { id: string; address: { city: string; address1: string; customFields?: { fieldId: string; fieldValue: unknown }[] }; lineItemIds: string[]; selectedShippingOption?: { id: string } }[];
  cart: { lineItems: { physicalItems: { id: string; name: string; quantity: number }[] } };
}

/** Units of each product name per consignment city, from the emulator's own view. */
async function unitsByCity(checkoutId: string): Promise<Record<string, Record<string, number>>> {
  const truth = await adminCheckout<Truth>(checkoutId);
  const out: Record<string, Record<string, number>> = {};
  for (const c of truth.consignments) {
    const units: Record<string, number> = {};
    for (const line of truth.cart.lineItems.physicalItems.filter((l) => c.lineItemIds.includes(l.id))) units[line.name] = (units[line.name] ?? 0) + line.quantity;
    out[c.address.city] = units;
  }
  return out;
}

async function names(): Promise<string[]> {
  return (await catalog()).filter((p) => p.type === 'physical' && !p.cannotShipTo?.length).map((p) => p.name);
}

describe('<split-ship> ships to several addresses', () => {
  it('splits across two addresses in 1 + K writes when the addresses come first, and reports complete', async () => {
    const checkoutId = await cartOf(3, 1);
    const [first, second] = await names();
    const el = await mount(checkoutId);
    await loaded(el);
    await multiple(el);
    await expect(el).to.be.accessible();
    await giveAddress(card(el, 1), fields.ada);
    await giveAddress(card(el, 2), fields.grace);
    await waitUntil(() => textOf(card(el, 2)).includes('Grace Hopper, Seattle WA'));
    const complete = oneEvent(el, 'split-ship-complete') as Promise<SplitShipCompleteEvent>;
    type(quantity(card(el, 1), first!), '2');
    type(quantity(card(el, 2), first!), '1');
    type(quantity(card(el, 2), second!), '1');
    const { detail } = await complete;
    expect(detail.checkout.consignments).to.have.length(2);
    await settled(el);
    expect(await unitsByCity(checkoutId)).to.deep.equal({ Austin: { [first!]: 2 }, Seattle: { [first!]: 1, [second!]: 1 } });
    // One POST for both destinations, one option each: the API's floor.
    expect(consignmentWrites(await requestLog(checkoutId)).map((r) => r.method)).to.deep.equal(['POST', 'PUT', 'PUT']);
    // The split made the API split the first item into two line items: it is still one item here.
    const lines = (await adminCheckout<Truth>(checkoutId)).cart.lineItems.physicalItems.filter((l) => l.name === first);
    expect(lines).to.have.length(2);
    expect(deepAll(el.shadowRoot!, '.overview li').filter((li) => textOf(li).includes(first!))).to.have.length(1);
    expect(deepAll(card(el, 2), 'split-ship-quantity').length).to.equal(2);
    await expect(el).to.be.accessible();
  });

  it('every item shows how many units are still to place, at all times', async () => {
    const [first] = await names();
    const el = await mount(await cartOf(4));
    await loaded(el);
    await multiple(el);
    const overview = deep(el.shadowRoot!, '.overview');
    expect(textOf(overview)).to.include('4 of 4 left to allocate');
    type(quantity(card(el, 1), first!), '3');
    await waitUntil(() => textOf(overview).includes('1 of 4 left to allocate'));
    expect(textOf(card(el, 2))).to.include('1 of 4 left to allocate');
    type(quantity(card(el, 2), first!), '1');
    await waitUntil(() => textOf(overview).includes('All 4 allocated'));
    expect(textOf(deep(el.shadowRoot!, 'split-ship-summary').shadowRoot!)).to.include('Every item is allocated');
  });

  it('"Ship all remaining here" and "Clear" move every unit left, or every unit here', async () => {
    const [first, second] = await names();
    const el = await mount(await cartOf(3, 2));
    await loaded(el);
    await multiple(el);
    type(quantity(card(el, 1), first!), '1');
    control(card(el, 2), 'Ship all remaining here').click();
    await waitUntil(() => quantity(card(el, 2), first!).value === '2' && quantity(card(el, 2), second!).value === '2');
    control(card(el, 2), /^Clear all:/).click();
    await waitUntil(() => quantity(card(el, 2), first!).value === '0' && quantity(card(el, 2), second!).value === '0');
    expect(quantity(card(el, 1), first!).value).to.equal('1');
  });

  it('adding a destination is offered at all times, even when every unit is placed, and focus goes to its first field', async () => {
    const el = await mount(await cartOf(2));
    await loaded(el);
    await multiple(el);
    control(card(el, 1), 'Ship all remaining here').click();
    await waitUntil(() => textOf(el.shadowRoot!).includes('All 2 allocated'));
    control(el.shadowRoot!, 'Add destination').click();
    await waitUntil(() => cards(el).length === 3);
    const form = () => deep(card(el, 3), 'split-ship-address-form').shadowRoot!;
    await waitUntil(() => form().contains(focused()), 'focus is in the new address form');
    expect((focused() as HTMLSelectElement).labels![0]!.textContent).to.include('Country');
  });

  it('two destinations at one address stay two (duplicate)', async () => {
    const checkoutId = await cartOf(2);
    const [first] = await names();
    const el = await mount(checkoutId);
    await loaded(el);
    await multiple(el);
    control(card(el, 2), /^Remove/).click();
    await waitUntil(() => cards(el).length === 1);
    await giveAddress(card(el, 1), fields.alan);
    await waitUntil(() => textOf(card(el, 1)).includes('Alan Turing, Denver CO'));
    control(card(el, 1), 'Duplicate: Alan Turing, Denver CO').click();
    await waitUntil(() => cards(el).length === 2);
    // Focus goes to the copy's first quantity.
    await waitUntil(() => focused()?.getAttribute('role') === 'spinbutton');
    expect(textOf(card(el, 2).querySelector('h3')!)).to.include('Alan Turing, Denver CO');
    const complete = oneEvent(el, 'split-ship-complete');
    type(quantity(card(el, 1), first!), '1');
    type(quantity(card(el, 2), first!), '1');
    await complete;
    const truth = await adminCheckout<Truth>(checkoutId);
    expect(truth.consignments).to.have.length(2);
    expect(truth.consignments.map((c) => c.address.city)).to.deep.equal(['Denver', 'Denver']);
  });

  it('removing a destination moves focus to the next one, or to "Add destination"', async () => {
    const el = await mount(await cartOf(2));
    await loaded(el);
    await multiple(el);
    control(el.shadowRoot!, 'Add destination').click();
    await waitUntil(() => cards(el).length === 3);
    control(card(el, 2), 'Remove: Destination 2').click();
    await waitUntil(() => cards(el).length === 2);
    await waitUntil(() => focused()?.tagName === 'H3');
    expect(textOf(focused()!)).to.include('Destination 2');
    control(card(el, 2), 'Remove: Destination 2').click();
    await waitUntil(() => cards(el).length === 1);
    await waitUntil(() => focused()?.textContent?.includes('Add destination'));
  });

  it('going back to one address asks first, in a named modal dialog; Esc keeps both, and the confirmation merges into the first', async () => {
    const checkoutId = await cartOf(2);
    const [first] = await names();
    const el = await mount(checkoutId);
    await loaded(el);
    await multiple(el);
    await giveAddress(card(el, 1), fields.ada);
    await giveAddress(card(el, 2), fields.grace);
    type(quantity(card(el, 1), first!), '1');
    type(quantity(card(el, 2), first!), '1');
    await waitUntil(() => el.complete, 'the split completes', { timeout: 15_000 });

    const one = control<HTMLInputElement>(el.shadowRoot!, 'Ship to one address');
    one.focus();
    check(one);
    const dialog = await waitUntil(() => el.shadowRoot!.querySelector('dialog[open]'), 'the dialog opens').then(() => el.shadowRoot!.querySelector('dialog')!);
    expect(dialog.matches(':modal')).to.equal(true);
    const title = el.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby')!)!;
    expect(title.textContent).to.equal('Ship everything to one address?');
    expect(dialog.contains(focused())).to.equal(true);
    expect(focused()!.textContent).to.include('Keep multiple addresses');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !el.shadowRoot!.querySelector('dialog'), 'Esc closes it');
    expect(cards(el)).to.have.length(2);
    await waitUntil(() => focused() === one, 'focus returns to the choice');
    expect(control<HTMLInputElement>(el.shadowRoot!, 'Ship to multiple addresses').checked).to.equal(true);

    check(one);
    await waitUntil(() => el.shadowRoot!.querySelector('dialog[open]'));
    control(el.shadowRoot!.querySelector('dialog')!, 'Ship to one address').click();
    await waitUntil(() => cards(el).length === 1 && el.complete, 'everything ships to the first', { timeout: 15_000 });
    expect(await unitsByCity(checkoutId)).to.deep.equal({ Austin: { [first!]: 2 } });
  });
});

describe('<split-ship> quantities', () => {
  const bad: [string, string][] = [
    ['-1', "A quantity can't be below 0."],
    ['2.5', "Use a whole number: items can't be split."],
    ['abc', 'Enter a whole number, like 2.'],
    ['1e9', 'At most 3 can go here.'],
    ['', 'Enter a quantity (0 for none).'],
  ];
  for (const [text, message] of bad) {
    it(`"${text}" gets its own message at the field, and nothing is sent for it`, async () => {
      const checkoutId = await cartOf(3);
      const [first] = await names();
      const el = await mount(checkoutId);
      await loaded(el);
      await multiple(el);
      await giveAddress(card(el, 1), fields.ada);
      const field = quantity(card(el, 1), first!);
      type(field, text);
      const root = field.getRootNode() as ShadowRoot;
      await waitUntil(() => field.getAttribute('aria-invalid') === 'true', 'the field is marked invalid');
      const describedBy = root.getElementById(field.getAttribute('aria-describedby')!)!;
      expect(describedBy.textContent!.trim()).to.equal(message);
      await new Promise((resolve) => setTimeout(resolve, 600));
      await settled(el);
      expect(consignmentWrites(await requestLog(checkoutId))).to.deep.equal([]);
      expect(field.value).to.equal(text, 'what the shopper typed stays');
      await expect(el).to.be.accessible();
    });
  }

  it('arrow keys step, Home and End clear and fill, within what is left', async () => {
    const [first] = await names();
    const el = await mount(await cartOf(3));
    await loaded(el);
    await multiple(el);
    const field = quantity(card(el, 1), first!);
    field.focus();
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    await waitUntil(() => field.value === '2');
    await sendKeys({ press: 'End' });
    await waitUntil(() => field.value === '3');
    await sendKeys({ press: 'ArrowUp' });
    expect(field.value).to.equal('3', 'never more than the cart has');
    await sendKeys({ press: 'Home' });
    await waitUntil(() => field.value === '0');
    await sendKeys({ press: 'ArrowDown' });
    expect(field.value).to.equal('0', 'never below 0');
  });

  it('a burst of steps is written once, after the shopper pauses', async () => {
    const checkoutId = await cartOf(5);
    const [first] = await names();
    const el = await mount(checkoutId);
    await loaded(el);
    await giveAddress(card(el, 1), fields.ada);
    await waitUntil(() => el.complete, 'one address saved', { timeout: 15_000 });
    check(control<HTMLInputElement>(el.shadowRoot!, 'Ship to multiple addresses'));
    await waitUntil(() => cards(el).length === 2);
    await giveAddress(card(el, 2), fields.grace);
    const before = consignmentWrites(await requestLog(checkoutId)).length;
    const fewer = control<HTMLButtonElement>(deep(card(el, 1), 'split-ship-quantity').shadowRoot!, /^One fewer of/);
    for (let i = 0; i < 3; i++) fewer.click();
    const more = control<HTMLButtonElement>(deep(card(el, 2), 'split-ship-quantity').shadowRoot!, /^One more of/);
    await waitUntil(() => !more.disabled, 'the units given back can go to the second');
    for (let i = 0; i < 3; i++) more.click();
    await waitUntil(() => el.complete, 'the move is saved', { timeout: 15_000 });
    const writes = consignmentWrites(await requestLog(checkoutId)).slice(before).map((r) => r.method);
    // Six clicks: one PUT for the first destination, one POST for the second, their options.
    expect(writes.filter((m) => m === 'POST')).to.have.length(1);
    expect(writes.length).to.be.at.most(4);
    expect(await unitsByCity(checkoutId)).to.deep.equal({ Austin: { [first!]: 2 }, Seattle: { [first!]: 3 } });
  });
});

describe('<split-ship> keeps each destination to itself', () => {
  it("a destination the store cannot ship to shows its own error; the other saves", async () => {
    const products = await catalog();
    const restricted = products.find((p) => p.type === 'physical' && p.cannotShipTo?.includes('GB'));
    const free = products.find((p) => p.type === 'physical' && !p.cannotShipTo?.length)!;
    expect(restricted, 'the seeded catalog has a product that cannot ship to the UK').to.exist;
    const checkoutId = await createCart([
      { productId: restricted!.id, variantId: restricted!.variants[0]!.id, quantity: 1 },
      { productId: free.id, variantId: free.variants[0]!.id, quantity: 1 },
    ]);
    const el = await mount(checkoutId);
    await loaded(el);
    await multiple(el);
    await giveAddress(card(el, 1), fields.london);
    await giveAddress(card(el, 2), fields.grace);
    type(quantity(card(el, 1), restricted!.name), '1');
    type(quantity(card(el, 2), free.name), '1');
    await waitUntil(() => textOf(card(el, 1)).includes("The store doesn't ship these items to this address."), 'the error shows', { timeout: 15_000 });
    await waitUntil(() => textOf(card(el, 2)).includes('Saved'), 'the other destination saves', { timeout: 15_000 });
    expect(el.complete).to.equal(false);
    const summary = deep(el.shadowRoot!, 'split-ship-summary').shadowRoot!;
    expect(textOf(summary)).to.include("Charles Babbage, London: The store doesn't ship these items to this address.");
    await expect(el).to.be.accessible();
  });
});
