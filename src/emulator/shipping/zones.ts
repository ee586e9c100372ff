// Which zone serves a destination: the most specific enabled zone wins
// (zip before state before country before global); among equals, the oldest (lowest id).
import type { QuoteDestination } from './contract.js';
import type { Zone, ZoneLocation, ZoneType } from './model.js';

const precedence: readonly ZoneType[] = ['zip', 'state', 'country', 'global'];

export function matchZone(zones: readonly Zone[], destination: QuoteDestination): Zone | undefined {
  if (!destination.countryCode) return undefined;
  for (const type of precedence) {
    const match = zones
      .filter((zone) => zone.enabled && zone.type === type && zoneServes(zone, destination))
      .sort((a, b) => a.id - b.id)[0];
    if (match) return match;
  }
  return undefined;
}

export function zoneServes(zone: Zone, destination: QuoteDestination): boolean {
  if (zone.type === 'global') return true;
  return zone.locations.some((location) => locationServes(zone.type, location, destination));
}

function locationServes(type: ZoneType, location: ZoneLocation, destination: QuoteDestination): boolean {
  const country = destination.countryCode.toUpperCase();
  const sameCountry = location.country_iso2 === undefined || location.country_iso2.toUpperCase() === country;
  switch (type) {
    case 'country':
      return location.country_iso2?.toUpperCase() === country;
    case 'state':
      return (
        sameCountry &&
        location.state_iso2 !== undefined &&
        location.state_iso2.toUpperCase() === (destination.stateOrProvinceCode ?? '').toUpperCase()
      );
    case 'zip':
      return sameCountry && location.zip !== undefined && zipMatches(location.zip, destination.postalCode ?? '');
    default:
      return false;
  }
}

const normalise = (zip: string): string => zip.replace(/\s+/g, '').toUpperCase();

/**
 * A zone's postal code matches exactly (ignoring case and spaces), with `*` as a wildcard for any
 * characters ("787*", "SW1A*"), or as an inclusive numeric range ("78700-78799"), the patterns
 * BigCommerce's control panel accepts for ZIP zones. The V2 spec only says "ZIP/postal code".
 */
export function zipMatches(pattern: string, postalCode: string): boolean {
  const code = normalise(postalCode);
  const wanted = normalise(pattern);
  if (code === '' || wanted === '') return false;
  const range = /^(\d+)-(\d+)$/.exec(wanted);
  if (range) {
    // Compare on the range's digit count so "78751-1234" (ZIP+4) sits in "78700-78799".
    const width = range[1]!.length;
    const digits = code.replace(/-.*/, '');
    if (!/^\d+$/.test(digits) || digits.length < width) return false;
    const value = Number(digits.slice(0, width));
    return value >= Number(range[1]) && value <= Number(range[2]);
  }
  if (wanted.includes('*')) {
    const regex = new RegExp(`^${wanted.split('*').map(escapeRegex).join('.*')}$`);
    return regex.test(code);
  }
  return code === wanted || code.replace(/-.*/, '') === wanted;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
