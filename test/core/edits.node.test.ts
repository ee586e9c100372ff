// What the shopper's actions do to the intent (pure): the widget maps each click to one of these.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addDestination,
  allUnits,
  chooseOption,
  clearUnits,
  duplicateDestination,
  fillRemaining,
  hasAddress,
  isEverythingToOne,
  removeDestination,
  setAddress,
  setUnits,
  shipEverythingTo,
  type Intent,
  type ItemAllocation,
} from '../../src/core/index.js';

const austin = { countryCode: 'US', city: 'Austin' };
const items = (...rows: [string, number, number][]): ItemAllocation[] =>
  rows.map(([key, quantity, left]) => ({ item: { key, kind: 'physical', name: key, sku: key, options: [], quantity }, allocated: quantity - left, left }));

test('a new destination has no address and no items, and goes where it is asked', () => {
  const intent = addDestination(addDestination({ destinations: [] }, 'a'), 'b');
  assert.deepEqual(intent.destinations.map((d) => d.id), ['a', 'b']);
  assert.equal(hasAddress(intent.destinations[0]!), false);
  assert.deepEqual(addDestination(intent, 'c', austin, 'a').destinations.map((d) => d.id), ['a', 'c', 'b']);
});

test('a duplicate keeps the address (and saved address) but takes no units, right after the original', () => {
  const intent: Intent = { destinations: [{ id: 'a', address: austin, savedAddressId: 101, items: { k: 2 }, shippingOptionId: 'o' }, { id: 'b', address: austin, items: {} }] };
  const next = duplicateDestination(intent, 'a', 'copy');
  assert.deepEqual(next.destinations.map((d) => d.id), ['a', 'copy', 'b']);
  assert.deepEqual(next.destinations[1], { id: 'copy', address: austin, savedAddressId: 101, items: {} });
  assert.equal(duplicateDestination(intent, 'missing', 'x'), intent);
});

test('a new address drops the chosen option and any saved address it named', () => {
  const intent: Intent = { destinations: [{ id: 'a', address: austin, savedAddressId: 101, items: { k: 1 }, shippingOptionId: 'o' }] };
  assert.deepEqual(setAddress(intent, 'a', { countryCode: 'US', city: 'Denver' }).destinations[0], { id: 'a', address: { countryCode: 'US', city: 'Denver' }, items: { k: 1 } });
  assert.equal(setAddress(intent, 'a', austin, 102).destinations[0]!.savedAddressId, 102);
});

test('units are whole and never below zero; zero removes the item', () => {
  const intent: Intent = { destinations: [{ id: 'a', address: austin, items: { k: 2, j: 1 } }] };
  assert.deepEqual(setUnits(intent, 'a', 'k', 3.7).destinations[0]!.items, { k: 3, j: 1 });
  assert.deepEqual(setUnits(intent, 'a', 'j', 0).destinations[0]!.items, { k: 2 });
  assert.deepEqual(setUnits(intent, 'a', 'j', -4).destinations[0]!.items, { k: 2 });
});

test('"ship all remaining here" adds what is left of each item; "clear" empties the destination', () => {
  const intent: Intent = { destinations: [{ id: 'a', address: austin, items: { k: 1 } }, { id: 'b', address: austin, items: { k: 1 } }] };
  const filled = fillRemaining(intent, 'b', items(['k', 4, 2], ['j', 1, 1], ['z', 2, 0]));
  assert.deepEqual(filled.destinations[1]!.items, { k: 3, j: 1 });
  assert.deepEqual(clearUnits(filled, 'b').destinations[1]!.items, {});
  assert.deepEqual(clearUnits(filled, 'b').destinations[0]!.items, { k: 1 });
});

test('removing and choosing an option touch only that destination', () => {
  const intent: Intent = { destinations: [{ id: 'a', address: austin, items: {} }, { id: 'b', address: austin, items: {} }] };
  assert.deepEqual(removeDestination(intent, 'a').destinations.map((d) => d.id), ['b']);
  assert.equal(chooseOption(intent, 'b', 'fast').destinations[1]!.shippingOptionId, 'fast');
  assert.equal(chooseOption(intent, 'b', 'fast').destinations[0]!.shippingOptionId, undefined);
});

test('one address for everything keeps the first destination, gives it every unit and drops the rest', () => {
  const all = items(['k', 4, 0], ['j', 1, 1]);
  const intent: Intent = { destinations: [{ id: 'a', address: austin, items: { k: 2 }, shippingOptionId: 'o' }, { id: 'b', address: austin, items: { k: 2 } }] };
  const one = shipEverythingTo(intent, all, 'new');
  assert.deepEqual(one.destinations, [{ id: 'a', address: austin, items: { k: 4, j: 1 }, shippingOptionId: 'o' }]);
  assert.equal(isEverythingToOne(one, all), true);
  assert.equal(isEverythingToOne(intent, all), false);
  assert.deepEqual(shipEverythingTo({ destinations: [] }, all, 'new').destinations[0]!.id, 'new');
  assert.deepEqual(allUnits(all), { k: 4, j: 1 });
});
