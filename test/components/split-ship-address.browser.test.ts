// The address form inside <split-ship>, with the emulated store's real form fields (through the
// real SDK): built from the store's fields for the chosen country, checked at each field, never
// sent until valid, and whatever the shopper types comes back exactly as typed.
import { expect, waitUntil } from '@open-wc/testing';
import type { SplitShip } from '../../src/index.js';
import { adminCheckout, consignmentWrites, requestLog } from '../support/emulator-client.js';
import { accessibleName, cartOf, check, choose, control, deep, deepAll, fields, giveAddress, loaded, mount, settled, textOf, type } from '../support/widget.js';

const form = (el: SplitShip) => deep(deep(el.shadowRoot!, 'split-ship-destination').shadowRoot!, 'split-ship-address-form').shadowRoot!;

/** The message tied to a field (by aria-describedby), or null. */
function messageOf(field: HTMLElement): string | null {
  const ids = field.getAttribute('aria-describedby');
  if (!ids) return null;
  const root = field.getRootNode() as ShadowRoot;
  return ids
    .split(' ')
    .map((id) => root.getElementById(id))
    .filter((m) => m?.classList.contains('message'))
    .map((m) => m!.textContent!.trim())
    .join(' ') || null;
}

interface StoredAddress {
  firstName: string;
  lastName: string;
  address1: string;
  city: string;
  stateOrProvince: string;
  postalCode: string;
  countryCode: string;
  customFields: { fieldId: string; fieldValue: unknown }[];
}

async function storedAddress(checkoutId: string): Promise<StoredAddress> {
  await waitUntil(async () => (await adminCheckout<{ consignments: unknown[] }>(checkoutId)).consignments.length === 1, 'the address is saved', { timeout: 15_000 });
  return (await adminCheckout<{ consignments: { address: StoredAddress }[] }>(checkoutId)).consignments[0]!.address;
}

describe('<split-ship> address form', () => {
  it('checks each field when the shopper leaves it and all of them on submit; nothing is sent until it is valid', async () => {
    const checkoutId = await cartOf(1);
    const el = await mount(checkoutId);
    await loaded(el);
    const root = form(el);
    const first = control<HTMLInputElement>(root, 'First Name');
    first.focus();
    first.blur();
    await waitUntil(() => first.getAttribute('aria-invalid') === 'true', 'a required field left empty is marked');
    expect(messageOf(first)).to.equal('This field is required.');
    expect(messageOf(control(root, 'Last Name'))).to.equal(null, 'a field not visited yet shows nothing');

    control(root, 'Use this address').click();
    await waitUntil(() => messageOf(control(root, 'Last Name')) !== null, 'submit checks every field');
    for (const label of ['First Name', 'Last Name', 'Address Line 1', 'Suburb/City', 'Zip/Postcode']) {
      expect(messageOf(control(root, label)), label).to.equal('This field is required.');
      expect(control(root, label).getAttribute('aria-invalid'), label).to.equal('true');
    }
    expect(messageOf(control(root, 'State/Province'))).to.equal('Choose one.');
    // Focus goes to the first field that needs the shopper.
    expect((root.activeElement as HTMLElement | null)?.getAttribute('data-field')).to.equal('firstName');
    await expect(el).to.be.accessible();

    type(first, 'Ada');
    await waitUntil(() => first.getAttribute('aria-invalid') === 'false', 'fixing a field clears its message');
    await settled(el);
    expect(consignmentWrites(await requestLog(checkoutId))).to.deep.equal([]);
  });

  it('required fields are marked, and the store maximum lengths are checked before sending', async () => {
    const checkoutId = await cartOf(1);
    const el = await mount(checkoutId);
    await loaded(el);
    const root = form(el);
    expect(control<HTMLInputElement>(root, 'First Name').required).to.equal(true);
    expect(control<HTMLInputElement>(root, 'Company Name').required).to.equal(false);
    expect(textOf(root)).to.include('Fields marked * are required.');
    const gift = control<HTMLInputElement>(root, 'Gift message');
    type(gift, 'x'.repeat(501));
    await waitUntil(() => messageOf(gift) !== null);
    expect(messageOf(gift)).to.equal('Use at most 500 characters (this has 501).');
    expect(gift.value).to.have.length(501, 'nothing the shopper typed is cut off');
    const { state: _state, ...ada } = fields.ada;
    await giveAddress(root, { ...ada, state: 'TX' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await settled(el);
    expect(consignmentWrites(await requestLog(checkoutId))).to.deep.equal([]);
  });

  it('a country without subdivisions gets a free-text state, and one without postal codes no postal code field', async () => {
    const el = await mount(await cartOf(1));
    await loaded(el);
    const root = form(el);
    expect(control(root, 'State/Province').tagName).to.equal('SELECT');
    choose(control<HTMLSelectElement>(root, 'Country'), 'GB');
    await waitUntil(() => control(root, 'State/Province').tagName === 'INPUT', 'the state becomes text');
    expect(control<HTMLInputElement>(root, 'State/Province').required).to.equal(false);
    expect(control(root, 'Zip/Postcode')).to.exist;
    choose(control<HTMLSelectElement>(root, 'Country'), 'HK');
    await waitUntil(() => !deepAll(root, 'input').some((i) => accessibleName(i) === 'Zip/Postcode'), 'no postal code in Hong Kong');
    // The country comes first, as it decides the others.
    expect(accessibleName(deepAll(root, 'input, select, textarea')[0]!)).to.equal('Country');
  });

  it("the store's custom fields of every kind are asked for and saved with the address", async () => {
    const checkoutId = await cartOf(1);
    const el = await mount(checkoutId);
    await loaded(el);
    const root = form(el);
    type(control<HTMLTextAreaElement>(root, 'Delivery instructions'), 'Ring twice\nthen knock');
    type(control<HTMLInputElement>(root, 'Gift message'), 'Happy birthday!');
    type(control<HTMLInputElement>(root, 'Delivery date'), '2027-03-14');
    type(control<HTMLInputElement>(root, 'Apartment floor'), '12');
    choose(control<HTMLSelectElement>(root, 'Leave parcel at'), '2');
    check(control<HTMLInputElement>(root, 'Call before delivery'));
    check(control<HTMLInputElement>(root, 'Leave out of sight'));
    check(control<HTMLInputElement>(root, 'Commercial'));
    expect(textOf(root)).to.include('From 0 to 200');
    await giveAddress(root, fields.ada);
    const stored = await storedAddress(checkoutId);
    const values = Object.fromEntries(stored.customFields.map((f) => [f.fieldId, f.fieldValue]));
    expect(values).to.deep.equal({
      field_25: 'Ring twice\nthen knock',
      field_26: 'Happy birthday!',
      field_27: '2027-03-14',
      field_28: 12,
      field_29: '2',
      field_30: ['0', '2'],
      field_31: '1',
    });
  });

  it('number and date fields are checked against the store limits', async () => {
    const el = await mount(await cartOf(1));
    await loaded(el);
    const root = form(el);
    const floor = control<HTMLInputElement>(root, 'Apartment floor');
    type(floor, '2.5');
    await waitUntil(() => messageOf(floor) === 'Enter a whole number.');
    type(floor, '201');
    await waitUntil(() => messageOf(floor) === 'Enter 200 or less.');
    const date = control<HTMLInputElement>(root, 'Delivery date');
    type(date, '2025-06-01');
    await waitUntil(() => messageOf(date)?.startsWith('Choose '));
    expect(messageOf(date)).to.equal('Choose Jan 1, 2026 or later.');
  });

  it('markup, 255-character fields, emoji and combining characters render as text and round-trip unchanged', async () => {
    const checkoutId = await cartOf(1);
    const el = await mount(checkoutId);
    await loaded(el);
    const markup = '<img src=x onerror="window.__xss = 1">';
    const long = `${'Ω'.repeat(200)}🚚👩‍👩‍👧e\u0301${'z'.repeat(50)}`.slice(0, 255);
    const text = {
      'First Name': markup,
      'Last Name': 'Zoë Ångström 👩🏽‍🚀',
      'Address Line 1': long,
      'Suburb/City': 'Austin',
      'Zip/Postcode': '78701',
    };
    const root = form(el);
    type(control<HTMLInputElement>(root, 'Gift message'), `${'🎁'.repeat(250)}${'n\u0303'.repeat(125)}`);
    await giveAddress(root, { ...text, state: 'TX' });
    const stored = await storedAddress(checkoutId);
    expect(stored.firstName).to.equal(markup);
    expect(stored.lastName).to.equal('Zoë Ångström 👩🏽‍🚀');
    expect(stored.address1).to.equal(long);
    expect(stored.customFields.find((f) => f.fieldId === 'field_26')!.fieldValue).to.equal(`${'🎁'.repeat(250)}${'n\u0303'.repeat(125)}`);
    await waitUntil(() => textOf(el.shadowRoot!).includes(markup), 'the markup shows as text');
    expect((window as unknown as { __xss?: number }).__xss).to.equal(undefined);
    expect(deepAll(el.shadowRoot!, 'img')).to.deep.equal([], 'no element was made from what the shopper typed');
    await expect(el).to.be.accessible();
  });

  it('an address can be edited (Save address) or left as it was (Cancel), and focus follows', async () => {
    const checkoutId = await cartOf(1);
    const el = await mount(checkoutId);
    await loaded(el);
    await giveAddress(form(el), fields.ada);
    const destination = deep(el.shadowRoot!, 'split-ship-destination').shadowRoot!;
    await waitUntil(() => el.complete, 'saved', { timeout: 15_000 });
    control(destination, 'Edit address: Ada Lovelace, Austin TX').click();
    await waitUntil(() => destination.querySelector('split-ship-address-form'));
    expect(control<HTMLInputElement>(form(el), 'First Name').value).to.equal('Ada');
    control(form(el), 'Cancel').click();
    await waitUntil(() => !destination.querySelector('split-ship-address-form'));
    control(destination, 'Edit address: Ada Lovelace, Austin TX').click();
    await waitUntil(() => destination.querySelector('split-ship-address-form'));
    type(control<HTMLInputElement>(form(el), 'Address Line 1'), '501 Congress Ave');
    control(form(el), 'Save address').click();
    await waitUntil(async () => (await adminCheckout<{ consignments: { address: { address1: string } }[] }>(checkoutId)).consignments[0]?.address.address1 === '501 Congress Ave', 'the edit is saved', { timeout: 15_000 });
  });
});
