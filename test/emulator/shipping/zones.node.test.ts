import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Zone } from '../../../src/emulator/shipping/model.js';
import { matchZone, zipMatches } from '../../../src/emulator/shipping/zones.js';

const zone = (id: number, type: Zone['type'], locations: Omit<Zone['locations'][number], 'id'>[], enabled = true): Zone => ({
  id,
  name: `${type} ${id}`,
  type,
  locations: locations.map((l, i) => ({ id: id * 100 + i, ...l })),
  free_shipping: { enabled: false, minimum_sub_total: '0.0000', exclude_fixed_shipping_products: false },
  handling_fees: { fixed_surcharge: '0', display_separately: true },
  enabled,
});

describe('zone matching', () => {
  const zones = [
    zone(1, 'global', []),
    zone(2, 'country', [{ country_iso2: 'US' }]),
    zone(3, 'state', [{ country_iso2: 'US', state_iso2: 'TX' }]),
    zone(4, 'zip', [{ country_iso2: 'US', zip: '787*' }]),
  ];

  it('prefers zip over state over country over global', () => {
    assert.equal(matchZone(zones, { countryCode: 'US', stateOrProvinceCode: 'TX', postalCode: '78751' })?.id, 4);
    assert.equal(matchZone(zones, { countryCode: 'US', stateOrProvinceCode: 'TX', postalCode: '75001' })?.id, 3);
    assert.equal(matchZone(zones, { countryCode: 'US', stateOrProvinceCode: 'NY', postalCode: '10001' })?.id, 2);
    assert.equal(matchZone(zones, { countryCode: 'FR', postalCode: '75001' })?.id, 1);
  });

  it('skips disabled zones and falls through to the next most specific', () => {
    const withDisabledZip = zones.map((z) => (z.id === 4 ? { ...z, enabled: false } : z));
    assert.equal(matchZone(withDisabledZip, { countryCode: 'US', stateOrProvinceCode: 'TX', postalCode: '78751' })?.id, 3);
  });

  it('matches nothing when no zone lists the country and there is no global zone', () => {
    assert.equal(matchZone(zones.slice(1), { countryCode: 'BR' }), undefined);
  });

  it('matches nothing without a country code', () => {
    assert.equal(matchZone(zones, { countryCode: '' }), undefined);
  });

  it('picks the oldest of two zones of the same type', () => {
    const two = [zone(7, 'country', [{ country_iso2: 'CA' }]), zone(5, 'country', [{ country_iso2: 'CA' }])];
    assert.equal(matchZone(two, { countryCode: 'CA' })?.id, 5);
  });

  it('requires the zip location country to match the destination', () => {
    const ukZip = [zone(9, 'zip', [{ country_iso2: 'GB', zip: '787*' }])];
    assert.equal(matchZone(ukZip, { countryCode: 'US', postalCode: '78751' }), undefined);
  });
});

describe('zip patterns', () => {
  it('matches exactly, ignoring case and spaces', () => {
    assert.equal(zipMatches('SW1A 1AA', 'sw1a1aa'), true);
    assert.equal(zipMatches('11103', '11103'), true);
    assert.equal(zipMatches('11103', '11104'), false);
  });

  it('matches a ZIP+4 code against its five-digit ZIP', () => {
    assert.equal(zipMatches('78751', '78751-1234'), true);
  });

  it('treats * as a wildcard', () => {
    assert.equal(zipMatches('787*', '78751'), true);
    assert.equal(zipMatches('787*', '77001'), false);
    assert.equal(zipMatches('SW1*', 'SW1A 2AA'), true);
  });

  it('matches inclusive numeric ranges', () => {
    assert.equal(zipMatches('78700-78799', '78700'), true);
    assert.equal(zipMatches('78700-78799', '78799'), true);
    assert.equal(zipMatches('78700-78799', '78800'), false);
    assert.equal(zipMatches('78700-78799', 'ABCDE'), false);
  });

  it('never matches an empty postal code', () => {
    assert.equal(zipMatches('*', ''), false);
  });
});
