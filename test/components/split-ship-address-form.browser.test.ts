// <split-ship-address-form> alone, with the store's real form fields and countries (read through
// the SDK gateway from the emulator): how a signed-in shopper picks one of their saved addresses.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/split-ship-address-form/define.js';
import type { AddressFormDraft, AddressSubmit, SplitShipAddressForm } from '../../src/components/split-ship-address-form/split-ship-address-form.js';
import type { SavedAddress } from '../../src/core/index.js';
import { SdkGateway } from '../../src/gateway/index.js';
import { addresses, catalog, createCart } from '../support/emulator-client.js';
import { accessibleName, choose, control, deepAll, textOf } from '../support/widget.js';

const store = await (async () => {
  const product = (await catalog()).find((p) => p.type === 'physical' && !p.cannotShipTo?.length)!;
  const gateway = new SdkGateway({ checkoutId: await createCart([{ productId: product.id, variantId: product.variants[0]!.id, quantity: 1 }]) });
  await gateway.load();
  return gateway;
})();

/** `count` saved addresses: the three fixtures, then more of the same people at other numbers. */
function addressBook(count: number): SavedAddress[] {
  const people = [addresses.austin, addresses.seattle, addresses.denver];
  return Array.from({ length: count }, (_, i) => ({ id: 100 + i, address: { ...people[i % 3]!, address1: `${i + 1}${people[i % 3]!.address1.replace(/^\d+/, '')}` } }));
}

async function form(saved: readonly SavedAddress[]): Promise<SplitShipAddressForm> {
  return fixture<SplitShipAddressForm>(html`<split-ship-address-form
    lang="en"
    heading="Address for destination 1"
    defaultCountry="US"
    .fieldsFor=${(code: string) => store.addressFields(code)}
    .countries=${store.shippingCountries()}
    .saved=${saved}
  ></split-ship-address-form>`);
}

describe('<split-ship-address-form> saved addresses', () => {
  it('up to four are cards to pick from, the first one picked', async () => {
    const el = await form(addressBook(4));
    const radios = deepAll<HTMLInputElement>(el.shadowRoot!, 'input[name="saved"]');
    expect(radios).to.have.length(5, 'four addresses and "A new address"');
    expect(radios[0]!.checked).to.equal(true);
    expect(el.shadowRoot!.querySelector('select#saved')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('a long address book is one labelled select with the chosen address in full below it; picking one and a new address both work', async () => {
    const book = addressBook(12);
    const el = await form(book);
    expect(deepAll(el.shadowRoot!, 'input[name="saved"]'), 'no card per address').to.have.length(0);
    const select = control<HTMLSelectElement>(el.shadowRoot!, 'Ship to');
    expect(accessibleName(select)).to.equal('Ship to');
    expect([...select.options].map((o) => o.text)).to.have.length(13);
    expect(select.options[0]!.text).to.equal('1 Congress Ave, Austin TX 78701, Ada Lovelace');
    expect(select.options[12]!.text).to.equal('A new address');
    expect(select.value).to.equal('100');
    expect(textOf(el.shadowRoot!.querySelector('.saved-select .lines')!)).to.include('1 Congress Ave');
    expect(deepAll(el.shadowRoot!, '.fields'), 'no form while a saved address is picked').to.have.length(0);

    const drafted = oneEvent(el, 'address-input');
    choose(select, '107');
    expect(((await drafted) as CustomEvent<AddressFormDraft>).detail.saved).to.equal(107);
    await el.updateComplete;
    expect(textOf(el.shadowRoot!.querySelector('.saved-select .lines')!)).to.include('8 Broad St');
    const submitted = oneEvent(el, 'address-submit');
    control<HTMLButtonElement>(el.shadowRoot!, 'Use this address').click();
    const { detail } = (await submitted) as CustomEvent<AddressSubmit>;
    expect(detail.savedAddressId).to.equal(107);
    expect(detail.address.address1).to.equal('8 Broad St');
    await expect(el).to.be.accessible();

    choose(select, 'new');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.saved-select .lines'), 'nothing shown for a new address').to.equal(null);
    expect(control(el.shadowRoot!, /^First Name/)).to.exist;
    await expect(el).to.be.accessible();
  });
});
