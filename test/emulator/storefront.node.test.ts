import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Checkout, Country } from '../../src/emulator/sdk-types.js';
import { firstPhysical, read, seedCart, usAddress, useEmulator, withOptions } from './helpers.js';

const client = useEmulator();

describe('carts', () => {
  test('POST /carts creates a cart and its checkout with the same uuid and sets the session cookie', async () => {
    const reply = await client.call('POST', '/api/storefront/carts', { lineItems: [{ productId: 101, variantId: 1012, quantity: 2 }] });
    assert.equal(reply.status, 200);
    assert.match(reply.body.id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.match(reply.headers.get('set-cookie') ?? '', /^SHOP_SESSION_TOKEN=[^;]+; Path=\//);
    assert.equal(reply.body.lineItems.physicalItems[0].quantity, 2);
    assert.equal(reply.body.lineItems.physicalItems[0].type, 'physical');
    assert.equal(reply.body.currency.code, 'USD');
    assert.equal(reply.body.cartAmount, 24);
    const checkout = await read(client, reply.body.id);
    assert.equal(checkout.id, reply.body.id);
    assert.equal(checkout.cart.id, reply.body.id);
  });

  test('GET /carts answers the session\'s cart as an array, and [] without a session', async () => {
    const created = await client.call('POST', '/api/storefront/carts', { lineItems: [{ productId: 104, quantity: 1 }] });
    const cookie = created.headers.get('set-cookie')!.split(';')[0]!;
    const mine = await client.call('GET', '/api/storefront/carts', undefined, { Cookie: cookie });
    assert.equal(mine.status, 200);
    assert.equal(mine.body.length, 1);
    assert.equal(mine.body[0].id, created.body.id);
    const none = await client.call('GET', '/api/storefront/carts');
    assert.deepEqual(none.body, []);
  });

  test('option selections pick the variant; product options appear with the include', async () => {
    const reply = await client.call('POST', '/api/storefront/carts?include=lineItems.physicalItems.options', {
      lineItems: [{ productId: 103, quantity: 1, optionSelections: [{ optionId: 3, optionValue: 33 }, { optionId: 4, optionValue: 'Coral' }] }],
    });
    assert.equal(reply.status, 200);
    const item = reply.body.lineItems.physicalItems[0];
    assert.deepEqual(item.options.map((o: { name: string; value: string }) => [o.name, o.value]), [['Size', '10'], ['Color', 'Coral']]);
    const plain = await read(client, reply.body.id);
    assert.equal('options' in plain.cart.lineItems.physicalItems[0]!, false);
    const withItemOptions = await client.call<Checkout>('GET', `/api/storefront/checkout/${reply.body.id}?include=cart.lineItems.physicalItems.options`);
    assert.equal(withItemOptions.body.cart.lineItems.physicalItems[0]!.options!.length, 2);
  });

  test('custom items and gift certificates can be seeded', async () => {
    const checkout = await seedCart(client, [{ productId: 115, quantity: 1 }], {
      customItems: [{ sku: 'ENGRAVE', name: 'Engraving', quantity: 1, listPrice: 10 }],
      giftCertificates: [{ name: 'Gift', theme: 'General', amount: 50, quantity: 2, sender: { name: 'A', email: 'a@example.com' }, recipient: { name: 'B', email: 'b@example.com' } }],
    });
    assert.equal(checkout.cart.lineItems.digitalItems.length, 1);
    assert.equal(checkout.cart.lineItems.customItems!.length, 1);
    assert.equal(checkout.cart.lineItems.giftCertificates.length, 2);
    assert.equal(checkout.subtotal, 15 + 10 + 100);
  });

  test('refusals: unknown product, missing options, bad quantity, empty cart', async () => {
    const cases: [unknown, number, string][] = [
      [{ lineItems: [{ productId: 999, quantity: 1 }] }, 422, 'Product not found'],
      [{ lineItems: [{ productId: 101, quantity: 1 }] }, 422, 'Option selections are required'],
      [{ lineItems: [{ productId: 101, variantId: 1, quantity: 1 }] }, 422, 'Variant not found'],
      [{ lineItems: [{ productId: 104, quantity: 0 }] }, 400, 'quantity must be a whole number of at least 1'],
      [{ lineItems: [] }, 400, 'A cart needs at least one item'],
      [[1, 2], 400, 'The request body must be a cart object'],
    ];
    for (const [body, status, title] of cases) {
      const reply = await client.call('POST', '/api/storefront/carts', body);
      assert.equal(reply.status, status, title);
      assert.equal(reply.body.title, title);
      assert.equal(reply.body.status, status);
    }
  });

  test('removing every item empties the cart: later reads and writes get the empty_cart problem', async () => {
    const checkout = await seedCart(client, [{ productId: 104, quantity: 2 }]);
    const beanie = firstPhysical(checkout, 104);
    const removed = await client.call('DELETE', `/api/storefront/carts/${checkout.id}/items/${beanie.id}`);
    assert.equal(removed.status, 204);
    const readAfter = await client.call('GET', `/api/storefront/checkout/${checkout.id}`);
    assert.equal(readAfter.status, 404);
    assert.equal(readAfter.body.type, 'empty_cart');
    const write = await client.call('POST', `/api/storefront/checkouts/${checkout.id}/consignments`, [{ address: usAddress, lineItems: [{ itemId: beanie.id, quantity: 1 }] }]);
    assert.equal(write.body.type, 'empty_cart');
  });

  test('removing one item keeps the cart and drops the item from its consignment', async () => {
    const checkout = await seedCart(client);
    const mug = firstPhysical(checkout, 101);
    const skillet = firstPhysical(checkout, 105);
    await client.call('POST', `/api/storefront/checkouts/${checkout.id}/consignments`, [{ address: usAddress, lineItems: [{ itemId: skillet.id, quantity: 1 }] }]);
    const removed = await client.call('DELETE', `/api/storefront/carts/${checkout.id}/items/${skillet.id}`);
    assert.equal(removed.status, 200);
    assert.deepEqual(removed.body.lineItems.physicalItems.map((i: { id: string }) => i.id), [mug.id]);
    const after = await read(client, checkout.id);
    assert.deepEqual(after.consignments, []);
  });
});

describe('checkout', () => {
  test('both /checkout/{id} and /checkouts/{id} answer the checkout with every field of the SDK type', async () => {
    const checkout = await seedCart(client);
    const singular = await client.call<Checkout>('GET', `/api/storefront/checkout/${checkout.id}`);
    const plural = await client.call<Checkout>('GET', `/api/storefront/checkouts/${checkout.id}`);
    assert.equal(singular.status, 200);
    assert.deepEqual(singular.body, plural.body);
    for (const key of ['id', 'cart', 'customer', 'consignments', 'coupons', 'giftCertificates', 'taxes', 'discounts', 'fees', 'subtotal', 'grandTotal', 'outstandingBalance', 'balanceDue', 'shippingCostTotal', 'handlingCostTotal', 'taxTotal', 'channelId', 'createdTime', 'updatedTime', 'version']) {
      assert.ok(key in singular.body, `checkout.${key}`);
    }
    const item = singular.body.cart.lineItems.physicalItems[0]!;
    for (const key of ['id', 'productId', 'variantId', 'sku', 'name', 'quantity', 'listPrice', 'salePrice', 'extendedSalePrice', 'isShippingRequired', 'imageUrl', 'url', 'discounts']) {
      assert.ok(key in item, `lineItem.${key}`);
    }
    assert.equal(typeof singular.body.grandTotal, 'number');
    assert.equal(singular.body.cart.lineItems.digitalItems[0]!.productId, 115);
  });

  test('an unknown checkout is a 404 problem', async () => {
    const reply = await client.call('GET', '/api/storefront/checkout/00000000-0000-4000-8000-000000000000');
    assert.equal(reply.status, 404);
    assert.deepEqual(Object.keys(reply.body).sort(), ['detail', 'status', 'title', 'type']);
    assert.match(reply.headers.get('content-type') ?? '', /^application\/problem\+json/);
  });

  test('the include list is honoured for promotions, payments and stock positions', async () => {
    const checkout = await seedCart(client);
    const reply = await client.call<Checkout>('GET', `/api/storefront/checkout/${checkout.id}?include=promotions.banners,payments,cart.lineItems.physicalItems.stockPosition`);
    assert.deepEqual(reply.body.promotions, []);
    assert.deepEqual(reply.body.payments, []);
    assert.ok(reply.body.cart.lineItems.physicalItems[0]!.stockPosition);
    assert.equal('promotions' in checkout, false);
  });
});

describe('store configuration', () => {
  test('checkout-settings gives context.checkoutId from the session cookie, or from ?checkoutId', async () => {
    const created = await client.call('POST', '/api/storefront/carts', { lineItems: [{ productId: 104, quantity: 1 }] });
    const cookie = created.headers.get('set-cookie')!.split(';')[0]!;
    const bySession = await client.call('GET', '/api/storefront/checkout-settings', undefined, { Cookie: cookie });
    assert.equal(bySession.status, 200);
    assert.equal(bySession.body.context.checkoutId, created.body.id);
    assert.equal(bySession.body.storeConfig.currency.code, 'USD');
    assert.equal(bySession.body.storeConfig.checkoutSettings.hasMultiShippingEnabled, true);
    const byParam = await client.call('GET', '/api/storefront/checkout-settings?checkoutId=abc');
    assert.equal(byParam.body.context.checkoutId, 'abc');
    const none = await client.call('GET', '/api/storefront/checkout-settings');
    assert.equal(none.body.context.checkoutId, undefined);
  });

  test('form-fields lists the shipping address fields, then the custom ones (see custom-fields.node.test.ts)', async () => {
    const reply = await client.call('GET', '/api/storefront/form-fields');
    assert.equal(reply.status, 200);
    const names = reply.body.shippingAddress.map((f: { name: string }) => f.name);
    for (const name of ['firstName', 'lastName', 'address1', 'city', 'countryCode', 'stateOrProvince', 'postalCode']) assert.ok(names.includes(name), name);
    const custom = reply.body.shippingAddress.filter((f: { custom: boolean }) => f.custom).map((f: { name: string }) => f.name);
    assert.deepEqual(custom, ['field_25', 'field_26', 'field_27', 'field_28', 'field_29', 'field_30', 'field_31']);
    assert.deepEqual(names.slice(-custom.length), custom);
    assert.ok(Array.isArray(reply.body.billingAddress));
    assert.ok(Array.isArray(reply.body.customerAccount));
  });

  test('shipping countries come as { data } with subdivisions, hasPostalCodes and requiresState', async () => {
    const reply = await client.call<{ data: Country[] }>('GET', '/internalapi/v1/shipping/countries');
    assert.equal(reply.status, 200);
    const byCode = new Map(reply.body.data.map((c) => [c.code, c]));
    assert.ok(reply.body.data.length > 200);
    const us = byCode.get('US')!;
    assert.equal(us.name, 'United States');
    assert.equal(us.requiresState, true);
    assert.equal(us.hasPostalCodes, true);
    assert.ok(us.subdivisions.some((s) => s.code === 'CA' && s.name === 'California'));
    assert.equal(byCode.get('GB')!.requiresState, false);
    assert.equal(byCode.get('HK')!.hasPostalCodes, false);
  });

  test('unknown Storefront routes get a 404 problem, known routes with the wrong method a 405', async () => {
    const unknown = await client.call('GET', '/api/storefront/nope');
    assert.equal(unknown.status, 404);
    assert.equal(unknown.body.title, 'Not found');
    const wrongMethod = await client.call('PATCH', '/api/storefront/form-fields');
    assert.equal(wrongMethod.status, 405);
  });

  test('the catalog lists about 15 products with variants, one digital, one that cannot ship everywhere', async () => {
    const reply = await client.call('GET', '/__emulator/catalog');
    const products = reply.body.products as { id: number; type: string; price: number; weight: number; variants: { id: number; options: unknown[] }[]; cannotShipTo?: string[] }[];
    assert.ok(products.length >= 15);
    assert.equal(products.filter((p) => p.type === 'digital').length, 1);
    assert.ok(products.some((p) => p.cannotShipTo && p.cannotShipTo.length > 0));
    assert.ok(products.some((p) => p.variants.length > 1 && p.variants.every((v) => v.options.length > 0)));
    for (const p of products) {
      assert.equal(typeof p.price, 'number');
      assert.equal(typeof p.weight, 'number');
    }
  });
});

describe('catalog shape', () => {
  test('GET /__emulator/catalog answers { products: [{ id, name, type, price, weight, variants: [{ id, options }] }] }', async () => {
    const reply = await client.call('GET', '/__emulator/catalog');
    assert.equal(reply.status, 200);
    assert.deepEqual(Object.keys(reply.body), ['products']);
    const products = reply.body.products as Record<string, unknown>[];
    assert.ok(products.length >= 12 && products.length <= 20, `about 15 products, got ${products.length}`);
    const ids = new Set<unknown>();
    for (const p of products) {
      assert.equal(typeof p.id, 'number');
      ids.add(p.id);
      assert.equal(typeof p.name, 'string');
      assert.ok(p.type === 'physical' || p.type === 'digital', String(p.type));
      assert.equal(typeof p.price, 'number');
      assert.equal(typeof p.weight, 'number');
      assert.ok(Array.isArray(p.variants) && p.variants.length > 0, `${String(p.name)} has variants`);
      for (const v of p.variants as Record<string, unknown>[]) {
        assert.equal(typeof v.id, 'number');
        assert.ok(Array.isArray(v.options));
      }
    }
    assert.equal(ids.size, products.length, 'product ids are unique');
    // Every catalog variant can be put in a cart with the ids the catalog gives.
    const first = products[0]!;
    const variant = (first.variants as { id: number }[])[0]!;
    const cart = await client.call('POST', '/api/storefront/carts', { lineItems: [{ productId: first.id, variantId: variant.id, quantity: 1 }] });
    assert.equal(cart.status, 200);
  });
});

describe('admin', () => {
  test('the fault-free checkout view and the checkout list', async () => {
    const checkout = await seedCart(client);
    const list = await client.call('GET', '/__emulator/checkouts');
    assert.deepEqual(list.body.checkouts.map((c: { id: string }) => c.id), [checkout.id]);
    assert.equal(list.body.latestId, checkout.id);
    const one = await client.call<Checkout>('GET', `/__emulator/checkouts/${checkout.id}`);
    assert.equal(one.body.id, checkout.id);
  });

  test('reset forgets carts', async () => {
    const checkout = await seedCart(client);
    await client.call('POST', '/__emulator/reset');
    const reply = await client.call('GET', `/api/storefront/checkouts/${checkout.id}${withOptions}`);
    assert.equal(reply.status, 404);
  });
});

describe('composition with the store side', () => {
  test('the management API is mounted under /stores/{hash}/v2, needs the token, and is logged', async () => {
    const { storeHash, managementToken } = client.server.emulator;
    const denied = await client.call('GET', `/stores/${storeHash}/v2/shipping/zones`);
    assert.equal(denied.status, 401);
    const zones = await client.call('GET', `/stores/${storeHash}/v2/shipping/zones`, undefined, { 'X-Auth-Token': managementToken });
    assert.equal(zones.status, 200);
    assert.ok(Array.isArray(zones.body));
    const { requests } = (await client.call('GET', '/__emulator/requests')).body;
    assert.deepEqual(requests.map((r: { status: number }) => r.status), [401, 200]);
  });

  test('placing the order of a complete checkout sets checkout.orderId; unknown admin routes are 404', async () => {
    const checkout = await seedCart(client, [{ productId: 104, quantity: 1 }]);
    const beanie = firstPhysical(checkout, 104);
    const created = await client.call<Checkout>('POST', `/api/storefront/checkouts/${checkout.id}/consignments${withOptions}`, [{ address: { ...usAddress, email: 'ada@example.com' }, lineItems: [{ itemId: beanie.id, quantity: 1 }] }]);
    const consignment = created.body.consignments[0]!;
    await client.call('PUT', `/api/storefront/checkouts/${checkout.id}/consignments/${consignment.id}`, { shippingOptionId: consignment.availableShippingOptions![0]!.id });
    const placed = await client.call('POST', '/__emulator/orders', { checkoutId: checkout.id });
    assert.ok(placed.status === 200 || placed.status === 201, JSON.stringify(placed.body));
    const after = await read(client, checkout.id);
    assert.equal(typeof after.orderId, 'number');
    const missing = await client.call('GET', '/__emulator/nothing-here');
    assert.equal(missing.status, 404);
  });
});

describe('checkout-level writes', () => {
  test('PUT /checkouts/{id} sets the customer message and moves the version; a stale version is 409', async () => {
    const checkout = await seedCart(client);
    const reply = await client.call<Checkout>('PUT', `/api/storefront/checkouts/${checkout.id}`, { customerMessage: 'Leave at the door' });
    assert.equal(reply.status, 200);
    assert.equal(reply.body.customerMessage, 'Leave at the door');
    assert.equal(reply.body.version, checkout.version + 1);
    const stale = await client.call('PUT', `/api/storefront/checkouts/${checkout.id}`, { customerMessage: 'x', version: checkout.version });
    assert.equal(stale.status, 409);
  });

  test('a billing address is added, then updated by its id, with its email', async () => {
    const checkout = await seedCart(client);
    const added = await client.call<Checkout>('POST', `/api/storefront/checkouts/${checkout.id}/billing-address`, { ...usAddress, email: 'ada@example.com' });
    assert.equal(added.status, 200);
    const billing = added.body.billingAddress!;
    assert.equal(billing.email, 'ada@example.com');
    assert.equal(billing.country, 'United States');
    const updated = await client.call<Checkout>('PUT', `/api/storefront/checkouts/${checkout.id}/billing-address/${billing.id}`, { ...usAddress, city: 'Oakland' });
    assert.equal(updated.body.billingAddress!.city, 'Oakland');
    assert.equal(updated.body.billingAddress!.id, billing.id);
    const wrong = await client.call('PUT', `/api/storefront/checkouts/${checkout.id}/billing-address/nope`, usAddress);
    assert.equal(wrong.status, 404);
    const noCountry = await client.call('POST', `/api/storefront/checkouts/${checkout.id}/billing-address`, { city: 'Nowhere' });
    assert.equal(noCountry.status, 400);
  });
});

describe('checkout line items', () => {
  test('PUT changes a quantity (the line keeps its consignment) and moves the version', async () => {
    const checkout = await seedCart(client);
    const skillet = firstPhysical(checkout, 105);
    await client.call('POST', `/api/storefront/checkouts/${checkout.id}/consignments`, [{ address: usAddress, lineItems: [{ itemId: skillet.id, quantity: 1 }] }]);
    const before = await read(client, checkout.id);
    const reply = await client.call<Checkout>('PUT', `/api/storefront/checkouts/${checkout.id}/carts/${checkout.id}/items/${skillet.id}`, { lineItem: { productId: 105, quantity: 3 } });
    assert.equal(reply.status, 200);
    assert.equal(firstPhysical(reply.body, 105).quantity, 3);
    assert.deepEqual(reply.body.consignments[0]!.lineItemIds, [skillet.id]);
    assert.equal(reply.body.version, before.version + 1);
    const badCart = await client.call('PUT', `/api/storefront/checkouts/${checkout.id}/carts/other/items/${skillet.id}`, { lineItem: { quantity: 1 } });
    assert.equal(badCart.status, 404);
  });

  test('DELETE removes a line item; removing the last one empties the cart (empty_cart afterwards)', async () => {
    const checkout = await seedCart(client, [{ productId: 104, quantity: 1 }, { productId: 108, quantity: 1 }]);
    const [beanie, notebook] = [firstPhysical(checkout, 104), firstPhysical(checkout, 108)];
    const first = await client.call<Checkout>('DELETE', `/api/storefront/checkouts/${checkout.id}/carts/${checkout.id}/items/${beanie.id}`);
    assert.equal(first.status, 200);
    assert.deepEqual(first.body.cart.lineItems.physicalItems.map((i) => i.id), [notebook.id]);
    const last = await client.call('PUT', `/api/storefront/checkouts/${checkout.id}/carts/${checkout.id}/items/${notebook.id}`, { lineItem: { quantity: 0 } });
    assert.equal(last.status, 204);
    const after = await client.call('GET', `/api/storefront/checkouts/${checkout.id}`);
    assert.equal(after.status, 404);
    assert.equal(after.body.type, 'empty_cart');
    assert.equal(after.body.title, 'The cart is empty');
  });
});

describe('cart items', () => {
  test('POST /carts/{id}/items adds items (the same variant merges) and PUT …/items/{itemId} changes a quantity', async () => {
    const checkout = await seedCart(client, [{ productId: 104, quantity: 1 }]);
    const added = await client.call('POST', `/api/storefront/carts/${checkout.id}/items`, { lineItems: [{ productId: 104, quantity: 2 }, { productId: 108, quantity: 1 }] });
    assert.equal(added.status, 200);
    const items = added.body.lineItems.physicalItems as { id: string; productId: number; quantity: number }[];
    assert.deepEqual(items.map((i) => [i.productId, i.quantity]), [[104, 3], [108, 1]]);
    assert.equal(added.body.version, checkout.version + 1);
    const notebook = items.find((i) => i.productId === 108)!;
    const changed = await client.call('PUT', `/api/storefront/carts/${checkout.id}/items/${notebook.id}`, { lineItem: { productId: 108, quantity: 5 } });
    assert.equal(changed.status, 200);
    assert.equal(changed.body.lineItems.physicalItems.find((i: { id: string }) => i.id === notebook.id).quantity, 5);
    const unknown = await client.call('POST', `/api/storefront/carts/${checkout.id}/items`, { lineItems: [{ productId: 999, quantity: 1 }] });
    assert.equal(unknown.status, 422);
  });

  test('PUT /carts/{id}/items/{itemId} needs the line item\'s productId, as the carts spec requires', async () => {
    const checkout = await seedCart(client, [{ productId: 104, quantity: 1 }, { productId: 108, quantity: 1 }]);
    const beanie = firstPhysical(checkout, 104);
    const missing = await client.call('PUT', `/api/storefront/carts/${checkout.id}/items/${beanie.id}`, { lineItem: { quantity: 2 } });
    assert.equal(missing.status, 400);
    assert.equal(missing.body.title, 'productId is required');
    const other = await client.call('PUT', `/api/storefront/carts/${checkout.id}/items/${beanie.id}`, { lineItem: { productId: 108, quantity: 2 } });
    assert.equal(other.status, 422);
    assert.equal(other.body.title, 'productId does not match the line item');
    assert.equal((await read(client, checkout.id)).version, checkout.version);
  });

  test('DELETE /carts/{id}/items/{itemId} with a stale version in its body is a 409 and removes nothing', async () => {
    const checkout = await seedCart(client, [{ productId: 104, quantity: 1 }, { productId: 108, quantity: 1 }]);
    const beanie = firstPhysical(checkout, 104);
    const stale = await client.call('DELETE', `/api/storefront/carts/${checkout.id}/items/${beanie.id}`, { version: checkout.version - 1 });
    assert.equal(stale.status, 409);
    assert.equal((await read(client, checkout.id)).cart.lineItems.physicalItems.length, 2);
    const current = await client.call('DELETE', `/api/storefront/carts/${checkout.id}/items/${beanie.id}`, { version: checkout.version });
    assert.equal(current.status, 200);
    assert.deepEqual(current.body.lineItems.physicalItems.map((i: { productId: number }) => i.productId), [108]);
  });
});

describe('response shapes the OpenAPI description types', () => {
  test('line items carry no parentId (typed string or number, never null) and absolute url and imageUrl', async () => {
    const created = await client.call('POST', '/api/storefront/carts', { lineItems: [{ productId: 104, quantity: 1 }, { productId: 115, quantity: 1 }] });
    const checkout = await read(client, created.body.id);
    const items = [...created.body.lineItems.physicalItems, ...created.body.lineItems.digitalItems, ...checkout.cart.lineItems.physicalItems, ...checkout.cart.lineItems.digitalItems];
    assert.equal(items.length, 4);
    for (const item of items) {
      assert.equal('parentId' in item, false);
      assert.match(item.url, /^https?:\/\/[^/]+\/products\/\d+\/$/);
      assert.match(item.imageUrl, /^https?:\/\/[^/]+\//);
    }
  });

  test('where the checkouts spec says strings, option valueIds and custom item prices and quantities stay numbers, as the SDK types them', async () => {
    const checkout = await seedCart(client, [{ productId: 101, variantId: 1011, quantity: 1 }], { customItems: [{ name: 'Engraving', quantity: 2, listPrice: 7.5 }] });
    const withOptions = await client.call<Checkout>('GET', `/api/storefront/checkouts/${checkout.id}?include=cart.lineItems.physicalItems.options`);
    const option = withOptions.body.cart.lineItems.physicalItems[0]!.options![0]!;
    assert.equal(typeof option.nameId, 'number');
    assert.equal(typeof option.valueId, 'number');
    const custom = checkout.cart.lineItems.customItems![0]!;
    assert.deepEqual([custom.quantity, custom.listPrice, custom.extendedListPrice], [2, 7.5, 15]);
  });

  test('a gift certificate needs every field the carts spec requires, with email addresses', async () => {
    const full = { name: 'Gift', theme: 'General', amount: 25, quantity: 1, sender: { name: 'A', email: 'a@example.com' }, recipient: { name: 'B', email: 'b@example.com' } };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...full, name: undefined }, 'name is required'],
      [{ ...full, theme: undefined }, 'theme is required'],
      [{ ...full, quantity: undefined }, 'quantity must be a whole number of at least 1'],
      [{ ...full, amount: 1001 }, 'amount must be from 1 to 1000'],
      [{ ...full, sender: undefined }, 'sender is required'],
      [{ ...full, recipient: { name: 'B', email: 'not an address' } }, 'recipient.email is not an email address'],
    ];
    for (const [gift, title] of cases) {
      const reply = await client.call('POST', '/api/storefront/carts', { giftCertificates: [gift] });
      assert.equal(reply.status, 400, title);
      assert.equal(reply.body.title, title);
    }
    const created = await client.call('POST', '/api/storefront/carts', { giftCertificates: [full] });
    assert.equal(created.status, 200);
    assert.deepEqual(
      created.body.lineItems.giftCertificates.map((g: { name: string; theme: string; type: string }) => [g.name, g.theme, g.type]),
      [['Gift', 'General', 'giftCertificate']],
    );
  });
});

describe('request paths', () => {
  test("a path that starts with '//' is a path, not another host: the emulator's own 404 (it used to throw on the empty host)", async () => {
    const reply = await client.call('GET', '//?lang=ar');
    assert.equal(reply.status, 404);
    assert.equal(reply.body.title, 'Not found');
  });
});
