// GraphQLGateway against the emulator's /graphql: it reads the same CheckoutTruth and the same
// address form the SDK gateway reads over REST, and maps each failure to the same error kinds.
import { createCheckoutService } from '@bigcommerce/checkout-sdk/essential';
import { expect } from '@open-wc/testing';
import type { AddressFields, CheckoutTruth } from '../../src/core/index.js';
import { GraphQLGateway } from '../../src/gateway/graphql-gateway.js';
import { SdkGateway } from '../../src/gateway/index.js';
import { addresses, catalog, consignmentWrites, createCart, graphqlAccess, requestLog, setFaults } from '../support/emulator-client.js';
import { failure } from '../support/gateway-errors.js';

const access = await graphqlAccess();
const graphql = (checkoutId: string, extra: Partial<ConstructorParameters<typeof GraphQLGateway>[0]> = {}) =>
  new GraphQLGateway({ endpoint: access.endpoint, storefrontToken: access.storefrontToken, checkoutId, ...extra });

async function newCheckout(): Promise<string> {
  const products = await catalog();
  const physical = products.filter((p) => p.type === 'physical' && !p.cannotShipTo?.length);
  const withOptions = physical.find((p) => p.variants.length > 1) ?? physical[0]!;
  const digital = products.find((p) => p.type === 'digital');
  return createCart([
    { productId: withOptions.id, variantId: withOptions.variants[1]?.id ?? withOptions.variants[0]!.id, quantity: 3 },
    { productId: physical[1]!.id, variantId: physical[1]!.variants[0]!.id, quantity: 1 },
    ...(digital ? [{ productId: digital.id, quantity: 1 }] : []),
  ]);
}

/** What the engine reads of a truth, in one comparable shape. */
function essentials(truth: CheckoutTruth) {
  const line = (l: { id: string | number; productId: number; variantId: number; quantity: number; options?: readonly { nameId: number; valueId: number | null }[] }) => ({
    id: String(l.id),
    productId: l.productId,
    variantId: l.variantId,
    quantity: l.quantity,
    options: (l.options ?? []).map((o) => [o.nameId, o.valueId]),
  });
  const address = (a: AddressFields) => ({
    ...Object.fromEntries(['firstName', 'lastName', 'address1', 'city', 'stateOrProvince', 'stateOrProvinceCode', 'countryCode', 'postalCode', 'phone'].map((k) => [k, (a as unknown as Record<string, unknown>)[k] ?? ''])),
    customFields: (a.customFields ?? []).map((f) => [f.fieldId, Array.isArray(f.fieldValue) ? f.fieldValue.join(',') : String(f.fieldValue)]).sort(),
  });
  return {
    id: truth.id,
    version: truth.version,
    currency: truth.cart.currency?.code,
    physical: truth.cart.lineItems.physicalItems.map(line),
    digital: truth.cart.lineItems.digitalItems.map(line),
    consignments: truth.consignments.map((c) => ({
      id: c.id,
      lineItemIds: [...c.lineItemIds].map(String),
      address: address(c.address),
      options: (c.availableShippingOptions ?? []).map((o) => [o.id, o.cost, o.description, !!o.isRecommended]),
      selected: c.selectedShippingOption?.id ?? null,
      handlingCost: c.handlingCost ?? 0,
    })),
  };
}

const withFields: AddressFields = {
  ...addresses.austin,
  customFields: [
    { fieldId: 'field_25', fieldValue: 'Ring twice\nthen knock' },
    { fieldId: 'field_27', fieldValue: '2026-12-24' },
    { fieldId: 'field_28', fieldValue: 12 },
    { fieldId: 'field_29', fieldValue: '2' },
    { fieldId: 'field_30', fieldValue: ['0', '2'] },
    { fieldId: 'field_31', fieldValue: '1' },
  ],
};

describe('GraphQLGateway against the emulator', () => {
  it('reads the same truth as the SDK gateway, custom fields, options and selection included', async () => {
    const checkoutId = await newCheckout();
    const gateway = graphql(checkoutId);
    const first = await gateway.load();
    const [a, b] = first.cart.lineItems.physicalItems;
    let truth = await gateway.createConsignments([
      { address: withFields, lineItems: [{ itemId: String(a!.id), quantity: 2 }] },
      { address: addresses.seattle, lineItems: [{ itemId: String(a!.id), quantity: 1 }, { itemId: String(b!.id), quantity: 1 }] },
    ]);
    const consignment = truth.consignments[0]!;
    truth = await gateway.selectShippingOption(consignment.id, consignment.availableShippingOptions!.at(-1)!.id);
    const rest = await new SdkGateway({ checkoutId }).load();
    expect(essentials(truth)).to.deep.equal(essentials(rest));
    expect(truth.consignments[0]!.address.customFields).to.deep.include({ fieldId: 'field_30', fieldValue: ['0', '2'] });
    expect(truth.consignments[0]!.address.customFields).to.deep.include({ fieldId: 'field_28', fieldValue: 12 });
  });

  it('offers the address form the SDK offers: names, required marks, kinds, the state list by code', async () => {
    const checkoutId = await newCheckout();
    const gateway = graphql(checkoutId);
    const sdk = new SdkGateway({ checkoutId });
    await Promise.all([gateway.load(), sdk.load()]);
    const shape = (fields: ReturnType<typeof gateway.addressFields>) =>
      fields.map((f) => [f.name, f.custom, f.required, f.fieldType === 'dropdown' && !f.custom ? 'list' : (f.fieldType ?? 'text'), f.custom ? (f.options?.items ?? []).map((i) => i.value) : []]);
    expect(shape(gateway.addressFields('US'))).to.deep.equal(shape(sdk.addressFields('US')));
    const state = gateway.addressFields('US').find((f) => f.name === 'stateOrProvinceCode')!;
    expect(state.options!.items!.some((i) => i.value === 'TX')).to.equal(true);
    expect(gateway.addressFields('GB').find((f) => f.name === 'stateOrProvince')?.fieldType, 'a country without a list types its state').to.equal('text');
    expect(gateway.shippingCountries().find((c) => c.code === 'US')?.requiresState).to.equal(true);
  });

  it('passes the version: a change made elsewhere since the last read is refused as a conflict', async () => {
    const checkoutId = await newCheckout();
    const gateway = graphql(checkoutId);
    const truth = await gateway.load();
    const item = truth.cart.lineItems.physicalItems[0]!;
    await new SdkGateway({ checkoutId }).load().then(async () => {
      const other = graphql(checkoutId);
      await other.load();
      await other.createConsignments([{ address: addresses.denver, lineItems: [{ itemId: String(item.id), quantity: 1 }] }]);
    });
    const error = await failure(gateway.createConsignments([{ address: addresses.austin, lineItems: [{ itemId: String(item.id), quantity: 1 }] }]));
    expect(error.kind).to.equal('conflict');
    expect(error.status).to.equal(409);
    const reread = await gateway.load();
    expect(reread.consignments).to.have.length(1);
    await gateway.createConsignments([{ address: addresses.austin, lineItems: [{ itemId: String(item.id), quantity: 1 }] }]);
    expect(consignmentWrites(await requestLog(checkoutId)).map((w) => w.method)).to.deep.equal(['POST', 'POST', 'POST']);
  });

  it('an update of items alone sends the address the checkout holds (the mutation needs both)', async () => {
    const checkoutId = await newCheckout();
    const gateway = graphql(checkoutId);
    const [item, other] = (await gateway.load()).cart.lineItems.physicalItems;
    const created = await gateway.createConsignments([{ address: withFields, lineItems: [{ itemId: String(item!.id), quantity: 3 }] }]);
    const id = created.consignments[0]!.id;
    const updated = await gateway.updateConsignment(id, { lineItems: [{ itemId: String(item!.id), quantity: 3 }, { itemId: String(other!.id), quantity: 1 }] });
    expect(updated.consignments.find((c) => c.id === id)!.lineItemIds).to.have.length(2);
    const after = updated.consignments.find((c) => c.id === id)!;
    expect(after.address.city).to.equal('Austin');
    expect(after.address.customFields).to.deep.include({ fieldId: 'field_29', fieldValue: '2' });
    const moved = await gateway.updateConsignment(id, { address: addresses.seattle });
    expect(moved.consignments.find((c) => c.id === id)!.address.city).to.equal('Seattle');
  });

  it('maps failures to the engine kinds: bad token, refusal, 5xx, timeout, emptied cart, unknown checkout', async () => {
    const checkoutId = await newCheckout();
    const badToken = await failure(graphql(checkoutId, { storefrontToken: 'not-a-token' }).load());
    expect([badToken.kind, badToken.status, badToken.message]).to.deep.equal(['invalid', 401, 'GraphQL invalid credentials. String is not a JWT']);

    const unknown = await failure(graphql('no-such-checkout').load());
    expect([unknown.kind, unknown.status]).to.deep.equal(['invalid', 404]);

    const gateway = graphql(checkoutId);
    const item = (await gateway.load()).cart.lineItems.physicalItems[0]!;
    const refused = await failure(gateway.createConsignments([{ address: { ...addresses.denver, countryCode: 'XX', stateOrProvince: '', stateOrProvinceCode: '' }, lineItems: [{ itemId: String(item.id), quantity: 1 }] }]));
    expect([refused.kind, refused.status]).to.deep.equal(['invalid', 422]);

    await setFaults(checkoutId, { errorRate: 1 });
    expect((await failure(gateway.load())).kind).to.equal('unavailable');
    // Only the hung read waits briefly: a busy machine must not turn the other reads into timeouts.
    await setFaults(checkoutId, { errorRate: 0, timeoutRate: 1 });
    expect((await failure(graphql(checkoutId, { requestTimeoutMs: 300 }).load())).kind).to.equal('network');
    await setFaults(checkoutId, { timeoutRate: 0 });

    const emptied = await fetch(`/api/storefront/carts/${checkoutId}`, { method: 'DELETE' });
    expect(emptied.status).to.equal(204);
    expect((await failure(gateway.load())).kind).to.equal('empty-cart');
  });
});

/** A saved address as both gateways must give it: the address fields and custom fields the widget fills in. */
const savedShape = (saved: readonly { id: number; address: AddressFields }[]) =>
  saved.map(({ id, address }) => [
    id,
    ...['firstName', 'lastName', 'company', 'address1', 'address2', 'city', 'stateOrProvince', 'stateOrProvinceCode', 'countryCode', 'postalCode', 'phone'].map(
      (k) => (address as unknown as Record<string, unknown>)[k] ?? '',
    ),
    address.customFields ?? [],
  ]);

describe('GraphQLGateway for a signed-in shopper (the page\'s session, same origin)', () => {
  // One browser context per file: sign the session out so other tests see a guest.
  afterEach(async () => {
    await fetch('/internalapi/v1/checkout/customer', { method: 'DELETE' });
  });

  it("offers the signed-in shopper's saved addresses exactly as the SDK does, state codes and custom fields included; a guest has none", async () => {
    const checkoutId = await newCheckout();
    const guest = graphql(checkoutId);
    await guest.load();
    expect(guest.savedAddresses()).to.deep.equal([]);

    const service = createCheckoutService();
    await service.loadCheckout(checkoutId);
    await service.signInCustomer({ email: 'ada@example.com', password: 'lovelace' });
    const sdk = new SdkGateway({ checkoutId, service });
    await sdk.load();
    const gateway = graphql(checkoutId);
    await gateway.load();
    expect(savedShape(gateway.savedAddresses())).to.deep.equal(savedShape(sdk.savedAddresses()));
    expect(gateway.savedAddresses().map((s) => [s.id, s.address.stateOrProvinceCode])).to.deep.equal([[101, 'TX'], [102, 'WA'], [103, 'ON']]);
    expect(gateway.savedAddresses()[1]!.address.customFields).to.deep.equal([{ fieldId: 'field_31', fieldValue: '1' }]);

    // A page that signs the shopper out (or in) calls refresh(): the next load reads them again.
    await service.signOutCustomer();
    await guest.load();
    expect(guest.savedAddresses()).to.deep.equal([]);
  });

  it('reads every page of saved addresses, following the connection\'s endCursor', async () => {
    const checkoutId = await newCheckout();
    await fetch('/internalapi/v1/checkout/customer', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'ada@example.com', password: 'lovelace' }) });
    const gateway = graphql(checkoutId, { addressPageSize: 2 });
    await gateway.load();
    expect(gateway.savedAddresses().map((s) => s.id), 'two on the first page, one on the next').to.deep.equal([101, 102, 103]);
  });

  it("starts a new address in the store's country, as the SDK gateway does (the contact's country name, coded through geography.countries)", async () => {
    const checkoutId = await newCheckout();
    const gateway = graphql(checkoutId);
    const sdk = new SdkGateway({ checkoutId });
    await Promise.all([gateway.load(), sdk.load()]);
    expect(gateway.defaultCountry()).to.equal('US');
    expect(gateway.defaultCountry()).to.equal(sdk.defaultCountry());
  });
});
