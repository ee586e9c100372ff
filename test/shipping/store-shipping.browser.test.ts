// The store side of shipping seen through the real SDK and the sync engine, in Chromium: the
// merchant changes zones, methods and carrier connections over the Management API, the shopper's
// destinations follow, and the order comes out with one shipping address per destination.
//
// Browser test files share one emulator and run in parallel, so this file never resets it: it
// ships to its own ZIP code (99950, Ketchikan AK), served by a ZIP zone it creates (ZIP zones
// win over the seeded country zones) and deletes afterwards. FedEx is connected only while this
// file runs, and only this file's zone has an enabled FedEx method.
import { expect } from '@open-wc/testing';
import { shippableItems, type DestinationIntent, type Intent } from '../../src/core/index.js';
import { SdkGateway } from '../../src/gateway/index.js';
import { SyncEngine, type SyncState } from '../../src/sync/index.js';

interface V2Reply<T> {
  status: number;
  body: T;
}

let management: { token: string; base_path: string };

async function v2<T = any>(method: string, path: string, body?: unknown): Promise<V2Reply<T>> {
  const response = await fetch(`${management.base_path}${path}`, {
    method,
    headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-Auth-Token': management.token },
    body: body === undefined ? null : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
}

async function ok<T = any>(method: string, path: string, body?: unknown): Promise<T> {
  const reply = await v2<T>(method, path, body);
  if (reply.status >= 400) throw new Error(`${method} ${path} answered ${reply.status}: ${JSON.stringify(reply.body)}`);
  return reply.body;
}

const ketchikan = (street: string, firstName: string) => ({
  firstName,
  lastName: 'Tester',
  company: '',
  address1: street,
  address2: '',
  city: 'Ketchikan',
  stateOrProvince: 'Alaska',
  stateOrProvinceCode: 'AK',
  countryCode: 'US',
  postalCode: '99950',
  phone: '9075550100',
  customFields: [],
});

const fedexCredentials = { key: 'test-key', password: 'test-password', account_number: '510087', meter_number: '118' };

/** Mugs ×3, a skillet and a digital book: a fresh cart (and checkout) of this test's own. */
async function seedCart(): Promise<string> {
  const response = await fetch('/api/storefront/carts', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({
      lineItems: [
        { productId: 101, variantId: 1011, quantity: 3 },
        { productId: 105, quantity: 1 },
        { productId: 115, quantity: 1 },
      ],
    }),
  });
  if (!response.ok) throw new Error(`cart not created: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

describe('store side of shipping through the SDK and the engine', () => {
  let zoneId: number;
  let fedexMethodId: number;
  let engine: SyncEngine;
  let checkoutId: string;

  before(async () => {
    management = (await (await fetch('/__emulator/management')).json()) as typeof management;
    const zone = await ok<{ id: number }>('POST', '/shipping/zones', {
      name: 'Ketchikan test zone',
      type: 'zip',
      locations: [{ zip: '99950', country_iso2: 'US' }],
      free_shipping: { enabled: false },
    });
    zoneId = zone.id;
    await ok('POST', `/shipping/zones/${zoneId}/methods`, { name: 'Island Courier', type: 'perorder', settings: { rate: 50 } });
    fedexMethodId = (
      await ok<{ id: number }>('POST', `/shipping/zones/${zoneId}/methods`, {
        name: 'FedEx',
        type: 'fedex',
        enabled: false,
        settings: { carrier_options: { delivery_services: ['FEDEX_GROUND', 'FEDEX_2_DAY'] } },
      })
    ).id;
  });

  after(async () => {
    await v2('DELETE', `/shipping/zones/${zoneId}`);
    await v2('DELETE', '/shipping/carrier/connection', { carrier_id: 'fedex' });
  });

  beforeEach(async () => {
    await ok('PUT', `/shipping/zones/${zoneId}/methods/${fedexMethodId}`, { enabled: false });
    await ok('DELETE', '/shipping/carrier/connection', { carrier_id: 'fedex' });
    checkoutId = await seedCart();
    engine = new SyncEngine({ gateway: new SdkGateway({ checkoutId }), storage: null });
    await engine.load();
  });

  afterEach(() => engine.dispose());

  /** Keys of the cart's shippable items, in cart order: mugs, skillet. */
  function itemKeys(state: SyncState): string[] {
    return [...shippableItems(state.truth!).keys()];
  }

  async function converge(destinations: DestinationIntent[]): Promise<SyncState> {
    const intent: Intent = { destinations };
    engine.setIntent(intent);
    return engine.settled();
  }

  /** The engine learns of a store-side change on its next read of the checkout. */
  const reread = () => engine.load();

  const everything = (state: SyncState): DestinationIntent => {
    const [mugs, skillet] = itemKeys(state);
    return { id: 'home', address: ketchikan('1 Front St', 'Ada'), items: { [mugs!]: 3, [skillet!]: 1 } };
  };

  it('connecting FedEx and enabling a FedEx method adds FedEx options to a US destination', async () => {
    let state = await converge([everything(engine.getState())]);
    expect(state.complete, JSON.stringify(state.lastError)).to.equal(true);
    expect(state.destinations[0]!.availableOptions.map((o) => o.description)).to.deep.equal(['Island Courier']);

    const connected = await v2('POST', '/shipping/carrier/connection', { carrier_id: 'fedex', connection: fedexCredentials });
    expect(connected.status).to.equal(204);
    state = await reread();
    expect(state.destinations[0]!.availableOptions.some((o) => o.type === 'shipping_fedex'), 'connecting alone does not enable FedEx').to.equal(false);

    await ok('PUT', `/shipping/zones/${zoneId}/methods/${fedexMethodId}`, { enabled: true });
    state = await reread();
    expect(state.destinations[0]!.availableOptions.map((o) => o.description)).to.deep.equal([
      'Island Courier',
      'FedEx (Ground)',
      'FedEx (2Day)',
    ]);
    for (const option of state.destinations[0]!.availableOptions.filter((o) => o.type === 'shipping_fedex')) {
      expect(option.transitTime).to.match(/business day/);
    }
  });

  it('a FedEx connection with refused credentials still answers 204 and adds no option', async () => {
    await ok('PUT', `/shipping/zones/${zoneId}/methods/${fedexMethodId}`, { enabled: true });
    const refused = await v2('POST', '/shipping/carrier/connection', { carrier_id: 'fedex', connection: { ...fedexCredentials, password: 'wrong' } });
    expect(refused.status).to.equal(204);
    const state = await converge([everything(engine.getState())]);
    expect(state.destinations[0]!.availableOptions.map((o) => o.description)).to.deep.equal(['Island Courier']);
  });

  it('disabling the method a destination selected makes the engine pick a valid one', async () => {
    await ok('POST', '/shipping/carrier/connection', { carrier_id: 'fedex', connection: fedexCredentials });
    await ok('PUT', `/shipping/zones/${zoneId}/methods/${fedexMethodId}`, { enabled: true });
    let state = await converge([everything(engine.getState())]);
    expect(state.complete, JSON.stringify(state.lastError)).to.equal(true);
    expect(state.destinations[0]!.selectedOption?.description, 'the cheapest, recommended option').to.equal('FedEx (Ground)');

    await ok('PUT', `/shipping/zones/${zoneId}/methods/${fedexMethodId}`, { enabled: false });
    state = await reread();
    expect(state.complete, JSON.stringify(state.lastError)).to.equal(true);
    const destination = state.destinations[0]!;
    expect(destination.selectedOption?.description).to.equal('Island Courier');
    expect(destination.availableOptions.map((o) => o.id)).to.include(destination.selectedOption!.id);
    const consignment = state.truth!.consignments.find((c) => c.id === destination.consignmentId)!;
    expect(consignment.selectedShippingOption?.description, 'the checkout holds it too').to.equal('Island Courier');
  });

  it('placing the order yields one order shipping address per destination with its items, and a shipment for each', async () => {
    const [mugs, skillet] = itemKeys(engine.getState());
    const state = await converge([
      { id: 'front', address: ketchikan('1 Front St', 'Ada'), items: { [mugs!]: 2 } },
      { id: 'water', address: ketchikan('2 Water St', 'Grace'), items: { [mugs!]: 1, [skillet!]: 1 } },
    ]);
    expect(state.complete, JSON.stringify(state.lastError)).to.equal(true);

    const placed = await fetch('/__emulator/orders', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ checkoutId }),
    });
    expect(placed.status).to.equal(201);
    const order = (await placed.json()) as { id: number };

    const addresses = await ok<Array<{ id: number; street_1: string; items_total: number; shipping_method: string }>>('GET', `/orders/${order.id}/shipping_addresses`);
    expect(addresses.map((a) => [a.street_1, a.items_total])).to.deep.equal([
      ['1 Front St', 2],
      ['2 Water St', 2],
    ]);
    for (const [index, destination] of state.destinations.entries()) {
      expect(addresses[index]!.shipping_method).to.equal(destination.selectedOption!.description);
    }

    const products = await ok<Array<{ id: number; product_id: number; quantity: number; order_address_id: number }>>('GET', `/orders/${order.id}/products`);
    const at = (addressId: number) =>
      products
        .filter((p) => p.order_address_id === addressId)
        .map((p) => [p.product_id, p.quantity])
        .sort();
    expect(at(addresses[0]!.id)).to.deep.equal([[101, 2]]);
    expect(at(addresses[1]!.id)).to.deep.equal([
      [101, 1],
      [105, 1],
    ]);

    for (const address of addresses) {
      const items = products.filter((p) => p.order_address_id === address.id).map((p) => ({ order_product_id: p.id, quantity: p.quantity }));
      const shipment = await v2<{ order_address_id: number; items: unknown[] }>('POST', `/orders/${order.id}/shipments`, {
        order_address_id: address.id,
        tracking_number: `KTN-${address.id}`,
        shipping_provider: 'fedex',
        items,
      });
      expect(shipment.status).to.equal(201);
      expect(shipment.body.order_address_id).to.equal(address.id);
    }
    const shipped = await ok<Array<{ items_shipped: number }>>('GET', `/orders/${order.id}/shipping_addresses`);
    expect(shipped.map((a) => a.items_shipped)).to.deep.equal([2, 2]);
    expect((await ok<{ status: string }>('GET', `/orders/${order.id}`)).status).to.equal('Shipped');
    expect(await ok('GET', `/orders/${order.id}/shipments/count`)).to.deep.equal({ count: 2 });
  });
});
