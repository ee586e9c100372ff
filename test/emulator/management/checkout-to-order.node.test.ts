// End to end through the composed emulator: a cart, consignments and selections made over the
// Storefront API, the store's configuration changed over the Management API, the order placed
// and shipped.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Checkout } from '../../../src/emulator/sdk-types.js';
import { brAddress, firstPhysical, gbAddress, read, seedCart, usAddress, useEmulator, withOptions } from '../helpers.js';

const client = useEmulator();
const admin = () => ({ 'X-Auth-Token': client.server.emulator.managementToken });
const api = (path: string) => `/stores/${client.server.emulator.storeHash}/v2${path}`;
const manage = (method: string, path: string, body?: unknown) => client.call(method, api(path), body, admin());

/** Mug ×3 to San Francisco, mug ×1 + skillet to London: the mug line is split across two destinations. */
async function splitAcrossTwo(): Promise<Checkout> {
  const checkout = await seedCart(client);
  const mug = firstPhysical(checkout, 101);
  const skillet = firstPhysical(checkout, 105);
  const created = await client.call<Checkout>('POST', `/api/storefront/checkouts/${checkout.id}/consignments${withOptions}`, [
    { address: usAddress, lineItems: [{ itemId: mug.id, quantity: 3 }] },
    { address: gbAddress, lineItems: [{ itemId: mug.id, quantity: 1 }, { itemId: skillet.id, quantity: 1 }] },
  ]);
  assert.equal(created.status, 200, JSON.stringify(created.body));
  return created.body;
}

async function select(checkoutId: string, consignmentId: string, optionId: string): Promise<Checkout> {
  const reply = await client.call<Checkout>('PUT', `/api/storefront/checkouts/${checkoutId}/consignments/${consignmentId}${withOptions}`, {
    shippingOptionId: optionId,
  });
  assert.equal(reply.status, 200, JSON.stringify(reply.body));
  return reply.body;
}

async function selectRecommended(checkout: Checkout): Promise<Checkout> {
  let current = checkout;
  for (const consignment of checkout.consignments) {
    const fresh = current.consignments.find((c) => c.id === consignment.id)!;
    const recommended = fresh.availableShippingOptions!.find((o) => o.isRecommended)!;
    current = await select(checkout.id, consignment.id, recommended.id);
  }
  // A write may drop another consignment's selection: select again until every one holds.
  for (const consignment of current.consignments) {
    if (!consignment.selectedShippingOption) {
      current = await select(current.id, consignment.id, consignment.availableShippingOptions!.find((o) => o.isRecommended)!.id);
    }
  }
  return current;
}

describe('from checkout to shipped order', () => {
  it('places the order with one shipping address per consignment and ships each', async () => {
    const checkout = await selectRecommended(await splitAcrossTwo());
    assert.ok(checkout.consignments.every((c) => c.selectedShippingOption));

    const order = await client.call('POST', '/__emulator/orders', { checkoutId: checkout.id });
    assert.equal(order.status, 201, JSON.stringify(order.body));
    const orderId = order.body.id;
    assert.equal((await read(client, checkout.id)).orderId, orderId);

    const addresses = (await manage('GET', `/orders/${orderId}/shipping_addresses`)).body;
    assert.equal(addresses.length, 2);
    assert.deepEqual(addresses.map((a: { city: string; items_total: number }) => [a.city, a.items_total]), [
      ['San Francisco', 3],
      ['London', 2],
    ]);
    for (const [index, consignment] of checkout.consignments.entries()) {
      assert.equal(addresses[index].shipping_method, consignment.selectedShippingOption!.description);
      assert.equal(Number(addresses[index].base_cost), consignment.selectedShippingOption!.cost);
    }
    assert.deepEqual(addresses.map((a: { shipping_zone_name: string }) => a.shipping_zone_name), ['North America', 'Rest of World']);

    const products = (await manage('GET', `/orders/${orderId}/products`)).body as Array<{ id: number; quantity: number; order_address_id: number; type: string }>;
    for (const address of addresses) {
      const items = products
        .filter((p) => p.order_address_id === address.id)
        .map((p) => ({ order_product_id: p.id, quantity: p.quantity }));
      const shipment = await manage('POST', `/orders/${orderId}/shipments`, {
        order_address_id: address.id,
        tracking_number: `TRACK-${address.id}`,
        shipping_provider: 'usps',
        items,
      });
      assert.equal(shipment.status, 201, JSON.stringify(shipment.body));
    }
    const shipped = (await manage('GET', `/orders/${orderId}/shipping_addresses`)).body;
    assert.deepEqual(shipped.map((a: { items_shipped: number }) => a.items_shipped), [3, 2]);
    assert.equal((await manage('GET', `/orders/${orderId}`)).body.status, 'Shipped');
    assert.deepEqual((await manage('GET', `/orders/${orderId}/shipments/count`)).body, { count: 2 });
  });

  it('keeps a real-time carrier rate on the order shipping address quote', async () => {
    const checkout = await splitAcrossTwo();
    const us = checkout.consignments[0]!;
    const usps = us.availableShippingOptions!.find((o) => o.description === 'USPS (Priority Mail)')!;
    let current = await select(checkout.id, us.id, usps.id);
    const london = current.consignments[1]!;
    current = await select(checkout.id, london.id, london.availableShippingOptions![0]!.id);
    if (!current.consignments[0]!.selectedShippingOption) current = await select(checkout.id, us.id, usps.id);
    const order = await client.call('POST', '/__emulator/orders', { checkoutId: checkout.id });
    assert.equal(order.status, 201, JSON.stringify(order.body));
    const [address] = (await manage('GET', `/orders/${order.body.id}/shipping_addresses`)).body;
    assert.equal(address.shipping_method, 'USPS (Priority Mail)');
    const quote = (await manage('GET', `/orders/${order.body.id}/shipping_addresses/${address.id}/shipping_quotes`)).body;
    assert.equal(quote.shipping_provider_id, 'bcrealtime');
    assert.equal(quote.provider_code, 'endicia');
    const methods = (await manage('GET', '/shipping/zones/1/methods')).body as Array<{ id: number; type: string }>;
    assert.equal(quote.method_id, methods.find((m) => m.type === 'endicia')!.id, 'method_id names the USPS method');
    assert.deepEqual(quote.shipping_provider_quote, [
      { rate: { value: usps.cost.toFixed(2), unit: 'USD' }, transitTime: usps.transitTime, name: 'USPS (Priority Mail)' },
    ]);
  });

  it('refuses an incomplete checkout with the reason', async () => {
    const checkout = await splitAcrossTwo();
    const reply = await client.call('POST', '/__emulator/orders', { checkoutId: checkout.id });
    assert.equal(reply.status, 422);
    assert.match(reply.body.detail, /has no selected shipping option/);
  });

  it('places the latest checkout when none is named', async () => {
    const checkout = await selectRecommended(await splitAcrossTwo());
    const reply = await client.call('POST', '/__emulator/orders', {});
    assert.equal(reply.status, 201, JSON.stringify(reply.body));
    assert.equal((await read(client, checkout.id)).orderId, reply.body.id);
  });
});

describe('store configuration seen by the storefront', () => {
  it('connecting FedEx and enabling its method adds FedEx options to a US destination', async () => {
    const checkout = await splitAcrossTwo();
    const us = () => checkout.consignments[0]!.id;
    const fedexOptions = async () =>
      (await read(client, checkout.id)).consignments.find((c) => c.id === us())!.availableShippingOptions!.filter((o) => o.type === 'shipping_fedex');
    assert.deepEqual(await fedexOptions(), []);
    const connect = await manage('POST', '/shipping/carrier/connection', {
      carrier_id: 'fedex',
      connection: { key: 'k', password: 'p', account_number: '510087', meter_number: '118' },
    });
    assert.equal(connect.status, 204);
    assert.deepEqual(await fedexOptions(), [], 'connecting alone does not enable FedEx');
    assert.equal((await manage('PUT', '/shipping/zones/1/methods/5', { enabled: true })).status, 200);
    assert.deepEqual((await fedexOptions()).map((o) => o.description), ['FedEx (Ground)', 'FedEx (2Day)', 'FedEx (Priority Overnight)']);
  });

  it('a state zone, then a ZIP zone created over the API take precedence for their destinations', async () => {
    const checkout = await splitAcrossTwo();
    const descriptions = async () =>
      (await read(client, checkout.id)).consignments[0]!.availableShippingOptions!.map((o) => o.description);
    const state = await manage('POST', '/shipping/zones', { name: 'California', type: 'state', locations: [{ country_iso2: 'US', state_iso2: 'CA' }] });
    assert.equal(state.status, 201);
    await manage('POST', `/shipping/zones/${state.body.id}/methods`, { name: 'California Courier', type: 'perorder', settings: { rate: 7 } });
    assert.deepEqual(await descriptions(), ['California Courier']);
    const zip = await manage('POST', '/shipping/zones', { name: 'SoMa', type: 'zip', locations: [{ country_iso2: 'US', zip: '941*' }] });
    await manage('POST', `/shipping/zones/${zip.body.id}/methods`, { name: 'Bike Messenger', type: 'peritem', settings: { rate: 2 } });
    assert.deepEqual(await descriptions(), ['Bike Messenger']);
    await manage('DELETE', `/shipping/zones/${zip.body.id}`);
    assert.deepEqual(await descriptions(), ['California Courier']);
  });

  it('a global zone created over the API serves what no other zone lists, and never wins over a country zone', async () => {
    const checkout = await seedCart(client);
    const mug = firstPhysical(checkout, 101);
    const skillet = firstPhysical(checkout, 105);
    const created = await client.call<Checkout>('POST', `/api/storefront/checkouts/${checkout.id}/consignments${withOptions}`, [
      { address: usAddress, lineItems: [{ itemId: mug.id, quantity: 4 }] },
      { address: brAddress, lineItems: [{ itemId: skillet.id, quantity: 1 }] },
    ]);
    assert.deepEqual(created.body.consignments[1]!.availableShippingOptions, [], 'no zone serves Brazil yet');
    const global = await manage('POST', '/shipping/zones', { name: 'Everywhere else', type: 'global' });
    assert.equal(global.status, 201);
    await manage('POST', `/shipping/zones/${global.body.id}/methods`, { name: 'World Post', type: 'perorder', settings: { rate: 40 } });
    const [us, br] = (await read(client, checkout.id)).consignments;
    assert.deepEqual(br!.availableShippingOptions!.map((o) => [o.description, o.cost, o.isRecommended]), [['World Post', 40, true]]);
    assert.equal(us!.availableShippingOptions!.some((o) => o.description === 'World Post'), false);
  });

  it('two options tied at the lowest cost still give exactly one recommended option', async () => {
    const checkout = await splitAcrossTwo();
    await manage('POST', '/shipping/zones/1/methods', { name: 'Flat Rate Twin', type: 'perorder', settings: { rate: 9.95 } });
    await manage('POST', '/shipping/zones/1/methods', { name: 'Flat Rate Triplet', type: 'perorder', settings: { rate: 9.95 } });
    const options = (await read(client, checkout.id)).consignments[0]!.availableShippingOptions!;
    const cheapest = options.filter((o) => o.cost === Math.min(...options.map((x) => x.cost)));
    assert.ok(cheapest.length >= 3, JSON.stringify(options.map((o) => [o.description, o.cost])));
    assert.deepEqual(options.filter((o) => o.isRecommended).map((o) => o.id), [cheapest[0]!.id]);
  });

  it('a refused FedEx connection answers 204 and quotes nothing', async () => {
    const checkout = await splitAcrossTwo();
    await manage('PUT', '/shipping/zones/1/methods/5', { enabled: true });
    const connect = await manage('POST', '/shipping/carrier/connection', {
      carrier_id: 'fedex',
      connection: { key: 'k', password: 'invalid', account_number: '510087', meter_number: '118' },
    });
    assert.equal(connect.status, 204);
    const options = (await read(client, checkout.id)).consignments[0]!.availableShippingOptions!;
    assert.equal(options.filter((o) => o.type === 'shipping_fedex').length, 0);
  });

  it('disabling the method a consignment selected clears that selection on the next read', async () => {
    const checkout = await splitAcrossTwo();
    const us = checkout.consignments[0]!;
    const express = us.availableShippingOptions!.find((o) => o.description === 'Express')!;
    const selected = await select(checkout.id, us.id, express.id);
    assert.equal(selected.consignments[0]!.selectedShippingOption?.id, express.id);
    assert.equal((await manage('PUT', '/shipping/zones/1/methods/3', { enabled: false })).status, 200);
    const after = (await read(client, checkout.id)).consignments[0]!;
    assert.equal(after.selectedShippingOption, undefined);
    assert.ok(!after.availableShippingOptions!.some((o) => o.id === express.id));
  });

  it('emulator reset restores the seeded configuration and forgets orders', async () => {
    const checkout = await selectRecommended(await splitAcrossTwo());
    assert.equal((await client.call('POST', '/__emulator/orders', { checkoutId: checkout.id })).status, 201);
    assert.equal((await manage('DELETE', '/shipping/zones/2')).status, 204);
    assert.ok((await client.call('POST', '/__emulator/reset')).status < 300);
    assert.equal((await manage('GET', '/shipping/zones')).body.length, 2);
    assert.deepEqual((await manage('GET', '/orders')).body, []);
  });
});
