import type { AddressFields, DestinationIntent, Intent, ItemKey } from '../../src/core/index.js';
import type { SyncEngine, SyncState } from '../../src/sync/index.js';

/** mulberry32, as the emulator uses: a test run is reproducible from its seed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A random split of `items` over 1 to `maxDestinations` destinations (ids d0, d1, …), each at a
 * random one of `places`; every unit goes to one of them or stays unplaced.
 */
export function randomIntent(random: () => number, items: readonly { key: ItemKey; quantity: number }[], maxDestinations: number, places: readonly AddressFields[]): Intent {
  const count = 1 + Math.floor(random() * maxDestinations);
  const destinations: DestinationIntent[] = Array.from({ length: count }, (_, i) => ({ id: `d${i}`, address: places[Math.floor(random() * places.length)]!, items: {} }));
  for (const item of items) {
    for (let unit = 0; unit < item.quantity; unit++) {
      const slot = Math.floor(random() * (count + 1));
      if (slot === count) continue;
      const target = destinations[slot]!.items as Record<string, number>;
      target[item.key] = (target[item.key] ?? 0) + 1;
    }
  }
  return { destinations };
}

/** Waits until the engine settles, pressing "try again" as a shopper would when retries run out (not after not-converging). */
export async function settle(engine: SyncEngine): Promise<SyncState> {
  let state = await engine.settled();
  for (let attempt = 0; state.lastError && state.lastError.kind !== 'not-converging' && attempt < 5; attempt++) {
    engine.resume();
    state = await engine.settled();
  }
  return state;
}
