// The engine against the API model in Node: fast checks of its rules. The same rules are checked
// through the real SDK against the emulator in engine.browser.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { holdings, physicalItemKey, sameQuantities, type DestinationIntent, type Intent } from '../../src/core/index.js';
import { GatewayError } from '../../src/gateway/gateway.js';
import { MemoryStorage, SyncEngine, type SyncState } from '../../src/sync/index.js';
import { ApiModel, defaultSwitches, type ModelSwitches } from '../core/api-model.js';
import { seeded } from '../support/seeded.js';
import { ModelGateway } from './model-gateway.js';

const noSleep = () => Promise.resolve();
const key = (n: number) => physicalItemKey(n, n * 10);
const cart = (...q: number[]) => q.map((quantity, i) => ({ productId: i + 1, variantId: (i + 1) * 10, quantity }));
const dest = (id: string, city: string, items: Record<string, number>, shippingOptionId?: string): DestinationIntent => ({
  id,
  address: { firstName: 'A', lastName: 'B', address1: '1 St', city, countryCode: 'US', postalCode: '94000' },
  items,
  ...(shippingOptionId ? { shippingOptionId } : {}),
});

function setup(quantities: number[], switches: ModelSwitches = defaultSwitches, seed = 1) {
  const model = new ApiModel('chk-1', cart(...quantities), switches);
  const gateway = new ModelGateway(model, seed);
  const storage = new MemoryStorage();
  const engine = new SyncEngine({ gateway, storage, sleep: noSleep });
  return { model, gateway, storage, engine };
}

function assertMatches(state: SyncState, intent: Intent) {
  const truth = state.truth!;
  const h = holdings(truth);
  const wanted = intent.destinations.filter((d) => Object.values(d.items).some((q) => q > 0));
  assert.equal(truth.consignments.length, wanted.length, 'one consignment per destination');
  for (const d of wanted) {
    const c = truth.consignments.find((x) => x.id === state.links[d.id]);
    assert.ok(c, `${d.id} has a consignment`);
    assert.ok(sameQuantities(h.byConsignment.get(c.id)!, d.items), `${d.id} holds its units`);
    assert.ok(c.selectedShippingOption);
    if (d.shippingOptionId) assert.equal(c.selectedShippingOption.id, d.shippingOptionId);
  }
}

test('the engine splits an empty checkout in 1 + K writes and reports complete', async () => {
  const { engine, gateway } = setup([2, 2]);
  await engine.load();
  const intent: Intent = { destinations: [dest('a', 'A', { [key(1)]: 1, [key(2)]: 2 }), dest('b', 'B', { [key(1)]: 1 })] };
  engine.setIntent(intent);
  const state = await engine.settled();
  assertMatches(state, intent);
  assert.equal(gateway.calls.filter((c) => c !== 'load').length, 3);
  assert.equal(state.complete, true);
  assert.deepEqual(state.destinations.map((d) => d.status), ['saved', 'saved']);
});

test('each write is sent before the state is published, and nothing is published between an answer and the next write', async () => {
  const { engine, gateway } = setup([2, 2]);
  gateway.wholeAnswers = true;
  await engine.load();
  const sentWhenPublished: number[] = [];
  engine.subscribe(() => sentWhenPublished.push(gateway.calls.length));
  sentWhenPublished.length = 0;
  engine.setIntent({ destinations: [dest('a', 'A', { [key(1)]: 1, [key(2)]: 2 }), dest('b', 'B', { [key(1)]: 1 })] });
  const state = await engine.settled();
  assert.deepEqual(gateway.calls, ['load', 'create', 'select', 'select']);
  // The edit (nothing sent yet), then once after each request has left, then the end.
  assert.deepEqual(sentWhenPublished, [1, 2, 3, 4, 4]);
  assert.equal(state.complete, true);
});

test('merged answers are confirmed by one read before the sync is done; whole answers need none', async () => {
  const intent = (): Intent => ({ destinations: [dest('a', 'A', { [key(1)]: 1 }), dest('b', 'B', { [key(1)]: 1 })] });
  const merged = setup([2]);
  await merged.engine.load();
  merged.engine.setIntent(intent());
  assertMatches(await merged.engine.settled(), intent());
  assert.deepEqual(merged.gateway.calls, ['load', 'create', 'select', 'select', 'load']);

  const whole = setup([2]);
  whole.gateway.wholeAnswers = true;
  await whole.engine.load();
  whole.engine.setIntent(intent());
  const state = await whole.engine.settled();
  assertMatches(state, intent());
  assert.equal(state.complete, true);
  assert.deepEqual(whole.gateway.calls, ['load', 'create', 'select', 'select']);
});

test('edits made while a write is in flight are coalesced into one plan from the newest intent', async () => {
  const { engine, gateway } = setup([4]);
  await engine.load();
  engine.setIntent({ destinations: [dest('a', 'A', { [key(1)]: 1 })] });
  // Three more edits before the first write answers: only the last one is planned.
  engine.setIntent({ destinations: [dest('a', 'A', { [key(1)]: 2 })] });
  engine.setIntent({ destinations: [dest('a', 'A', { [key(1)]: 3 })] });
  const last: Intent = { destinations: [dest('a', 'A', { [key(1)]: 4 })] };
  engine.setIntent(last);
  const state = await engine.settled();
  assertMatches(state, last);
  // create (from the first edit) + one grow + one option, never one write per edit.
  assert.deepEqual(gateway.calls.filter((c) => c !== 'load'), ['create', 'update', 'select']);
});

// A write the store applied but whose answer never came back as a success: the engine must read
// the checkout before writing again, never send the create twice.
const appliedButFailed = [
  { what: 'a create whose answer was lost', error: () => new GatewayError('network', 'timed out', 0) },
  // A proxy times out waiting for the store, which goes on and makes the consignments.
  { what: 'a create answered by a 504 after the store applied it', error: () => new GatewayError('unavailable', 'Gateway Timeout', 504) },
];
for (const { what, error } of appliedButFailed) {
  test(`${what} is read back, never sent twice`, async () => {
    const { engine, gateway, model } = setup([3]);
    await engine.load();
    let first = true;
    const create = gateway.createConsignments.bind(gateway);
    gateway.createConsignments = async (c) => {
      if (!first) return create(c);
      first = false;
      await create(c);
      throw error();
    };
    const intent: Intent = { destinations: [dest('a', 'A', { [key(1)]: 1 }), dest('b', 'B', { [key(1)]: 2 })] };
    engine.setIntent(intent);
    const state = await engine.settled();
    assertMatches(state, intent);
    assert.equal(model.truth().consignments.length, 2);
    assert.equal(gateway.calls.filter((c) => c === 'create').length, 1);
  });
}

test('a 409 reloads the checkout and plans again with the same intent', async () => {
  const { engine, gateway, model } = setup([2]);
  await engine.load();
  let conflicts = 1;
  const update = gateway.createConsignments.bind(gateway);
  gateway.createConsignments = async (c) => {
    if (conflicts-- > 0) {
      // Another tab adds a destination at the same moment.
      model.create([{ address: { countryCode: 'US', city: 'Elsewhere' }, lineItems: [{ itemId: 'li-1', quantity: 1 }] }]);
      throw new GatewayError('conflict', 'Conflict', 409);
    }
    return update(c);
  };
  engine.setIntent({ destinations: [dest('a', 'A', { [key(1)]: 1 })] });
  const state = await engine.settled();
  // The other tab's consignment is adopted as a destination, not deleted.
  assert.equal(state.intent.destinations.length, 2);
  assertMatches(state, state.intent);
  assert.ok(state.truth!.consignments.some((c) => c.address.city === 'Elsewhere'));
});

test('a destination the API refuses carries the error; the others keep saving', async () => {
  const { engine } = setup([2, 1]);
  await engine.load();
  engine.setIntent({
    destinations: [dest('a', 'A', { [key(1)]: 2 }), { ...dest('bad', 'B', { [key(2)]: 1 }), address: { countryCode: 'US', city: 'B' }, shippingOptionId: 'nope' }],
  });
  // The model refuses nothing by address, so refuse through an option that is never offered.
  const state = await engine.settled();
  const [a, bad] = state.destinations;
  assert.equal(a!.status, 'saved');
  assert.equal(bad!.status, 'error');
  assert.equal(bad!.error?.kind, 'option-unavailable');
});

test('an address the store form fields reject stays a draft and is not sent', async () => {
  const { engine, gateway } = setup([1]);
  gateway.fields = [{ name: 'address1', custom: false, required: true }];
  await engine.load();
  engine.setIntent({ destinations: [{ id: 'a', address: { countryCode: 'US' }, items: { [key(1)]: 1 } }] });
  const state = await engine.settled();
  assert.equal(state.destinations[0]!.status, 'draft');
  assert.deepEqual(state.destinations[0]!.problems, [{ field: 'address1', reason: 'required' }]);
  assert.deepEqual(gateway.calls, ['load']);
});

test('the intent survives a reload of the page and is reconciled with the checkout', async () => {
  const { engine, model, storage } = setup([2]);
  await engine.load();
  const intent: Intent = { destinations: [dest('a', 'A', { [key(1)]: 1 }, 'exp-US')] };
  engine.setIntent(intent);
  await engine.settled();
  engine.dispose();
  // Another tab sends the other unit somewhere else meanwhile.
  const truth = model.truth();
  const held = new Set(truth.consignments.flatMap((c) => c.lineItemIds));
  const free = truth.cart.lineItems.physicalItems.find((l) => !held.has(String(l.id)))!;
  model.create([{ address: { countryCode: 'US', city: 'Other' }, lineItems: [{ itemId: String(free.id), quantity: 1 }] }]);
  const again = new SyncEngine({ gateway: new ModelGateway(model), storage, sleep: noSleep });
  const state = await again.load();
  assert.equal(state.intent.destinations[0]!.id, 'a');
  assert.equal(state.intent.destinations[0]!.shippingOptionId, 'exp-US');
  assert.equal(state.intent.destinations.length, 2);
  assert.equal(state.truth!.consignments.length, 2);
});

test('it stops with a clear error when the checkout will not converge', async () => {
  const { engine, gateway } = setup([2]);
  await engine.load();
  engine.setIntent({ destinations: [dest('a', 'A', { [key(1)]: 2 })] });
  await engine.settled();
  // A store that answers every item write without applying it.
  gateway.updateConsignment = async () => gateway.model.truth();
  gateway.createConsignments = async () => gateway.model.truth();
  engine.setIntent({ destinations: [dest('a', 'A', { [key(1)]: 1 }), dest('b', 'B', { [key(1)]: 1 })] });
  const state = await engine.settled();
  assert.equal(state.lastError?.kind, 'not-converging');
  // The message names the destination still waiting (b, whose create would also carry a's
  // surplus once PUT proved not to remove items) and the writes that would come next.
  assert.match(state.lastError!.message, /after 60 writes: b \(next: create, select-option\)/);
  assert.equal(state.destinations[1]!.status, 'error');
  assert.equal(state.destinations[1]!.error?.kind, 'not-converging');
  // Bounded: it stopped after maxRounds writes and sends nothing more until the shopper acts.
  const writes = gateway.calls.filter((c) => c !== 'load').length;
  await engine.settled();
  assert.equal(state.pending, false);
  assert.equal(gateway.calls.filter((c) => c !== 'load').length, writes);
});

test('a destination may name one of the signed-in customer\'s saved addresses', async () => {
  const { engine, gateway } = setup([2]);
  const home = { firstName: 'Ada', lastName: 'L', address1: '500 Congress Ave', city: 'Austin', countryCode: 'US', postalCode: '78701' };
  gateway.saved = [{ id: 7, address: home }];
  let state = await engine.load();
  assert.deepEqual(state.savedAddresses, [{ id: 7, address: home }]);
  // The widget passes the saved address's id; the address sent is the one the store keeps.
  engine.setIntent({ destinations: [{ id: 'a', savedAddressId: 7, address: { countryCode: 'US' }, items: { [key(1)]: 2 } }] });
  state = await engine.settled();
  assert.equal(state.destinations[0]!.status, 'saved');
  assert.equal(state.intent.destinations[0]!.savedAddressId, 7);
  assert.equal(state.truth!.consignments[0]!.address.city, 'Austin');
  assert.equal(state.truth!.consignments[0]!.address.address1, '500 Congress Ave');
});

test('a destination is saving while its write is in flight, then saved', async () => {
  const { engine, gateway } = setup([1]);
  await engine.load();
  const create = gateway.createConsignments.bind(gateway);
  const seen: string[] = [];
  gateway.createConsignments = async (c) => {
    const state = engine.getState();
    seen.push(`${state.destinations[0]!.status}/${String(state.pending)}`);
    return create(c);
  };
  engine.setIntent({ destinations: [dest('a', 'A', { [key(1)]: 1 })] });
  const state = await engine.settled();
  assert.deepEqual(seen, ['saving/true']);
  assert.equal(state.destinations[0]!.status, 'saved');
  assert.equal(state.pending, false);
});

test('5xx answers are retried with capped backoff, then reported', async () => {
  const { engine, gateway } = setup([1]);
  const waits: number[] = [];
  const e = new SyncEngine({ gateway, storage: null, sleep: async (ms) => void waits.push(ms), retry: { attempts: 5, baseMs: 100, maxMs: 400 } });
  void engine;
  await e.load();
  gateway.faults = { errorRate: 1, timeoutRate: 0, conflictRate: 0 };
  e.setIntent({ destinations: [dest('a', 'A', { [key(1)]: 1 })] });
  const state = await e.settled();
  assert.deepEqual(waits, [100, 200, 400, 400, 400]);
  // The store is down for every request (reads too): the engine stops, the destination shows
  // the error, and resume() tries again.
  assert.equal(state.lastError?.kind, 'unavailable');
  assert.equal(state.pending, false);
  assert.equal(state.destinations[0]!.status, 'error');
  gateway.faults = { errorRate: 0, timeoutRate: 0, conflictRate: 0 };
  e.resume();
  assertMatches(await e.settled(), e.getState().intent);
});

test('random intents under random seeded faults converge on every store behaviour', async () => {
  for (let run = 0; run < 300; run++) {
    const random = seeded(run + 1000);
    const pick = <T,>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
    const switches: ModelSwitches = {
      splitKeepsId: pick(['assigned', 'remainder', 'perUnit'] as const),
      putRemovesItems: random() < 0.5,
      writesDropSelections: random() < 0.5,
    };
    const quantities = Array.from({ length: 1 + Math.floor(random() * 4) }, () => 1 + Math.floor(random() * 4));
    const { engine, gateway } = setup(quantities, switches, run);
    gateway.faults = { errorRate: 0.15, timeoutRate: 0.1, conflictRate: 0.1 };
    const randomIntent = (): Intent => {
      const count = Math.floor(random() * 4);
      const ds = Array.from({ length: count }, (_, d) => dest(`d${d}`, pick(['X', 'Y']), {}, random() < 0.3 ? 'exp-US' : undefined));
      quantities.forEach((q, i) => {
        for (let u = 0; u < q; u++) {
          const slot = Math.floor(random() * (count + 1));
          if (slot === count) continue;
          const items = ds[slot]!.items as Record<string, number>;
          items[key(i + 1)] = (items[key(i + 1)] ?? 0) + 1;
        }
      });
      return { destinations: ds };
    };
    await engine.load();
    engine.setIntent(randomIntent());
    await engine.settled();
    const second = randomIntent();
    engine.setIntent(second);
    let state = await engine.settled();
    while (state.lastError && state.lastError.kind !== 'not-converging') {
      // Retries can run out under heavy faults; the shopper (here, the test) tries again.
      engine.resume();
      state = await engine.settled();
    }
    assert.equal(state.lastError, null, `run ${run}: ${JSON.stringify(state.lastError)}`);
    assertMatches(state, second);
  }
});

test('a destination the store keeps failing on waits with its error while the others save', async () => {
  const { engine, gateway } = setup([2, 1]);
  const create = gateway.createConsignments.bind(gateway);
  gateway.createConsignments = async (consignments) => {
    if (consignments.some((c) => c.address.city === 'Down')) {
      throw new GatewayError('unavailable', 'Service Unavailable', 503);
    }
    return create(consignments);
  };
  await engine.load();
  engine.setIntent({ destinations: [dest('a', 'A', { [key(1)]: 2 }), dest('down', 'Down', { [key(2)]: 1 })] });
  const state = await engine.settled();
  assert.deepEqual(state.destinations.map((d) => d.status), ['saved', 'error']);
  assert.equal(state.destinations[1]!.error?.kind, 'unavailable');
  assert.equal(state.lastError?.destinationId, 'down');
  assert.equal(state.truth!.consignments.length, 1);
});

test('a write that keeps timing out is reported after the retries, not retried forever between reads', async () => {
  const { engine, gateway } = setup([2, 1]);
  const create = gateway.createConsignments.bind(gateway);
  let hung = 0;
  gateway.createConsignments = async (consignments) => {
    if (consignments.some((c) => c.address.city === 'Down')) {
      hung++;
      throw new GatewayError('network', 'The request has timed out or aborted.', 0);
    }
    return create(consignments);
  };
  await engine.load();
  engine.setIntent({ destinations: [dest('a', 'A', { [key(1)]: 2 }), dest('down', 'Down', { [key(2)]: 1 })] });
  const state = await engine.settled();
  assert.deepEqual(state.destinations.map((d) => d.status), ['saved', 'error']);
  assert.equal(state.destinations[1]!.error?.kind, 'network');
  // Each timeout is followed by a read; the reads must not reset the count of failed attempts.
  assert.ok(hung <= 2 * 7, `${hung} hung creates`);
});

test('a destination the API refuses (422) carries an invalid error; the others save', async () => {
  const { engine, gateway } = setup([1, 1]);
  const create = gateway.createConsignments.bind(gateway);
  gateway.createConsignments = async (consignments) => {
    if (consignments.some((c) => c.address.countryCode === 'XX')) {
      throw new GatewayError('invalid', 'Unknown country', 422);
    }
    return create(consignments);
  };
  await engine.load();
  const refused = { ...dest('x', 'X', { [key(2)]: 1 }), address: { countryCode: 'XX', city: 'X' } };
  engine.setIntent({ destinations: [dest('a', 'A', { [key(1)]: 1 }), refused] });
  let state = await engine.settled();
  assert.deepEqual(state.destinations.map((d) => d.status), ['saved', 'error']);
  assert.equal(state.destinations[1]!.error?.kind, 'invalid');
  // Editing the refused destination clears its error and sends it again.
  engine.setIntent((intent) => ({ destinations: [intent.destinations[0]!, dest('x', 'X', { [key(2)]: 1 })] }));
  state = await engine.settled();
  assert.deepEqual(state.destinations.map((d) => d.status), ['saved', 'saved']);
  assert.equal(state.lastError, null);
});


test('a refusal that answers after the shopper fixed the destination does not block the fix', async () => {
  const { engine, gateway } = setup([1, 1]);
  await engine.load();
  engine.setIntent({ destinations: [dest('a', 'A', { [key(1)]: 1 })] });
  await engine.settled();
  const create = gateway.createConsignments.bind(gateway);
  const fixed: Intent = { destinations: [dest('a', 'A', { [key(1)]: 1 }), dest('x', 'X', { [key(2)]: 1 })] };
  gateway.createConsignments = async (consignments) => {
    if (consignments.some((c) => c.address.countryCode === 'XX')) {
      // The shopper corrects the country while the refused request is still on its way back.
      engine.setIntent(fixed);
      throw new GatewayError('invalid', 'Unknown country', 422);
    }
    return create(consignments);
  };
  engine.setIntent({ destinations: [dest('a', 'A', { [key(1)]: 1 }), { ...dest('x', 'X', { [key(2)]: 1 }), address: { countryCode: 'XX', city: 'X' } }] });
  const state = await engine.settled();
  assert.deepEqual(state.destinations.map((d) => [d.status, d.error]), [['saved', null], ['saved', null]]);
  assert.equal(state.lastError, null);
  assertMatches(state, fixed);
});

test('a load that keeps failing is reported, and resume() loads again', async () => {
  const { gateway } = setup([1]);
  const engine = new SyncEngine({ gateway, storage: null, sleep: noSleep, retry: { attempts: 2 } });
  gateway.faults = { errorRate: 0, timeoutRate: 1, conflictRate: 0 };
  let state = await engine.load();
  assert.equal(state.loaded, false);
  assert.equal(state.pending, false);
  assert.equal(state.lastError?.kind, 'network');
  gateway.faults = { errorRate: 0, timeoutRate: 0, conflictRate: 0 };
  engine.resume();
  state = await engine.settled();
  assert.equal(state.loaded, true);
  assert.equal(state.lastError, null);
});

test('edits made within the quiet period are written as one plan, after the shopper pauses', async () => {
  const { engine, gateway } = setup([5]);
  await engine.load();
  // The shopper presses + four times, each within the quiet period of the one before.
  for (const units of [1, 2, 3, 4]) engine.setIntent({ destinations: [dest('a', 'A', { [key(1)]: units })] }, { quietMs: 20 });
  assert.equal(engine.getState().pending, true, 'waiting to write counts as pending');
  assert.deepEqual(gateway.calls.filter((c) => c !== 'load'), [], 'nothing is written while the shopper is still editing');
  const state = await engine.settled();
  assertMatches(state, { destinations: [dest('a', 'A', { [key(1)]: 4 })] });
  assert.deepEqual(gateway.calls.filter((c) => c !== 'load'), ['create', 'select']);
});

test('a quiet burst that began during a write and goes on after its answer is written once, after the pause', async () => {
  const { engine, gateway } = setup([6]);
  await engine.load();
  engine.setIntent({ destinations: [dest('a', 'A', { [key(1)]: 1 })] });
  await engine.settled();
  const before = gateway.calls.length;
  engine.setIntent({ destinations: [dest('a', 'A', { [key(1)]: 2 })] });
  // The shopper types while that write is in flight, and goes on after it answers.
  engine.setIntent({ destinations: [dest('a', 'A', { [key(1)]: 3 })] }, { quietMs: 30 });
  await new Promise((resolve) => setTimeout(resolve, 5));
  assert.equal(engine.getState().pending, true, 'waiting for the pause counts as pending');
  const last: Intent = { destinations: [dest('a', 'A', { [key(1)]: 4 })] };
  engine.setIntent(last, { quietMs: 30 });
  const state = await engine.settled();
  assertMatches(state, last);
  assert.deepEqual(gateway.calls.slice(before).filter((c) => c !== 'load'), ['update', 'update'], 'the edit sent at once, then the burst');
});

test('an edit without a quiet period writes at once, with any quiet edit before it', async () => {
  const { engine, gateway } = setup([2, 2]);
  await engine.load();
  engine.setIntent({ destinations: [dest('a', 'A', { [key(1)]: 2 })] }, { quietMs: 60_000 });
  const intent: Intent = { destinations: [dest('a', 'A', { [key(1)]: 2, [key(2)]: 2 })] };
  engine.setIntent(intent);
  const state = await engine.settled();
  assertMatches(state, intent);
  assert.deepEqual(gateway.calls.filter((c) => c !== 'load'), ['create', 'select']);
});

test('flush() writes an edit that waits for the shopper to pause', async () => {
  const { engine, gateway } = setup([1]);
  await engine.load();
  engine.setIntent({ destinations: [dest('a', 'A', { [key(1)]: 1 })] }, { quietMs: 60_000 });
  engine.flush();
  const state = await engine.settled();
  assert.equal(state.complete, true);
  assert.deepEqual(gateway.calls.filter((c) => c !== 'load'), ['create', 'select']);
});

test('a sign-in by the host page shows the saved addresses without a write or a read', async () => {
  const { engine, gateway } = setup([1]);
  await engine.load();
  const seen: number[] = [];
  engine.subscribe((state) => seen.push(state.savedAddresses.length));
  const calls = gateway.calls.length;
  gateway.signIn([{ id: 7, address: { countryCode: 'US', city: 'Austin' } }]);
  assert.equal(seen.at(-1), 1);
  assert.equal(gateway.calls.length, calls);
  engine.dispose();
  gateway.signIn([]);
  assert.equal(seen.at(-1), 1, 'a disposed engine no longer listens');
});

test('the store data the address form needs passes through the engine once loaded', async () => {
  const { engine, gateway } = setup([1]);
  gateway.fields = [{ name: 'firstName', custom: false, required: true }];
  assert.deepEqual(engine.addressFields('US'), []);
  assert.deepEqual(engine.shippingCountries(), []);
  await engine.load();
  assert.deepEqual(engine.addressFields('US'), gateway.fields);
  assert.equal(engine.shippingCountries()[0]!.code, 'US');
});

test('while it waits out a failure before trying again the state says which one; success clears it', async () => {
  const { engine, gateway } = setup([1]);
  await engine.load();
  let failures = 2;
  const create = gateway.createConsignments.bind(gateway);
  gateway.createConsignments = async (c) => {
    if (failures-- > 0) throw new GatewayError('unavailable', 'Service Unavailable', 503);
    return create(c);
  };
  const seen: (string | null)[] = [];
  engine.subscribe((state) => seen.push(state.retrying?.kind ?? null));
  engine.setIntent({ destinations: [dest('a', 'A', { [key(1)]: 1 })] });
  const state = await engine.settled();
  assert.equal(state.complete, true);
  assert.ok(seen.includes('unavailable'), 'the wait was shown');
  assert.equal(state.retrying, null);
});
