// Runs one strategy in the page, against the emulator on the same origin, and measures it: from
// a checkout page that has loaded its checkout (no consignment yet) to every unit allocated and
// an option selected on every destination.
import { createCheckoutService, type Consignment } from '@bigcommerce/checkout-sdk/essential';
import { holdings, isComplete, type CheckoutTruth, type Intent } from '../src/core/index.js';
import { SdkGateway } from '../src/gateway/index.js';
import { SyncEngine } from '../src/sync/index.js';
import { addresses, adminCheckout, catalog, createCart, json, setFaults } from '../test/support/emulator-client.js';
import { LATENCY_MS } from './settings.js';

export type Strategy = 'split-ship' | 'checkout-js' | 'per-unit-assign' | 'api-floor';

export interface BenchResult {
  writes: number;
  requests: number;
  wallMs: number;
  /** Destinations the strategy left without a selected option on the store (0 when complete). */
  unselected: number;
}

export interface BurstResult {
  /** Writes from the end of the write in flight to settled: what the burst cost. */
  writes: number;
  requests: number;
  wallMs: number;
}

interface Logged {
  seq: number;
  method: string;
  path: string;
}


type CheckoutService = ReturnType<typeof createCheckoutService>;

/** `count` distinct destinations: the SDK's assignItemsToAddress merges equal addresses, so every one differs. */
function destinationAddresses(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    ...addresses.austin,
    firstName: 'Shopper',
    lastName: `Number ${i + 1}`,
    address1: `${100 + i} Congress Ave`,
  }));
}

/** What a checkout page sends the SDK as an address (every field present, as its form has them). */
const sdkAddress = (address: ReturnType<typeof destinationAddresses>[number]) => ({ ...address, company: '', address2: '', customFields: [] });

/**
 * A checkout with `items` line items and no consignment, each line holding one unit per
 * destination. The seeded catalog has fewer distinct variants than the largest cases, so some
 * variants come in twice the quantity and are split into two line items before the run (a
 * consignment takes half, then is deleted: split lines stay split).
 */
async function benchCheckout(items: number, destinations: number): Promise<string> {
  const variants = (await catalog())
    .filter((p) => p.type === 'physical' && !p.cannotShipTo?.includes('US'))
    .flatMap((p) => p.variants.map((v) => ({ productId: p.id, variantId: v.id })));
  const distinct = variants.slice(0, items);
  const doubled = items - distinct.length;
  if (doubled > distinct.length) throw new Error(`the catalog cannot make ${items} line items`);
  const lineItems = distinct.map((v, i) => ({ ...v, quantity: i < doubled ? 2 * destinations : destinations }));
  const checkoutId = await createCart(lineItems);
  if (doubled > 0) {
    const base = `/api/storefront/checkouts/${checkoutId}/consignments`;
    const checkout = await json<CheckoutTruth>(await fetch(`/api/storefront/checkout/${checkoutId}`));
    const toSplit = checkout.cart.lineItems.physicalItems.filter((l) => l.quantity === 2 * destinations);
    const made = await json<CheckoutTruth>(
      await fetch(base, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify([{ address: destinationAddresses(1)[0], lineItems: toSplit.map((l) => ({ itemId: l.id, quantity: destinations })) }]),
      }),
    );
    await json(await fetch(`${base}/${made.consignments[0]!.id}`, { method: 'DELETE' }));
  }
  return checkoutId;
}

/**
 * The checkout page as the shopper finds it: its CheckoutService has loaded the checkout (the
 * store's settings, form fields and the checkout with its options), as BigCommerce's checkout
 * and the demo do before the shipping step. Loaded before the clock starts, for every strategy.
 */
async function checkoutPage(checkoutId: string): Promise<CheckoutService> {
  // shouldWarnMutation off, as checkout-js creates its service outside development.
  const service = createCheckoutService({ shouldWarnMutation: false });
  await service.loadCheckout(checkoutId, { params: { include: ['consignments.availableShippingOptions'] as never } });
  return service;
}

/** Every storefront request pays the latency: the checkout's own and the store-wide ones (countries, form fields). */
async function setLatency(checkoutId: string, latencyMs: number, dropSelections: boolean): Promise<void> {
  await json(await fetch('/__emulator/faults', { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ latencyMs, jitterMs: 0 }) }));
  await setFaults(checkoutId, { latencyMs, jitterMs: 0, writesDropSelections: dropSelections });
}

async function lastSeq(): Promise<number> {
  const { requests } = await json<{ requests: Logged[] }>(await fetch('/__emulator/requests'));
  return requests.at(-1)?.seq ?? 0;
}

async function requestsSince(fromSeq: number): Promise<Logged[]> {
  const { requests } = await json<{ requests: Logged[] }>(await fetch('/__emulator/requests'));
  return requests.filter((r) => r.seq > fromSeq);
}

const isWrite = (r: Logged) => r.method !== 'GET' && r.path.includes('/consignments');

/** The engine through the page's service, as `<split-ship>` runs when the page passes its `service`. */
async function splitShip(service: CheckoutService, checkoutId: string, destinations: number): Promise<void> {
  const engine = new SyncEngine({ gateway: new SdkGateway({ checkoutId, service }), storage: null });
  const loaded = await engine.load();
  // One unit of every line per destination (a variant split in two lines gives two).
  const share = Object.fromEntries(loaded.derived!.items.map((a) => [a.item.key, a.item.quantity / destinations]));
  const intent: Intent = {
    destinations: destinationAddresses(destinations).map((address, i) => ({ id: `d${i}`, address, items: share })),
  };
  engine.setIntent(intent);
  const state = await engine.settled();
  engine.dispose();
  if (state.lastError) throw new Error(`split-ship stopped: ${JSON.stringify(state.lastError)}`);
}

/**
 * The "recommended or missing option" step BigCommerce's checkout runs after each allocation:
 * every consignment the SDK shows without a selection gets, one request at a time, the option it
 * had before the allocation, else the recommended one.
 */
async function selectRecommendedOrMissing(service: CheckoutService, before: readonly Consignment[], after: readonly Consignment[]): Promise<void> {
  const had = new Map(before.map((c) => [c.id, c.selectedShippingOption?.id]));
  for (const consignment of after) {
    if (consignment.selectedShippingOption) continue;
    const optionId = had.get(consignment.id) ?? consignment.availableShippingOptions?.find((o) => o.isRecommended)?.id;
    if (optionId) await service.selectConsignmentShippingOption(consignment.id, optionId);
  }
}

/**
 * What BigCommerce's checkout (checkout-js) does in its multi-address step, replayed with the
 * real SDK. Followed: bigcommerce/checkout-js packages/core/src/app/shipping/NewConsignment.tsx
 * at 0559c69502a4aa3cb0156dda99591eaef6987084 (handleAllocateItems: one assignItemsToAddress
 * with the address and the items chosen in the "Allocate items" dialog, then
 * setRecommendedOrMissingShippingOption with the consignments from before and after) and
 * utils/setRecommendedOrMissingShippingOption.ts at 28ca4a5d5be82987f5ebb18bf49895dc3b42ddde.
 * Destinations go in order, each taking one unit of every line still unallocated.
 */
async function checkoutJs(service: CheckoutService, destinations: number): Promise<void> {
  const data = () => service.getState().data;
  for (const address of destinationAddresses(destinations)) {
    const before = data().getConsignments() ?? [];
    const assigned = new Set(before.flatMap((c) => c.lineItemIds));
    const unallocated = data().getCart()!.lineItems.physicalItems.filter((l) => !assigned.has(String(l.id)));
    const state = await service.assignItemsToAddress({ address: sdkAddress(address), lineItems: unallocated.map((l) => ({ itemId: l.id, quantity: 1 })) });
    await selectRecommendedOrMissing(service, before, state.data.getConsignments() ?? []);
  }
}

/** The SDK helpers at their finest grain: one assignItemsToAddress per unit and destination. */
async function perUnitAssign(service: CheckoutService, destinations: number): Promise<void> {
  const data = () => service.getState().data;
  const cart = data().getCart()!;
  for (const line of cart.lineItems.physicalItems) {
    for (const address of destinationAddresses(destinations)) {
      // A split gives the unassigned units a new line-item id: find them again each time.
      const assigned = new Set((data().getConsignments() ?? []).flatMap((c) => c.lineItemIds));
      const free = data()
        .getCart()!
        .lineItems.physicalItems.find((l) => l.productId === line.productId && l.variantId === line.variantId && !assigned.has(String(l.id)))!;
      await service.assignItemsToAddress({ address: sdkAddress(address), lineItems: [{ itemId: free.id, quantity: 1 }] });
    }
  }
  // Select an option per destination, then re-select any the API dropped, as far as the SDK shows it.
  for (let pass = 0; pass < 3; pass++) {
    const missing = (data().getConsignments() ?? []).filter((c) => !c.selectedShippingOption);
    if (missing.length === 0) break;
    for (const consignment of missing) {
      const option = consignment.availableShippingOptions?.find((o) => o.isRecommended) ?? consignment.availableShippingOptions?.[0];
      if (option) await service.selectConsignmentShippingOption(consignment.id, option.id);
    }
  }
}

/**
 * The floor itself, sent with plain fetch and nothing around it: one read, one POST of every
 * destination, one option PUT each. What the API requires on this machine and this emulator, so
 * split-ship's time can be set against it as well as against latency alone.
 */
async function apiFloor(checkoutId: string, destinations: number): Promise<void> {
  const include = 'include=consignments.availableShippingOptions';
  const send = (path: string, method: string, body: unknown) =>
    fetch(`/api/storefront/checkouts/${checkoutId}/consignments${path}?${include}`, { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }).then((r) => json<CheckoutTruth>(r));
  const checkout = await json<CheckoutTruth>(await fetch(`/api/storefront/checkout/${checkoutId}?${include}`));
  const lines = checkout.cart.lineItems.physicalItems;
  const entries = destinationAddresses(destinations).map((address) => ({ address: sdkAddress(address), lineItems: lines.map((l) => ({ itemId: l.id, quantity: l.quantity / destinations })) }));
  const created = await send('', 'POST', entries);
  for (const consignment of created.consignments) {
    const option = consignment.availableShippingOptions?.find((o) => o.isRecommended) ?? consignment.availableShippingOptions?.[0];
    if (option) await send(`/${consignment.id}`, 'PUT', { shippingOptionId: option.id });
  }
}

async function run(strategy: Strategy, items: number, destinations: number, dropSelections: boolean): Promise<BenchResult> {
  const checkoutId = await benchCheckout(items, destinations);
  await setFaults(checkoutId, { writesDropSelections: dropSelections });
  const service = await checkoutPage(checkoutId);
  await setLatency(checkoutId, LATENCY_MS, dropSelections);
  const fromSeq = await lastSeq();
  let wallMs: number;
  try {
    const started = performance.now();
    if (strategy === 'split-ship') await splitShip(service, checkoutId, destinations);
    else if (strategy === 'checkout-js') await checkoutJs(service, destinations);
    else if (strategy === 'api-floor') await apiFloor(checkoutId, destinations);
    else await perUnitAssign(service, destinations);
    wallMs = performance.now() - started;
  } finally {
    await setLatency(checkoutId, 0, dropSelections);
  }

  const truth = await adminCheckout<CheckoutTruth>(checkoutId);
  const unassigned = [...holdings(truth).unassigned.values()].reduce((a, b) => a + b, 0);
  if (unassigned > 0 || truth.consignments.length !== destinations) {
    throw new Error(`${strategy} left ${unassigned} units unassigned in ${truth.consignments.length} consignments`);
  }
  const unselected = truth.consignments.filter((c) => !c.selectedShippingOption).length;
  if ((strategy === 'split-ship' || strategy === 'api-floor') && (unselected > 0 || !isComplete(truth))) throw new Error(`${strategy} left ${unselected} destinations without an option`);
  const during = await requestsSince(fromSeq);
  return { writes: during.filter(isWrite).length, requests: during.length, wallMs, unselected };
}

/**
 * A shopper types into one quantity field while a write is in flight: `edits` values within
 * 80 ms (2, 3, 4, 5, 2, … units: few enough that the store's options stay the same, so no option
 * write follows). The engine plans the newest intent when the write in flight answers, so the
 * burst should cost one write. Two destinations, the store keeping selections (so every write
 * counted is one the edits caused).
 */
const unitsAt = (edit: number) => 2 + (edit % 4);

async function burst(edits: number): Promise<BurstResult> {
  const products = (await catalog()).filter((p) => p.type === 'physical' && !p.cannotShipTo?.includes('US'));
  const [a, b] = products.flatMap((p) => p.variants.map((v) => ({ productId: p.id, variantId: v.id })));
  const checkoutId = await createCart([
    { ...a!, quantity: 8 },
    { ...b!, quantity: 2 },
  ]);
  await setFaults(checkoutId, { writesDropSelections: false });
  const service = await checkoutPage(checkoutId);
  await setLatency(checkoutId, LATENCY_MS, false);
  const engine = new SyncEngine({ gateway: new SdkGateway({ checkoutId, service }), storage: null });
  try {
    const loaded = await engine.load();
    const [keyA, keyB] = loaded.derived!.items.map((i) => i.item.key);
    const [first, second] = destinationAddresses(2);
    engine.setIntent({
      destinations: [
        { id: 'd0', address: first!, items: { [keyA!]: 1, [keyB!]: 1 } },
        { id: 'd1', address: second!, items: { [keyA!]: 1, [keyB!]: 1 } },
      ],
    });
    await engine.settled();
    const fromSeq = await lastSeq();
    // Another field's edit puts a write in flight; the burst follows it, 80 ms long in all.
    engine.setIntent((intent) => ({ destinations: intent.destinations.map((d) => (d.id === 'd1' ? { ...d, items: { [keyA!]: 1 } } : d)) }));
    const inFlight = new Promise<void>((resolve) => {
      const stop = engine.subscribe((s) => {
        if (s.destinations.some((d) => d.status === 'saving')) {
          queueMicrotask(() => stop());
          resolve();
        }
      });
    });
    await inFlight;
    const started = performance.now();
    for (let i = 0; i < edits; i++) {
      // Each edit at its own time from the start (80 ms for the whole burst), not after the
      // previous wait: nested timers are clamped to 4 ms and would stretch a burst of 20.
      const at = started + (80 * i) / Math.max(1, edits - 1);
      if (i > 0) await new Promise((resolve) => setTimeout(resolve, Math.max(0, at - performance.now())));
      const units = unitsAt(i);
      engine.setIntent((intent) => ({ destinations: intent.destinations.map((d) => (d.id === 'd0' ? { ...d, items: { ...d.items, [keyA!]: units } } : d)) }), { quietMs: 400 });
    }
    const state = await engine.settled();
    const wallMs = performance.now() - started;
    if (state.lastError) throw new Error(`split-ship stopped: ${JSON.stringify(state.lastError)}`);
    const truth = await adminCheckout<CheckoutTruth>(checkoutId);
    const d0 = holdings(truth).byConsignment.get(state.links.d0!);
    if (d0?.get(keyA!) !== unitsAt(edits - 1)) throw new Error(`the burst left ${d0?.get(keyA!)} units, not ${unitsAt(edits - 1)}`);
    const during = await requestsSince(fromSeq);
    // The other field's write (one PUT: this store keeps selections) is not the burst's.
    return { writes: during.filter(isWrite).length - 1, requests: during.length, wallMs };
  } finally {
    engine.dispose();
    await setLatency(checkoutId, 0, false);
  }
}

declare global {
  interface Window {
    splitShipBench?: { run: typeof run; burst: typeof burst };
  }
}

window.splitShipBench = { run, burst };
