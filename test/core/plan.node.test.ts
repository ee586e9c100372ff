import { test } from 'node:test';
import assert from 'node:assert/strict';
import { holdings, physicalItemKey, plan, sameQuantities, type DestinationIntent, type Intent } from '../../src/core/index.js';
import { ApiModel, defaultSwitches } from './api-model.js';
import { drive } from './drive.js';

const us = (city: string) => ({ firstName: 'Ada', lastName: 'L', address1: '1 Main St', city, countryCode: 'US', stateOrProvinceCode: 'CA', postalCode: '94000' });
const key = (productId: number) => physicalItemKey(productId, productId * 10);
const cart = (...quantities: number[]) => quantities.map((quantity, i) => ({ productId: i + 1, variantId: (i + 1) * 10, quantity }));
const dest = (id: string, city: string, items: Record<string, number>, shippingOptionId?: string): DestinationIntent => ({
  id,
  address: us(city),
  items,
  ...(shippingOptionId ? { shippingOptionId } : {}),
});

function assertTruthMatches(model: ApiModel, intent: Intent, links: Record<string, string>) {
  const truth = model.truth();
  const h = holdings(truth);
  const wanted = intent.destinations.filter((d) => Object.values(d.items).some((q) => q > 0));
  assert.equal(truth.consignments.length, wanted.length, 'one consignment per destination');
  for (const d of wanted) {
    const c = truth.consignments.find((x) => x.id === links[d.id]);
    assert.ok(c, `destination ${d.id} has its consignment`);
    assert.ok(sameQuantities(h.byConsignment.get(c.id)!, d.items), `destination ${d.id} holds its units`);
    assert.ok(c.selectedShippingOption, `destination ${d.id} has an option`);
    if (d.shippingOptionId) assert.equal(c.selectedShippingOption.id, d.shippingOptionId);
  }
}

test('splitting N line items across K new destinations from an empty checkout costs 1 + K writes', () => {
  const model = new ApiModel('chk', cart(3, 2, 5));
  const intent: Intent = {
    destinations: [
      dest('a', 'Oakland', { [key(1)]: 1, [key(2)]: 1, [key(3)]: 2 }),
      dest('b', 'Berkeley', { [key(1)]: 2, [key(3)]: 1 }),
      dest('c', 'Fresno', { [key(2)]: 1, [key(3)]: 2 }, 'exp-US'),
    ],
  };
  const first = plan(model.truth(), intent);
  assert.equal(first.length, 4);
  assert.equal(first[0]!.kind, 'create');
  const run = drive(model, intent);
  assert.equal(run.sent.length, 4);
  assertTruthMatches(model, intent, run.links);
});

test('one POST carries every new destination', () => {
  const model = new ApiModel('chk', cart(4));
  const intent: Intent = { destinations: [dest('a', 'A', { [key(1)]: 2 }), dest('b', 'B', { [key(1)]: 2 })] };
  const writes = plan(model.truth(), intent);
  assert.equal(writes.filter((w) => w.kind === 'create').length, 1);
  const create = writes[0]!;
  assert.ok(create.kind === 'create' && create.entries.length === 2);
});

test('two destinations with equal addresses stay two consignments', () => {
  const model = new ApiModel('chk', cart(2, 1));
  const intent: Intent = { destinations: [dest('a', 'Same', { [key(1)]: 2 }), dest('b', 'Same', { [key(2)]: 1 })] };
  const run = drive(model, intent);
  assert.equal(model.truth().consignments.length, 2);
  assertTruthMatches(model, intent, run.links);
});

test('a consignment no destination wants is deleted before anything grows', () => {
  const model = new ApiModel('chk', cart(2));
  const first = drive(model, { destinations: [dest('a', 'A', { [key(1)]: 2 })] });
  const intent: Intent = { destinations: [dest('b', 'B', { [key(1)]: 2 })] };
  const writes = plan(model.truth(), intent, first.links);
  assert.deepEqual(writes.map((w) => w.kind), ['delete', 'create', 'select-option']);
});

test('moving units between destinations shrinks before it grows', () => {
  const model = new ApiModel('chk', cart(4));
  const before = drive(model, { destinations: [dest('a', 'A', { [key(1)]: 3 }), dest('b', 'B', { [key(1)]: 1 })] });
  const intent: Intent = { destinations: [dest('a', 'A', { [key(1)]: 1 }), dest('b', 'B', { [key(1)]: 3 })] };
  const writes = plan(model.truth(), intent, before.links);
  const [shrink, grow] = writes;
  assert.ok(shrink?.kind === 'update' && shrink.consignmentId === before.links.a);
  assert.ok(grow?.kind === 'update' && grow.consignmentId === before.links.b);
  const run = drive(model, intent, 20, before.links);
  assert.equal(run.sent.length, 2);
  assertTruthMatches(model, intent, run.links);
});

test('a dropped selection is restored with one option PUT', () => {
  const model = new ApiModel('chk', cart(2), { ...defaultSwitches, writesDropSelections: true });
  const before = drive(model, { destinations: [dest('a', 'A', { [key(1)]: 1 }, 'exp-US')] });
  const intent: Intent = { destinations: [dest('a', 'A', { [key(1)]: 1 }, 'exp-US'), dest('b', 'B', { [key(1)]: 1 })] };
  const run = drive(model, intent, 20, before.links);
  assert.deepEqual(run.sent.map((w) => w.kind), ['create', 'select-option', 'select-option']);
  assertTruthMatches(model, intent, run.links);
});

test('on a store whose PUT keeps removed items, surplus leaves through a temporary consignment', () => {
  const model = new ApiModel('chk', cart(3), { ...defaultSwitches, putRemovesItems: false });
  const before = drive(model, { destinations: [dest('a', 'A', { [key(1)]: 3 })] });
  const intent: Intent = { destinations: [dest('a', 'A', { [key(1)]: 1 })] };
  const run = drive(model, intent, 20, before.links);
  assert.equal(run.removal, 'move-out');
  assertTruthMatches(model, intent, run.links);
  assert.equal(holdings(model.truth()).unassigned.get(key(1)), 2);
});

test('a destination with no country stays a draft and is not sent', () => {
  const model = new ApiModel('chk', cart(2));
  const intent: Intent = { destinations: [{ id: 'a', address: { countryCode: '' }, items: { [key(1)]: 2 } }] };
  assert.deepEqual(plan(model.truth(), intent), []);
});

test('a chosen option that is no longer offered is not selected', () => {
  const model = new ApiModel('chk', cart(1));
  const run = drive(model, { destinations: [dest('a', 'A', { [key(1)]: 1 })] });
  const writes = plan(model.truth(), { destinations: [dest('a', 'A', { [key(1)]: 1 }, 'gone')] }, run.links);
  assert.deepEqual(writes, []);
});

test('an intent asking for more than the cart holds is capped, earlier destinations first', () => {
  const model = new ApiModel('chk', cart(2));
  const intent: Intent = { destinations: [dest('a', 'A', { [key(1)]: 2 }), dest('b', 'B', { [key(1)]: 2 })] };
  const run = drive(model, intent);
  const truth = model.truth();
  assert.equal(truth.consignments.length, 1);
  assert.equal(truth.consignments[0]!.id, run.links.a);
});
