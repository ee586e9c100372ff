// One destination card on its own (no page around it): what it keeps while the page has not
// caught up with the shopper yet.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/split-ship-destination/define.js';
import type { SplitShipDestination } from '../../src/components/split-ship-destination/split-ship-destination.js';
import type { AddressFormField } from '../../src/core/index.js';
import { control, deep, type } from '../support/widget.js';

const fields: AddressFormField[] = [
  { name: 'countryCode', label: 'Country', custom: false, required: true },
  { name: 'firstName', label: 'First Name', custom: false, required: true },
  { name: 'lastName', label: 'Last Name', custom: false, required: true },
];

describe('<split-ship-destination>', () => {
  it('keeps what the shopper types in its address form when it renders again before the page stores the draft', async () => {
    const card = await fixture<SplitShipDestination>(html`<split-ship-destination
      .destination=${{ id: 'd1', address: { countryCode: '' }, items: {} }}
      .number=${2}
      .items=${[]}
      .fieldsFor=${() => fields}
      .countries=${[{ code: 'US', name: 'United States', hasPostalCodes: true, requiresState: false, subdivisions: [] }]}
      defaultCountry="US"
    ></split-ship-destination>`);
    const form = () => deep(card.shadowRoot!, 'split-ship-address-form').shadowRoot!;
    type(control<HTMLInputElement>(form(), 'First Name'), 'Ada');
    // A status or language change renders the card alone; the page has not handed back the draft.
    card.requestUpdate();
    await card.updateComplete;
    type(control<HTMLInputElement>(form(), 'Last Name'), 'Lovelace');
    card.requestUpdate();
    await card.updateComplete;
    const values = (deep(card.shadowRoot!, 'split-ship-address-form') as unknown as { values: Record<string, unknown> }).values;
    expect([values.firstName, values.lastName]).to.deep.equal(['Ada', 'Lovelace']);
  });
});
