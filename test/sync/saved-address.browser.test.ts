// A signed-in customer's saved addresses through the real SDK and the sync engine against the
// emulator: the SDK signs in (POST /internalapi/v1/checkout/customer, then reloads the checkout),
// and a destination that names a saved address gets a consignment at exactly that address.
import { expect } from '@open-wc/testing';
import { createCheckoutService } from '@bigcommerce/checkout-sdk/essential';
import type { AddressFields, Intent } from '../../src/core/index.js';
import { SdkGateway } from '../../src/gateway/index.js';
import { MemoryStorage, SyncEngine } from '../../src/sync/index.js';
import { addresses, adminCheckout, catalog, createCart } from '../support/emulator-client.js';

const ada = { email: 'ada@example.com', password: 'lovelace' };
const addressKeys = [
  'firstName', 'lastName', 'company', 'address1', 'address2', 'city',
  'stateOrProvince', 'stateOrProvinceCode', 'country', 'countryCode', 'postalCode', 'phone',
] as const;

function addressText(address: Partial<Record<(typeof addressKeys)[number], unknown>>): Record<string, unknown> {
  return Object.fromEntries(addressKeys.map((k) => [k, address[k]]));
}

/** A cart of two units of a product every seeded zone ships; its id is the checkout id. */
async function cartOfTwo(): Promise<string> {
  const product = (await catalog()).find((p) => p.type === 'physical' && !p.cannotShipTo?.length)!;
  return createCart([{ productId: product.id, variantId: product.variants[0]!.id, quantity: 2 }]);
}

interface TruthWithCustomer {
  customer: { id: number; isGuest: boolean };
  cart: { customerId: number; email: string };
  consignments: { id: string; address: AddressFields; selectedShippingOption?: { id: string } }[];
}

describe('saved addresses of a signed-in customer, through the real SDK', () => {
  // The browser keeps one session cookie for every test page: sign out so later carts are a guest's.
  afterEach(async () => {
    await fetch('/internalapi/v1/checkout/customer', { method: 'DELETE' });
  });

  it('signing in through the SDK gives getCustomer() and the checkout the customer with saved addresses', async () => {
    const checkoutId = await cartOfTwo();
    const service = createCheckoutService();
    await service.loadCheckout(checkoutId);
    expect(service.getState().data.getCustomer()?.isGuest).to.equal(true);

    const state = await service.signInCustomer(ada);
    const customer = state.data.getCustomer()!;
    expect(customer.isGuest).to.equal(false);
    expect(customer.id).to.equal(11);
    expect(customer.email).to.equal('ada@example.com');
    expect(customer.fullName).to.equal('Ada Lovelace');
    expect(customer.addresses.map((a) => [a.id, a.city])).to.deep.equal([[101, 'Austin'], [102, 'Seattle'], [103, 'Toronto']]);
    expect(state.data.getCheckout()!.customer.id).to.equal(11);
    expect(state.data.getCart()!.customerId).to.equal(11);
    expect(state.data.getCart()!.email).to.equal('ada@example.com');

    await service.signOutCustomer();
    const after = service.getState().data;
    expect(after.getCustomer()!.isGuest).to.equal(true);
    expect(after.getCart()!.customerId).to.equal(0);
  });

  it('a wrong password rejects with the 401 problem and leaves the shopper a guest', async () => {
    const checkoutId = await cartOfTwo();
    const service = createCheckoutService();
    await service.loadCheckout(checkoutId);
    let failure: { status?: number; body?: { title?: string } } | undefined;
    try {
      await service.signInCustomer({ email: 'ada@example.com', password: 'babbage' });
    } catch (error) {
      failure = error as typeof failure;
    }
    expect(failure?.status).to.equal(401);
    expect(failure?.body?.title).to.equal('Your email address or password is incorrect. Please try again.');
    expect(service.getState().errors.getSignInError()).to.equal(failure);
    expect(service.getState().data.getCustomer()!.isGuest).to.equal(true);
    expect((await adminCheckout<TruthWithCustomer>(checkoutId)).customer.isGuest).to.equal(true);
  });

  it('the engine saves each destination that names a saved address at exactly that address', async () => {
    const checkoutId = await cartOfTwo();
    // Sign in with a service of its own; the session cookie carries the customer to the engine's.
    const signIn = createCheckoutService();
    await signIn.loadCheckout(checkoutId);
    await signIn.signInCustomer(ada);

    const engine = new SyncEngine({ gateway: new SdkGateway({ checkoutId }), storage: new MemoryStorage() });
    const loaded = await engine.load();
    expect(loaded.savedAddresses.map((s) => s.id)).to.deep.equal([101, 102, 103]);
    const office = loaded.savedAddresses.find((s) => s.id === 102)!;
    const toronto = loaded.savedAddresses.find((s) => s.id === 103)!;
    expect(office.address.company).to.equal('Analytical Engines Ltd');
    const key = loaded.derived!.items[0]!.item.key;

    // The typed address is a placeholder: a destination naming a saved address ships there.
    const intent: Intent = {
      destinations: [
        { id: 'office', savedAddressId: 102, address: { countryCode: 'US' }, items: { [key]: 1 } },
        { id: 'cottage', savedAddressId: 103, address: addresses.denver, items: { [key]: 1 } },
      ],
    };
    engine.setIntent(intent);
    const state = await engine.settled();
    expect(state.lastError, JSON.stringify(state.lastError)).to.equal(null);
    expect(state.complete).to.equal(true);
    expect(state.destinations.map((d) => d.status)).to.deep.equal(['saved', 'saved']);
    expect(state.intent.destinations.map((d) => d.savedAddressId)).to.deep.equal([102, 103]);
    expect(state.savedAddresses.map((s) => s.id)).to.deep.equal([101, 102, 103]);

    const truth = await adminCheckout<TruthWithCustomer>(checkoutId);
    expect(truth.customer.id).to.equal(11);
    expect(truth.consignments).to.have.length(2);
    const officeConsignment = truth.consignments.find((c) => c.id === state.links.office)!;
    const cottageConsignment = truth.consignments.find((c) => c.id === state.links.cottage)!;
    expect(addressText(officeConsignment.address)).to.deep.equal(addressText(office.address));
    expect(addressText(cottageConsignment.address)).to.deep.equal(addressText(toronto.address));
    expect(officeConsignment.selectedShippingOption?.id).to.be.a('string');
    expect(cottageConsignment.selectedShippingOption?.id).to.be.a('string');
    engine.dispose();
  });

  it('signing in after the engine loaded lets the next intent name a saved address', async () => {
    const checkoutId = await cartOfTwo();
    const gateway = new SdkGateway({ checkoutId });
    const engine = new SyncEngine({ gateway, storage: new MemoryStorage() });
    const loaded = await engine.load();
    expect(loaded.savedAddresses).to.deep.equal([]);
    const key = loaded.derived!.items[0]!.item.key;

    await gateway.service.signInCustomer(ada);
    engine.setIntent({ destinations: [{ id: 'home', savedAddressId: 101, address: { countryCode: 'US' }, items: { [key]: 2 } }] });
    const state = await engine.settled();
    expect(state.lastError, JSON.stringify(state.lastError)).to.equal(null);
    expect(state.complete).to.equal(true);
    expect(state.savedAddresses.map((s) => s.id)).to.deep.equal([101, 102, 103]);
    const truth = await adminCheckout<TruthWithCustomer>(checkoutId);
    expect(truth.consignments).to.have.length(1);
    expect(truth.consignments[0]!.address.address1).to.equal('500 Congress Ave');
    expect(truth.consignments[0]!.address.city).to.equal('Austin');
    engine.dispose();
  });
});
