// The real checkout SDK, in Chromium, against the emulator mounted on the test server's origin:
// every call the widget relies on must round-trip, and the SDK's own selectors must read the
// emulator's answers as they read a store's.
import { createCheckoutService } from '@bigcommerce/checkout-sdk/essential';
import { expect } from '@open-wc/testing';

import type { FormField, PhysicalItem } from '../../src/emulator/sdk-types.js';
import { addresses, json, type CatalogProduct } from '../support/emulator-client.js';

type CheckoutService = ReturnType<typeof createCheckoutService>;
type Data = ReturnType<CheckoutService['getState']>['data'];

const WHY_EMULATOR = '(the emulator answered something the SDK does not read as a store answer — see src/emulator)';

/** A new cart (and checkout) of its own for each test: test files run in parallel. */
async function seedCart(): Promise<string> {
  const { products } = await json<{ products: CatalogProduct[] }>(await fetch('/__emulator/catalog'));
  const physical = products.filter((p) => p.type === 'physical');
  const withOptions = physical.find((p) => (p.variants[0]?.options.length ?? 0) >= 2) ?? physical[0]!;
  const other = physical.find((p) => p !== withOptions)!;
  const digital = products.find((p) => p.type === 'digital')!;
  const line = (p: CatalogProduct, quantity: number) =>
    p.variants[0] ? { productId: p.id, variantId: p.variants[0].id, quantity } : { productId: p.id, quantity };
  const cart = await json<{ id: string }>(
    await fetch('/api/storefront/carts', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ lineItems: [line(withOptions, 3), line(other, 1), line(digital, 1)] }),
    }),
  );
  return cart.id;
}

const address = (overrides: Partial<Record<string, string>> = {}) => ({
  ...addresses.austin,
  company: '',
  address2: '',
  customFields: [],
  ...overrides,
});

const seattle = address({ address1: '400 Broad St', city: 'Seattle', stateOrProvince: 'Washington', stateOrProvinceCode: 'WA', postalCode: '98109' });

describe('checkout SDK round trip against the emulator', () => {
  let checkoutId: string;
  let service: CheckoutService;
  let data: () => Data;
  let items: () => PhysicalItem[];

  beforeEach(async () => {
    checkoutId = await seedCart();
    service = createCheckoutService();
    data = () => service.getState().data;
    items = () => data().getCart()?.lineItems.physicalItems ?? [];
    await service.loadCheckout(checkoutId);
  });

  it('loadCheckout reads the checkout, its cart and the store config', () => {
    const checkout = data().getCheckout();
    expect(checkout, `getCheckout() ${WHY_EMULATOR}`).to.exist;
    expect(checkout!.id).to.equal(checkoutId);
    expect(data().getCart()!.id).to.equal(checkoutId);
    expect(items()).to.have.length(2);
    expect(items().map((i) => i.quantity).sort()).to.deep.equal([1, 3]);
    expect(data().getCart()!.lineItems.digitalItems).to.have.length(1);
    expect(data().getConsignments()).to.deep.equal([]);
    expect(checkout!.version).to.be.a('number');

    const config = data().getConfig();
    expect(config, `getConfig() ${WHY_EMULATOR}`).to.exist;
    expect(config!.checkoutSettings).to.be.an('object');
    expect(config!.currency.code).to.be.a('string').and.have.length(3);
    expect(config!.storeProfile.storeId).to.exist;
  });

  it('createConsignments sends all destinations at once and splits a line item between them', async () => {
    const [threeOf, oneOf] = [items().find((i) => i.quantity === 3)!, items().find((i) => i.quantity === 1)!];
    await service.createConsignments([
      { address: address(), lineItems: [{ itemId: threeOf.id, quantity: 1 }, { itemId: oneOf.id, quantity: 1 }] },
      { address: seattle, lineItems: [{ itemId: threeOf.id, quantity: 2 }] },
    ]);

    const consignments = data().getConsignments()!;
    expect(consignments).to.have.length(2);
    const austin = consignments.find((c) => c.address.city === 'Austin')!;
    const wa = consignments.find((c) => c.address.city === 'Seattle')!;
    expect(austin.address.stateOrProvinceCode).to.equal('TX');
    expect(wa.address.countryCode).to.equal('US');

    // The 3-unit line item is now two line items (1 + 2) of the same product and variant.
    const sameProduct = items().filter((i) => i.productId === threeOf.productId && i.variantId === threeOf.variantId);
    expect(sameProduct.map((i) => i.quantity).sort()).to.deep.equal([1, 2]);
    const quantityIn = (c: { lineItemIds: string[] }) =>
      items().filter((i) => c.lineItemIds.includes(String(i.id))).reduce((sum, i) => sum + i.quantity, 0);
    expect(quantityIn(austin)).to.equal(2);
    expect(quantityIn(wa)).to.equal(2);
    const digitalIds = data().getCart()!.lineItems.digitalItems.map((i) => String(i.id));
    expect(consignments.flatMap((c) => c.lineItemIds).some((id) => digitalIds.includes(id))).to.equal(false);

    for (const consignment of consignments) {
      const options = consignment.availableShippingOptions ?? [];
      expect(options.length, 'the SDK asks for availableShippingOptions by default').to.be.greaterThan(0);
      expect(options.filter((o) => o.isRecommended)).to.have.length(1);
      expect(consignment.selectedShippingOption ?? undefined).to.equal(undefined);
    }
  });

  it('updateConsignment moves a destination to a new address and keeps its id', async () => {
    await service.createConsignments([
      { address: address(), lineItems: items().map((i) => ({ itemId: i.id, quantity: i.quantity })) },
    ]);
    const [created] = data().getConsignments()!;
    const version = data().getCheckout()!.version;

    await service.updateConsignment({ id: created!.id, address: seattle });

    const [updated] = data().getConsignments()!;
    expect(updated!.id).to.equal(created!.id);
    expect(updated!.address.city).to.equal('Seattle');
    expect(updated!.address.stateOrProvinceCode).to.equal('WA');
    expect(updated!.lineItemIds.slice().sort()).to.deep.equal(created!.lineItemIds.slice().sort());
    expect(data().getCheckout()!.version).to.be.greaterThan(version);
  });

  it('updateConsignment changes the items of a destination', async () => {
    const threeOf = items().find((i) => i.quantity === 3)!;
    const oneOf = items().find((i) => i.quantity === 1)!;
    await service.createConsignments([{ address: address(), lineItems: [{ itemId: oneOf.id, quantity: 1 }] }]);
    const [created] = data().getConsignments()!;

    await service.updateConsignment({
      id: created!.id,
      lineItems: [
        { itemId: oneOf.id, quantity: 1 },
        { itemId: threeOf.id, quantity: 3 },
      ],
    });

    const [updated] = data().getConsignments()!;
    expect(updated!.lineItemIds.slice().sort()).to.deep.equal([String(oneOf.id), String(threeOf.id)].sort());
  });

  it('selectConsignmentShippingOption selects an option and prices it into the checkout', async () => {
    await service.createConsignments([
      { address: address(), lineItems: items().map((i) => ({ itemId: i.id, quantity: i.quantity })) },
    ]);
    const [consignment] = data().getConsignments()!;
    const option = consignment!.availableShippingOptions!.find((o) => o.isRecommended)!;

    await service.selectConsignmentShippingOption(consignment!.id, option.id);

    const [selected] = data().getConsignments()!;
    expect(selected!.selectedShippingOption?.id).to.equal(option.id);
    expect(selected!.selectedShippingOption?.cost).to.equal(option.cost);
    expect(data().getCheckout()!.shippingCostTotal).to.equal(option.cost);
    expect(data().getSelectedShippingOption()?.id).to.equal(option.id);
  });

  it('deleteConsignment removes one destination and leaves the other', async () => {
    const threeOf = items().find((i) => i.quantity === 3)!;
    const oneOf = items().find((i) => i.quantity === 1)!;
    await service.createConsignments([
      { address: address(), lineItems: [{ itemId: threeOf.id, quantity: 3 }] },
      { address: seattle, lineItems: [{ itemId: oneOf.id, quantity: 1 }] },
    ]);
    const wa = data().getConsignments()!.find((c) => c.address.city === 'Seattle')!;

    await service.deleteConsignment(wa.id);

    const left = data().getConsignments()!;
    expect(left).to.have.length(1);
    expect(left[0]!.address.city).to.equal('Austin');
    expect(items().reduce((sum, i) => sum + i.quantity, 0), 'deleting a destination keeps the items in the cart').to.equal(4);
  });

  it('a refused write rejects with a RequestError carrying the problem body, and changes nothing', async () => {
    const oneOf = items().find((i) => i.quantity === 1)!;
    const version = data().getCheckout()!.version;
    let error: { status?: number; body?: { title?: string; status?: number } } | undefined;
    try {
      await service.createConsignments([{ address: address(), lineItems: [{ itemId: oneOf.id, quantity: 5 }] }]);
    } catch (caught) {
      error = caught as typeof error;
    }
    expect(error, 'a quantity over the cart is refused').to.exist;
    expect(error!.status).to.be.within(400, 499);
    expect(error!.body?.title).to.be.a('string').and.not.be.empty;
    expect(data().getConsignments()).to.deep.equal([]);

    await service.loadCheckout(checkoutId);
    expect(data().getCheckout()!.version).to.equal(version);
  });

  it('loadShippingCountries reads countries with subdivisions', async () => {
    await service.loadShippingCountries();
    const countries = data().getShippingCountries();
    expect(countries, `getShippingCountries() ${WHY_EMULATOR}`).to.exist;
    const us = countries!.find((c) => c.code === 'US');
    expect(us, 'the United States ships').to.exist;
    expect(us!.name).to.be.a('string');
    expect(us!.hasPostalCodes).to.equal(true);
    expect(us!.requiresState).to.equal(true);
    expect(us!.subdivisions.map((s) => s.code)).to.include.members(['TX', 'WA']);
  });

  it('getShippingAddressFields reads the store form fields, custom ones included', async () => {
    // The selector fills the country and state dropdowns from the shipping countries, so load both.
    await service.loadShippingAddressFields();
    await service.loadShippingCountries();
    const fields = data().getShippingAddressFields('US');
    expect(fields.length, `getShippingAddressFields('US') ${WHY_EMULATOR}`).to.be.greaterThan(0);
    const names = fields.map((f) => f.name);
    expect(names).to.include.members(['firstName', 'lastName', 'address1', 'city', 'countryCode', 'postalCode']);
    expect(fields.some((f) => f.custom), 'at least one custom field').to.equal(true);
    // With subdivisions known, the SDK renames the state field to stateOrProvinceCode (a dropdown).
    const state = fields.find((f) => f.name === 'stateOrProvinceCode');
    expect(state?.options?.items?.map((i) => i.value), 'US states come from the countries list').to.include('TX');
    expect(state?.required).to.equal(true);
  });

  it('getShippingAddressFields keeps every custom field as the store sent it, and consignments carry their values back', async () => {
    const sent = await json<{ shippingAddress: FormField[] }>(await fetch('/api/storefront/form-fields'));
    await service.loadShippingAddressFields();
    await service.loadShippingCountries();
    const custom = data().getShippingAddressFields('US').filter((f) => f.custom);
    expect(custom.map((f) => f.fieldType)).to.deep.equal(['multiline', 'text', 'date', 'text', 'dropdown', 'checkbox', 'radio']);
    expect(custom, 'the SDK passes custom fields through untouched').to.deep.equal(sent.shippingAddress.filter((f) => f.custom));

    const customFields = [
      { fieldId: 'field_26', fieldValue: 'Für dich 🎁 <b>not bold</b>' },
      { fieldId: 'field_27', fieldValue: '2027-02-28' },
      { fieldId: 'field_28', fieldValue: 3 },
      { fieldId: 'field_29', fieldValue: '0' },
      { fieldId: 'field_30', fieldValue: ['1'] },
      { fieldId: 'field_31', fieldValue: '0' },
    ];
    await service.createConsignments([{ address: { ...address(), customFields }, lineItems: items().map((i) => ({ itemId: i.id, quantity: i.quantity })) }]);
    expect(data().getConsignments()![0]!.address.customFields).to.deep.equal(customFields);
    await service.loadCheckout(checkoutId);
    expect(data().getConsignments()![0]!.address.customFields).to.deep.equal(customFields);
  });
});
