// `node --import tsx bench/core-micro.ts [variants] [destinations]`: plan() and derive() after a split
// of the seeded catalog's variants (at most 32) to K places (default 32 x 30: 960 line items), each
// time on a new answer that keeps the line item objects, as the engine meets them after each write.
import { createCatalog } from '../src/emulator/catalog.js';
import { checkoutView } from '../src/emulator/checkout-view.js';
import { Checkouts } from '../src/emulator/checkouts.js';
import { defaultFaults } from '../src/emulator/faults.js';
import { createShippingStore } from '../src/emulator/shipping/index.js';
import { derive, plan, shippableItems, type CheckoutTruth, type Intent } from '../src/core/index.js';

const [items = 32, destinations = 30] = process.argv.slice(2).map(Number);
const catalog = createCatalog();
const checkouts = new Checkouts(catalog, createShippingStore());
const variants = catalog.products.filter((p) => p.type === 'physical' && !p.cannotShipTo?.includes('US')).flatMap((p) => p.variants.map((v) => ({ productId: p.id, variantId: v.id })));
const distinct = variants.slice(0, Math.min(items, variants.length));
const record = checkouts.createCart({ lineItems: distinct.map((v) => ({ ...v, quantity: destinations })) });
const address = (i: number) => ({ firstName: 'S', lastName: `N${i}`, address1: `${100 + i} Congress Ave`, city: 'Austin', stateOrProvinceCode: 'TX', countryCode: 'US', postalCode: '78701' });
checkouts.createConsignments(record.id, Array.from({ length: destinations }, (_, i) => ({ address: address(i), lineItems: record.lines.map((l) => ({ itemId: l.id, quantity: 1 })) })), { ...defaultFaults });
const include = new Set(['consignments.availableShippingOptions', 'cart.lineItems.physicalItems.options']);
const truth = JSON.parse(JSON.stringify(checkoutView(checkouts, checkouts.find(record.id)!, include))) as CheckoutTruth;
const share = Object.fromEntries([...shippableItems(truth).values()].map((i) => [i.key, i.quantity / destinations]));
const intent: Intent = { destinations: Array.from({ length: destinations }, (_, i) => ({ id: `d${i}`, address: address(i), items: share })) };
const links = Object.fromEntries(truth.consignments.map((c, i) => [`d${i}`, c.id]));
const time = (label: string, f: (t: CheckoutTruth) => unknown) => {
  const ms: number[] = [];
  for (let i = 0; i < 60; i++) {
    // A new answer: new checkout and consignments, the same line item objects (the SDK keeps them).
    const t = { ...truth, consignments: truth.consignments.map((c) => ({ ...c })) };
    const s = performance.now();
    f(t);
    ms.push(performance.now() - s);
  }
  ms.sort((a, b) => a - b);
  console.log(`${label}: median ${ms[30]!.toFixed(2)} ms, best ${ms[0]!.toFixed(2)} ms`);
};
console.log(`${truth.cart.lineItems.physicalItems.length} lines, ${truth.consignments.length} consignments; first plan: ${plan(truth, intent, links).map((w) => w.kind).join(',').slice(0, 60)}`);
time('plan', (t) => plan(t, intent, links));
time('derive', (t) => derive(t, intent, links));
time('plan + derive', (t) => (plan(t, intent, links), derive(t, intent, links)));
