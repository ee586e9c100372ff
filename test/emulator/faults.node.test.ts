import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Faults } from '../../src/emulator/faults.js';
import { startEmulatorServer } from '../../src/emulator/server.js';
import { firstPhysical, read, seedCart, setFaults, usAddress, useEmulator } from './helpers.js';

const client = useEmulator({ seed: 7 });

const statuses = async (id: string, n: number) => {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push((await client.call('GET', `/api/storefront/checkout/${id}`)).status);
  return out;
};

describe('faults', () => {
  test('GET and PUT /__emulator/faults read and change the settings; bad settings are refused', async () => {
    const initial = await client.call('GET', '/__emulator/faults');
    assert.equal(initial.body.errorRate, 0);
    assert.equal(initial.body.splitKeepsId, 'assigned');
    assert.equal(initial.body.putRemovesItems, true);
    assert.equal(initial.body.writesDropSelections, true);
    const changed = await client.call('PUT', '/__emulator/faults', { errorRate: 0.25, latencyMs: 5 });
    assert.equal(changed.body.errorRate, 0.25);
    assert.equal((await client.call('GET', '/__emulator/faults')).body.latencyMs, 5);
    const bad = await client.call('PUT', '/__emulator/faults', { errorRate: 2 });
    assert.equal(bad.status, 400);
    assert.match(bad.body.detail, /errorRate must be a number from 0 to 1/);
    const unknown = await client.call('PUT', '/__emulator/faults', { nonsense: true });
    assert.equal(unknown.status, 400);
  });

  test('the same seed gives the same 5xx sequence', async () => {
    const checkout = await seedCart(client);
    await setFaults(client, { errorRate: 0.5, seed: 42 }, checkout.id);
    const first = await statuses(checkout.id, 30);
    await setFaults(client, { seed: 42 }, checkout.id);
    const second = await statuses(checkout.id, 30);
    assert.deepEqual(first, second);
    assert.ok(first.includes(500) && first.includes(200), first.join(','));
  });

  test('an injected 5xx is a problem and applies nothing', async () => {
    const checkout = await seedCart(client);
    await setFaults(client, { errorRate: 1 }, checkout.id);
    const reply = await client.call('POST', `/api/storefront/checkouts/${checkout.id}/consignments`, [{ address: usAddress, lineItems: [{ itemId: firstPhysical(checkout, 105).id, quantity: 1 }] }]);
    assert.equal(reply.status, 500);
    assert.equal(reply.body.status, 500);
    await setFaults(client, { errorRate: 0 }, checkout.id);
    assert.deepEqual((await read(client, checkout.id)).consignments, []);
  });

  test('conflictRate answers writes with 409 and applies nothing; reads are never conflicted', async () => {
    const checkout = await seedCart(client);
    await setFaults(client, { conflictRate: 1 }, checkout.id);
    assert.deepEqual(await statuses(checkout.id, 3), [200, 200, 200]);
    const reply = await client.call('POST', `/api/storefront/checkouts/${checkout.id}/consignments`, [{ address: usAddress, lineItems: [{ itemId: firstPhysical(checkout, 105).id, quantity: 1 }] }]);
    assert.equal(reply.status, 409);
    assert.equal(reply.body.title, 'The request cannot be processed due to a possible conflict. Please review the changes and try again.');
    await setFaults(client, { conflictRate: 0 }, checkout.id);
    assert.equal((await read(client, checkout.id)).version, checkout.version);
  });

  test('a partial conflict rate conflicts some writes and is repeatable', async () => {
    const run = async () => {
      const checkout = await seedCart(client, [{ productId: 104, quantity: 1 }]);
      await setFaults(client, { conflictRate: 0.5, seed: 3 }, checkout.id);
      const out: number[] = [];
      const beanie = firstPhysical(checkout, 104);
      for (let i = 0; i < 12; i++) {
        const reply = await client.call('POST', `/api/storefront/checkouts/${checkout.id}/consignments`, [{ address: usAddress, lineItems: [{ itemId: beanie.id, quantity: 1 }] }]);
        out.push(reply.status);
        if (reply.status === 200) await client.call('DELETE', `/api/storefront/checkouts/${checkout.id}/consignments/${reply.body.consignments[0].id}`);
      }
      return out;
    };
    const first = await run();
    assert.ok(first.includes(409) && first.includes(200), first.join(','));
  });

  test('latency delays storefront answers but never admin ones', async () => {
    const checkout = await seedCart(client);
    await setFaults(client, { latencyMs: 120 }, checkout.id);
    const t0 = performance.now();
    await client.call('GET', `/api/storefront/checkout/${checkout.id}`);
    const slow = performance.now() - t0;
    const t1 = performance.now();
    await client.call('GET', '/__emulator/faults');
    const fast = performance.now() - t1;
    assert.ok(slow >= 115, `storefront took ${slow} ms`);
    assert.ok(fast < 100, `admin took ${fast} ms`);
    const [entry] = (await client.call('GET', `/__emulator/requests?checkoutId=${checkout.id}`)).body.requests.slice(-1);
    assert.ok(entry.durationMs >= 115);
  });

  test('per-checkout faults override the global ones for that checkout only', async () => {
    const a = await seedCart(client);
    const b = await seedCart(client);
    await setFaults(client, { errorRate: 1 }, a.id);
    assert.deepEqual(await statuses(a.id, 3), [500, 500, 500]);
    assert.deepEqual(await statuses(b.id, 3), [200, 200, 200]);
    const view = await client.call('GET', `/__emulator/faults?checkoutId=${a.id}`);
    assert.equal(view.body.errorRate, 1);
    await client.call('DELETE', `/__emulator/faults?checkoutId=${a.id}`);
    assert.deepEqual(await statuses(a.id, 2), [200, 200]);
  });

  test('a checkout\'s fault sequence does not depend on other checkouts\' traffic', async () => {
    const a = await seedCart(client);
    const b = await seedCart(client);
    await setFaults(client, { errorRate: 0.5, seed: 9 });
    const alone = await statuses(a.id, 20);
    await setFaults(client, { seed: 9 });
    const mixed: number[] = [];
    for (let i = 0; i < 20; i++) {
      await client.call('GET', `/api/storefront/checkout/${b.id}`);
      mixed.push((await client.call('GET', `/api/storefront/checkout/${a.id}`)).status);
    }
    assert.deepEqual(mixed, alone);
  });
});

describe('timeouts', () => {
  test('a timed-out request hangs until the client gives up, and close() releases what still hangs', async () => {
    const server = await startEmulatorServer({ port: 0 });
    try {
      const created = await fetch(`${server.url}/api/storefront/carts`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ lineItems: [{ productId: 104, quantity: 1 }] }) });
      const { id } = (await created.json()) as { id: string };
      await fetch(`${server.url}/__emulator/faults?checkoutId=${id}`, { method: 'PUT', body: JSON.stringify({ timeoutRate: 1 }) });
      const gaveUp = await fetch(`${server.url}/api/storefront/checkout/${id}`, { signal: AbortSignal.timeout(150) }).then(
        () => 'answered',
        (error: Error) => error.name,
      );
      assert.equal(gaveUp, 'TimeoutError');
      const hanging = fetch(`${server.url}/api/storefront/checkout/${id}`).then(
        () => 'answered',
        () => 'released',
      );
      const log = await (await fetch(`${server.url}/__emulator/requests?checkoutId=${id}`)).json() as { requests: { fault?: string; status: number }[] };
      assert.ok(log.requests.some((r) => r.fault === 'timeout' && r.status === 0));
      server.emulator.close();
      assert.equal(await hanging, 'released');
    } finally {
      await server.close();
    }
  });

  test('a timed-out write is sometimes applied, and the log says which', async () => {
    const checkout = await seedCart(client, [{ productId: 104, quantity: 1 }, { productId: 108, quantity: 1 }, { productId: 112, quantity: 1 }, { productId: 106, quantity: 1 }]);
    await setFaults(client, { timeoutRate: 1, seed: 5 }, checkout.id);
    const items = checkout.cart.lineItems.physicalItems;
    for (const item of items) {
      await fetch(`${client.server.url}/api/storefront/checkouts/${checkout.id}/consignments`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify([{ address: usAddress, lineItems: [{ itemId: item.id, quantity: 1 }] }]),
        signal: AbortSignal.timeout(100),
      }).catch(() => undefined);
    }
    await setFaults(client, { timeoutRate: 0 }, checkout.id);
    const log = (await client.call('GET', `/__emulator/requests?checkoutId=${checkout.id}`)).body.requests.filter((r: { method: string }) => r.method === 'POST');
    const applied = log.filter((r: { applied?: boolean }) => r.applied).length;
    assert.equal(log.length, items.length);
    assert.equal((await read(client, checkout.id)).consignments.length, applied);
    client.server.emulator.close();
  });
});

describe('request log', () => {
  test('every storefront request is logged with seq, method, path, query, status, duration and checkout id; DELETE clears it', async () => {
    const checkout = await seedCart(client);
    await client.call('GET', `/api/storefront/checkout/${checkout.id}?include=consignments.availableShippingOptions`);
    await client.call('GET', '/api/storefront/nope');
    const { requests } = (await client.call('GET', '/__emulator/requests')).body;
    assert.deepEqual(requests.map((r: { seq: number }) => r.seq), requests.map((_: unknown, i: number) => i + 1));
    const get = requests.find((r: { path: string; query: Record<string, string> }) => r.path === `/api/storefront/checkout/${checkout.id}` && r.query.include);
    assert.equal(get.method, 'GET');
    assert.equal(get.status, 200);
    assert.equal(get.checkoutId, checkout.id);
    assert.equal(get.query.include, 'consignments.availableShippingOptions');
    assert.equal(typeof get.durationMs, 'number');
    assert.ok(!Number.isNaN(Date.parse(get.at)));
    assert.ok(requests.some((r: { status: number }) => r.status === 404));
    assert.ok(requests.every((r: { path: string }) => !r.path.startsWith('/__emulator')));
    const only = (await client.call('GET', `/__emulator/requests?checkoutId=${checkout.id}`)).body.requests;
    assert.ok(only.every((r: { checkoutId: string }) => r.checkoutId === checkout.id));
    const since = requests[1].seq;
    const later = (await client.call('GET', `/__emulator/requests?since=${since}`)).body.requests;
    assert.deepEqual(later.map((r: { seq: number }) => r.seq), requests.filter((r: { seq: number }) => r.seq > since).map((r: { seq: number }) => r.seq));
    await client.call('DELETE', '/__emulator/requests');
    assert.deepEqual((await client.call('GET', '/__emulator/requests')).body.requests, []);
  });

  test('reset clears the log and the faults', async () => {
    await seedCart(client);
    await setFaults(client, { errorRate: 1 });
    await client.call('POST', '/__emulator/reset');
    assert.deepEqual((await client.call('GET', '/__emulator/requests')).body.requests, []);
    assert.equal((await client.call('GET', '/__emulator/faults')).body.errorRate, 0);
  });
});

describe('fault decisions', () => {
  test('latency with jitter is drawn from the seed: the same seed gives the same delays', () => {
    const delays = (seed: number) => {
      const faults = new Faults(seed);
      faults.set({ latencyMs: 100, jitterMs: 50 });
      return Array.from({ length: 10 }, () => faults.decide('checkout-a', false).delayMs);
    };
    assert.deepEqual(delays(11), delays(11));
    assert.notDeepEqual(delays(11), delays(12));
    for (const d of delays(11)) assert.ok(d >= 100 && d <= 150, String(d));
  });

  test("a checkout's own seed gives the same faults whatever its id, and leaves other checkouts' streams alone", () => {
    const draws = (faults: Faults, checkoutId: string) =>
      Array.from({ length: 12 }, () => faults.decide(checkoutId, true).fault ?? 'ok');
    const seeded = new Faults(1);
    seeded.set({ errorRate: 0.5 });
    seeded.set({ seed: 42 }, 'cart-a');
    seeded.set({ seed: 42 }, 'cart-b');
    assert.deepEqual(draws(seeded, 'cart-a'), draws(seeded, 'cart-b'));
    const plain = new Faults(1);
    plain.set({ errorRate: 0.5 });
    assert.deepEqual(draws(seeded, 'other'), draws(plain, 'other'), 'a per-checkout seed is not the emulator seed');
  });

  test('conflicts are never drawn for reads', () => {
    const faults = new Faults(1);
    faults.set({ conflictRate: 1 });
    assert.equal(faults.decide('c', false).fault, undefined);
    assert.equal(faults.decide('c', true).fault, 'conflict');
  });

  test('the emulator options set the starting latency, and reset returns to them', async () => {
    const server = await startEmulatorServer({ port: 0, latencyMs: 40, jitterMs: 10 });
    try {
      const get = async () => (await (await fetch(`${server.url}/__emulator/faults`)).json()) as { latencyMs: number; jitterMs: number };
      assert.deepEqual(await get().then((f) => [f.latencyMs, f.jitterMs]), [40, 10]);
      await fetch(`${server.url}/__emulator/faults`, { method: 'PUT', body: JSON.stringify({ latencyMs: 0 }) });
      server.emulator.reset();
      assert.equal((await get()).latencyMs, 40);
    } finally {
      await server.close();
    }
  });
});
