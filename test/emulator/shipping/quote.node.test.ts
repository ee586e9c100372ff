import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import type { QuoteDestination, QuoteItem } from '../../../src/emulator/shipping/contract.js';
import { createShippingStore, type MethodData, type ShippingStore, type ZoneData } from '../../../src/emulator/shipping/index.js';

const NEW_YORK: QuoteDestination = { countryCode: 'US', stateOrProvinceCode: 'NY', postalCode: '10001', city: 'New York' };
const TORONTO: QuoteDestination = { countryCode: 'CA', stateOrProvinceCode: 'ON', postalCode: 'M5V 2T6' };
const LONDON: QuoteDestination = { countryCode: 'GB', postalCode: 'SW1A 1AA' };
const SAO_PAULO: QuoteDestination = { countryCode: 'BR', postalCode: '01310-100' };

const item = (overrides: Partial<QuoteItem> = {}): QuoteItem => ({
  productId: 1,
  sku: 'MUG',
  quantity: 2,
  weight: 1.5,
  unitPrice: 20,
  ...overrides,
});

const zoneData = (overrides: Partial<ZoneData> = {}): ZoneData => ({
  name: 'Brazil',
  type: 'country',
  locations: [{ id: 0, country_iso2: 'BR' }],
  free_shipping: { enabled: false, minimum_sub_total: '0.0000', exclude_fixed_shipping_products: false },
  handling_fees: { fixed_surcharge: '0', display_separately: true },
  enabled: true,
  ...overrides,
});

const methodData = (overrides: Partial<MethodData>): MethodData => ({
  name: 'Method',
  type: 'perorder',
  settings: { rate: 1 },
  enabled: true,
  handling_fees: { fixed_surcharge: 0 },
  is_fallback: false,
  channel_ids: [1],
  ...overrides,
});

const costs = (store: ShippingStore, destination: QuoteDestination, items: QuoteItem[]): Record<string, number> =>
  Object.fromEntries(store.quote(destination, items).map((q) => [q.description, q.cost]));

describe('seeded store', () => {
  let store: ShippingStore;
  beforeEach(() => {
    store = createShippingStore();
  });

  it('quotes flat rate, ship by weight, express and connected USPS services to a US destination', () => {
    assert.deepEqual(costs(store, NEW_YORK, [item()]), {
      'Flat Rate': 9.95,
      'Ship by Weight': 11,
      Express: 29.95,
      'USPS (Priority Mail Express)': 31.3,
      'USPS (Priority Mail)': 13.65,
    });
  });

  it('gives carrier options a transit time and store methods none', () => {
    const quotes = store.quote(NEW_YORK, [item()]);
    assert.equal(quotes.find((q) => q.description === 'USPS (Priority Mail)')?.transitTime, '3 business days');
    assert.equal(quotes.find((q) => q.description === 'Flat Rate')?.transitTime, '');
    assert.equal(quotes.find((q) => q.description === 'USPS (Priority Mail)')?.type, 'shipping_endicia');
    assert.equal(quotes.find((q) => q.description === 'Ship by Weight')?.type, 'shipping_byweight');
  });

  it('offers USPS international services, not domestic ones, to Canada', () => {
    const descriptions = store.quote(TORONTO, [item()]).map((q) => q.description);
    assert.ok(descriptions.includes('USPS (Priority Mail International)'));
    assert.ok(!descriptions.includes('USPS (Priority Mail)'));
  });

  it('quotes Rest of World methods with its handling fee shown apart', () => {
    assert.deepEqual(costs(store, LONDON, [item()]), { 'International Flat Rate': 24.95, 'International by Weight': 18 });
    assert.equal(store.handlingFee(LONDON, [item()]), 4);
    assert.equal(store.handlingFee(NEW_YORK, [item()]), 0);
  });

  it('gives no rates at all to a country no zone lists', () => {
    assert.deepEqual(store.quote(SAO_PAULO, [item()]), []);
    assert.equal(store.handlingFee(SAO_PAULO, [item()]), 0);
  });

  it('drops a weight method whose ranges miss the parcel and that has no default cost', () => {
    assert.deepEqual(Object.keys(costs(store, LONDON, [item({ weight: 30, quantity: 1 })])), ['International Flat Rate']);
  });

  it('starts with FedEx disconnected and its method disabled, Endicia connected', () => {
    assert.equal(store.connectionStatus('fedex'), 'disconnected');
    assert.equal(store.connectionStatus('endicia'), 'connected');
    assert.equal(store.method(1, 5)?.enabled, false);
  });

  it('reset() brings back the seeded configuration and connections', () => {
    store.deleteZone(1);
    store.connectCarrier('fedex', { key: 'k', password: 'p', account_number: 'a', meter_number: 'm' });
    store.disconnectCarrier('endicia');
    store.reset();
    assert.deepEqual(store.zones().map((z) => z.name), ['North America', 'Rest of World']);
    assert.equal(store.connectionStatus('fedex'), 'disconnected');
    assert.equal(store.connectionStatus('endicia'), 'connected');
    assert.equal(Object.keys(costs(store, NEW_YORK, [item()])).length, 5);
  });

  it('version() moves with every change of the configuration, never with a quote', () => {
    const seen = [store.version()];
    const moved = () => {
      const now = store.version();
      assert.ok(!seen.includes(now), `the version stayed ${now}`);
      seen.push(now);
    };
    store.quote(NEW_YORK, [item()]);
    store.handlingFee(LONDON, [item()]);
    store.zones();
    assert.equal(store.version(), seen[0]);
    const zone = store.createZone(zoneData());
    moved();
    store.replaceZone(zone.id, zoneData({ enabled: false }));
    moved();
    const method = store.createMethod(zone.id, methodData({}))!;
    moved();
    store.replaceMethod(zone.id, method.id, methodData({ settings: { rate: 2 } }));
    moved();
    store.deleteMethod(zone.id, method.id);
    moved();
    store.deleteZone(zone.id);
    moved();
    store.connectCarrier('fedex', { key: 'k', password: 'p', account_number: 'a', meter_number: 'm' });
    moved();
    store.disconnectCarrier('fedex');
    moved();
    store.reset();
    moved();
  });
});

describe('free shipping per zone', () => {
  let store: ShippingStore;
  beforeEach(() => {
    store = createShippingStore();
  });

  it('replaces every other option once the consignment reaches the minimum subtotal', () => {
    const quotes = store.quote(NEW_YORK, [item({ unitPrice: 75, quantity: 2 })]);
    assert.deepEqual(quotes.map((q) => [q.description, q.cost, q.type]), [['Free Shipping', 0, 'shipping_free']]);
  });

  it('does not apply just under the minimum', () => {
    assert.equal(costs(store, NEW_YORK, [item({ unitPrice: 74.995, quantity: 2 })])['Free Shipping'], undefined);
  });

  it('leaves fixed-cost products out of the subtotal when the zone excludes them', () => {
    const items = [item({ unitPrice: 60, quantity: 1 }), item({ productId: 2, unitPrice: 100, quantity: 1, fixedShippingCost: 5 })];
    const quoted = costs(store, NEW_YORK, items);
    assert.equal(quoted['Free Shipping'], undefined);
    assert.equal(quoted['Flat Rate'], 14.95, 'the fixed-cost product adds its fixed cost to the method');
  });

  it('counts fixed-cost products when the zone does not exclude them, and ships them free', () => {
    const zone = store.zone(1)!;
    store.replaceZone(1, { ...zone, free_shipping: { ...zone.free_shipping, exclude_fixed_shipping_products: false } });
    const items = [item({ unitPrice: 60, quantity: 1 }), item({ productId: 2, unitPrice: 100, quantity: 1, fixedShippingCost: 5 })];
    assert.deepEqual(costs(store, NEW_YORK, items), { 'Free Shipping': 0 });
  });

  it('charges excluded fixed-cost products their fixed cost inside free shipping', () => {
    const items = [item({ unitPrice: 160, quantity: 1 }), item({ productId: 2, unitPrice: 10, quantity: 2, fixedShippingCost: 5 })];
    assert.deepEqual(costs(store, NEW_YORK, items), { 'Free Shipping': 10 });
  });

  it('offers a single free option when every item ships free', () => {
    assert.deepEqual(costs(store, NEW_YORK, [item({ isShippingFree: true })]), { 'Free Shipping': 0 });
  });

  it('offers a single fixed option when every item has a fixed shipping cost', () => {
    assert.deepEqual(costs(store, NEW_YORK, [item({ fixedShippingCost: 3, unitPrice: 10 })]), { 'Fixed Shipping': 6 });
  });
});

describe('method types', () => {
  let store: ShippingStore;
  let zoneId: number;
  beforeEach(() => {
    store = createShippingStore();
    zoneId = store.createZone(zoneData()).id;
  });
  const only = (data: Partial<MethodData>, items: QuoteItem[] = [item()]): number | undefined => {
    store.createMethod(zoneId, methodData(data));
    return store.quote(SAO_PAULO, items)[0]?.cost;
  };

  it('perorder charges its rate once', () => {
    assert.equal(only({ type: 'perorder', settings: { rate: 7 } }, [item({ quantity: 5 })]), 7);
  });

  it('peritem charges its rate per unit', () => {
    assert.equal(only({ type: 'peritem', settings: { rate: 2 } }, [item({ quantity: 3 }), item({ productId: 2, quantity: 1 })]), 8);
  });

  it('weight picks the range holding the total weight, the first of two touching ranges at the boundary', () => {
    const settings = {
      default_cost: null,
      default_cost_type: 'fixed_amount' as const,
      range: [
        { lower_limit: 0, upper_limit: 3, shipping_cost: 5 },
        { lower_limit: 3, upper_limit: 10, shipping_cost: 9 },
      ],
    };
    assert.equal(only({ type: 'weight', settings }, [item({ weight: 1.5, quantity: 2 })]), 5);
    assert.equal(store.quote(SAO_PAULO, [item({ weight: 2, quantity: 2 })])[0]?.cost, 9);
  });

  it('weight falls back to a fixed default cost, or a percentage of the total, outside its ranges', () => {
    const range = [{ lower_limit: 0, upper_limit: 1, shipping_cost: 5 }];
    assert.equal(only({ type: 'weight', settings: { default_cost: 12, default_cost_type: 'fixed_amount', range } }), 12);
    store.deleteMethod(zoneId, store.methods(zoneId)![0]!.id);
    assert.equal(only({ type: 'weight', settings: { default_cost: 10, default_cost_type: 'percentage_of_total', range } }), 4);
  });

  it('total rates by the consignment subtotal', () => {
    const settings = {
      default_cost: null,
      default_cost_type: 'fixed_amount' as const,
      range: [
        { lower_limit: 0, upper_limit: 49.99, shipping_cost: 15 },
        { lower_limit: 50, upper_limit: 100000, shipping_cost: 0 },
      ],
    };
    assert.equal(only({ type: 'total', settings }, [item({ unitPrice: 20, quantity: 2 })]), 15);
    assert.equal(store.quote(SAO_PAULO, [item({ unitPrice: 30, quantity: 2 })])[0]?.cost, 0);
  });

  it('freeshipping costs nothing', () => {
    assert.equal(only({ type: 'freeshipping', name: 'Free Shipping', settings: {} }), 0);
  });

  it('disabled methods quote nothing', () => {
    assert.equal(only({ enabled: false }), undefined);
  });

  it('a method fixed surcharge adds to its cost, a percentage surcharge scales it', () => {
    assert.equal(only({ settings: { rate: 10 }, handling_fees: { fixed_surcharge: 2.5 } }), 12.5);
    store.deleteMethod(zoneId, store.methods(zoneId)![0]!.id);
    assert.equal(only({ settings: { rate: 10 }, handling_fees: { percentage_surcharge: 10 } }), 11);
  });
});

describe('zone handling fees', () => {
  let store: ShippingStore;
  let zoneId: number;
  beforeEach(() => {
    store = createShippingStore();
    zoneId = store.createZone(zoneData()).id;
    store.createMethod(zoneId, methodData({ settings: { rate: 20 } }));
  });

  it('shows a separate fixed fee apart and leaves option costs alone', () => {
    store.replaceZone(zoneId, zoneData({ handling_fees: { fixed_surcharge: '3', display_separately: true } }));
    assert.equal(store.quote(SAO_PAULO, [item()])[0]?.cost, 20);
    assert.equal(store.handlingFee(SAO_PAULO, [item()]), 3);
  });

  it('folds a fee that is not displayed separately into every option cost', () => {
    store.replaceZone(zoneId, zoneData({ handling_fees: { fixed_surcharge: '3', display_separately: false } }));
    assert.equal(store.quote(SAO_PAULO, [item()])[0]?.cost, 23);
    assert.equal(store.handlingFee(SAO_PAULO, [item()]), 0);
  });

  it('takes a separate percentage fee from the selected option cost', () => {
    store.replaceZone(zoneId, zoneData({ handling_fees: { percentage_surcharge: '10', display_separately: true } }));
    const [option] = store.quote(SAO_PAULO, [item()]);
    assert.equal(store.handlingFee(SAO_PAULO, [item()], option!.id), 2);
    assert.equal(store.handlingFee(SAO_PAULO, [item()]), 0, 'no selection, no percentage');
  });

  it('folds a percentage fee into each option cost when not shown apart', () => {
    store.replaceZone(zoneId, zoneData({ handling_fees: { percentage_surcharge: '10', display_separately: false } }));
    assert.equal(store.quote(SAO_PAULO, [item()])[0]?.cost, 22);
  });
});

describe('real-time carriers', () => {
  let store: ShippingStore;
  const fedexCredentials = { key: 'k', password: 'p', account_number: '510087', meter_number: '118' };
  const fedexOptions = (): string[] =>
    store.quote(NEW_YORK, [item()]).filter((q) => q.type === 'shipping_fedex').map((q) => q.description);
  const enableFedex = (): void => {
    const method = store.method(1, 5)!;
    store.replaceMethod(1, 5, { ...method, enabled: true });
  };
  beforeEach(() => {
    store = createShippingStore();
  });

  it('a connected carrier quotes nothing until a zone method of its type is enabled', () => {
    assert.equal(store.connectCarrier('fedex', fedexCredentials), 'connected');
    assert.deepEqual(fedexOptions(), []);
    enableFedex();
    assert.deepEqual(fedexOptions(), ['FedEx (Ground)', 'FedEx (2Day)', 'FedEx (Priority Overnight)']);
  });

  it('an enabled method quotes nothing while its carrier is disconnected', () => {
    enableFedex();
    assert.deepEqual(fedexOptions(), []);
  });

  it('a carrier that refused the credentials quotes nothing', () => {
    enableFedex();
    assert.equal(store.connectCarrier('fedex', { ...fedexCredentials, password: 'wrong-password' }), 'refused');
    assert.equal(store.connectionStatus('fedex'), 'refused');
    assert.deepEqual(fedexOptions(), []);
  });

  it('stops quoting once disconnected', () => {
    enableFedex();
    store.connectCarrier('fedex', fedexCredentials);
    store.disconnectCarrier('fedex');
    assert.deepEqual(fedexOptions(), []);
    store.disconnectCarrier('endicia');
    assert.equal(store.quote(NEW_YORK, [item()]).filter((q) => q.type === 'shipping_endicia').length, 0);
  });

  it('offers one option per enabled delivery service the parcel qualifies for', () => {
    const zoneId = store.createZone(zoneData({ name: 'US only', type: 'state', locations: [{ id: 0, country_iso2: 'US', state_iso2: 'NY' }] })).id;
    store.createMethod(zoneId, methodData({ name: 'USPS', type: 'usps', settings: { carrier_options: { delivery_services: ['First', 'Priority'] } } }));
    const light = store.quote(NEW_YORK, [item({ weight: 0.5, quantity: 1 })]).map((q) => q.description);
    assert.deepEqual(light, ['USPS (First-Class Package)', 'USPS (Priority Mail)']);
    const heavy = store.quote(NEW_YORK, [item({ weight: 2, quantity: 1 })]).map((q) => q.description);
    assert.deepEqual(heavy, ['USPS (Priority Mail)'], 'First-Class stops at 13 oz');
  });

  it('rates grow with weight and distance, deterministically', () => {
    enableFedex();
    store.connectCarrier('fedex', fedexCredentials);
    const ground = (destination: QuoteDestination, weight: number): number =>
      store.quote(destination, [item({ weight, quantity: 1 })]).find((q) => q.description === 'FedEx (Ground)')!.cost;
    const austin: QuoteDestination = { countryCode: 'US', postalCode: '78751' };
    assert.ok(ground(NEW_YORK, 1) > ground(austin, 1));
    assert.ok(ground(austin, 5) > ground(austin, 1));
    assert.equal(ground(austin, 1), ground(austin, 1));
    assert.equal(ground(austin, 1), 11.3);
  });

  it('connecting one carrier leaves the others as they were', () => {
    store.connectCarrier('royalmail', {});
    assert.equal(store.connectionStatus('royalmail'), 'connected');
    assert.equal(store.connectionStatus('fedex'), 'disconnected');
  });
});

describe('option ids', () => {
  let store: ShippingStore;
  beforeEach(() => {
    store = createShippingStore();
  });
  const ids = (items: QuoteItem[] = [item()]): Record<string, string> =>
    Object.fromEntries(store.quote(NEW_YORK, items).map((q) => [q.description, q.id]));

  it('are uuid-shaped and unique within a quote', () => {
    const list = Object.values(ids());
    assert.equal(new Set(list).size, list.length);
    for (const id of list) assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it('stay the same across re-quotes with other items, weights and configuration changes', () => {
    const before = ids();
    const after = ids([item({ quantity: 3, weight: 4 })]);
    for (const name of ['Flat Rate', 'Ship by Weight', 'Express', 'USPS (Priority Mail)']) assert.equal(after[name], before[name]);
    const flat = store.method(1, 1)!;
    store.replaceMethod(1, 1, { ...flat, settings: { rate: 12 } });
    store.createMethod(1, methodData({ name: 'Pallet', settings: { rate: 99 } }));
    assert.equal(ids()['Flat Rate'], before['Flat Rate']);
  });

  it('differ between zones for the same method position', () => {
    const us = store.quote(NEW_YORK, [item()]).map((q) => q.id);
    const uk = store.quote(LONDON, [item()]).map((q) => q.id);
    assert.equal(us.filter((id) => uk.includes(id)).length, 0);
  });
});
