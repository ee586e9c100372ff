// <split-ship> through the real SDK against the emulator: each state it can be in renders, is
// accessible, and tells the host page what happened.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { SplitShipChangeEvent, SplitShipCompleteEvent, SplitShipErrorEvent } from '../../src/index.js';
import { adminCheckout, catalog, consignmentWrites, createCart, requestLog, setFaults } from '../support/emulator-client.js';
import { cartOf, control, deep, deepAll, fields, giveAddress, loaded, mount, settled, textOf } from '../support/widget.js';

const destinationCards = (el: Element) => deepAll(el.shadowRoot!, 'split-ship-destination');

describe('<split-ship> states', () => {
  it('shows a skeleton while loading, named busy for assistive technology', async () => {
    const checkoutId = await cartOf(2);
    await setFaults(checkoutId, { latencyMs: 400 });
    const el = await mount(checkoutId);
    const root = el.shadowRoot!.querySelector('.root')!;
    expect(root.getAttribute('aria-busy')).to.equal('true');
    expect(el.shadowRoot!.querySelector('.skeleton')).to.exist;
    await expect(el).to.be.accessible();
    await loaded(el);
    expect(el.shadowRoot!.querySelector('.skeleton')).to.equal(null);
  });

  it('a checkout that cannot be loaded says so and offers to try again', async () => {
    const el = await mount('00000000-0000-4000-8000-000000000000');
    const error = oneEvent(el, 'split-ship-error') as Promise<SplitShipErrorEvent>;
    await loaded(el);
    expect(textOf(el.shadowRoot!)).to.include("We couldn't load your checkout.");
    expect(textOf(el.shadowRoot!)).to.include("We couldn't find this checkout.");
    expect(control(el.shadowRoot!, 'Try again')).to.exist;
    const { detail } = await error;
    expect(detail.error.kind).to.equal('invalid');
    expect(detail.error.message).to.be.a('string').and.not.equal('');
    await expect(el).to.be.accessible();
  });

  it('a store that is not answering shows the error, and "Try again" loads once it answers', async function () {
    this.timeout(40_000);
    const checkoutId = await cartOf(2);
    await setFaults(checkoutId, { errorRate: 1 });
    const el = await mount(checkoutId);
    await waitUntil(() => textOf(el.shadowRoot!).includes('The store is not answering'), 'the outage is shown', { timeout: 30_000 });
    await expect(el).to.be.accessible();
    await setFaults(checkoutId, { errorRate: 0 });
    control(el.shadowRoot!, 'Try again').click();
    await waitUntil(() => destinationCards(el).length === 1, 'the checkout loads after the retry', { timeout: 15_000 });
  });

  it('an empty cart says so plainly', async () => {
    const checkoutId = await cartOf(1);
    await fetch(`/api/storefront/carts/${checkoutId}`, { method: 'DELETE' });
    const el = await mount(checkoutId);
    await loaded(el);
    expect(textOf(el.shadowRoot!)).to.include('Your cart is empty.');
    await expect(el).to.be.accessible();
  });

  it('a cart with nothing to ship says so and lists its digital items', async () => {
    const digital = (await catalog()).find((p) => p.type === 'digital')!;
    const checkoutId = await createCart([{ productId: digital.id, quantity: 1 }]);
    const el = await mount(checkoutId);
    await loaded(el);
    const text = textOf(el.shadowRoot!);
    expect(text).to.include('Nothing in your cart needs shipping.');
    expect(text).to.include(digital.name);
    expect(el.shadowRoot!.querySelector('input[name="mode"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('a cart of one unit ships to one address and offers no choice of mode', async () => {
    const el = await mount(await cartOf(1));
    await loaded(el);
    expect(el.shadowRoot!.querySelector('input[name="mode"]')).to.equal(null);
    expect(destinationCards(el)).to.have.length(1);
    await expect(el).to.be.accessible();
  });
});

describe('<split-ship> ships to one address', () => {
  it('takes an address from the store form, saves it with the recommended option and reports complete', async () => {
    const checkoutId = await cartOf(2, 1);
    const el = await mount(checkoutId);
    await loaded(el);
    const [card] = destinationCards(el);
    // The form is the store's: country first, then its fields in its order with its labels.
    const labels = deepAll<HTMLLabelElement>(card!.shadowRoot!, 'form .field > label').map((l) => l.textContent!.replace('*', '').trim());
    expect(labels.slice(0, 10)).to.deep.equal(['Country', 'First Name', 'Last Name', 'Company Name', 'Phone Number', 'Address Line 1', 'Address Line 2', 'Suburb/City', 'State/Province', 'Zip/Postcode']);
    const events: string[] = [];
    el.addEventListener('split-ship-change', () => events.push('change'));
    const complete = oneEvent(el, 'split-ship-complete') as Promise<SplitShipCompleteEvent>;
    await giveAddress(card!.shadowRoot!, fields.ada);
    const { detail } = await complete;
    expect(detail.checkout.consignments).to.have.length(1);
    const consignment = detail.checkout.consignments[0]!;
    expect(consignment.address.city).to.equal('Austin');
    const recommended = consignment.availableShippingOptions!.find((o) => o.isRecommended)!;
    expect(consignment.selectedShippingOption!.id).to.equal(recommended.id);
    expect(events.length).to.be.greaterThan(0);
    expect(el.complete).to.equal(true);
    expect(el.checkValidity()).to.equal(true);
    await settled(el);
    // One write for the destination, one for its option: no more.
    expect(consignmentWrites(await requestLog(checkoutId))).to.have.length(2);
    const checked = () => deepAll<HTMLInputElement>(card!.shadowRoot!, 'input[type="radio"][name="option"]').find((r) => r.checked);
    await waitUntil(checked, 'the options show');
    expect(checked()!.value).to.equal(recommended.id);
    await expect(el).to.be.accessible();
  });

  it("the summary's shipping includes the store's handling fee for a destination", async () => {
    const el = await mount(await cartOf(1));
    await loaded(el);
    await giveAddress(destinationCards(el)[0]!.shadowRoot!, fields.london);
    await waitUntil(() => el.complete, 'saved', { timeout: 15_000 });
    const summary = textOf(deep(el.shadowRoot!, 'split-ship-summary').shadowRoot!);
    expect(summary).to.include('includes $4.00 handling');
    // International by Weight $18.00 for one mug, plus the zone's $4.00 handling.
    expect(summary).to.match(/Shipping \$22\.00 Everything/);
  });

  it('while the store is not answering it says so and that it is retrying, then saves', async function () {
    this.timeout(30_000);
    const checkoutId = await cartOf(2);
    const el = await mount(checkoutId);
    await loaded(el);
    await setFaults(checkoutId, { errorRate: 1 });
    await giveAddress(destinationCards(el)[0]!.shadowRoot!, fields.ada);
    await waitUntil(() => textOf(el.shadowRoot!).includes('The store is not answering. Your changes are kept; retrying…'), 'the wait is shown');
    await waitUntil(() => deep(el.shadowRoot!, '[role="status"]').textContent!.includes('retrying'), 'and announced');
    await expect(el).to.be.accessible();
    await setFaults(checkoutId, { errorRate: 0 });
    await waitUntil(() => el.complete, 'saved once the store answers', { timeout: 20_000 });
    expect(textOf(el.shadowRoot!)).not.to.include('retrying');
  });

  it('split-ship-change tells the host what is allocated, and its events leave the shadow root', async () => {
    const el = await mount(await cartOf(2));
    const host = el.parentElement!;
    const changes: SplitShipChangeEvent[] = [];
    host.addEventListener('split-ship-change', (e) => changes.push(e));
    await loaded(el);
    await waitUntil(() => changes.length > 0, 'a first change after load');
    const first = changes.at(-1)!;
    expect(first.bubbles && first.composed).to.equal(true);
    expect(first.detail.complete).to.equal(false);
    expect(first.detail.destinations).to.have.length(1);
    expect(first.detail.destinations[0]!.status).to.equal('draft');
    await giveAddress(destinationCards(el)[0]!.shadowRoot!, fields.grace);
    await waitUntil(() => changes.at(-1)?.detail.complete === true, 'a complete change');
    const last = changes.at(-1)!.detail;
    expect(last.unallocated).to.equal(0);
    expect(last.destinations[0]!.address.city).to.equal('Seattle');
    expect(last.destinations[0]!.status).to.equal('saved');
    expect(last.destinations[0]!.shippingOptionId).to.be.a('string');
    expect(Object.values(last.destinations[0]!.items)).to.deep.equal([2]);
  });

  it('reportValidity() moves focus to what is missing and says it', async () => {
    const el = await mount(await cartOf(2));
    await loaded(el);
    expect(el.reportValidity()).to.equal(false);
    await waitUntil(() => deep(el.shadowRoot!, '[role="alert"]').textContent!.includes('Add a shipping address'), 'the reason is announced');
    const focused = () => {
      let active: Element | null = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active;
    };
    await waitUntil(() => focused()?.tagName === 'SELECT', 'focus moves to the form');
    expect((focused() as HTMLSelectElement).labels[0]!.textContent).to.include('Country');
  });
});

describe('<split-ship> opens a checkout made elsewhere', () => {
  it('consignments made by another tab open as destinations, in multiple-address mode', async () => {
    const products = (await catalog()).filter((p) => p.type === 'physical' && !p.cannotShipTo?.length);
    const checkoutId = await createCart([{ productId: products[0]!.id, variantId: products[0]!.variants[0]!.id, quantity: 2 }]);
    const checkout = await adminCheckout<{ cart: { lineItems: { physicalItems: { id: string }[] } } }>(checkoutId);
    const itemId = checkout.cart.lineItems.physicalItems[0]!.id;
    const address = (city: string, postalCode: string, stateOrProvinceCode: string) => ({
      firstName: 'Other', lastName: 'Tab', address1: '1 Main St', city, stateOrProvinceCode, countryCode: 'US', postalCode,
    });
    await fetch(`/api/storefront/checkouts/${checkoutId}/consignments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify([
        { address: address('Austin', '78701', 'TX'), lineItems: [{ itemId, quantity: 1 }] },
        { address: address('Seattle', '98109', 'WA'), lineItems: [{ itemId, quantity: 1 }] },
      ]),
    });
    const el = await mount(checkoutId);
    await loaded(el);
    const mode = deepAll<HTMLInputElement>(el.shadowRoot!, 'input[name="mode"]').find((i) => i.checked)!;
    expect(mode.value).to.equal('multiple');
    const cards = destinationCards(el);
    expect(cards.map((c) => textOf(c.shadowRoot!.querySelector('h3')!).replace(/ :/g, ':'))).to.deep.equal([
      '1 Destination 1: Other Tab, Austin TX',
      '2 Destination 2: Other Tab, Seattle WA',
    ]);
    await expect(el).to.be.accessible();
  });
});

describe('<split-ship> configuration', () => {
  it('an element the page did not connect to a gateway fails at once with a message for the developer', async () => {
    const { SplitShip } = await import('../../src/index.js');
    class Unconnected extends SplitShip {
      static override connect = undefined;
    }
    customElements.define('unconnected-split-ship', Unconnected);
    const events: SplitShipErrorEvent[] = [];
    const wrapper = document.createElement('div');
    wrapper.addEventListener('split-ship-error', (e) => events.push(e as SplitShipErrorEvent));
    const el = await fixture(html`<div></div>`);
    el.append(wrapper);
    const widget = document.createElement('unconnected-split-ship');
    wrapper.append(widget);
    await waitUntil(() => events.length === 1);
    expect(events[0]!.detail.error.kind).to.equal('config');
    expect(events[0]!.detail.error.message).to.include('split-ship/define');
    await (widget as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(textOf(widget.shadowRoot!)).to.include('This page is not set up for split shipping.');
  });
});
