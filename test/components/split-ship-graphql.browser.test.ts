// <split-ship> on the GraphQL Storefront API: picked by its attributes, it saves through /graphql
// alone; a configuration that cannot work fails at once: the shopper reads that the page is not set
// up, in the page's language, and the site owner reads what to set, in English, on the page and in
// the console.
import { createCheckoutService } from '@bigcommerce/checkout-sdk/essential';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { SplitShip, SplitShipCompleteEvent, SplitShipErrorEvent } from '../../src/index.js';
import { adminCheckout, consignmentWrites, graphqlAccess, requestLog } from '../support/emulator-client.js';
import { cartOf, control, deep, deepAll, fields, giveAddress, loaded, textOf } from '../support/widget.js';

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
    // Each answer is the whole checkout: one read to start, none to confirm what the writes answered.
    expect(log.map((r) => r.operation)).to.deep.equal(['checkout', 'addCheckoutShippingConsignments', 'selectCheckoutShippingOption']);
    await expect(el).to.be.accessible();
  });

  const cases = [
    { name: 'graphql-endpoint without storefront-token', attrs: { 'graphql-endpoint': '/graphql' }, says: 'set storefront-token', event: 'set storefront-token' },
    { name: 'storefront-token without graphql-endpoint', attrs: { 'storefront-token': 'abc' }, says: 'set graphql-endpoint', event: 'set graphql-endpoint' },
    { name: 'GraphQL without checkout-id', attrs: { 'graphql-endpoint': '/graphql', 'storefront-token': 'abc' }, says: 'set checkout-id', event: 'set checkout-id', noCheckout: true },
    { name: 'the REST API from another origin', attrs: { 'api-host': 'http://127.0.0.1:1' }, says: 'does not answer other sites', event: 'http://127.0.0.1:1 does not answer other sites' },
    {
      name: 'customer-access-token sent to a graphql-endpoint on another origin',
      attrs: { 'graphql-endpoint': 'http://127.0.0.1:1/graphql', 'storefront-token': 'abc', 'customer-access-token': 'cat' },
      says: 'customer-access-token needs a graphql-endpoint on this site',
      event: 'BigCommerce takes it from servers only',
    },
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

  it('properties set just after the element is inserted (as @lit/react sets them) start it over GraphQL alone, never first over REST', async () => {
    const checkoutId = await cartOf(1);
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    performance.clearResourceTimings();
    const el = document.createElement('split-ship') as SplitShip;
    host.append(el);
    el.graphqlEndpoint = access.endpoint;
    el.storefrontToken = access.storefrontToken;
    el.checkoutId = checkoutId;
    await loaded(el);
    const rest = performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((path) => /^\/(api\/storefront|internalapi)\//.test(path));
    expect(rest, 'no REST request, not even for the session\'s checkout').to.deep.equal([]);
    expect((await requestLog(checkoutId)).map((r) => r.path)).to.deep.equal(['/graphql']);
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

const destination = (el: SplitShip, n = 1) => deepAll(el.shadowRoot!, 'split-ship-destination')[n - 1]!.shadowRoot!;
const addressForm = (el: SplitShip) => deep(destination(el), 'split-ship-address-form').shadowRoot!;
/** The saved-address picker as the shopper reads it: each choice's text, in order. */
const picker = (el: SplitShip) => deepAll<HTMLInputElement>(destination(el), 'input[name="saved"]').map((i) => i.closest('label')!.textContent!.replace(/\s+/g, ' ').trim());

describe('<split-ship> over GraphQL for a signed-in shopper', () => {
  // One browser context per file: sign the session out so the other tests see a guest.
  afterEach(async () => {
    await fetch('/internalapi/v1/checkout/customer', { method: 'DELETE' });
  });

  it('offers the saved addresses exactly as the REST widget does, and saves the one chosen, its custom field included', async () => {
    const checkoutId = await cartOf(2);
    // The browser signs in over GraphQL: its session cookie, not a token, says who it is.
    const login = await fetch(access.endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${access.storefrontToken}` },
      body: JSON.stringify({ query: 'mutation { login(email: "ada@example.com", password: "lovelace") { customer { entityId } } }' }),
    });
    expect((await login.json()).data.login.customer.entityId).to.equal(11);

    const service = createCheckoutService();
    const rest = (await widget(html`<split-ship checkout-id=${checkoutId} .service=${service}></split-ship>`)).el;
    await loaded(rest);
    const { el } = await widget(html`<split-ship checkout-id=${checkoutId} graphql-endpoint=${access.endpoint} storefront-token=${access.storefrontToken}></split-ship>`);
    await loaded(el);
    await waitUntil(() => picker(el).length === 4 && picker(rest).length === 4, 'three saved addresses and "a new address" in both');
    expect(picker(el)).to.deep.equal(picker(rest));
    rest.remove();

    deepAll<HTMLInputElement>(destination(el), 'input[name="saved"]')[1]!.click();
    control(addressForm(el), 'Use this address').click();
    await waitUntil(() => el.complete, 'saved at that address', { timeout: 15_000 });
    const truth = await adminCheckout<{ consignments: { address: { city: string; company: string; stateOrProvinceCode: string; customFields: unknown[] } }[] }>(checkoutId);
    const [saved] = truth.consignments;
    expect([saved!.address.city, saved!.address.company, saved!.address.stateOrProvinceCode]).to.deep.equal(['Seattle', 'Analytical Engines Ltd', 'WA']);
    expect(saved!.address.customFields).to.deep.equal([{ fieldId: 'field_31', fieldValue: '1' }]);
    expect((await requestLog(checkoutId)).filter((r) => r.path !== '/graphql' && r.method !== 'GET').map((r) => r.path), 'the GraphQL widget wrote nothing through REST').to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  // Another test file signing Ada out ends her tokens on every device (as BigCommerce documents), so
  // the token here is Grace's, whom no browser test signs in.
  it("customer-access-token, to an endpoint on the page's own origin: sent, with X-Bc-Error-On-Invalid-Customer-Access-Token", async () => {
    const checkoutId = await cartOf(1);
    const token = await executeServerCommand<string, { email: string; password: string; guestCartEntityId: string }>('graphql-login', { email: 'grace@example.com', password: 'hopper', guestCartEntityId: checkoutId });
    const mounted = await widget(html`<split-ship checkout-id=${checkoutId} graphql-endpoint=${access.endpoint} storefront-token=${access.storefrontToken} customer-access-token=${token!}></split-ship>`);
    await loaded(mounted.el);
    expect(mounted.events, 'a valid token loads the checkout').to.deep.equal([]);

    // A token the store never issued (or one logged out since) stops the widget instead of reading a customer's cart as a guest's.
    const unknown = `${'0'.repeat(64)}_1`;
    const stale = await widget(html`<split-ship checkout-id=${checkoutId} graphql-endpoint=${access.endpoint} storefront-token=${access.storefrontToken} customer-access-token=${unknown}></split-ship>`);
    const error = await errorOf(stale.el, stale.events);
    expect([error.detail.error.kind, error.detail.error.message]).to.deep.equal(['invalid', 'Customer access token is invalid']);
    expect(textOf(stale.el.shadowRoot!)).to.include("We couldn't load your checkout.");
  });
});

describe('<split-ship> over GraphQL, a new address', () => {
  it("starts in the store's country (its contact address), not the page language's region", async () => {
    const checkoutId = await cartOf(1);
    const { el } = await widget(html`<split-ship locale="de" checkout-id=${checkoutId} graphql-endpoint=${access.endpoint} storefront-token=${access.storefrontToken}></split-ship>`);
    await loaded(el);
    expect(new Intl.Locale('de').maximize().region, 'the language alone would say Germany').to.equal('DE');
    expect(control<HTMLSelectElement>(addressForm(el), 'Country').value).to.equal('US');
  });
});
