// SdkGateway through the real SDK against the emulator: what it sends, what it reads back, and
// how each failure maps to the engine's error kinds.
import { expect } from '@open-wc/testing';
import { physicalItemKey, holdings, type CheckoutTruth } from '../../src/core/index.js';
import { SdkGateway } from '../../src/gateway/index.js';
import type { CheckoutService } from '../../src/gateway/sdk-gateway.js';
import { addresses, catalog, consignmentWrites, createCart, requestLog, setFaults } from '../support/emulator-client.js';
import { failure } from '../support/gateway-errors.js';

async function newCheckout(): Promise<{ checkoutId: string; productId: number; variantId: number }> {
  const products = (await catalog()).filter((p) => p.type === 'physical' && !p.cannotShipTo?.length);
  const product = products[0]!;
  const variantId = product.variants[0]!.id;
  const checkoutId = await createCart([{ productId: product.id, variantId, quantity: 3 }]);
  return { checkoutId, productId: product.id, variantId };
}

describe('SdkGateway against the emulator', () => {
  it('loads the checkout with shipping options and the store address fields', async () => {
    const { checkoutId } = await newCheckout();
    const gateway = new SdkGateway({ checkoutId });
    const truth = await gateway.load();
    expect(truth.id).to.equal(checkoutId);
    expect(gateway.addressFields('US').map((f) => f.name)).to.include.members(['firstName', 'address1', 'city', 'postalCode']);
    expect(gateway.savedAddresses(), 'a guest has no saved addresses').to.deep.equal([]);
    const log = await requestLog(checkoutId);
    const read = log.find((r) => r.method === 'GET' && r.path === `/api/storefront/checkout/${checkoutId}`);
    expect(read, 'the SDK reads /checkout/{id}').to.exist;
  });

  it('sends exact quantities: one POST splits a line item between two consignments', async () => {
    const { checkoutId, productId, variantId } = await newCheckout();
    const gateway = new SdkGateway({ checkoutId });
    const truth = await gateway.load();
    const lineId = String(truth.cart.lineItems.physicalItems[0]!.id);
    const after = await gateway.createConsignments([
      { address: addresses.austin, lineItems: [{ itemId: lineId, quantity: 1 }] },
      { address: addresses.austin, lineItems: [{ itemId: lineId, quantity: 2 }] },
    ]);
    // Equal addresses stay two consignments (assignItemsToAddress would merge them).
    expect(after.consignments).to.have.length(2);
    const held = holdings(after);
    const key = physicalItemKey(productId, variantId, after.cart.lineItems.physicalItems[0]!.options);
    expect(after.consignments.map((c) => held.byConsignment.get(c.id)!.get(key)).sort()).to.deep.equal([1, 2]);
    expect(after.consignments.every((c) => (c.availableShippingOptions ?? []).length > 0)).to.equal(true);
    expect(consignmentWrites(await requestLog(checkoutId))).to.have.length(1);
  });

  it('maps 422 to invalid, 409 to conflict, 5xx to unavailable and a hung request to network', async () => {
    const { checkoutId } = await newCheckout();
    const gateway = new SdkGateway({ checkoutId });
    const truth = await gateway.load();
    const lineId = String(truth.cart.lineItems.physicalItems[0]!.id);
    const created = await gateway.createConsignments([{ address: addresses.seattle, lineItems: [{ itemId: lineId, quantity: 3 }] }]);
    const consignmentId = created.consignments[0]!.id;

    expect((await failure(gateway.selectShippingOption(consignmentId, 'no-such-option'))).kind).to.equal('invalid');
    expect((await failure(gateway.createConsignments([{ address: addresses.austin, lineItems: [{ itemId: lineId, quantity: 9 }] }]))).kind).to.equal('invalid');

    await setFaults(checkoutId, { conflictRate: 1 });
    const conflict = await failure(gateway.deleteConsignment(consignmentId));
    expect(conflict.kind).to.equal('conflict');
    expect(conflict.status).to.equal(409);

    await setFaults(checkoutId, { conflictRate: 0, errorRate: 1 });
    expect((await failure(gateway.deleteConsignment(consignmentId))).kind).to.equal('unavailable');

    // Only the hung request gets a short timeout (the same service, so no load of its own): a
    // busy machine must not turn the setup's reads into timeouts.
    const impatient = new SdkGateway({ service: gateway.service, checkoutId, requestTimeoutMs: 300 });
    await setFaults(checkoutId, { errorRate: 0, timeoutRate: 1 });
    const lost = await failure(impatient.deleteConsignment(consignmentId));
    expect(lost.kind).to.equal('network');
    expect(lost.status).to.equal(0);
    await setFaults(checkoutId, { timeoutRate: 0 });
  });

  it("selects an option the page's own read shows selected but the store has dropped (the SDK would send nothing)", async () => {
    const { checkoutId } = await newCheckout();
    const gateway = new SdkGateway({ checkoutId });
    const lineId = String((await gateway.load()).cart.lineItems.physicalItems[0]!.id);
    const split = await gateway.createConsignments([
      { address: addresses.austin, lineItems: [{ itemId: lineId, quantity: 1 }] },
      { address: addresses.seattle, lineItems: [{ itemId: lineId, quantity: 2 }] },
    ]);
    const [home, office] = split.consignments;
    const option = home!.availableShippingOptions![0]!.id;
    await gateway.selectShippingOption(home!.id, option);

    // Another tab moves the office: the store drops home's option (writes drop other selections).
    const moved = await fetch(`/api/storefront/checkouts/${checkoutId}/consignments/${office!.id}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ address: addresses.denver }),
    });
    expect(moved.status).to.equal(200);
    // The page reads the checkout through the shared service: the SDK merges, keeping the dropped option.
    await gateway.service.loadCheckout(checkoutId);
    const held = gateway.service.getState().data.getConsignments()!.find((c) => c.id === home!.id)!;
    expect(held.selectedShippingOption?.id, "the SDK's merged state still shows it").to.equal(option);

    const writes = consignmentWrites(await requestLog(checkoutId)).length;
    const after = await gateway.selectShippingOption(home!.id, option);
    expect(consignmentWrites(await requestLog(checkoutId)), 'the select was sent').to.have.length(writes + 1);
    expect(after.consignments.find((c) => c.id === home!.id)!.selectedShippingOption?.id).to.equal(option);
    const store = (await (await fetch(`/api/storefront/checkouts/${checkoutId}`)).json()) as CheckoutTruth;
    expect(store.consignments.find((c) => c.id === home!.id)!.selectedShippingOption?.id, 'the store has it').to.equal(option);
  });

  it('maps an empty cart to empty-cart', async () => {
    const { checkoutId } = await newCheckout();
    const gateway = new SdkGateway({ checkoutId });
    await gateway.load();
    await fetch(`/api/storefront/carts/${checkoutId}`, { method: 'DELETE' });
    expect((await failure(gateway.load())).kind).to.equal('empty-cart');
  });
});

/**
 * A stand-in for the SDK's CheckoutService with its merge rule (a consignment key an answer
 * leaves out keeps its value) and its queues as far as the gateway meets them: a write answers
 * later; the clearing (hydrateInitialState) may be held back, as another action on the SDK's
 * default queue would hold it.
 */
function mergingService(store: { checkout: CheckoutTruth }) {
  const log: string[] = [];
  let held = structuredClone(store.checkout) as CheckoutTruth;
  let clearingHeldUntil: Promise<void> = Promise.resolve();
  const merge = (answer: CheckoutTruth) => {
    held = { ...held, ...answer, consignments: answer.consignments.map((c) => ({ ...held.consignments.find((o) => o.id === c.id), ...c })) };
  };
  /** What the store answers: `selectedShippingOption` left out where there is none, as the API does. */
  const answer = () => structuredClone(store.checkout);
  const service = {
    getState: () => ({ data: { getCheckout: () => held, getConsignments: () => held.consignments, getConfig: () => undefined, getCustomer: () => undefined } }),
    hydrateInitialState: async ({ checkout }: { checkout: { consignments: CheckoutTruth['consignments'] } }) => {
      log.push('clear');
      await clearingHeldUntil;
      merge({ ...held, consignments: checkout.consignments });
    },
    selectConsignmentShippingOption: (consignmentId: string, optionId: string) => {
      log.push('select');
      return new Promise<void>((resolve) =>
        setTimeout(() => {
          // The store selects it and drops the other consignments' selections.
          store.checkout = {
            ...store.checkout,
            consignments: store.checkout.consignments.map(({ selectedShippingOption: _dropped, ...c }) =>
              c.id === consignmentId ? { ...c, selectedShippingOption: c.availableShippingOptions!.find((o) => o.id === optionId)! } : c,
            ),
          };
          merge(answer());
          log.push('answer');
          resolve();
        }, 5),
      );
    },
    loadShippingOptions: async () => {
      log.push('read');
      merge(answer());
    },
  };
  return { log, service, holdClearing: (until: Promise<void>) => (clearingHeldUntil = until) };
}

function twoConsignments(): { checkout: CheckoutTruth } {
  const options = [{ id: 'ground', isRecommended: true }, { id: 'express' }];
  const consignment = (id: string, selected?: string) => ({
    id,
    address: addresses.austin,
    lineItemIds: [`line-${id}`],
    availableShippingOptions: options,
    ...(selected ? { selectedShippingOption: options.find((o) => o.id === selected)! } : {}),
  });
  return {
    checkout: {
      id: 'checkout-1',
      cart: { lineItems: { physicalItems: [], digitalItems: [], giftCertificates: [] } },
      consignments: [consignment('a', 'ground'), consignment('b')],
    },
  };
}

describe('SdkGateway writes (a stand-in service with the SDK merge rule)', () => {
  it('sends the write first and clears what its answer may leave out while it is in flight: the answer is whole', async () => {
    const store = twoConsignments();
    const { log, service } = mergingService(store);
    const gateway = new SdkGateway({ service: service as unknown as CheckoutService });
    const after = await gateway.selectShippingOption('b', 'express');
    expect(log).to.deep.equal(['select', 'clear', 'answer']);
    expect(after.consignments.map((c) => c.selectedShippingOption?.id ?? null), 'the store dropped a\'s option').to.deep.equal([null, 'express']);
  });

  it('dispatches no clearing when no consignment holds a selection', async () => {
    const store = twoConsignments();
    store.checkout = { ...store.checkout, consignments: store.checkout.consignments.map(({ selectedShippingOption: _none, ...c }) => c) };
    const { log, service } = mergingService(store);
    const gateway = new SdkGateway({ service: service as unknown as CheckoutService });
    const after = await gateway.selectShippingOption('b', 'express');
    expect(log).to.deep.equal(['select', 'answer']);
    expect(after.consignments.map((c) => c.selectedShippingOption?.id ?? null)).to.deep.equal([null, 'express']);
  });

  it('reads the checkout again when the clearing was held back until after the answer', async () => {
    const store = twoConsignments();
    const { log, service, holdClearing } = mergingService(store);
    let release!: () => void;
    holdClearing(new Promise<void>((resolve) => (release = resolve)));
    const gateway = new SdkGateway({ service: service as unknown as CheckoutService });
    const pending = gateway.selectShippingOption('b', 'express');
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(log, 'the answer was merged before the clearing').to.deep.equal(['select', 'clear', 'answer']);
    release();
    const after = await pending;
    // (The late clearing left no selection to clear before the read.)
    expect(log).to.deep.equal(['select', 'clear', 'answer', 'read']);
    expect(after.consignments.map((c) => c.selectedShippingOption?.id ?? null)).to.deep.equal([null, 'express']);
  });
});
