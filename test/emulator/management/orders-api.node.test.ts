import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import type { Checkout } from '../../../src/emulator/sdk-types.js';
import { splitCheckout, useHarness, type Harness } from './harness.js';

const harness = useHarness();
let h: Harness;
beforeEach(() => {
  h = harness();
});

const place = (body: unknown = {}) => h.call('POST', '/__emulator/orders', body, {});
const withCheckout = (checkout: Checkout = splitCheckout()): Checkout => {
  h.checkouts.set(checkout.id, checkout);
  h.latest.id = checkout.id;
  return checkout;
};

async function placed(): Promise<{ orderId: number; addresses: any[]; products: any[] }> {
  withCheckout();
  const order = await place();
  assert.equal(order.status, 201, JSON.stringify(order.body));
  const orderId = order.body.id as number;
  const addresses = (await h.call('GET', `${h.api}/orders/${orderId}/shipping_addresses`)).body;
  const products = (await h.call('GET', `${h.api}/orders/${orderId}/products`)).body;
  return { orderId, addresses, products };
}

describe('placing an order (emulator only)', () => {
  it('turns the latest complete checkout into an order and attaches it', async () => {
    withCheckout();
    const res = await place();
    assert.equal(res.status, 201);
    assert.equal(res.body.id, 100);
    assert.equal(res.body.status, 'Awaiting Fulfillment');
    assert.equal(res.body.status_id, 11);
    assert.equal(res.body.shipping_address_count, 2);
    assert.equal(res.body.items_total, 7);
    assert.equal(res.body.subtotal_ex_tax, '105.0000');
    assert.equal(res.body.base_shipping_cost, '34.9000');
    assert.equal(res.body.base_handling_cost, '4.0000');
    assert.equal(res.body.total_inc_tax, '143.9000');
    assert.equal(res.body.currency_code, 'USD');
    assert.match(res.body.date_created, /^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} \+0000$/);
    assert.deepEqual(res.body.shipping_addresses, {
      url: `https://api.bigcommerce.com/stores/teststore/v2/orders/100/shipping_addresses`,
      resource: '/orders/100/shipping_addresses',
    });
    assert.deepEqual(h.attached, [['checkout-1', 100]]);
  });

  it('places a named checkout rather than the latest', async () => {
    withCheckout(splitCheckout('checkout-a'));
    withCheckout(splitCheckout('checkout-b'));
    await place({ checkoutId: 'checkout-a' });
    assert.deepEqual(h.attached, [['checkout-a', 100]]);
  });

  it('refuses with 404 when there is no checkout', async () => {
    const none = await place();
    assert.equal(none.status, 404);
    assert.equal(none.headers.get('content-type'), 'application/problem+json');
    assert.match(none.body.detail, /create a cart first/);
    const unknown = await place({ checkoutId: 'nope' });
    assert.equal(unknown.status, 404);
    assert.match(unknown.body.detail, /nope/);
  });

  it('refuses an item in no consignment, naming it', async () => {
    const checkout = splitCheckout();
    checkout.consignments[1]!.lineItemIds = ['li-mug-b'];
    withCheckout(checkout);
    const res = await place();
    assert.equal(res.status, 422);
    assert.equal(res.body.title, 'Checkout is not complete');
    assert.match(res.body.detail, /Line item li-tote \(Canvas Tote Bag, quantity 2\) is in no consignment/);
    assert.deepEqual(h.attached, []);
  });

  it('refuses a consignment without a selected option, naming it', async () => {
    const checkout = splitCheckout();
    delete (checkout.consignments[0] as { selectedShippingOption?: unknown }).selectedShippingOption;
    withCheckout(checkout);
    const res = await place();
    assert.equal(res.status, 422);
    assert.match(res.body.detail, /Consignment cons-austin \(Austin, US\) has no selected shipping option/);
  });

  it('refuses a checkout with no consignments for its physical items', async () => {
    const checkout = splitCheckout();
    checkout.consignments = [];
    withCheckout(checkout);
    const res = await place();
    assert.equal(res.status, 422);
    assert.match(res.body.detail, /li-mug-a/);
    assert.match(res.body.detail, /li-tote/);
  });

  it('refuses an address an order cannot ship to', async () => {
    const checkout = splitCheckout();
    checkout.consignments[0]!.address.address1 = '';
    withCheckout(checkout);
    const res = await place();
    assert.equal(res.status, 422);
    assert.match(res.body.detail, /missing address fields: address1/);
  });

  it('refuses to place the same checkout twice', async () => {
    withCheckout();
    await place();
    const again = await place();
    assert.equal(again.status, 409);
    assert.match(again.body.detail, /already placed as order 100/);
  });

  it('lists placed orders', async () => {
    withCheckout();
    await place();
    assert.deepEqual((await h.call('GET', `${h.api}/orders`)).body.map((o: { id: number }) => o.id), [100]);
    assert.deepEqual((await h.call('GET', '/__emulator/orders', undefined, {})).body.map((o: { id: number }) => o.id), [100]);
  });
});

describe('order, products and shipping addresses', () => {
  it('has one shipping address per consignment with its method, cost, zone and item count', async () => {
    const { orderId, addresses } = await placed();
    assert.equal(addresses.length, 2);
    const [austin, london] = addresses;
    assert.equal(austin.order_id, orderId);
    assert.equal(austin.city, 'Austin');
    assert.equal(austin.street_1, '123 Main Street');
    assert.equal(austin.country_iso2, 'US');
    assert.equal(austin.state, 'Texas');
    assert.equal(austin.zip, '78751');
    assert.equal(austin.email, 'jane@example.com');
    assert.equal(austin.items_total, 3);
    assert.equal(austin.items_shipped, 0);
    assert.equal(austin.shipping_method, 'Flat Rate');
    assert.equal(austin.base_cost, '9.9500');
    assert.equal(austin.cost_inc_tax, '9.9500');
    assert.equal(austin.shipping_zone_id, 1);
    assert.equal(austin.shipping_zone_name, 'North America');
    assert.equal(london.items_total, 3);
    assert.equal(london.shipping_method, 'International Flat Rate');
    assert.equal(london.base_handling_cost, '4.0000');
    assert.equal(london.shipping_zone_name, 'Rest of World');
    // V2 names a form field by its label (the spec's examples: "Wholesale ID", "License ID").
    assert.deepEqual(london.form_fields, [{ name: 'Delivery instructions', value: 'Leave with porter' }]);
    assert.deepEqual(london.shipping_quotes, {
      url: `https://api.bigcommerce.com/stores/teststore/v2/orders/${orderId}/shipping_addresses/${london.id}/shipping_quotes`,
      resource: `/orders/${orderId}/shipping_addresses/${london.id}/shipping_quotes`,
    });
    const one = await h.call('GET', `${h.api}/orders/${orderId}/shipping_addresses/${london.id}`);
    assert.equal(one.body.city, 'London');
  });

  it('has one product per line item, each on its shipping address; digital ones on none', async () => {
    const { addresses, products } = await placed();
    const rows = products.map((p: any) => [p.name, p.quantity, p.order_address_id, p.type]);
    assert.deepEqual(rows, [
      ['Orbit Ceramic Mug', 3, addresses[0].id, 'physical'],
      ['Orbit Ceramic Mug', 1, addresses[1].id, 'physical'],
      ['Canvas Tote Bag', 2, addresses[1].id, 'physical'],
      ['Field Guide (eBook)', 1, 0, 'digital'],
    ]);
    assert.equal(products[0].weight, 1.1);
    assert.equal(products[0].price_inc_tax, '12.0000');
    assert.equal(products[0].total_inc_tax, '36.0000');
    assert.equal(products[0].quantity_shipped, 0);
    assert.equal(products[0].product_options[0].display_value, 'Black');
  });

  it('updates an address with PUT without touching costs; read-only fields are refused', async () => {
    const { orderId, addresses } = await placed();
    const url = `${h.api}/orders/${orderId}/shipping_addresses/${addresses[0].id}`;
    const res = await h.call('PUT', url, { street_2: 'Suite 5', phone: '468444123', form_fields: [{ name: 'Delivery instructions', value: 'Ring twice' }] });
    assert.equal(res.status, 200);
    assert.equal(res.body.street_2, 'Suite 5');
    assert.equal(res.body.base_cost, addresses[0].base_cost);
    assert.deepEqual(res.body.form_fields, [{ name: 'Delivery instructions', value: 'Ring twice' }]);
    const refused = await h.call('PUT', url, { items_total: 9 });
    assert.deepEqual(refused.body, [
      { status: 400, message: "The field 'items_total' cannot be written to. Please remove it from your request before trying again." },
    ]);
    assert.equal((await h.call('PUT', `${h.api}/orders/${orderId}/shipping_addresses/999`, { city: 'x' })).status, 404);
  });

  it('keeps the storefront quote each address was placed with', async () => {
    const { orderId, addresses } = await placed();
    const res = await h.call('GET', `${h.api}/orders/${orderId}/shipping_addresses/${addresses[1].id}/shipping_quotes`);
    assert.equal(res.status, 200);
    assert.equal(res.body.shipping_provider_id, 'bcstatic');
    assert.equal(res.body.provider_code, 'shipping_flatrate');
    assert.deepEqual(res.body.shipping_provider_quote, []);
    assert.equal(res.body.rate_id, 'opt-intl');
    assert.equal(res.body.method_id, 0, 'an option no method of the store quoted has method 0');
    assert.match(res.body.uuid, /^[0-9a-f-]{36}$/);
    assert.equal((await h.call('GET', `${h.api}/orders/${orderId}/shipping_addresses/999/shipping_quotes`)).status, 404);
  });

  it('answers 404 for an unknown order on every order path', async () => {
    for (const path of ['', '/products', '/shipping_addresses', '/shipping_addresses/1', '/shipments', '/shipments/count', '/shipments/1']) {
      assert.equal((await h.call('GET', `${h.api}/orders/999${path}`)).status, 404, path);
    }
    assert.equal((await h.call('POST', `${h.api}/orders/999/shipments`, { order_address_id: 1, items: [] })).status, 404);
  });

  it('pages collections with page and limit', async () => {
    const { orderId } = await placed();
    const second = await h.call('GET', `${h.api}/orders/${orderId}/products?limit=2&page=2`);
    assert.deepEqual(second.body.map((p: { name: string }) => p.name), ['Canvas Tote Bag', 'Field Guide (eBook)']);
  });

  it('needs the token like every management path', async () => {
    const { orderId } = await placed();
    assert.equal((await h.call('GET', `${h.api}/orders/${orderId}`, undefined, {})).status, 401);
  });
});

describe('shipments', () => {
  it('answers 204 when an order has no shipments, and counts 0', async () => {
    const { orderId } = await placed();
    const list = await h.call('GET', `${h.api}/orders/${orderId}/shipments`);
    assert.equal(list.status, 204);
    assert.deepEqual((await h.call('GET', `${h.api}/orders/${orderId}/shipments/count`)).body, { count: 0 });
  });

  it('creates a shipment per address; items_shipped and quantity_shipped follow; the order ships', async () => {
    const { orderId, addresses, products } = await placed();
    const first = await h.call('POST', `${h.api}/orders/${orderId}/shipments`, {
      order_address_id: addresses[0].id,
      tracking_number: 'EJ958083578US',
      shipping_provider: 'usps',
      comments: 'Ready to go...',
      items: [{ order_product_id: products[0].id, quantity: 3 }],
    });
    assert.equal(first.status, 201, JSON.stringify(first.body));
    assert.equal(first.body.order_id, orderId);
    assert.equal(first.body.order_address_id, addresses[0].id);
    assert.equal(first.body.tracking_number, 'EJ958083578US');
    assert.equal(first.body.shipping_provider_display_name, 'USPS');
    assert.match(first.body.generated_tracking_link, /EJ958083578US/);
    assert.equal(first.body.tracking_link, '');
    assert.equal(first.body.merchant_shipping_cost, '0.0000');
    assert.deepEqual(first.body.items, [{ order_product_id: products[0].id, product_id: 101, quantity: 3 }]);
    assert.equal(first.body.shipping_address.city, 'Austin');
    assert.equal(first.body.billing_address.email, 'jane@example.com');
    assert.match(first.body.date_created, /\+0000$/);

    let order = (await h.call('GET', `${h.api}/orders/${orderId}`)).body;
    assert.equal(order.status, 'Partially Shipped');
    assert.equal(order.items_shipped, 3);

    const second = await h.call('POST', `${h.api}/orders/${orderId}/shipments`, {
      order_address_id: addresses[1].id,
      tracking_number: '1Z999AA10123456784',
      shipping_provider: 'ups',
      items: [
        { order_product_id: products[1].id, quantity: 1 },
        { order_product_id: products[2].id, quantity: 2 },
      ],
    });
    assert.equal(second.status, 201);
    const after = (await h.call('GET', `${h.api}/orders/${orderId}/shipping_addresses`)).body;
    assert.deepEqual(after.map((a: { items_shipped: number }) => a.items_shipped), [3, 3]);
    const shipped = (await h.call('GET', `${h.api}/orders/${orderId}/products`)).body;
    assert.deepEqual(shipped.map((p: { quantity_shipped: number }) => p.quantity_shipped), [3, 1, 2, 0]);
    order = (await h.call('GET', `${h.api}/orders/${orderId}`)).body;
    assert.equal(order.status, 'Shipped');
    assert.notEqual(order.date_shipped, '');

    const list = await h.call('GET', `${h.api}/orders/${orderId}/shipments`);
    assert.equal(list.status, 200);
    assert.deepEqual(list.body.map((s: { id: number }) => s.id), [first.body.id, second.body.id]);
    assert.deepEqual((await h.call('GET', `${h.api}/orders/${orderId}/shipments/count`)).body, { count: 2 });
    assert.equal((await h.call('GET', `${h.api}/orders/${orderId}/shipments/${second.body.id}`)).body.tracking_number, '1Z999AA10123456784');
  });

  it('ships part of an address and later the rest', async () => {
    const { orderId, addresses, products } = await placed();
    const ship = (quantity: number) =>
      h.call('POST', `${h.api}/orders/${orderId}/shipments`, { order_address_id: addresses[0].id, items: [{ order_product_id: products[0].id, quantity }] });
    assert.equal((await ship(2)).status, 201);
    const tooMany = await ship(2);
    assert.equal(tooMany.status, 400);
    assert.deepEqual(tooMany.body, [
      {
        status: 400,
        message: `Cannot ship 2 of order product ${products[0].id} (Orbit Ceramic Mug) to order address ${addresses[0].id}: 3 ordered, 2 already shipped, 1 left to ship.`,
      },
    ]);
    assert.equal((await ship(1)).status, 201);
  });

  it('refuses more than the address holds, counting repeated entries together', async () => {
    const { orderId, addresses, products } = await placed();
    const res = await h.call('POST', `${h.api}/orders/${orderId}/shipments`, {
      order_address_id: addresses[1].id,
      items: [
        { order_product_id: products[2].id, quantity: 1 },
        { order_product_id: products[2].id, quantity: 2 },
      ],
    });
    assert.equal(res.status, 400);
    assert.match(res.body[0].message, /Cannot ship 3 of order product \d+ \(Canvas Tote Bag\).*2 ordered, 0 already shipped, 2 left to ship/);
    assert.equal((await h.call('GET', `${h.api}/orders/${orderId}/shipments/count`)).body.count, 0);
  });

  it('refuses a product that is not on that address, or not on the order', async () => {
    const { orderId, addresses, products } = await placed();
    const other = await h.call('POST', `${h.api}/orders/${orderId}/shipments`, {
      order_address_id: addresses[0].id,
      items: [{ order_product_id: products[2].id, quantity: 1 }],
    });
    assert.equal(other.status, 400);
    assert.equal(
      other.body[0].message,
      `Order product ${products[2].id} (Canvas Tote Bag) is not on order address ${addresses[0].id}: it ships to order address ${addresses[1].id}.`,
    );
    const digital = await h.call('POST', `${h.api}/orders/${orderId}/shipments`, {
      order_address_id: addresses[0].id,
      items: [{ order_product_id: products[3].id, quantity: 1 }],
    });
    assert.match(digital.body[0].message, /digital product and ships nowhere/);
    const missing = await h.call('POST', `${h.api}/orders/${orderId}/shipments`, {
      order_address_id: addresses[0].id,
      items: [{ order_product_id: 4242, quantity: 1 }],
    });
    assert.equal(missing.body[0].message, `Order product 4242 is not on order ${orderId}.`);
  });

  it('needs order_address_id and items, and an address of this order', async () => {
    const { orderId, addresses, products } = await placed();
    const post = (body: unknown) => h.call('POST', `${h.api}/orders/${orderId}/shipments`, body);
    assert.deepEqual((await post({ items: [] })).body, [{ status: 400, message: "The required field 'order_address_id' was not supplied." }]);
    assert.deepEqual((await post({ order_address_id: addresses[0].id })).body, [{ status: 400, message: "The required field 'items' was not supplied." }]);
    assert.equal((await post({ order_address_id: addresses[0].id, items: [] })).status, 400);
    const wrong = await post({ order_address_id: 999, items: [{ order_product_id: products[0].id, quantity: 1 }] });
    assert.match(wrong.body[0].message, /Order address 999 is not on order/);
    const zero = await post({ order_address_id: addresses[0].id, items: [{ order_product_id: products[0].id, quantity: 0 }] });
    assert.match(zero.body[0].message, /positive integer/);
    const longNumber = await post({ order_address_id: addresses[0].id, tracking_number: 'x'.repeat(51), items: [{ order_product_id: products[0].id, quantity: 1 }] });
    assert.match(longNumber.body[0].message, /tracking_number.*50/);
    const provider = await post({ order_address_id: addresses[0].id, shipping_provider: 'pigeon', items: [{ order_product_id: products[0].id, quantity: 1 }] });
    assert.match(provider.body[0].message, /shipping_provider/);
  });

  it('updates tracking with PUT; items cannot be written; the address cannot move', async () => {
    const { orderId, addresses, products } = await placed();
    const created = (
      await h.call('POST', `${h.api}/orders/${orderId}/shipments`, {
        order_address_id: addresses[0].id,
        items: [{ order_product_id: products[0].id, quantity: 1 }],
      })
    ).body;
    const url = `${h.api}/orders/${orderId}/shipments/${created.id}`;
    const res = await h.call('PUT', url, { tracking_number: '7489', shipping_provider: 'fedex', merchant_shipping_cost: '1.0000', tracking_link: 'https://example.com/t/7489' });
    assert.equal(res.status, 200);
    assert.equal(res.body.tracking_number, '7489');
    assert.equal(res.body.shipping_provider_display_name, 'FedEx');
    assert.equal(res.body.merchant_shipping_cost, '1.0000');
    assert.equal(res.body.tracking_link, 'https://example.com/t/7489');
    assert.equal(res.body.generated_tracking_link, '', 'a custom link replaces the generated one');
    assert.deepEqual(res.body.items, created.items);
    const items = await h.call('PUT', url, { items: [] });
    assert.equal(items.body[0].message, "The field 'items' cannot be written to. Please remove it from your request before trying again.");
    const move = await h.call('PUT', url, { order_address_id: addresses[1].id });
    assert.equal(move.status, 400);
    assert.equal((await h.call('PUT', `${h.api}/orders/${orderId}/shipments/999`, {})).status, 404);
  });

  it('deletes a shipment (its units become unshipped) and all shipments', async () => {
    const { orderId, addresses, products } = await placed();
    const post = (quantity: number) =>
      h.call('POST', `${h.api}/orders/${orderId}/shipments`, { order_address_id: addresses[0].id, items: [{ order_product_id: products[0].id, quantity }] });
    const one = (await post(2)).body;
    await post(1);
    assert.equal((await h.call('DELETE', `${h.api}/orders/${orderId}/shipments/${one.id}`)).status, 204);
    assert.equal((await h.call('GET', `${h.api}/orders/${orderId}/shipments/${one.id}`)).status, 404);
    assert.equal((await h.call('GET', `${h.api}/orders/${orderId}/shipping_addresses`)).body[0].items_shipped, 1);
    assert.equal((await h.call('DELETE', `${h.api}/orders/${orderId}/shipments/${one.id}`)).status, 404);
    assert.equal((await h.call('DELETE', `${h.api}/orders/${orderId}/shipments`)).status, 204);
    assert.deepEqual((await h.call('GET', `${h.api}/orders/${orderId}/shipments/count`)).body, { count: 0 });
    assert.equal((await h.call('GET', `${h.api}/orders/${orderId}`)).body.status, 'Awaiting Fulfillment');
  });
});

describe('reset', () => {
  it('forgets the orders and starts numbering again', async () => {
    await placed();
    h.router.reset();
    assert.equal((await h.call('GET', `${h.api}/orders/100`)).status, 404);
    h.checkouts.clear();
    const again = await placed();
    assert.equal(again.orderId, 100);
  });
});
