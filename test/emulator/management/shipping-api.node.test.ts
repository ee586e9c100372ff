import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { useHarness, STORE_HASH, TOKEN, type Harness } from './harness.js';

const harness = useHarness();
let h: Harness;
beforeEach(() => {
  h = harness();
});

const NEW_YORK = { countryCode: 'US', stateOrProvinceCode: 'NY', postalCode: '10001' };
const mugs = [{ productId: 101, sku: 'MUG', quantity: 2, weight: 1.1, unitPrice: 12 }];
const fedex = { key: 'k-123', password: 'p-456', account_number: '510087', meter_number: '118' };

describe('authentication and routing', () => {
  it('answers 401 in the V2 error format without X-Auth-Token', async () => {
    const res = await h.call('GET', `${h.api}/shipping/zones`, undefined, {});
    assert.equal(res.status, 401);
    assert.equal(res.body[0].status, 401);
    assert.equal(typeof res.body[0].message, 'string');
  });

  it('answers 401 on every management endpoint without a token, whatever the method', async () => {
    const endpoints: Array<[string, string]> = [
      ['GET', '/shipping/zones'],
      ['POST', '/shipping/zones'],
      ['GET', '/shipping/zones/1'],
      ['PUT', '/shipping/zones/1'],
      ['DELETE', '/shipping/zones/1'],
      ['GET', '/shipping/zones/1/methods'],
      ['POST', '/shipping/zones/1/methods'],
      ['GET', '/shipping/zones/1/methods/1'],
      ['PUT', '/shipping/zones/1/methods/1'],
      ['DELETE', '/shipping/zones/1/methods/1'],
      ['PUT', '/shipping/carrier/connection'],
      ['POST', '/shipping/carrier/connection'],
      ['DELETE', '/shipping/carrier/connection'],
      ['GET', '/orders'],
      ['GET', '/orders/100'],
      ['GET', '/orders/100/products'],
      ['GET', '/orders/100/shipping_addresses'],
      ['GET', '/orders/100/shipping_addresses/1'],
      ['PUT', '/orders/100/shipping_addresses/1'],
      ['GET', '/orders/100/shipping_addresses/1/shipping_quotes'],
      ['GET', '/orders/100/shipments'],
      ['POST', '/orders/100/shipments'],
      ['DELETE', '/orders/100/shipments'],
      ['GET', '/orders/100/shipments/count'],
      ['GET', '/orders/100/shipments/1'],
      ['PUT', '/orders/100/shipments/1'],
      ['DELETE', '/orders/100/shipments/1'],
    ];
    for (const [method, path] of endpoints) {
      const body = method === 'GET' || method === 'DELETE' ? undefined : {};
      const res = await h.call(method, `${h.api}${path}`, body, {});
      assert.equal(res.status, 401, `${method} ${path}`);
    }
    assert.ok(h.shipping.zone(1), 'nothing was deleted');
  });

  it('answers 401 to a wrong token', async () => {
    const res = await h.call('GET', `${h.api}/shipping/zones`, undefined, { 'X-Auth-Token': 'nope' });
    assert.equal(res.status, 401);
  });

  it('answers 401 to a write without a token and changes nothing', async () => {
    const res = await h.call('DELETE', `${h.api}/shipping/zones/1`, undefined, {});
    assert.equal(res.status, 401);
    assert.ok(h.shipping.zone(1));
  });

  it('answers 404 for another store hash and for unknown paths', async () => {
    assert.equal((await h.call('GET', '/stores/otherstore/v2/shipping/zones')).status, 404);
    const res = await h.call('GET', `${h.api}/shipping/nothing`);
    assert.equal(res.status, 404);
    assert.deepEqual(res.body, [{ status: 404, message: 'The requested resource was not found.' }]);
  });

  it('answers 400 in the V2 format to a body that is not JSON', async () => {
    const res = await h.call('POST', `${h.api}/shipping/zones`, '{nope');
    assert.equal(res.status, 400);
    assert.equal(res.body[0].status, 400);
  });

  it('passes on paths that are not its own', async () => {
    assert.equal((await h.call('GET', '/api/storefront/carts')).status, 418);
    assert.equal((await h.call('GET', '/__emulator/catalog')).status, 418);
  });
});

describe('shipping zones', () => {
  it('lists the seeded zones in the spec shape', async () => {
    const res = await h.call('GET', `${h.api}/shipping/zones`);
    assert.equal(res.status, 200);
    assert.deepEqual(res.body.map((z: { name: string }) => z.name), ['North America', 'Rest of World']);
    const [na] = res.body;
    assert.deepEqual(Object.keys(na).sort(), ['enabled', 'free_shipping', 'handling_fees', 'id', 'locations', 'name', 'type']);
    assert.equal(na.type, 'country');
    assert.deepEqual(na.locations.map((l: { country_iso2: string }) => l.country_iso2), ['US', 'CA', 'MX']);
    assert.equal(typeof na.locations[0].id, 'number');
    assert.deepEqual(na.free_shipping, { enabled: true, minimum_sub_total: '150.0000', exclude_fixed_shipping_products: true });
  });

  it('gets one zone, 404 for an unknown or non-numeric id', async () => {
    assert.equal((await h.call('GET', `${h.api}/shipping/zones/2`)).body.name, 'Rest of World');
    assert.equal((await h.call('GET', `${h.api}/shipping/zones/99`)).status, 404);
    assert.equal((await h.call('GET', `${h.api}/shipping/zones/abc`)).status, 404);
  });

  it('creates a zone with 201, fresh ids and defaults', async () => {
    const res = await h.call('POST', `${h.api}/shipping/zones`, {
      name: 'United States',
      type: 'zip',
      locations: [{ zip: '11103', country_iso2: 'US' }],
      free_shipping: { enabled: true, minimum_sub_total: 50 },
    });
    assert.equal(res.status, 201);
    assert.equal(res.body.id, 3);
    assert.equal(res.body.locations[0].zip, '11103');
    assert.equal(typeof res.body.locations[0].id, 'number');
    assert.equal(res.body.free_shipping.minimum_sub_total, '50.0000');
    assert.equal(res.body.enabled, true);
    assert.equal((await h.call('GET', `${h.api}/shipping/zones/3`)).body.name, 'United States');
  });

  it('refuses a zone without name and type, naming both', async () => {
    const res = await h.call('POST', `${h.api}/shipping/zones`, { locations: [] });
    assert.equal(res.status, 400);
    assert.deepEqual(res.body, [
      { status: 400, message: "The required field 'name' was not supplied." },
      { status: 400, message: "The required field 'type' was not supplied." },
    ]);
  });

  it('refuses an unknown type, a written id, a location the type needs more of, and both fee kinds', async () => {
    const bad = await h.call('POST', `${h.api}/shipping/zones`, { name: 'X', type: 'planet' });
    assert.match(bad.body[0].message, /'type' must be one of zip, country, state, global/);
    const id = await h.call('POST', `${h.api}/shipping/zones`, { id: 9, name: 'X', type: 'global' });
    assert.equal(id.body[0].message, "The field 'id' cannot be written to. Please remove it from your request before trying again.");
    const state = await h.call('POST', `${h.api}/shipping/zones`, { name: 'X', type: 'state', locations: [{ country_iso2: 'US' }] });
    assert.equal(state.status, 400);
    assert.match(state.body[0].message, /state_iso2/);
    const fees = await h.call('POST', `${h.api}/shipping/zones`, {
      name: 'X',
      type: 'global',
      handling_fees: { fixed_surcharge: '1', percentage_surcharge: '2' },
    });
    assert.equal(fees.status, 400);
    assert.equal(h.shipping.zones().length, 2, 'nothing was created');
  });

  it('updates a zone with PUT, which needs a name', async () => {
    const noName = await h.call('PUT', `${h.api}/shipping/zones/2`, { enabled: false });
    assert.deepEqual(noName.body, [{ status: 400, message: "The required field 'name' was not supplied." }]);
    const res = await h.call('PUT', `${h.api}/shipping/zones/2`, {
      name: 'Europe',
      locations: [{ country_iso2: 'fr' }],
      handling_fees: { percentage_surcharge: '5', display_separately: false },
    });
    assert.equal(res.status, 200);
    assert.equal(res.body.name, 'Europe');
    assert.deepEqual(res.body.locations.map((l: { country_iso2: string }) => l.country_iso2), ['FR']);
    assert.deepEqual(res.body.handling_fees, { percentage_surcharge: '5', display_separately: false });
    assert.equal(res.body.type, 'country', 'what PUT leaves out stays');
    assert.equal((await h.call('PUT', `${h.api}/shipping/zones/42`, { name: 'X' })).status, 404);
  });

  it('deletes a zone with 204, then it is gone', async () => {
    const res = await h.call('DELETE', `${h.api}/shipping/zones/2`);
    assert.equal(res.status, 204);
    assert.equal(res.body, undefined);
    assert.equal((await h.call('GET', `${h.api}/shipping/zones/2`)).status, 404);
    assert.equal((await h.call('GET', `${h.api}/shipping/zones/2/methods`)).status, 404);
    assert.equal((await h.call('DELETE', `${h.api}/shipping/zones/2`)).status, 404);
  });

  it('a change shows on the next quote', async () => {
    assert.ok(h.shipping.quote(NEW_YORK, mugs).length > 0);
    await h.call('PUT', `${h.api}/shipping/zones/1`, { name: 'North America', enabled: false });
    assert.deepEqual(h.shipping.quote(NEW_YORK, mugs), []);
  });
});

describe('shipping methods', () => {
  it('lists a zone methods sorted by id, in the spec shape', async () => {
    const res = await h.call('GET', `${h.api}/shipping/zones/1/methods`);
    assert.equal(res.status, 200);
    assert.deepEqual(res.body.map((m: { id: number }) => m.id), [1, 2, 3, 4, 5]);
    assert.deepEqual(Object.keys(res.body[0]).sort(), ['channel_ids', 'enabled', 'handling_fees', 'id', 'is_fallback', 'name', 'settings', 'type']);
    assert.deepEqual(res.body[3].settings.carrier_options.delivery_services, ['PriorityExpress', 'Priority', 'PriorityMailInternational']);
  });

  it('gets one method; 404 for an unknown one or a method of another zone', async () => {
    assert.equal((await h.call('GET', `${h.api}/shipping/zones/1/methods/2`)).body.name, 'Ship by Weight');
    assert.equal((await h.call('GET', `${h.api}/shipping/zones/1/methods/6`)).status, 404);
    assert.equal((await h.call('GET', `${h.api}/shipping/zones/9/methods`)).status, 404);
  });

  it('creates a method, answering 200 as the spec does', async () => {
    const res = await h.call('POST', `${h.api}/shipping/zones/1/methods`, {
      name: 'Per Order',
      type: 'perorder',
      settings: { rate: 8 },
      enabled: true,
      handling_fees: { fixed_surcharge: '3' },
      channel_ids: [1],
    });
    assert.equal(res.status, 200);
    assert.deepEqual(res.body, {
      id: 8,
      name: 'Per Order',
      type: 'perorder',
      settings: { rate: 8 },
      enabled: true,
      handling_fees: { fixed_surcharge: 3 },
      is_fallback: false,
      channel_ids: [1],
    });
    const quoted = h.shipping.quote(NEW_YORK, mugs).find((q) => q.description === 'Per Order');
    assert.equal(quoted?.cost, 11);
  });

  it('creates total, weight and freeshipping methods over the API; each quotes by its settings', async () => {
    const total = await h.call('POST', `${h.api}/shipping/zones/1/methods`, {
      name: 'By Total',
      type: 'total',
      settings: { default_cost: 10, default_cost_type: 'percentage_of_total', range: [{ lower_limit: 0, upper_limit: 20, shipping_cost: 4 }] },
    });
    assert.equal(total.status, 200, JSON.stringify(total.body));
    const heavy = await h.call('POST', `${h.api}/shipping/zones/1/methods`, {
      name: 'By Weight',
      type: 'weight',
      settings: { default_cost: 99, default_cost_type: 'fixed_amount', range: [{ lower_limit: 0, upper_limit: 3, shipping_cost: 5 }] },
    });
    assert.equal(heavy.status, 200, JSON.stringify(heavy.body));
    const free = await h.call('POST', `${h.api}/shipping/zones/1/methods`, { name: 'Free Shipping', type: 'freeshipping', settings: {} });
    assert.equal(free.status, 200, JSON.stringify(free.body));
    const cost = (description: string, items = mugs) => h.shipping.quote(NEW_YORK, items).find((q) => q.description === description)?.cost;
    // Two mugs: $24 of items (outside the $0–20 range: 10% of it), 2.2 lb (inside 0–3 lb).
    assert.equal(cost('By Total'), 2.4);
    assert.equal(cost('By Weight'), 5);
    assert.equal(cost('Free Shipping'), 0);
    // One mug: $12 (inside the range), 1.1 lb.
    assert.equal(cost('By Total', [{ ...mugs[0]!, quantity: 1 }]), 4);
    // Four mugs: 4.4 lb, past the weight ranges: the fixed default.
    assert.equal(cost('By Weight', [{ ...mugs[0]!, quantity: 4 }]), 99);
  });

  it('creates every real-time carrier type with its delivery services', async () => {
    const services: Record<string, string[]> = {
      endicia: ['PriorityExpress', 'Priority'],
      usps: ['Priority'],
      fedex: ['PRIORITY_OVERNIGHT', 'FEDEX_2_DAY'],
      upsready: ['2nd_Day_Air', 'Standard'],
      auspost: ['AUS_PARCEL_REGULAR', 'AUS_PARCEL_EXPRESS'],
      royalmail: ['StandardFirstClass', 'StandardSecondClass'],
      zoom2u: ['3_hour', 'Same_day', 'VIP'],
      canadapost: ['DOM.RP', 'DOM.EP'],
    };
    for (const [type, delivery_services] of Object.entries(services)) {
      const res = await h.call('POST', `${h.api}/shipping/zones/2/methods`, { name: type, type, settings: { carrier_options: { delivery_services } } });
      assert.equal(res.status, 200, `${type}: ${JSON.stringify(res.body)}`);
      assert.deepEqual(res.body.settings.carrier_options.delivery_services, delivery_services);
    }
  });

  it('refuses a method without name and type, naming both', async () => {
    const res = await h.call('POST', `${h.api}/shipping/zones/1/methods`, { settings: {} });
    assert.equal(res.status, 400);
    assert.deepEqual(res.body.map((e: { message: string }) => e.message), [
      "The required field 'name' was not supplied.",
      "The required field 'type' was not supplied.",
    ]);
  });

  it('refuses settings that do not fit the type', async () => {
    const noRate = await h.call('POST', `${h.api}/shipping/zones/1/methods`, { name: 'Flat', type: 'peritem', settings: {} });
    assert.deepEqual(noRate.body, [{ status: 400, message: "The required field 'settings.rate' was not supplied." }]);
    const service = await h.call('POST', `${h.api}/shipping/zones/1/methods`, {
      name: 'FedEx',
      type: 'fedex',
      settings: { carrier_options: { delivery_services: ['TELEPORT'] } },
    });
    assert.equal(service.status, 400);
    assert.match(service.body[0].message, /'TELEPORT' is not a fedex delivery service/);
    const range = await h.call('POST', `${h.api}/shipping/zones/1/methods`, {
      name: 'W',
      type: 'weight',
      settings: { range: [{ lower_limit: 10, upper_limit: 5, shipping_cost: 1 }], default_cost_type: 'sometimes' },
    });
    assert.equal(range.body.length, 2);
    const type = await h.call('POST', `${h.api}/shipping/zones/1/methods`, { name: 'W', type: 'pigeon' });
    assert.match(type.body[0].message, /'type' must be one of perorder, peritem, weight, total, freeshipping/);
    assert.equal(h.shipping.methods(1)?.length, 5, 'nothing was created');
  });

  it('updates a method with PUT, keeping what it leaves out', async () => {
    const res = await h.call('PUT', `${h.api}/shipping/zones/1/methods/1`, { settings: { rate: 11 }, handling_fees: { fixed_surcharge: '0' }, channel_ids: [2, 3] });
    assert.equal(res.status, 200);
    assert.equal(res.body.name, 'Flat Rate');
    assert.deepEqual(res.body.settings, { rate: 11 });
    assert.deepEqual(res.body.channel_ids, [2, 3]);
    assert.equal(h.shipping.quote(NEW_YORK, mugs).find((q) => q.description === 'Flat Rate')?.cost, 11);
    const written = await h.call('PUT', `${h.api}/shipping/zones/1/methods/1`, { id: 3 });
    assert.equal(written.status, 400);
    assert.equal((await h.call('PUT', `${h.api}/shipping/zones/1/methods/77`, { name: 'x' })).status, 404);
  });

  it('deletes a method with 204; its option is no longer quoted', async () => {
    const flat = h.shipping.quote(NEW_YORK, mugs).find((q) => q.description === 'Flat Rate');
    assert.ok(flat);
    assert.equal((await h.call('DELETE', `${h.api}/shipping/zones/1/methods/1`)).status, 204);
    assert.equal(h.shipping.quote(NEW_YORK, mugs).find((q) => q.id === flat.id), undefined);
    assert.equal((await h.call('DELETE', `${h.api}/shipping/zones/1/methods/1`)).status, 404);
  });
});

describe('carrier connections', () => {
  const path = () => `${h.api}/shipping/carrier/connection`;
  const fedexOptions = () => h.shipping.quote(NEW_YORK, mugs).filter((q) => q.type === 'shipping_fedex');

  it('has no GET', async () => {
    const res = await h.call('GET', path());
    assert.equal(res.status, 405);
    assert.equal(res.headers.get('allow'), 'PUT, POST, DELETE');
    assert.equal(res.body[0].status, 405);
  });

  it('connects FedEx with 204; the carrier quotes only once a zone method of its type is enabled', async () => {
    const res = await h.call('POST', path(), { carrier_id: 'fedex', connection: fedex });
    assert.equal(res.status, 204);
    assert.equal(res.body, undefined);
    assert.equal(h.shipping.connectionStatus('fedex'), 'connected');
    assert.deepEqual(fedexOptions(), [], 'connecting does not enable');
    await h.call('PUT', `${h.api}/shipping/zones/1/methods/5`, { enabled: true });
    assert.deepEqual(fedexOptions().map((q) => q.description), ['FedEx (Ground)', 'FedEx (2Day)', 'FedEx (Priority Overnight)']);
  });

  it('answers 204 to refused credentials too, and the carrier then quotes nothing', async () => {
    await h.call('PUT', `${h.api}/shipping/zones/1/methods/5`, { enabled: true });
    const res = await h.call('POST', path(), { carrier_id: 'fedex', connection: { ...fedex, password: 'wrong' } });
    assert.equal(res.status, 204);
    assert.equal(h.shipping.connectionStatus('fedex'), 'refused');
    assert.deepEqual(fedexOptions(), []);
    const fixed = await h.call('PUT', path(), { carrier_id: 'fedex', connection: fedex });
    assert.equal(fixed.status, 204);
    assert.equal(fedexOptions().length, 3, 'PUT updates the credentials');
  });

  it('answers 400 naming each missing field', async () => {
    const res = await h.call('POST', path(), { carrier_id: 'fedex', connection: { key: 'k', meter_number: 'm' } });
    assert.equal(res.status, 400);
    assert.deepEqual(res.body, [
      { status: 400, message: 'Required fields missing [password]' },
      { status: 400, message: 'Required fields missing [account_number]' },
    ]);
    const one = await h.call('PUT', path(), { carrier_id: 'auspost', connection: { auth_key: 'a' } });
    assert.deepEqual(one.body, [{ status: 400, message: 'Required fields missing [test_mode]' }]);
    const zoom = await h.call('POST', path(), { carrier_id: 'zoom2u' });
    assert.deepEqual(zoom.body.map((e: { message: string }) => e.message), [
      'Required fields missing [auth_key]',
      'Required fields missing [test_mode]',
    ]);
    assert.equal(h.shipping.connectionStatus('fedex'), 'disconnected');
  });

  it('refuses a written id as the spec example shows', async () => {
    const res = await h.call('POST', path(), { id: 1, carrier_id: 'royalmail', connection: {} });
    assert.deepEqual(res.body, [
      { status: 400, message: "The field 'id' cannot be written to. Please remove it from your request before trying again." },
    ]);
    assert.equal(h.shipping.connectionStatus('royalmail'), 'disconnected');
  });

  it('needs carrier_id, and knows only real carriers', async () => {
    const res = await h.call('POST', path(), { connection: {} });
    assert.deepEqual(res.body, [{ status: 400, message: 'Required fields missing [carrier_id]' }]);
    const unknown = await h.call('POST', path(), { carrier_id: 'pigeonpost', connection: {} });
    assert.equal(unknown.status, 400);
    assert.match(unknown.body[0].message, /pigeonpost/);
  });

  it('connects each documented carrier with its own properties', async () => {
    const bodies = [
      { carrier_id: 'auspost', connection: { auth_key: 'a', test_mode: false } },
      { carrier_id: 'endicia', connection: { account_id: '2500334', pass_phrase: 'as the examples spell it' } },
      { carrier_id: 'royalmail', connection: {} },
      { carrier_id: 'zoom2u', connection: { auth_key: 'z', test_mode: true } },
    ];
    for (const body of bodies) {
      assert.equal((await h.call('POST', h.api + '/shipping/carrier/connection', body)).status, 204);
      assert.equal(h.shipping.connectionStatus(body.carrier_id as 'auspost'), 'connected', body.carrier_id);
    }
  });

  it('disconnects with DELETE, which needs only carrier_id', async () => {
    assert.equal((await h.call('DELETE', path(), { carrier_id: 'endicia' })).status, 204);
    assert.equal(h.shipping.connectionStatus('endicia'), 'disconnected');
    assert.equal(h.shipping.quote(NEW_YORK, mugs).filter((q) => q.type === 'shipping_endicia').length, 0);
    const missing = await h.call('DELETE', path(), {});
    assert.deepEqual(missing.body, [{ status: 400, message: 'Required fields missing [carrier_id]' }]);
  });

  it('reports each carrier status on /__emulator/carriers', async () => {
    await h.call('POST', path(), { carrier_id: 'fedex', connection: { ...fedex, key: 'INVALID' } });
    const res = await h.call('GET', '/__emulator/carriers', undefined, {});
    assert.equal(res.status, 200);
    const status = Object.fromEntries(res.body.map((c: { carrier_id: string; status: string }) => [c.carrier_id, c.status]));
    assert.equal(status.fedex, 'refused');
    assert.equal(status.endicia, 'connected');
    assert.equal(status.royalmail, 'disconnected');
  });
});

describe('emulator management info', () => {
  it('tells the demo panel the store hash, token and base path', async () => {
    const res = await h.call('GET', '/__emulator/management', undefined, {});
    assert.deepEqual(res.body, { store_hash: STORE_HASH, token: TOKEN, base_path: `/stores/${STORE_HASH}/v2` });
  });
});
