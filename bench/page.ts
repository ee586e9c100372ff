// Runs one strategy in the page, against the emulator on the same origin, and measures it:
// from an empty checkout to every unit allocated and an option selected on every destination.
import { createCheckoutService } from '@bigcommerce/checkout-sdk/essential';
import { holdings, isComplete, type CheckoutTruth, type Intent } from '../src/core/index.js';
import { SdkGateway } from '../src/gateway/index.js';
import { SyncEngine } from '../src/sync/index.js';
import { addresses, adminCheckout, catalog, createCart, json, setFaults } from '../test/support/emulator-client.js';

export type Strategy = 'split-ship' | 'sdk-helpers';

export interface BenchResult {
  writes: number;
  requests: number;
  wallMs: number;
}

interface Logged {
  seq: number;
  method: string;
  path: string;
}

const LATENCY_MS = 100;

/** `count` distinct destinations: the SDK helpers merge equal addresses, so every one differs. */
function destinationAddresses(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    ...addresses.austin,
    firstName: 'Shopper',
    lastName: `Number ${i + 1}`,
    address1: `${100 + i} Congress Ave`,
  }));
}

/**
 * A checkout with `items` line items and no consignment, each line holding one unit per
 * destination. The seeded catalog has fewer distinct variants than the largest case, so some
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

async function lastSeq(): Promise<number> {
  const { requests } = await json<{ requests: Logged[] }>(await fetch('/__emulator/requests'));
  return requests.at(-1)?.seq ?? 0;
}

async function splitShip(checkoutId: string, destinations: number): Promise<void> {
  const engine = new SyncEngine({ gateway: new SdkGateway({ checkoutId }), storage: null });
  const loaded = await engine.load();
  // One unit of every line per destination (a variant split in two lines gives two).
  const share = Object.fromEntries(loaded.derived!.items.map((a) => [a.item.key, a.item.quantity / destinations]));
  const intent: Intent = {
    destinations: destinationAddresses(destinations).map((address, i) => ({ id: `d${i}`, address, items: share })),
  };
  engine.setIntent(intent);
  const state = await engine.settled();
  engine.dispose();
  if (!state.complete) throw new Error(`split-ship did not complete: ${JSON.stringify(state.lastError)}`);
}

/** The path BigCommerce's own checkout takes: one assignItemsToAddress per item and destination. */
async function sdkHelpers(checkoutId: string, destinations: number): Promise<void> {
  const service = createCheckoutService();
  await service.loadCheckout(checkoutId, { params: { include: ['consignments.availableShippingOptions'] as never } });
  const data = () => service.getState().data;
  const cart = data().getCart()!;
  for (const line of cart.lineItems.physicalItems) {
    for (const address of destinationAddresses(destinations)) {
      // A split gives the unassigned units a new line-item id: find them again each time.
      const assigned = new Set((data().getConsignments() ?? []).flatMap((c) => c.lineItemIds));
      const free = data()
        .getCart()!
        .lineItems.physicalItems.find((l) => l.productId === line.productId && l.variantId === line.variantId && !assigned.has(String(l.id)))!;
      await service.assignItemsToAddress({ address: { ...address, company: '', address2: '', customFields: [] }, lineItems: [{ itemId: free.id, quantity: 1 }] });
    }
  }
  // Select an option per destination, then re-select any the API dropped, as the checkout does.
  for (let pass = 0; pass < 3; pass++) {
    const missing = (data().getConsignments() ?? []).filter((c) => !c.selectedShippingOption);
    if (missing.length === 0) break;
    for (const consignment of missing) {
      const option = consignment.availableShippingOptions?.find((o) => o.isRecommended) ?? consignment.availableShippingOptions?.[0];
      if (option) await service.selectConsignmentShippingOption(consignment.id, option.id);
    }
  }
}

async function run(strategy: Strategy, items: number, destinations: number): Promise<BenchResult> {
  const checkoutId = await benchCheckout(items, destinations);
  await setFaults(checkoutId, { latencyMs: LATENCY_MS, jitterMs: 0 });
  const fromSeq = await lastSeq();
  const started = performance.now();
  if (strategy === 'split-ship') await splitShip(checkoutId, destinations);
  else await sdkHelpers(checkoutId, destinations);
  const wallMs = performance.now() - started;

  const truth = await adminCheckout<CheckoutTruth>(checkoutId);
  if (!isComplete(truth) || truth.consignments.length !== destinations) {
    throw new Error(`${strategy} left the checkout incomplete: ${truth.consignments.length} consignments, ${[...holdings(truth).unassigned.values()].reduce((a, b) => a + b, 0)} units unassigned`);
  }
  const { requests } = await json<{ requests: Logged[] }>(await fetch('/__emulator/requests'));
  const during = requests.filter((r) => r.seq > fromSeq);
  const writes = during.filter((r) => r.method !== 'GET' && r.path.includes('/consignments')).length;
  return { writes, requests: during.length, wallMs };
}

declare global {
  interface Window {
    splitShipBench?: { run: typeof run };
  }
}

window.splitShipBench = { run };
