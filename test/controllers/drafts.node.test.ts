// What the shopper typed and the engine does not hold yet survives a reload, per checkout.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { noDrafts, pruneDrafts, readDrafts, writeDrafts } from '../../src/controllers/drafts.js';
import { MemoryStorage } from '../../src/sync/index.js';

test('drafts are kept per checkout and read back as written', () => {
  const storage = new MemoryStorage();
  const drafts = { mode: 'multiple' as const, forms: { d1: { address: { countryCode: 'US', firstName: 'Ada' }, saved: 'new' as const } }, quantities: { d2: { k: '2.5' } } };
  writeDrafts(storage, 'chk-1', drafts);
  assert.deepEqual(readDrafts(storage, 'chk-1'), drafts);
  assert.deepEqual(readDrafts(storage, 'chk-2'), noDrafts);
});

test('damaged or foreign storage reads as no drafts, never as an error', () => {
  const storage = new MemoryStorage();
  storage.setItem('split-ship-drafts:chk', '{not json');
  assert.deepEqual(readDrafts(storage, 'chk'), noDrafts);
  storage.setItem('split-ship-drafts:chk', JSON.stringify({ mode: 'sideways', forms: 3 }));
  assert.deepEqual(readDrafts(storage, 'chk'), noDrafts);
  assert.deepEqual(readDrafts(null, 'chk'), noDrafts);
  const full = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); }, removeItem: () => undefined };
  assert.doesNotThrow(() => writeDrafts(full, 'chk', noDrafts));
});

test('drafts of destinations that are gone are dropped', () => {
  const drafts = { forms: { a: { address: { countryCode: 'US' } }, b: { address: { countryCode: 'US' } } }, quantities: { a: { k: 'x' }, c: { k: 'y' } } };
  assert.deepEqual(pruneDrafts(drafts, new Set(['a'])), { forms: { a: { address: { countryCode: 'US' } } }, quantities: { a: { k: 'x' } } });
});
