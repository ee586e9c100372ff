// One chaos run, the same in Node and in a browser page: a seeded random cart, random intents set
// (and set again mid-write), a chosen option, under random seeded faults and one of the twelve
// store behaviours, through whatever gateway it is given. It measures instead of asserting: what
// the emulator holds afterwards against what the shopper asked for.
import { addressMatches, holdings, type CheckoutTruth, type DestinationIntent, type Intent } from '../../src/core/index.js';
import type { CheckoutGateway } from '../../src/gateway/gateway.js';
import { MemoryStorage, SyncEngine, type SyncState } from '../../src/sync/index.js';
import { randomIntent as randomSplit, seeded, settle } from '../../test/support/seeded.js';

export type SplitKeepsId = 'assigned' | 'remainder' | 'perUnit';
export interface Behaviour {
  splitKeepsId: SplitKeepsId;
  putRemovesItems: boolean;
  writesDropSelections: boolean;
}

/** Every store-behaviour switch setting: 3 × 2 × 2. */
export const behaviours: readonly Behaviour[] = (['assigned', 'remainder', 'perUnit'] as const).flatMap((splitKeepsId) =>
  [true, false].flatMap((putRemovesItems) => [true, false].map((writesDropSelections) => ({ splitKeepsId, putRemovesItems, writesDropSelections }))),
);

export interface RunResult {
  seed: number;
  converged: boolean;
  /** Consignments beyond one per destination (a destination created twice, or one nobody wants). */
  duplicated: number;
  /** Units of an item held beyond what its destination asked for. */
  overAllocated: number;
  /** Destinations with items that have no consignment, or dropped from the intent. */
  lost: number;
  notConverging: boolean;
  writes: number;
  error?: string;
}

export type MakeGateway = (checkoutId: string) => CheckoutGateway;

const places: readonly DestinationIntent['address'][] = [
  { firstName: 'Ada', lastName: 'Lovelace', address1: '500 Congress Ave', city: 'Austin', stateOrProvince: 'Texas', stateOrProvinceCode: 'TX', countryCode: 'US', postalCode: '78701', phone: '5125550100' },
  { firstName: 'Grace', lastName: 'Hopper', address1: '400 Broad St', city: 'Seattle', stateOrProvince: 'Washington', stateOrProvinceCode: 'WA', countryCode: 'US', postalCode: '98109', phone: '2065550100' },
  { firstName: 'Alan', lastName: 'Turing', address1: '200 E Colfax Ave', city: 'Denver', stateOrProvince: 'Colorado', stateOrProvinceCode: 'CO', countryCode: 'US', postalCode: '80203', phone: '3035550100' },
  { firstName: 'Charles', lastName: 'Babbage', address1: '1 King St', city: 'London', countryCode: 'GB', postalCode: 'SW1A 1AA' },
];

interface Product {
  id: number;
  type: string;
  cannotShipTo?: string[];
  variants: { id: number }[];
}

/** The emulator's admin and storefront endpoints at `base` ('' on the emulator's own origin). */
export function emulatorAt(base: string) {
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(base + path, {
      method,
      headers: { Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? null : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
  let products: Promise<Product[]> | undefined;
  return {
    products: () => (products ??= call<{ products: Product[] }>('GET', '/__emulator/catalog').then((c) => c.products)),
    createCart: (lineItems: unknown[]) => call<{ id: string }>('POST', '/api/storefront/carts', { lineItems }).then((c) => c.id),
    setFaults: (checkoutId: string, faults: Record<string, unknown>) => call('PUT', `/__emulator/faults?checkoutId=${encodeURIComponent(checkoutId)}`, faults),
    checkout: (checkoutId: string) => call<CheckoutTruth>('GET', `/__emulator/checkouts/${encodeURIComponent(checkoutId)}`),
    log: (checkoutId: string) =>
      call<{ requests: { method: string; path: string; operation?: string }[] }>('GET', `/__emulator/requests?checkoutId=${encodeURIComponent(checkoutId)}`).then((r) => r.requests),
  };
}

const graphqlWrites = new Set(['addCheckoutShippingConsignments', 'updateCheckoutShippingConsignment', 'selectCheckoutShippingOption', 'deleteCheckoutConsignment']);


function measure(truth: CheckoutTruth, state: SyncState, intent: Intent): Omit<RunResult, 'seed' | 'writes' | 'converged' | 'notConverging'> & { matches: boolean } {
  const held = holdings(truth);
  const wanted = intent.destinations.filter((d) => Object.values(d.items).some((q) => q > 0));
  const linked = new Map<string, string>();
  let lost = intent.destinations.filter((d) => !state.intent.destinations.some((s) => s.id === d.id)).length;
  let overAllocated = 0;
  let matches = true;
  for (const d of wanted) {
    const id = state.links[d.id];
    const consignment = truth.consignments.find((c) => c.id === id);
    if (!consignment) {
      lost++;
      matches = false;
      continue;
    }
    linked.set(consignment.id, d.id);
    const units = held.byConsignment.get(consignment.id) ?? new Map();
    for (const [key, count] of units) {
      const asked = d.items[key] ?? 0;
      if (count > asked) overAllocated += count - asked;
      if (count !== asked) matches = false;
    }
    for (const [key, asked] of Object.entries(d.items)) if ((units.get(key) ?? 0) !== asked) matches = false;
    if (!addressMatches(consignment.address, d.address)) matches = false;
    const selected = consignment.selectedShippingOption?.id;
    if (!selected || !(consignment.availableShippingOptions ?? []).some((o) => o.id === selected)) matches = false;
    if (d.shippingOptionId && selected !== d.shippingOptionId) matches = false;
  }
  const owners = truth.consignments.flatMap((c) => c.lineItemIds.map(String));
  overAllocated += owners.length - new Set(owners).size;
  // Every consignment no wanted destination is linked to is one too many (a second copy of a destination, or a leftover).
  const duplicated = truth.consignments.filter((c) => !linked.has(c.id)).length;
  if (duplicated > 0 || overAllocated > 0) matches = false;
  return { duplicated, overAllocated, lost, matches };
}

export async function chaosRun(seed: number, makeGateway: MakeGateway, base = ''): Promise<RunResult> {
  const store = emulatorAt(base);
  const random = seeded(seed);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const behaviour = behaviours[seed % behaviours.length]!;
  const products = (await store.products()).filter((p) => !p.cannotShipTo?.length);
  const physical = products.filter((p) => p.type === 'physical');
  const lines: { productId: number; variantId?: number; quantity: number }[] = Array.from({ length: 1 + Math.floor(random() * 4) }, () => {
    const product = pick(physical);
    return { productId: product.id, variantId: pick(product.variants).id, quantity: 1 + Math.floor(random() * 4) };
  });
  const digital = products.find((p) => p.type === 'digital');
  if (digital && random() < 0.3) lines.push({ productId: digital.id, quantity: 1 });
  const checkoutId = await store.createCart(lines);
  const faults = {
    latencyMs: Math.floor(random() * 2),
    jitterMs: Math.floor(random() * 4),
    errorRate: random() * 0.15,
    timeoutRate: random() * 0.05,
    conflictRate: random() * 0.15,
    ...behaviour,
    seed,
  };
  await store.setFaults(checkoutId, faults);
  const engine = new SyncEngine({
    gateway: makeGateway(checkoutId),
    storage: new MemoryStorage(),
    sleep: () => new Promise((resolve) => setTimeout(resolve, 1)),
    retry: { attempts: 8, baseMs: 1, maxMs: 4 },
  });
  try {
    await engine.load();
    let state = await settle(engine);
    const items = state.derived?.items.map((a) => a.item) ?? [];
    const randomIntent = (): Intent => randomSplit(random, items, 4, places);
    engine.setIntent(randomIntent());
    // Half the runs edit again while the first plan is being written (coalescing).
    if (random() < 0.5) state = await settle(engine);
    let intent = randomIntent();
    engine.setIntent(intent);
    state = await settle(engine);
    const chosenFor = state.lastError ? undefined : state.destinations.find((d) => d.availableOptions.length > 1);
    if (chosenFor) {
      const other = chosenFor.availableOptions.find((o) => o.id !== chosenFor.selectedOption?.id)!;
      intent = { destinations: intent.destinations.map((d) => (d.id === chosenFor.id ? { ...d, shippingOptionId: other.id } : d)) };
      engine.setIntent(intent);
      state = await settle(engine);
    }
    const truth = await store.checkout(checkoutId);
    const measured = measure(truth, state, intent);
    const log = await store.log(checkoutId);
    const writes = log.filter((r) => (r.path === '/graphql' ? graphqlWrites.has(r.operation ?? '') : r.method !== 'GET' && r.path.includes('/consignments'))).length;
    const notConverging = state.lastError?.kind === 'not-converging';
    const { matches, ...counts } = measured;
    return { seed, converged: !state.lastError && matches, notConverging, writes, ...counts, ...(state.lastError ? { error: `${state.lastError.kind}: ${state.lastError.message}` } : {}) };
  } finally {
    engine.dispose();
  }
}

export interface ChaosRow {
  gateway: string;
  runs: number;
  converged: number;
  duplicated: number;
  overAllocated: number;
  lost: number;
  notConverging: number;
  medianWrites: number;
  worstWrites: number;
}

export function summarize(gateway: string, results: readonly RunResult[]): ChaosRow {
  const writes = results.map((r) => r.writes).sort((a, b) => a - b);
  const sum = (f: (r: RunResult) => number) => results.reduce((n, r) => n + f(r), 0);
  return {
    gateway,
    runs: results.length,
    converged: sum((r) => (r.converged ? 1 : 0)),
    duplicated: sum((r) => r.duplicated),
    overAllocated: sum((r) => r.overAllocated),
    lost: sum((r) => r.lost),
    notConverging: sum((r) => (r.notConverging ? 1 : 0)),
    medianWrites: writes.length ? writes[Math.floor((writes.length - 1) / 2)]! : 0,
    worstWrites: writes.at(-1) ?? 0,
  };
}

export function table(rows: readonly ChaosRow[]): string {
  const head = '| gateway | runs | converged | duplicated destinations | over-allocations | lost destinations | not-converging | median writes | worst writes |';
  const rule = '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |';
  const body = rows.map((r) => `| ${r.gateway} | ${r.runs} | ${r.converged} | ${r.duplicated} | ${r.overAllocated} | ${r.lost} | ${r.notConverging} | ${r.medianWrites} | ${r.worstWrites} |`);
  return [head, rule, ...body].join('\n');
}

/** Runs `seeds` with up to `lanes` at a time (each run has its own checkout and its own fault stream). */
export async function chaosRuns(seeds: readonly number[], makeGateway: MakeGateway, base = '', lanes = 4): Promise<RunResult[]> {
  const results: RunResult[] = new Array<RunResult>(seeds.length);
  let next = 0;
  const lane = async () => {
    while (next < seeds.length) {
      const index = next++;
      results[index] = await chaosRun(seeds[index]!, makeGateway, base);
    }
  };
  await Promise.all(Array.from({ length: Math.min(lanes, seeds.length) }, lane));
  return results;
}
