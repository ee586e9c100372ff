// Why the shipping step cannot go on yet: one reason per thing the shopper has to do, in order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isReady, reasons } from '../../src/controllers/reasons.js';
import type { SyncState } from '../../src/sync/index.js';

function state(partial: { destinations: { id: string; address?: { countryCode: string }; items: Record<string, number>; problems?: number; error?: string }[]; left?: number; complete?: boolean }): SyncState {
  const intent = { destinations: partial.destinations.map((d) => ({ id: d.id, address: d.address ?? { countryCode: '' }, items: d.items })) };
  return {
    loaded: true,
    truth: null,
    intent,
    links: {},
    derived: {
      items: [{ item: { key: 'k', kind: 'physical', name: 'k', sku: 'k', options: [], quantity: 3 }, allocated: 3 - (partial.left ?? 0), left: partial.left ?? 0 }],
      destinations: [],
      unallocated: partial.left ?? 0,
      complete: partial.complete ?? false,
    },
    destinations: partial.destinations.map((d) => ({
      id: d.id,
      status: d.error ? 'error' : 'saved',
      consignmentId: null,
      problems: Array.from({ length: d.problems ?? 0 }, () => ({ field: 'city', reason: 'required' as const })),
      availableOptions: [],
      selectedOption: null,
      error: d.error ? { kind: d.error as 'invalid', message: d.error, destinationId: d.id } : null,
    })),
    pending: false,
    lastError: null,
    retrying: null,
    complete: partial.complete ?? false,
    savedAddresses: [],
  };
}

const us = { countryCode: 'US' };

test('each destination says what it lacks: an address, items, or a fix for its error', () => {
  const s = state({
    destinations: [
      { id: 'a', items: { k: 1 } },
      { id: 'b', address: us, items: {} },
      { id: 'c', address: us, items: { k: 1 }, error: 'invalid' },
      { id: 'd', address: us, items: { k: 1 }, problems: 1 },
    ],
    left: 1,
  });
  assert.deepEqual(
    reasons(s).map((r) => [r.kind, 'destinationId' in r ? r.destinationId : null]),
    [
      ['needs-address', 'a'],
      ['needs-items', 'b'],
      ['error', 'c'],
      ['needs-address', 'd'],
      ['unallocated', null],
    ],
  );
  assert.equal(isReady(s), false);
});

test('units left over are one reason, naming the first item with units left', () => {
  const [reason] = reasons(state({ destinations: [{ id: 'a', address: us, items: { k: 2 } }], left: 1 }));
  assert.deepEqual(reason, { kind: 'unallocated', units: 1, itemKey: 'k' });
});

test('nothing left to do but the checkout not complete yet means saving; complete means ready', () => {
  assert.deepEqual(reasons(state({ destinations: [{ id: 'a', address: us, items: { k: 3 } }] })), [{ kind: 'saving' }]);
  const done = state({ destinations: [{ id: 'a', address: us, items: { k: 3 } }], complete: true });
  assert.deepEqual(reasons(done), []);
  assert.equal(isReady(done), true);
});
