import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addressMatches,
  customItemKey,
  derive,
  physicalItemKey,
  reconcile,
  shippableItems,
  validateAddress,
  type CheckoutTruth,
} from '../../src/core/index.js';

const options = [
  { nameId: 1, valueId: 11, name: 'Color', value: 'Black' },
  { nameId: 3, valueId: 31, name: 'Size', value: '8' },
];

test('item keys ignore the order of options and tell text options apart by value', () => {
  assert.equal(physicalItemKey(103, 1031, options), physicalItemKey(103, 1031, [...options].reverse()));
  assert.notEqual(physicalItemKey(103, 1031, options), physicalItemKey(103, 1032, options));
  const engraved = (value: string) => [{ nameId: 9, valueId: null, value }];
  assert.notEqual(physicalItemKey(1, 1, engraved('Ada')), physicalItemKey(1, 1, engraved('Grace')));
});

const truth = (consignments: CheckoutTruth['consignments'] = []): CheckoutTruth => ({
  id: 'chk',
  cart: {
    lineItems: {
      physicalItems: [
        { id: 'a', productId: 1, variantId: 10, quantity: 2 },
        { id: 'a2', productId: 1, variantId: 10, quantity: 1 },
        { id: 'b', productId: 2, variantId: 20, quantity: 1, isShippingRequired: false },
      ],
      digitalItems: [{ id: 'd', productId: 3, variantId: 30, quantity: 1 }],
      customItems: [{ id: 'c', sku: 'ENGRAVE', name: 'Engraving plate', quantity: 2 }],
      giftCertificates: [{ id: 'g' }],
    },
  },
  consignments,
});

test('digital items, gift certificates and items that need no shipping never ship; custom items do', () => {
  const items = shippableItems(truth());
  assert.deepEqual([...items.keys()], [physicalItemKey(1, 10), customItemKey('ENGRAVE', 'Engraving plate')]);
  // Two line items of one key (a split line) are one item to the shopper.
  assert.equal(items.get(physicalItemKey(1, 10))!.quantity, 3);
});

test('derive counts units allocated and left per item and completeness from the checkout', () => {
  const us = { countryCode: 'US', city: 'Austin' };
  const option = { id: 'std', isRecommended: true };
  const checkout = truth([
    { id: 'c1', address: us, lineItemIds: ['a', 'c'], availableShippingOptions: [option], selectedShippingOption: option },
  ]);
  const intent = { destinations: [{ id: 'home', address: us, items: { [physicalItemKey(1, 10)]: 2, [customItemKey('ENGRAVE', 'Engraving plate')]: 2 } }] };
  const derived = derive(checkout, intent, { home: 'c1' });
  assert.deepEqual(
    derived.items.map((a) => [a.allocated, a.left]),
    [
      [2, 1],
      [2, 0],
    ],
  );
  assert.equal(derived.unallocated, 1);
  assert.equal(derived.destinations[0]!.inSync, true);
  assert.equal(derived.complete, false, 'one unit of the first item is in no consignment');
});

test('a stored address matches what the shopper typed, whatever the blanks around it, the case of its codes and the fields the API fills', () => {
  assert.ok(addressMatches({ countryCode: 'US', city: 'Austin ', stateOrProvince: 'Texas', stateOrProvinceCode: 'TX' }, { countryCode: 'us', city: 'Austin', stateOrProvinceCode: 'tx' }));
  assert.ok(!addressMatches({ countryCode: 'US', city: 'AUSTIN' }, { countryCode: 'US', city: 'Austin' }), 'a change of case is a change the shopper made');
  assert.ok(
    !addressMatches(
      { countryCode: 'US', customFields: [{ fieldId: 'field_26', fieldValue: 'happy birthday' }] },
      { countryCode: 'US', customFields: [{ fieldId: 'field_26', fieldValue: 'Happy Birthday' }] },
    ),
    'a gift message whose case changed is sent again',
  );
  assert.ok(!addressMatches({ countryCode: 'US', city: 'Austin', address2: 'Apt 4' }, { countryCode: 'US', city: 'Austin', address2: '' }));
});

test('an address is checked against the store form fields', () => {
  const fields = [
    { name: 'firstName', custom: false, required: true },
    { name: 'stateOrProvinceCode', custom: false, required: true, options: { items: [{ value: 'TX' }, { value: 'WA' }] } },
    { name: 'address1', custom: false, required: true, maxLength: 10 },
    { name: 'field_25', custom: true, required: true },
  ];
  assert.deepEqual(validateAddress({ countryCode: 'US', firstName: 'Ada', stateOrProvinceCode: 'ZZ', address1: '500 Congress Avenue' }, fields), [
    { field: 'stateOrProvinceCode', reason: 'not-an-option' },
    { field: 'address1', reason: 'too-long' },
    { field: 'field_25', reason: 'required' },
  ]);
  assert.deepEqual(
    validateAddress({ countryCode: 'US', firstName: 'Ada', stateOrProvinceCode: 'tx', address1: '500 Main', customFields: [{ fieldId: 'field_25', fieldValue: 'Leave at door' }] }, fields),
    [],
  );
  assert.deepEqual(validateAddress({ countryCode: '' }, []), [{ field: 'countryCode', reason: 'required' }]);
});

test("the store's number, date and list fields are checked like the store checks them", () => {
  const fields = [
    { name: 'floor', custom: true, required: false, fieldType: 'text', type: 'integer', min: 0, max: 200 },
    { name: 'day', custom: true, required: false, fieldType: 'date', type: 'date', min: '2026-01-01', max: '2030-12-31' },
    { name: 'prefs', custom: true, required: false, fieldType: 'checkbox', type: 'array', options: { items: [{ value: 'call' }, { value: 'nosig' }] } },
    { name: 'place', custom: true, required: false, fieldType: 'dropdown', options: { items: [{ value: 'front' }, { value: 'back' }] } },
  ];
  const problems = (values: Record<string, string | number | string[]>) =>
    validateAddress({ countryCode: 'US', customFields: Object.entries(values).map(([fieldId, fieldValue]) => ({ fieldId, fieldValue })) }, fields);
  assert.deepEqual(problems({ floor: 3, day: '2027-02-28', prefs: ['call', 'nosig'], place: 'back' }), []);
  assert.deepEqual(problems({ floor: '2.5' }), [{ field: 'floor', reason: 'not-a-number' }]);
  assert.deepEqual(problems({ floor: -1 }), [{ field: 'floor', reason: 'too-small' }]);
  assert.deepEqual(problems({ floor: 201 }), [{ field: 'floor', reason: 'too-large' }]);
  assert.deepEqual(problems({ day: '2027-02-30' }), [{ field: 'day', reason: 'not-a-date' }]);
  assert.deepEqual(problems({ day: '2025-12-31' }), [{ field: 'day', reason: 'too-small' }]);
  assert.deepEqual(problems({ day: '2031-01-01' }), [{ field: 'day', reason: 'too-large' }]);
  assert.deepEqual(problems({ prefs: ['call', 'fax'] }), [{ field: 'prefs', reason: 'not-an-option' }]);
  assert.deepEqual(problems({ place: 'roof' }), [{ field: 'place', reason: 'not-an-option' }]);
});

test('a maximum length counts characters as the shopper sees them, not UTF-16 units', () => {
  const fields = [{ name: 'city', custom: false, required: false, maxLength: 3 }];
  assert.deepEqual(validateAddress({ countryCode: 'US', city: '😀😀😀' }, fields), []);
  assert.deepEqual(validateAddress({ countryCode: 'US', city: '😀😀😀😀' }, fields), [{ field: 'city', reason: 'too-long' }]);
});

test('reconcile adopts a consignment made elsewhere and gives it the units it holds', () => {
  const us = { countryCode: 'US', city: 'Austin' };
  const checkout = truth([
    { id: 'c1', address: us, lineItemIds: ['a'] },
    { id: 'elsewhere', address: { countryCode: 'US', city: 'Denver' }, lineItemIds: ['a2'] },
  ]);
  const key = physicalItemKey(1, 10);
  const stored = { destinations: [{ id: 'home', address: us, items: { [key]: 3 } }] };
  const result = reconcile(checkout, stored, { home: 'c1' });
  assert.deepEqual(result.adopted, ['adopted-elsewhere']);
  assert.equal(result.links['adopted-elsewhere'], 'elsewhere');
  assert.equal(result.intent.destinations[1]!.items[key], 1);
  // The cart holds 3: the stored destination gives up the unit the other tab took.
  assert.equal(result.intent.destinations[0]!.items[key], 2);
});

test('reconcile links a consignment that is exactly an unlinked destination instead of adopting it', () => {
  const us = { countryCode: 'US', city: 'Austin' };
  const checkout = truth([{ id: 'lost-answer', address: us, lineItemIds: ['a'] }]);
  const result = reconcile(checkout, { destinations: [{ id: 'home', address: us, items: { [physicalItemKey(1, 10)]: 2 } }] }, {});
  assert.deepEqual(result.adopted, []);
  assert.equal(result.links.home, 'lost-answer');
});
