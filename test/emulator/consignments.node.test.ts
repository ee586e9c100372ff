import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Checkout } from '../../src/emulator/sdk-types.js';
import {
  brAddress,
  caAddress,
  firstPhysical,
  gbAddress,
  physical,
  read,
  seedCart,
  setFaults,
  unitsByConsignment,
  usAddress,
  useEmulator,
  withOptions,
} from './helpers.js';

const client = useEmulator();
const post = (id: string, body: unknown, query = withOptions) => client.call<Checkout>('POST', `/api/storefront/checkouts/${id}/consignments${query}`, body);
const put = (id: string, cid: string, body: unknown, query = withOptions) => client.call<Checkout>('PUT', `/api/storefront/checkouts/${id}/consignments/${cid}${query}`, body);
const del = (id: string, cid: string, body?: unknown) => client.call<Checkout>('DELETE', `/api/storefront/checkouts/${id}/consignments/${cid}${withOptions}`, body);

/** Asserts a refusal: a problem+json body with status, title, a detail that mentions `detailPart`, and an untouched checkout. */
async function assertRefused(reply: { status: number; body: any; headers: Headers }, before: Checkout, status: number, title: string, detailPart?: string) {
  assert.equal(reply.status, status, JSON.stringify(reply.body));
  assert.match(reply.headers.get('content-type') ?? '', /^application\/problem\+json/);
  assert.equal(reply.body.status, status);
  assert.equal(reply.body.title, title);
  assert.equal(typeof reply.body.type, 'string');
  if (detailPart) assert.match(reply.body.detail, new RegExp(detailPart.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  assert.deepEqual(await read(client, before.id), before);
}

describe('creating consignments', () => {
  test('a POST of an array creates every consignment in one write and answers the whole checkout with options', async () => {
    const checkout = await seedCart(client);
    const mug = firstPhysical(checkout, 101);
    const skillet = firstPhysical(checkout, 105);
    const reply = await post(checkout.id, [
      { address: usAddress, lineItems: [{ itemId: mug.id, quantity: 4 }] },
      { address: caAddress, lineItems: [{ itemId: skillet.id, quantity: 1 }] },
    ]);
    assert.equal(reply.status, 200);
    assert.equal(reply.headers.get('content-type'), 'application/json');
    assert.equal(reply.body.consignments.length, 2);
    assert.equal(reply.body.version, checkout.version + 1);
    assert.deepEqual(reply.body.consignments[0]!.lineItemIds, [mug.id]);
    assert.deepEqual(reply.body.consignments[1]!.lineItemIds, [skillet.id]);
    assert.equal(reply.body.consignments[0]!.address.country, 'United States');
    assert.equal(reply.body.consignments[0]!.address.stateOrProvince, 'California');
    assert.deepEqual(reply.body.consignments[0]!.shippingAddress, reply.body.consignments[0]!.address);
    for (const c of reply.body.consignments) {
      assert.ok(c.availableShippingOptions && c.availableShippingOptions.length > 0);
      assert.equal(c.availableShippingOptions.filter((o) => o.isRecommended).length, 1);
      assert.equal(c.selectedShippingOption, undefined);
    }
  });

  test('options come back only when include asks for them', async () => {
    const checkout = await seedCart(client);
    const reply = await post(checkout.id, [{ address: usAddress, lineItems: [{ itemId: firstPhysical(checkout, 105).id, quantity: 1 }] }], '');
    assert.equal(reply.status, 200);
    assert.equal('availableShippingOptions' in reply.body.consignments[0]!, false);
    const plain = await client.call<Checkout>('GET', `/api/storefront/checkout/${checkout.id}`);
    assert.equal('availableShippingOptions' in plain.body.consignments[0]!, false);
    const asked = await client.call<Checkout>('GET', `/api/storefront/checkout/${checkout.id}?include=cart.lineItems.physicalItems.options,consignments.availableShippingOptions`);
    assert.ok(asked.body.consignments[0]!.availableShippingOptions!.length > 0);
  });

  test('the recommended option is the cheapest, and costAfterDiscount is filled', async () => {
    const checkout = await seedCart(client);
    const reply = await post(checkout.id, [{ address: usAddress, lineItems: [{ itemId: firstPhysical(checkout, 105).id, quantity: 1 }] }]);
    const options = reply.body.consignments[0]!.availableShippingOptions!;
    const cheapest = Math.min(...options.map((o) => o.cost));
    const recommended = options.filter((o) => o.isRecommended);
    assert.equal(recommended.length, 1);
    assert.equal(recommended[0]!.cost, cheapest);
    for (const o of options) assert.equal(o.costAfterDiscount, o.cost);
  });

  test('a body that is not an array is refused with 400 and changes nothing', async () => {
    const checkout = await seedCart(client);
    const reply = await post(checkout.id, { address: usAddress, lineItems: [{ itemId: firstPhysical(checkout, 101).id, quantity: 1 }] });
    await assertRefused(reply, checkout, 400, 'The request body must be an array of consignments', 'Wrap a single consignment in [ ]');
  });

  test('an address without countryCode is refused with 400', async () => {
    const checkout = await seedCart(client);
    const { countryCode: _dropped, ...noCountry } = usAddress;
    const reply = await post(checkout.id, [{ address: noCountry, lineItems: [{ itemId: firstPhysical(checkout, 101).id, quantity: 1 }] }]);
    await assertRefused(reply, checkout, 400, 'countryCode is required', 'consignments[0].address.countryCode is missing');
  });

  test('a quantity over what the cart has is refused with 422', async () => {
    const checkout = await seedCart(client);
    const mug = firstPhysical(checkout, 101);
    const reply = await post(checkout.id, [{ address: usAddress, lineItems: [{ itemId: mug.id, quantity: 5 }] }]);
    await assertRefused(reply, checkout, 422, 'Quantity exceeds what the cart has', `5 requested of line item ${mug.id}, but the cart has 4 of it`);
  });

  test('naming units another consignment holds moves them there; the rest stays with the holder', async () => {
    const checkout = await seedCart(client);
    const mug = firstPhysical(checkout, 101);
    const first = await post(checkout.id, [{ address: usAddress, lineItems: [{ itemId: mug.id, quantity: 4 }] }]);
    assert.deepEqual(first.body.consignments[0]!.lineItemIds, [mug.id]);
    const moved = await post(checkout.id, [{ address: caAddress, lineItems: [{ itemId: mug.id, quantity: 1 }] }]);
    assert.equal(moved.status, 200);
    assert.deepEqual(unitsByConsignment(moved.body, 101), [3, 1]);
    assert.equal(physical(moved.body, 101).reduce((s, i) => s + i.quantity, 0), 4);
  });

  test('a consignment whose every item moves elsewhere is gone', async () => {
    const checkout = await seedCart(client);
    const skillet = firstPhysical(checkout, 105);
    const first = await post(checkout.id, [{ address: usAddress, lineItems: [{ itemId: skillet.id, quantity: 1 }] }]);
    const moved = await post(checkout.id, [{ address: caAddress, lineItems: [{ itemId: skillet.id, quantity: 1 }] }]);
    assert.equal(moved.body.consignments.length, 1);
    assert.notEqual(moved.body.consignments[0]!.id, first.body.consignments[0]!.id);
    assert.equal(moved.body.consignments[0]!.address.countryCode, 'CA');
  });

  test('two consignments in one POST share the cart: together they may not over-allocate', async () => {
    const checkout = await seedCart(client);
    const mug = firstPhysical(checkout, 101);
    const reply = await post(checkout.id, [
      { address: usAddress, lineItems: [{ itemId: mug.id, quantity: 3 }] },
      { address: caAddress, lineItems: [{ itemId: mug.id, quantity: 2 }] },
    ]);
    await assertRefused(reply, checkout, 422, 'Quantity exceeds what the cart has');
  });

  test('an unknown line item id is refused with 422', async () => {
    const checkout = await seedCart(client);
    const reply = await post(checkout.id, [{ address: usAddress, lineItems: [{ itemId: 'no-such-item', quantity: 1 }] }]);
    await assertRefused(reply, checkout, 422, 'Line item not found', 'no line item with id no-such-item');
  });

  test('a digital item is refused with 422', async () => {
    const checkout = await seedCart(client);
    const book = checkout.cart.lineItems.digitalItems[0]!;
    const reply = await post(checkout.id, [{ address: usAddress, lineItems: [{ itemId: book.id, quantity: 1 }] }]);
    await assertRefused(reply, checkout, 422, 'Digital items cannot be shipped', String(book.id));
  });

  test('a gift certificate is refused with 422', async () => {
    const checkout = await seedCart(client, [{ productId: 104, quantity: 1 }], {
      giftCertificates: [{ name: 'Gift', theme: 'Birthday', amount: 25, quantity: 1, sender: { name: 'A', email: 'a@example.com' }, recipient: { name: 'B', email: 'b@example.com' } }],
    });
    const gift = checkout.cart.lineItems.giftCertificates[0]!;
    const reply = await post(checkout.id, [{ address: usAddress, lineItems: [{ itemId: gift.id, quantity: 1 }] }]);
    await assertRefused(reply, checkout, 422, 'Gift certificates cannot be shipped');
  });

  test('custom items ship like physical items', async () => {
    const checkout = await seedCart(client, [{ productId: 104, quantity: 1 }], { customItems: [{ sku: 'ENGRAVE', name: 'Engraved plaque', quantity: 2, listPrice: 30, weight: 2 }] });
    const custom = checkout.cart.lineItems.customItems![0]!;
    const reply = await post(checkout.id, [{ address: usAddress, lineItems: [{ itemId: custom.id, quantity: 2 }] }]);
    assert.equal(reply.status, 200);
    assert.deepEqual(reply.body.consignments[0]!.lineItemIds, [custom.id]);
  });

  test('an unknown checkout is 404', async () => {
    const reply = await post('00000000-0000-4000-8000-000000000000', [{ address: usAddress, lineItems: [] }]);
    assert.equal(reply.status, 404);
    assert.equal((reply.body as unknown as { title: string }).title, 'Checkout not found');
  });
});

describe('updating and deleting consignments', () => {
  async function withOneConsignment() {
    const checkout = await seedCart(client);
    const mug = firstPhysical(checkout, 101);
    const skillet = firstPhysical(checkout, 105);
    const reply = await post(checkout.id, [{ address: usAddress, lineItems: [{ itemId: mug.id, quantity: 4 }] }]);
    return { checkout: reply.body, mug, skillet, consignment: reply.body.consignments[0]! };
  }

  test('a PUT of a shipping option selects it and fills shipping totals', async () => {
    const { checkout, consignment } = await withOneConsignment();
    const option = consignment.availableShippingOptions!.find((o) => o.cost > 0)!;
    const reply = await put(checkout.id, consignment.id, { shippingOptionId: option.id });
    assert.equal(reply.status, 200);
    const selected = reply.body.consignments[0]!;
    assert.equal(selected.selectedShippingOption!.id, option.id);
    assert.equal(selected.shippingCost, option.cost);
    assert.equal(reply.body.shippingCostTotal, option.cost);
    assert.equal(reply.body.grandTotal, Math.round((reply.body.subtotal + reply.body.shippingCostTotal + reply.body.handlingCostTotal + reply.body.taxTotal) * 100) / 100);
    assert.equal(reply.body.version, checkout.version + 1);
  });

  test('a PUT with an address and a shipping option is refused with 400', async () => {
    const { checkout, consignment } = await withOneConsignment();
    const option = consignment.availableShippingOptions![0]!;
    const reply = await put(checkout.id, consignment.id, { address: caAddress, shippingOptionId: option.id });
    await assertRefused(reply, await read(client, checkout.id), 400, 'A consignment update is either address and line items, or a shipping option', 'Send the shippingOptionId in a request of its own');
  });

  test('an option offered to another consignment cannot be selected, and one offered to none says so', async () => {
    const checkout = await seedCart(client);
    const mug = firstPhysical(checkout, 101);
    const skillet = firstPhysical(checkout, 105);
    const created = await post(checkout.id, [
      { address: usAddress, lineItems: [{ itemId: mug.id, quantity: 4 }] },
      { address: gbAddress, lineItems: [{ itemId: skillet.id, quantity: 1 }] },
    ]);
    const [us, gb] = created.body.consignments;
    const abroad = gb!.availableShippingOptions![0]!.id;
    await assertRefused(await put(checkout.id, us!.id, { shippingOptionId: abroad }), created.body, 422, 'Shipping option not available', `${abroad} is not one of them`);
    const nowhere = await put(checkout.id, gb!.id, { address: brAddress });
    assert.deepEqual(nowhere.body.consignments[1]!.availableShippingOptions, []);
    await assertRefused(await put(checkout.id, gb!.id, { shippingOptionId: abroad }), nowhere.body, 422, 'Shipping option not available', 'has no shipping options for its address and items');
  });

  test('a shipping option the consignment is not offered is refused with 422', async () => {
    const { checkout, consignment } = await withOneConsignment();
    const reply = await put(checkout.id, consignment.id, { shippingOptionId: 'not-an-option' });
    await assertRefused(reply, await read(client, checkout.id), 422, 'Shipping option not available', 'not-an-option is not one of them');
  });

  test('a PUT is refused like a POST: missing countryCode, unknown item, digital item, quantity over the cart', async () => {
    const { checkout, consignment, mug } = await withOneConsignment();
    const before = await read(client, checkout.id);
    const book = before.cart.lineItems.digitalItems[0]!;
    const { countryCode: _dropped, ...noCountry } = caAddress;
    await assertRefused(await put(checkout.id, consignment.id, { address: noCountry }), before, 400, 'countryCode is required', 'address.countryCode is missing');
    await assertRefused(await put(checkout.id, consignment.id, { lineItems: [{ itemId: 'no-such-item', quantity: 1 }] }), before, 422, 'Line item not found', 'no-such-item');
    await assertRefused(await put(checkout.id, consignment.id, { lineItems: [{ itemId: book.id, quantity: 1 }] }), before, 422, 'Digital items cannot be shipped', String(book.id));
    await assertRefused(await put(checkout.id, consignment.id, { lineItems: [{ itemId: mug.id, quantity: 5 }] }), before, 422, 'Quantity exceeds what the cart has', 'but the cart has 4 of it');
  });

  test('an unknown consignment is 404 for PUT and DELETE', async () => {
    const { checkout } = await withOneConsignment();
    const before = await read(client, checkout.id);
    await assertRefused(await put(checkout.id, 'nope', { address: caAddress }), before, 404, 'Consignment not found', 'nope');
    await assertRefused(await del(checkout.id, 'nope'), before, 404, 'Consignment not found', 'nope');
  });

  test('an empty lineItems PUT is refused: delete the consignment instead', async () => {
    const { checkout, consignment } = await withOneConsignment();
    await assertRefused(await put(checkout.id, consignment.id, { lineItems: [] }), await read(client, checkout.id), 422, 'lineItems must not be empty');
  });

  test('a stale version gets 409 problem+json and the write is not applied', async () => {
    const { checkout, consignment } = await withOneConsignment();
    const before = await read(client, checkout.id);
    const reply = await put(checkout.id, consignment.id, { address: caAddress, version: checkout.version - 1 });
    assert.equal(reply.headers.get('content-type'), 'application/problem+json');
    await assertRefused(reply, before, 409, 'The request cannot be processed due to a possible conflict. Please review the changes and try again.', `checkout is at version ${checkout.version}`);
    const current = await put(checkout.id, consignment.id, { address: caAddress, version: checkout.version });
    assert.equal(current.status, 200);
    assert.equal(current.body.version, checkout.version + 1);
  });

  test('a stale version on POST and DELETE gets 409 too', async () => {
    const { checkout, consignment, skillet } = await withOneConsignment();
    const before = await read(client, checkout.id);
    await assertRefused(await post(checkout.id, [{ address: caAddress, lineItems: [{ itemId: skillet.id, quantity: 1 }], version: 1 }]), before, 409, 'The request cannot be processed due to a possible conflict. Please review the changes and try again.');
    await assertRefused(await del(checkout.id, consignment.id, { version: 1 }), before, 409, 'The request cannot be processed due to a possible conflict. Please review the changes and try again.');
  });

  test('the version is an integer that moves on every write and not on reads', async () => {
    const { checkout, consignment } = await withOneConsignment();
    assert.ok(Number.isInteger(checkout.version));
    assert.equal((await read(client, checkout.id)).version, checkout.version);
    const moved = await put(checkout.id, consignment.id, { address: caAddress });
    assert.equal(moved.body.version, checkout.version + 1);
    assert.equal(moved.body.cart.version, moved.body.version);
    const deleted = await del(checkout.id, consignment.id);
    assert.equal(deleted.body.version, checkout.version + 2);
  });

  test('DELETE removes the consignment and frees its items', async () => {
    const { checkout, consignment, mug } = await withOneConsignment();
    const reply = await del(checkout.id, consignment.id);
    assert.equal(reply.status, 200);
    assert.deepEqual(reply.body.consignments, []);
    const again = await post(checkout.id, [{ address: caAddress, lineItems: [{ itemId: mug.id, quantity: 4 }] }]);
    assert.equal(again.status, 200);
  });

  test('a selected option that disappears after an address change is cleared', async () => {
    const { checkout, consignment } = await withOneConsignment();
    const option = consignment.availableShippingOptions![0]!;
    await put(checkout.id, consignment.id, { shippingOptionId: option.id });
    const moved = await put(checkout.id, consignment.id, { address: brAddress });
    assert.equal(moved.status, 200);
    assert.deepEqual(moved.body.consignments[0]!.availableShippingOptions, []);
    assert.equal(moved.body.consignments[0]!.selectedShippingOption, undefined);
    assert.equal(moved.body.shippingCostTotal, 0);
  });

  test('a selected option still offered after an address change is kept', async () => {
    const { checkout, consignment } = await withOneConsignment();
    const option = consignment.availableShippingOptions!.find((o) => o.description === 'Flat Rate') ?? consignment.availableShippingOptions![0]!;
    await put(checkout.id, consignment.id, { shippingOptionId: option.id });
    const moved = await put(checkout.id, consignment.id, { address: { ...usAddress, address1: '2 Market St' } });
    assert.equal(moved.body.consignments[0]!.selectedShippingOption?.id, option.id);
  });

  test('a product that cannot ship to a country gets no options there', async () => {
    const checkout = await seedCart(client, [{ productId: 111, quantity: 1 }, { productId: 104, quantity: 1 }]);
    const lantern = firstPhysical(checkout, 111);
    const beanie = firstPhysical(checkout, 104);
    const reply = await post(checkout.id, [
      { address: gbAddress, lineItems: [{ itemId: lantern.id, quantity: 1 }] },
      { address: gbAddress, lineItems: [{ itemId: beanie.id, quantity: 1 }] },
    ]);
    assert.equal(reply.status, 200);
    assert.deepEqual(reply.body.consignments[0]!.availableShippingOptions, []);
    assert.ok(reply.body.consignments[1]!.availableShippingOptions!.length > 0);
  });

  test('writing to a consignment with a shipping option in POST selects it when offered', async () => {
    const checkout = await seedCart(client);
    const skillet = firstPhysical(checkout, 105);
    const probe = await post(checkout.id, [{ address: usAddress, lineItems: [{ itemId: skillet.id, quantity: 1 }] }]);
    const option = probe.body.consignments[0]!.availableShippingOptions![0]!;
    await del(checkout.id, probe.body.consignments[0]!.id);
    const reply = await post(checkout.id, [{ address: usAddress, lineItems: [{ itemId: skillet.id, quantity: 1 }], shippingOptionId: option.id }]);
    assert.equal(reply.body.consignments[0]!.selectedShippingOption?.id, option.id);
  });

  test('handling fees show per consignment and in the totals once an option is selected', async () => {
    const checkout = await seedCart(client);
    const skillet = firstPhysical(checkout, 105);
    const created = await post(checkout.id, [{ address: gbAddress, lineItems: [{ itemId: skillet.id, quantity: 1 }] }]);
    const consignment = created.body.consignments[0]!;
    const option = consignment.availableShippingOptions![0]!;
    const selected = await put(checkout.id, consignment.id, { shippingOptionId: option.id });
    const c = selected.body.consignments[0]!;
    assert.equal(c.handlingCost, 4);
    assert.equal(selected.body.handlingCostTotal, 4);
    assert.equal(selected.body.grandTotal, Math.round((selected.body.subtotal + c.shippingCost + 4) * 100) / 100);
  });
});

describe('quotes per consignment', () => {
  /** Shoes ×2 ($238) and a beanie ($28): the cart is over North America's $150 free-shipping minimum. */
  async function shoesAndBeanie() {
    const checkout = await seedCart(client, [{ productId: 103, variantId: 1031, quantity: 2 }, { productId: 104, quantity: 1 }]);
    const shoes = firstPhysical(checkout, 103);
    const beanie = firstPhysical(checkout, 104);
    const reply = await post(checkout.id, [
      { address: usAddress, lineItems: [{ itemId: shoes.id, quantity: 2 }] },
      { address: { ...usAddress, address1: '2 Market St' }, lineItems: [{ itemId: beanie.id, quantity: 1 }] },
    ]);
    assert.equal(reply.status, 200);
    return { checkout: reply.body, shoes, beanie };
  }

  test('free shipping is reached per consignment, not by the cart: only the consignment over the minimum ships free', async () => {
    const { checkout } = await shoesAndBeanie();
    const [over, under] = checkout.consignments;
    assert.deepEqual(over!.availableShippingOptions!.map((o) => [o.description, o.cost, o.isRecommended]), [['Free Shipping', 0, true]]);
    const paid = under!.availableShippingOptions!;
    assert.ok(paid.length > 1);
    assert.equal(paid.some((o) => o.description === 'Free Shipping'), false);
    assert.ok(paid.every((o) => o.cost > 0));
    assert.equal(paid.filter((o) => o.isRecommended).length, 1);
  });

  test('a selected option that disappears after an items change is cleared', async () => {
    const { checkout, shoes } = await shoesAndBeanie();
    const over = checkout.consignments[0]!;
    await put(checkout.id, over.id, { shippingOptionId: over.availableShippingOptions![0]!.id });
    const fewer = await put(checkout.id, over.id, { lineItems: [{ itemId: shoes.id, quantity: 1 }] });
    assert.equal(fewer.status, 200);
    const after = fewer.body.consignments.find((c) => c.id === over.id)!;
    assert.equal(after.selectedShippingOption, undefined, '$119 is under the minimum: Free Shipping is gone');
    assert.equal(after.availableShippingOptions!.some((o) => o.description === 'Free Shipping'), false);
    assert.equal(fewer.body.shippingCostTotal, 0);
  });

  test('a new cart quantity quotes the consignment holding that line again', async () => {
    const { checkout, beanie } = await shoesAndBeanie();
    const under = checkout.consignments[1]!;
    assert.equal(under.availableShippingOptions!.some((o) => o.description === 'Free Shipping'), false);
    // Six beanies ($168) are over the minimum: the line is the same id with a new quantity.
    const more = await client.call<Checkout>('PUT', `/api/storefront/checkouts/${checkout.id}/carts/${checkout.id}/items/${beanie.id}${withOptions}`, { lineItem: { quantity: 6 } });
    assert.equal(more.status, 200);
    const after = more.body.consignments.find((c) => c.id === under.id)!;
    assert.deepEqual(after.lineItemIds, [beanie.id]);
    assert.deepEqual(after.availableShippingOptions!.map((o) => o.description), ['Free Shipping']);
  });

  test('a change of the store\'s shipping configuration shows in the next answer, selections it removed cleared', async () => {
    const { checkout } = await shoesAndBeanie();
    const under = checkout.consignments[1]!;
    await put(checkout.id, under.id, { shippingOptionId: under.availableShippingOptions![0]!.id });
    const { storeHash, managementToken } = client.server.emulator;
    const zone = await client.call('PUT', `/stores/${storeHash}/v2/shipping/zones/1`, { name: 'North America', enabled: false }, { 'X-Auth-Token': managementToken });
    assert.equal(zone.status, 200);
    const after = await read(client, checkout.id);
    for (const c of after.consignments) {
      assert.deepEqual(c.availableShippingOptions, [], 'no zone serves the US any more');
      assert.equal(c.selectedShippingOption, undefined);
    }
  });

  test('a refused POST leaves existing consignments and their selections as they were', async () => {
    const { checkout, shoes } = await shoesAndBeanie();
    for (const c of checkout.consignments) await put(checkout.id, c.id, { shippingOptionId: c.availableShippingOptions![0]!.id });
    const before = await read(client, checkout.id);
    assert.equal(before.consignments.filter((c) => c.selectedShippingOption).length, 2);
    // The first entry alone would move a shoe and drop both selections; the second is refused.
    const reply = await post(checkout.id, [
      { address: caAddress, lineItems: [{ itemId: shoes.id, quantity: 1 }] },
      { address: caAddress, lineItems: [{ itemId: 'no-such-item', quantity: 1 }] },
    ]);
    await assertRefused(reply, before, 422, 'Line item not found', 'no-such-item');
  });
});

describe('splitting line items', () => {
  async function splitOne(setting: 'assigned' | 'remainder' | 'perUnit') {
    const checkout = await seedCart(client);
    await setFaults(client, { splitKeepsId: setting }, checkout.id);
    const mug = firstPhysical(checkout, 101);
    const reply = await post(checkout.id, [{ address: usAddress, lineItems: [{ itemId: mug.id, quantity: 1 }] }]);
    assert.equal(reply.status, 200);
    const mugs = physical(reply.body, 101);
    const assigned = mugs.filter((i) => reply.body.consignments[0]!.lineItemIds.includes(String(i.id)));
    const rest = mugs.filter((i) => !reply.body.consignments[0]!.lineItemIds.includes(String(i.id)));
    assert.equal(mugs.reduce((s, i) => s + i.quantity, 0), 4, 'quantities are kept');
    for (const i of mugs) assert.deepEqual([i.productId, i.variantId, i.sku], [mug.productId, mug.variantId, mug.sku]);
    return { mug, assigned, rest, checkout: reply.body };
  }

  test('splitKeepsId "assigned": the assigned part keeps the old id, the remainder gets a new one', async () => {
    const { mug, assigned, rest } = await splitOne('assigned');
    assert.deepEqual(assigned.map((i) => [i.id, i.quantity]), [[mug.id, 1]]);
    assert.equal(rest.length, 1);
    assert.notEqual(rest[0]!.id, mug.id);
    assert.equal(rest[0]!.quantity, 3);
  });

  test('splitKeepsId "remainder": the remainder keeps the old id, the assigned part gets a new one', async () => {
    const { mug, assigned, rest } = await splitOne('remainder');
    assert.deepEqual(rest.map((i) => [i.id, i.quantity]), [[mug.id, 3]]);
    assert.equal(assigned.length, 1);
    assert.notEqual(assigned[0]!.id, mug.id);
    assert.equal(assigned[0]!.quantity, 1);
  });

  test('splitKeepsId "perUnit": the assigned part becomes one line item per unit, the remainder keeps the id', async () => {
    const checkout = await seedCart(client);
    await setFaults(client, { splitKeepsId: 'perUnit' }, checkout.id);
    const mug = firstPhysical(checkout, 101);
    const reply = await post(checkout.id, [{ address: usAddress, lineItems: [{ itemId: mug.id, quantity: 2 }] }]);
    const mugs = physical(reply.body, 101);
    const held = reply.body.consignments[0]!.lineItemIds;
    const assigned = mugs.filter((i) => held.includes(String(i.id)));
    const rest = mugs.filter((i) => !held.includes(String(i.id)));
    assert.deepEqual(assigned.map((i) => i.quantity), [1, 1]);
    assert.ok(assigned.every((i) => i.id !== mug.id));
    assert.deepEqual(rest.map((i) => [i.id, i.quantity]), [[mug.id, 2]]);
  });

  test('splitKeepsId "perUnit": a whole line moves without splitting', async () => {
    const checkout = await seedCart(client);
    await setFaults(client, { splitKeepsId: 'perUnit' }, checkout.id);
    const mug = firstPhysical(checkout, 101);
    const reply = await post(checkout.id, [{ address: usAddress, lineItems: [{ itemId: mug.id, quantity: 4 }] }]);
    assert.deepEqual(reply.body.consignments[0]!.lineItemIds, [mug.id]);
  });

  for (const setting of ['assigned', 'remainder', 'perUnit'] as const) {
    test(`splitKeepsId "${setting}": assigning the remainder elsewhere completes the split`, async () => {
      const { checkout, rest } = await splitOne(setting);
      const reply = await post(checkout.id, [{ address: caAddress, lineItems: rest.map((i) => ({ itemId: i.id, quantity: i.quantity })) }]);
      assert.equal(reply.status, 200, JSON.stringify(reply.body));
      assert.deepEqual(unitsByConsignment(reply.body, 101), [1, 3]);
    });
  }
});

describe('PUT of line items', () => {
  async function twoItemsInOne(putRemovesItems: boolean) {
    const checkout = await seedCart(client);
    await setFaults(client, { putRemovesItems }, checkout.id);
    const mug = firstPhysical(checkout, 101);
    const skillet = firstPhysical(checkout, 105);
    const reply = await post(checkout.id, [{ address: usAddress, lineItems: [{ itemId: mug.id, quantity: 4 }, { itemId: skillet.id, quantity: 1 }] }]);
    return { checkout: reply.body, mug, skillet, consignment: reply.body.consignments[0]! };
  }

  test('putRemovesItems true: items left out of lineItems leave the consignment', async () => {
    const { checkout, mug, skillet, consignment } = await twoItemsInOne(true);
    const reply = await put(checkout.id, consignment.id, { lineItems: [{ itemId: mug.id, quantity: 4 }] });
    assert.equal(reply.status, 200);
    assert.deepEqual(reply.body.consignments[0]!.lineItemIds, [mug.id]);
    assert.ok(reply.body.cart.lineItems.physicalItems.some((i) => i.id === skillet.id), 'the item stays in the cart');
  });

  test('putRemovesItems true: a lower quantity releases units by splitting the line', async () => {
    const { checkout, mug, consignment } = await twoItemsInOne(true);
    const reply = await put(checkout.id, consignment.id, { lineItems: [{ itemId: mug.id, quantity: 1 }] });
    assert.equal(reply.status, 200);
    assert.deepEqual(unitsByConsignment(reply.body, 101), [1]);
    assert.equal(physical(reply.body, 101).reduce((s, i) => s + i.quantity, 0), 4);
  });

  test('putRemovesItems false: items left out stay, lower quantities are ignored, additions still apply', async () => {
    const { checkout, mug, skillet, consignment } = await twoItemsInOne(false);
    const left = await put(checkout.id, consignment.id, { lineItems: [{ itemId: mug.id, quantity: 1 }] });
    assert.equal(left.status, 200);
    assert.deepEqual(new Set(left.body.consignments[0]!.lineItemIds), new Set([mug.id, skillet.id]));
    assert.deepEqual(unitsByConsignment(left.body, 101), [4]);
  });

  test('putRemovesItems false: a PUT adds free units of another item', async () => {
    const checkout = await seedCart(client);
    await setFaults(client, { putRemovesItems: false }, checkout.id);
    const mug = firstPhysical(checkout, 101);
    const skillet = firstPhysical(checkout, 105);
    const created = await post(checkout.id, [{ address: usAddress, lineItems: [{ itemId: mug.id, quantity: 2 }] }]);
    const reply = await put(checkout.id, created.body.consignments[0]!.id, { lineItems: [{ itemId: skillet.id, quantity: 1 }] });
    assert.equal(reply.status, 200);
    assert.deepEqual(unitsByConsignment(reply.body, 101), [2]);
    assert.deepEqual(unitsByConsignment(reply.body, 105), [1]);
  });

  test('a PUT raises a quantity by naming the split-off line item too; one line item alone cannot give more than it has', async () => {
    const checkout = await seedCart(client);
    const mug = firstPhysical(checkout, 101);
    const created = await post(checkout.id, [{ address: usAddress, lineItems: [{ itemId: mug.id, quantity: 1 }] }]);
    const cid = created.body.consignments[0]!.id;
    const tooMany = await put(checkout.id, cid, { lineItems: [{ itemId: mug.id, quantity: 3 }] });
    await assertRefused(tooMany, created.body, 422, 'Quantity exceeds what the cart has', 'but the cart has 1 of it');
    const other = physical(created.body, 101).find((i) => i.id !== mug.id)!;
    const reply = await put(checkout.id, cid, { lineItems: [{ itemId: mug.id, quantity: 1 }, { itemId: other.id, quantity: 2 }] });
    assert.equal(reply.status, 200);
    assert.deepEqual(unitsByConsignment(reply.body, 101), [3]);
  });

  test('putRemovesItems false: units leave a consignment by moving into a temporary consignment that is then deleted', async () => {
    const checkout = await seedCart(client);
    await setFaults(client, { putRemovesItems: false }, checkout.id);
    const mug = firstPhysical(checkout, 101);
    const created = await post(checkout.id, [{ address: usAddress, lineItems: [{ itemId: mug.id, quantity: 4 }] }]);
    const keep = created.body.consignments[0]!;
    const temporary = await post(checkout.id, [{ address: usAddress, lineItems: [{ itemId: mug.id, quantity: 3 }] }]);
    assert.deepEqual(unitsByConsignment(temporary.body, 101), [1, 3]);
    const deleted = await del(checkout.id, temporary.body.consignments[1]!.id);
    assert.deepEqual(unitsByConsignment(deleted.body, 101), [1]);
    assert.equal(deleted.body.consignments[0]!.id, keep.id);
  });
});

describe('writes and other consignments\' selections', () => {
  async function twoSelected(writesDropSelections: boolean) {
    const checkout = await seedCart(client);
    await setFaults(client, { writesDropSelections }, checkout.id);
    const mug = firstPhysical(checkout, 101);
    const skillet = firstPhysical(checkout, 105);
    const created = await post(checkout.id, [
      { address: usAddress, lineItems: [{ itemId: mug.id, quantity: 4 }] },
      { address: caAddress, lineItems: [{ itemId: skillet.id, quantity: 1 }] },
    ]);
    const [a, b] = created.body.consignments;
    await put(checkout.id, a!.id, { shippingOptionId: a!.availableShippingOptions![0]!.id });
    const selected = await put(checkout.id, b!.id, { shippingOptionId: b!.availableShippingOptions![0]!.id });
    assert.ok(selected.body.consignments.every((c) => c.selectedShippingOption), 'selecting an option never drops another');
    return { checkout: selected.body, a: a!, b: b! };
  }

  test('writesDropSelections true: an address write drops the other consignment\'s selection', async () => {
    const { checkout, a } = await twoSelected(true);
    const reply = await put(checkout.id, a.id, { address: { ...usAddress, address1: '9 Elm St' } });
    assert.ok(reply.body.consignments[0]!.selectedShippingOption, 'the written consignment keeps an option still offered');
    assert.equal(reply.body.consignments[1]!.selectedShippingOption, undefined);
  });

  test('writesDropSelections true: a POST drops the existing consignments\' selections', async () => {
    const checkout = await seedCart(client, [{ productId: 104, quantity: 1 }, { productId: 108, quantity: 1 }]);
    const [beanie, notebook] = [firstPhysical(checkout, 104), firstPhysical(checkout, 108)];
    const created = await post(checkout.id, [{ address: usAddress, lineItems: [{ itemId: beanie.id, quantity: 1 }] }]);
    const c = created.body.consignments[0]!;
    await put(checkout.id, c.id, { shippingOptionId: c.availableShippingOptions![0]!.id });
    const reply = await post(checkout.id, [{ address: caAddress, lineItems: [{ itemId: notebook.id, quantity: 1 }] }]);
    assert.equal(reply.body.consignments[0]!.selectedShippingOption, undefined);
  });

  test('writesDropSelections false: other consignments keep their selections', async () => {
    const { checkout, a } = await twoSelected(false);
    const reply = await put(checkout.id, a.id, { address: { ...usAddress, address1: '9 Elm St' } });
    assert.ok(reply.body.consignments.every((c) => c.selectedShippingOption));
  });

  test('writesDropSelections true: a DELETE drops the remaining consignments\' selections', async () => {
    const { checkout, a } = await twoSelected(true);
    const reply = await del(checkout.id, a.id);
    assert.equal(reply.body.consignments.length, 1);
    assert.equal(reply.body.consignments[0]!.selectedShippingOption, undefined);
  });

  test('writesDropSelections false: a DELETE leaves the other selections alone', async () => {
    const { checkout, a } = await twoSelected(false);
    const reply = await del(checkout.id, a.id);
    assert.ok(reply.body.consignments[0]!.selectedShippingOption);
  });
});

describe('addresses', () => {
  test('the address is stored whole: country name and state filled in, custom fields kept (a number in a text field answered as a string), email kept', async () => {
    const checkout = await seedCart(client);
    const reply = await post(checkout.id, [{
      address: { countryCode: 'us', stateOrProvince: 'Texas', postalCode: '78751', email: 'jane@example.com', customFields: [{ fieldId: 'field_25', fieldValue: 'Leave in backyard' }, { fieldId: 'field_26', fieldValue: 3 }] },
      lineItems: [{ itemId: firstPhysical(checkout, 105).id, quantity: 1 }],
    }]);
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    const address = reply.body.consignments[0]!.address as typeof reply.body.consignments[0]['address'] & { email?: string };
    assert.equal(address.countryCode, 'US');
    assert.equal(address.country, 'United States');
    assert.equal(address.stateOrProvinceCode, 'TX');
    assert.equal(address.stateOrProvince, 'Texas');
    assert.equal(address.firstName, '');
    assert.equal(address.email, 'jane@example.com');
    assert.deepEqual(address.customFields, [{ fieldId: 'field_25', fieldValue: 'Leave in backyard' }, { fieldId: 'field_26', fieldValue: '3' }]);
  });

  test('an unknown country code is refused with 422', async () => {
    const checkout = await seedCart(client);
    const reply = await post(checkout.id, [{ address: { countryCode: 'XX' }, lineItems: [{ itemId: firstPhysical(checkout, 105).id, quantity: 1 }] }]);
    await assertRefused(reply, checkout, 422, 'Unknown country', '"XX"');
  });
});
