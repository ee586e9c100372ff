// SdkGateway through the real SDK against the emulator: what it sends, what it reads back, and
// how each failure maps to the engine's error kinds.
import { expect } from '@open-wc/testing';
import { physicalItemKey, holdings } from '../../src/core/index.js';
import { SdkGateway } from '../../src/gateway/index.js';
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

  it('maps an empty cart to empty-cart', async () => {
    const { checkoutId } = await newCheckout();
    const gateway = new SdkGateway({ checkoutId });
    await gateway.load();
    await fetch(`/api/storefront/carts/${checkoutId}`, { method: 'DELETE' });
    expect((await failure(gateway.load())).kind).to.equal('empty-cart');
  });
});
