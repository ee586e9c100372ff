// <split-ship> on the GraphQL Storefront API: picked by its attributes, it saves through /graphql
// alone; a configuration that cannot work fails at once: the shopper reads that the page is not set
// up, in the page's language, and the site owner reads what to set, in English, on the page and in
// the console.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { SplitShip, SplitShipCompleteEvent, SplitShipErrorEvent } from '../../src/index.js';
import { adminCheckout, consignmentWrites, graphqlAccess, requestLog } from '../support/emulator-client.js';
import { cartOf, deepAll, fields, giveAddress, loaded, textOf } from '../support/widget.js';

const access = await graphqlAccess();

async function errorOf(el: SplitShip, events: SplitShipErrorEvent[]): Promise<SplitShipErrorEvent> {
  await waitUntil(() => events.length > 0, 'a split-ship-error');
  await el.updateComplete;
  return events[0]!;
}

/** Mounts with every attribute in place before it connects (as a page's markup does). */
async function widget(template: ReturnType<typeof html>): Promise<{ el: SplitShip; events: SplitShipErrorEvent[] }> {
  sessionStorage.clear();
  const events: SplitShipErrorEvent[] = [];
  const wrapper = await fixture<HTMLDivElement>(html`<div @split-ship-error=${(e: SplitShipErrorEvent) => events.push(e)}>${template}</div>`);
  return { el: wrapper.querySelector('split-ship')!, events };
}

describe('<split-ship> over GraphQL', () => {
  it('graphql-endpoint, storefront-token and checkout-id: loads, saves an address and its option through /graphql only', async () => {
    const checkoutId = await cartOf(2, 1);
    const { el } = await widget(html`<split-ship checkout-id=${checkoutId} graphql-endpoint=${access.endpoint} storefront-token=${access.storefrontToken}></split-ship>`);
    await loaded(el);
    const [card] = deepAll(el.shadowRoot!, 'split-ship-destination');
    const labels = deepAll<HTMLLabelElement>(card!.shadowRoot!, 'form .field > label').map((l) => l.textContent!.replace('*', '').trim());
    expect(labels.slice(0, 10)).to.deep.equal(['Country', 'First Name', 'Last Name', 'Company Name', 'Phone Number', 'Address Line 1', 'Address Line 2', 'Suburb/City', 'State/Province', 'Zip/Postcode']);
    const complete = oneEvent(el, 'split-ship-complete') as Promise<SplitShipCompleteEvent>;
    await giveAddress(card!.shadowRoot!, fields.ada);
    const { detail } = await complete;
    expect(detail.checkout.consignments[0]!.address.city).to.equal('Austin');
    const truth = await adminCheckout<{ consignments: { selectedShippingOption?: { id: string } }[] }>(checkoutId);
    expect(truth.consignments[0]!.selectedShippingOption).to.exist;
    const log = await requestLog(checkoutId);
    expect(log.every((r) => r.path === '/graphql'), 'nothing goes to the REST API').to.equal(true);
    expect(consignmentWrites(log).map((w) => w.operation)).to.deep.equal(['addCheckoutShippingConsignments', 'selectCheckoutShippingOption']);
    await expect(el).to.be.accessible();
  });

  const cases = [
    { name: 'graphql-endpoint without storefront-token', attrs: { 'graphql-endpoint': '/graphql' }, says: 'set storefront-token', event: 'set storefront-token' },
    { name: 'storefront-token without graphql-endpoint', attrs: { 'storefront-token': 'abc' }, says: 'set graphql-endpoint', event: 'set graphql-endpoint' },
    { name: 'GraphQL without checkout-id', attrs: { 'graphql-endpoint': '/graphql', 'storefront-token': 'abc' }, says: 'set checkout-id', event: 'set checkout-id', noCheckout: true },
    { name: 'the REST API from another origin', attrs: { 'api-host': 'http://127.0.0.1:1' }, says: 'does not answer other sites', event: 'http://127.0.0.1:1 does not answer other sites' },
  ];
  for (const c of cases) {
    it(`${c.name}: fails at once, says what to set, sends nothing`, async () => {
      const checkoutId = await cartOf(1);
      const el = document.createElement('split-ship') as SplitShip;
      if (!c.noCheckout) el.setAttribute('checkout-id', checkoutId);
      for (const [name, value] of Object.entries(c.attrs)) el.setAttribute(name, value);
      const events: SplitShipErrorEvent[] = [];
      el.addEventListener('split-ship-error', (e) => events.push(e as SplitShipErrorEvent));
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      host.append(el);
      const error = await errorOf(el, events);
      expect(error.detail.error.kind).to.equal('config');
      expect(error.detail.error.message).to.include(c.event);
      expect(textOf(el.shadowRoot!)).to.include('This page is not set up for split shipping.');
      expect(textOf(el.shadowRoot!)).to.include(c.says);
      expect(el.shadowRoot!.querySelector('.root')!.getAttribute('aria-busy')).to.equal('false');
      expect(await requestLog(checkoutId), 'no request was made').to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  }

  it('the shopper reads the widget language, the site owner reads what to set in English and in the console; setting it connects', async () => {
    const checkoutId = await cartOf(1);
    const said = 'Site owner: set storefront-token (a storefront token that allows this origin) with graphql-endpoint.';
    const logged: string[] = [];
    const consoleError = console.error;
    console.error = (message: unknown) => logged.push(String(message));
    let el: SplitShip;
    try {
      const mounted = await widget(html`<split-ship locale="de" checkout-id=${checkoutId} graphql-endpoint=${access.endpoint}></split-ship>`);
      el = mounted.el;
      await errorOf(el, mounted.events);
    } finally {
      console.error = consoleError;
    }
    expect(logged).to.deep.equal([`split-ship: ${said}`]);
    await waitUntil(() => textOf(el.shadowRoot!).includes('Diese Seite ist nicht für den Versand'), 'the German sentence for the shopper');
    const detail = el.shadowRoot!.querySelector('.config-detail')!;
    expect([detail.textContent, detail.getAttribute('lang'), detail.getAttribute('dir')]).to.deep.equal([said, 'en', 'ltr']);
    el.setAttribute('storefront-token', access.storefrontToken);
    await waitUntil(() => deepAll(el.shadowRoot!, 'split-ship-destination').length === 1, 'the checkout loads once the token is set', { timeout: 15_000 });
  });

  it('a wrong token is the store refusing, not a configuration the widget can check', async () => {
    const checkoutId = await cartOf(1);
    const { el, events } = await widget(html`<split-ship checkout-id=${checkoutId} graphql-endpoint=${access.endpoint} storefront-token="wrong"></split-ship>`);
    await loaded(el);
    const error = await errorOf(el, events);
    expect(error.detail.error.kind).to.equal('invalid');
    expect(error.detail.error.message).to.include('GraphQL invalid credentials');
  });
});
