import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createCatalog } from '../../src/emulator/catalog.js';
import { checkoutJson, checkoutView } from '../../src/emulator/checkout-view.js';
import { Checkouts } from '../../src/emulator/checkouts.js';
import { defaultFaults } from '../../src/emulator/faults.js';
import { createShippingStore } from '../../src/emulator/shipping/index.js';
import { usAddress } from './helpers.js';

const includes = [
  [],
  ['consignments.availableShippingOptions'],
  ['consignments.availableShippingOptions', 'cart.lineItems.physicalItems.options', 'cart.lineItems.digitalItems.options'],
  ['cart.lineItems.physicalItems.categoryNames', 'cart.lineItems.digitalItems.stockPosition', 'cart.lineItems.physicalItems.stockPosition', 'promotions.banners', 'payments'],
];

test('checkoutJson writes the bytes JSON.stringify(checkoutView(…)) writes, before and after cart and consignment writes, whatever the includes', () => {
  const checkouts = new Checkouts(createCatalog(), createShippingStore());
  const record = checkouts.createCart({
    lineItems: [
      { productId: 101, variantId: 1011, quantity: 4 },
      { productId: 105, quantity: 2 },
      { productId: 115, quantity: 1 },
    ],
    customItems: [{ sku: 'ENGRAVE', name: 'Engraving "Ünïcode" ✓', quantity: 1, listPrice: 10 }],
    giftCertificates: [{ name: 'Gift', theme: 'General', amount: 50, quantity: 1, sender: { name: 'A', email: 'a@example.com' }, recipient: { name: 'B', email: 'b@example.com' } }],
  });
  const same = (id: string) => {
    const current = checkouts.find(id)!;
    for (const list of includes) {
      const include = new Set(list);
      assert.equal(checkoutJson(checkouts, current, include).bytes.toString('utf8'), JSON.stringify(checkoutView(checkouts, current, include)), list.join(','));
    }
  };
  same(record.id);
  // A cart change after the first line: the line list is the same up to that line.
  const [mug, skillet] = record.lines;
  checkouts.updateCartItem(record.id, skillet!.id, { lineItem: { quantity: 3 } });
  same(record.id);
  const rules = { ...defaultFaults };
  const split = checkouts.createConsignments(
    record.id,
    [
      { address: usAddress, lineItems: [{ itemId: mug!.id, quantity: 1 }] },
      { address: { ...usAddress, firstName: 'Bo' }, lineItems: [{ itemId: mug!.id, quantity: 2 }, { itemId: skillet!.id, quantity: 2 }] },
    ],
    rules,
  );
  same(split.id);
  const consignment = checkouts.find(record.id)!.consignments[0]!;
  const option = checkouts.options(checkouts.find(record.id)!, consignment)[0]!;
  checkouts.updateConsignment(record.id, consignment.id, { shippingOptionId: option.id }, rules);
  same(record.id);
});
