// The seeded store's custom shipping address fields: their definitions as form-fields answers them,
// their values on consignment addresses, and the order shipping address that carries them.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Checkout } from '../../src/emulator/sdk-types.js';
import { firstPhysical, gbAddress, read, seedCart, usAddress, useEmulator, withOptions } from './helpers.js';

const client = useEmulator();
const post = (id: string, body: unknown) => client.call<Checkout>('POST', `/api/storefront/checkouts/${id}/consignments${withOptions}`, body);
const put = (id: string, cid: string, body: unknown) => client.call<Checkout>('PUT', `/api/storefront/checkouts/${id}/consignments/${cid}${withOptions}`, body);

const items = (...labels: string[]) => labels.map((label, index) => ({ value: String(index), label }));

/** What the widget author can rely on: every custom shipping field, exactly. */
const expectedCustomFields = [
  { id: 'field_25', name: 'field_25', custom: true, label: 'Delivery instructions', required: false, default: '', fieldType: 'multiline', type: 'string', maxLength: 200, options: { rows: 3 } },
  { id: 'field_26', name: 'field_26', custom: true, label: 'Gift message', required: false, default: '', fieldType: 'text', type: 'string', maxLength: 500 },
  { id: 'field_27', name: 'field_27', custom: true, label: 'Delivery date', required: false, default: '', fieldType: 'date', type: 'date', min: '2026-01-01', max: '2030-12-31', inputDateFormat: 'MM/dd/yyyy' },
  { id: 'field_28', name: 'field_28', custom: true, label: 'Apartment floor', required: false, fieldType: 'text', type: 'integer', min: 0, max: 200 },
  {
    id: 'field_29', name: 'field_29', custom: true, label: 'Leave parcel at', required: false, default: '', fieldType: 'dropdown', type: 'array', itemtype: 'string',
    options: { helperLabel: 'Choose a place', items: items('Front door', 'Back door', 'Reception', 'Neighbour') },
  },
  {
    id: 'field_30', name: 'field_30', custom: true, label: 'Delivery preferences', required: false, default: '', fieldType: 'checkbox', type: 'array', itemtype: 'string',
    options: { items: items('Call before delivery', 'No signature required', 'Leave out of sight') },
  },
  {
    id: 'field_31', name: 'field_31', custom: true, label: 'Address type', required: false, default: '', fieldType: 'radio', type: 'array', itemtype: 'string',
    options: { items: items('Residential', 'Commercial') },
  },
];

/** Exactly 500 UTF-16 code units (what maxLength counts in a browser): emoji, a ZWJ family, combining accents, CJK. */
const giftMessage = (() => {
  const piece = 'Happy birthday 🎉 Zoë and Rene\u0301e 👩‍👩‍👧 — 誕生日おめでとう! ';
  let text = '';
  while (text.length + piece.length <= 500) text += piece;
  return text + 'x'.repeat(500 - text.length);
})();

const markup = '<img src=x onerror=alert(1)> & "quotes" </textarea><script>alert(2)</script>';

/** One value of every kind, as checkout-js sends them: dates 'YYYY-MM-DD', a number for the integer, item values for lists. */
const everyKind = [
  { fieldId: 'field_25', fieldValue: 'Ring twice,\nthen knock.\r\nThanks!' },
  { fieldId: 'field_26', fieldValue: giftMessage },
  { fieldId: 'field_27', fieldValue: '2026-12-24' },
  { fieldId: 'field_28', fieldValue: 12 },
  { fieldId: 'field_29', fieldValue: '2' },
  { fieldId: 'field_30', fieldValue: ['0', '2'] },
  { fieldId: 'field_31', fieldValue: '1' },
];

async function saveWith(customFields: unknown[], address: Record<string, unknown> = usAddress): Promise<{ checkout: Checkout; reply: Awaited<ReturnType<typeof post>> }> {
  const checkout = await seedCart(client);
  const reply = await post(checkout.id, [{ address: { ...address, customFields }, lineItems: [{ itemId: firstPhysical(checkout, 105).id, quantity: 1 }] }]);
  return { checkout, reply };
}

describe('custom shipping address fields', () => {
  test('form-fields lists one custom shipping field of every kind, each in the shape BigCommerce sends', async () => {
    const reply = await client.call('GET', '/api/storefront/form-fields');
    assert.equal(reply.status, 200);
    const custom = reply.body.shippingAddress.filter((f: { custom: boolean }) => f.custom);
    assert.deepEqual(custom, expectedCustomFields);
    assert.deepEqual(new Set(custom.map((f: { fieldType: string }) => f.fieldType)), new Set(['multiline', 'text', 'date', 'dropdown', 'checkbox', 'radio']));
    assert.ok(custom.every((f: { required: boolean }) => !f.required), 'every custom field is optional');
    // The checkout-settings body carries the same form fields (the SDK's StoreConfig.formFields).
    const settings = await client.call('GET', '/api/storefront/checkout-settings');
    assert.deepEqual(settings.body.storeConfig.formFields.shippingAddress, reply.body.shippingAddress);
    assert.equal(reply.body.billingAddress.some((f: { custom: boolean }) => f.custom), false);
  });

  test('a consignment saved with every kind of custom field answers each value back unchanged', async () => {
    const { checkout, reply } = await saveWith(everyKind);
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    assert.deepEqual(reply.body.consignments[0]!.address.customFields, everyKind);
    assert.deepEqual(reply.body.consignments[0]!.shippingAddress.customFields, everyKind);
    assert.deepEqual((await read(client, checkout.id)).consignments[0]!.address.customFields, everyKind);
  });

  test('the 500-character gift message keeps its emoji, ZWJ sequences and combining accents as sent (not normalized)', async () => {
    assert.equal(giftMessage.length, 500);
    assert.notEqual(giftMessage.normalize('NFC'), giftMessage, 'the message has decomposed characters');
    const { reply } = await saveWith([{ fieldId: 'field_26', fieldValue: giftMessage }]);
    const stored = reply.body.consignments[0]!.address.customFields[0]!.fieldValue as string;
    assert.equal(stored, giftMessage);
    assert.equal(stored.length, 500);
    assert.deepEqual([...stored], [...giftMessage]);
  });

  test('markup in a text field is stored and answered as plain text, not escaped or stripped', async () => {
    const { reply } = await saveWith([{ fieldId: 'field_26', fieldValue: markup }, { fieldId: 'field_25', fieldValue: markup }]);
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    assert.deepEqual(reply.body.consignments[0]!.address.customFields.map((f) => f.fieldValue), [markup, markup]);
  });

  test('a PUT replaces the custom fields: a checkbox set emptied to [], the integer changed, a field left out is gone', async () => {
    const { checkout, reply } = await saveWith(everyKind);
    const id = reply.body.consignments[0]!.id;
    const next = [
      { fieldId: 'field_28', fieldValue: 0 },
      { fieldId: 'field_30', fieldValue: [] },
      { fieldId: 'field_27', fieldValue: '' },
    ];
    const updated = await put(checkout.id, id, { address: { ...usAddress, customFields: next } });
    assert.equal(updated.status, 200, JSON.stringify(updated.body));
    assert.deepEqual(updated.body.consignments[0]!.address.customFields, next);
    // An address PUT without customFields keeps none (the address is replaced whole).
    const plain = await put(checkout.id, id, { address: usAddress });
    assert.deepEqual(plain.body.consignments[0]!.address.customFields, []);
  });

  test('a pick list value sent as a number is answered as a string, as the spec notes; an integer stays a number', async () => {
    const { reply } = await saveWith([
      { fieldId: 'field_29', fieldValue: 3 },
      { fieldId: 'field_31', fieldValue: 0 },
      { fieldId: 'field_30', fieldValue: [1, 2] },
      { fieldId: 'field_28', fieldValue: 200 },
      { fieldId: 'field_26', fieldValue: 42 },
      { fieldId: 'field_99', fieldValue: 7 },
    ]);
    assert.deepEqual(reply.body.consignments[0]!.address.customFields, [
      { fieldId: 'field_29', fieldValue: '3' },
      { fieldId: 'field_31', fieldValue: '0' },
      { fieldId: 'field_30', fieldValue: ['1', '2'] },
      { fieldId: 'field_28', fieldValue: 200 },
      { fieldId: 'field_26', fieldValue: '42' },
      { fieldId: 'field_99', fieldValue: '7' },
    ]);
  });

  test('a custom field value that is an object, or an entry without fieldId, is refused with 400 and changes nothing', async () => {
    const checkout = await seedCart(client);
    const itemId = firstPhysical(checkout, 105).id;
    for (const customFields of [[{ fieldId: 'field_26', fieldValue: { text: 'hi' } }], [{ fieldValue: 'hi' }], ['field_26']]) {
      const reply = await client.call('POST', `/api/storefront/checkouts/${checkout.id}/consignments${withOptions}`, [{ address: { ...usAddress, customFields }, lineItems: [{ itemId, quantity: 1 }] }]);
      assert.equal(reply.status, 400, JSON.stringify(reply.body));
      assert.match(reply.body.detail, /customFields\[0\]/);
    }
    assert.deepEqual(await read(client, checkout.id), checkout);
  });
});

describe('custom shipping fields on the placed order', () => {
  test('each order shipping address carries its consignment\'s values in form_fields, named by label, lists as item labels', async () => {
    const checkout = await seedCart(client);
    const mug = firstPhysical(checkout, 101);
    const skillet = firstPhysical(checkout, 105);
    const created = await post(checkout.id, [
      { address: { ...usAddress, customFields: everyKind }, lineItems: [{ itemId: mug.id, quantity: 4 }] },
      { address: { ...gbAddress, customFields: [{ fieldId: 'field_30', fieldValue: [] }, { fieldId: 'field_28', fieldValue: '7' }, { fieldId: 'field_99', fieldValue: 'kept' }] }, lineItems: [{ itemId: skillet.id, quantity: 1 }] },
    ]);
    assert.equal(created.status, 200, JSON.stringify(created.body));
    let current = created.body;
    for (let round = 0; round < 3 && current.consignments.some((c) => !c.selectedShippingOption); round++) {
      for (const consignment of current.consignments.filter((c) => !c.selectedShippingOption)) {
        const option = consignment.availableShippingOptions!.find((o) => o.isRecommended)!;
        current = (await put(checkout.id, consignment.id, { shippingOptionId: option.id })).body;
      }
    }
    const order = await client.call('POST', '/__emulator/orders', { checkoutId: checkout.id });
    assert.equal(order.status, 201, JSON.stringify(order.body));

    const addresses = (await client.call('GET', `/stores/${client.server.emulator.storeHash}/v2/orders/${order.body.id}/shipping_addresses`, undefined, {
      'X-Auth-Token': client.server.emulator.managementToken,
    })).body as Array<{ city: string; form_fields: unknown }>;
    assert.deepEqual(addresses.map((a) => a.city), ['San Francisco', 'London']);
    assert.deepEqual(addresses[0]!.form_fields, [
      { name: 'Delivery instructions', value: 'Ring twice,\nthen knock.\r\nThanks!' },
      { name: 'Gift message', value: giftMessage },
      { name: 'Delivery date', value: '2026-12-24' },
      { name: 'Apartment floor', value: 12 },
      { name: 'Leave parcel at', value: 'Reception' },
      { name: 'Delivery preferences', value: ['Call before delivery', 'Leave out of sight'] },
      { name: 'Address type', value: 'Commercial' },
    ]);
    // An empty checkbox set stays an empty list, an integer sent as digits becomes a number, a
    // field the store does not define keeps its id as name.
    assert.deepEqual(addresses[1]!.form_fields, [
      { name: 'Delivery preferences', value: [] },
      { name: 'Apartment floor', value: 7 },
      { name: 'field_99', value: 'kept' },
    ]);
  });
});
