// How an address reads to the shopper: a destination is named by who and where ("Ada Lovelace,
// Austin TX"), and shown as the lines a label would carry. Text only: nothing here is markup.
import type { AddressFields, ShippingCountry } from '../../core/index.js';

const join = (parts: readonly (string | undefined)[], separator = ' ') =>
  parts.map((p) => (p ?? '').trim()).filter((p) => p !== '').join(separator);

/** Who receives it: the name, else the company. */
export function recipientOf(address: AddressFields): string {
  return join([address.firstName, address.lastName]) || (address.company ?? '').trim();
}

/** Where it goes, briefly: the city and the state's code ("Austin TX"), else the country. */
export function placeOf(address: AddressFields, countries: readonly ShippingCountry[] = []): string {
  const region = address.stateOrProvinceCode || address.stateOrProvince;
  return join([address.city, region]) || countryName(address.countryCode, countries);
}

export function countryName(code: string | undefined, countries: readonly ShippingCountry[]): string {
  if (!code) return '';
  return countries.find((c) => c.code === code)?.name ?? code;
}

const street = (address: AddressFields) => join([address.address1, address.address2], ', ');
const town = (address: AddressFields) => join([join([address.city, address.stateOrProvinceCode || address.stateOrProvince]), address.postalCode]);

/** The lines of the address as a label shows them. */
export function addressLines(address: AddressFields, countries: readonly ShippingCountry[] = []): string[] {
  return [
    recipientOf(address),
    join([address.firstName, address.lastName]) ? (address.company ?? '') : '',
    street(address),
    town(address),
    countryName(address.countryCode, countries),
    address.phone ?? '',
  ].filter((line) => line.trim() !== '');
}

/** One line that tells addresses in a list apart: the street first, then the town and who. */
export function addressLine(address: AddressFields): string {
  return join([street(address), town(address), recipientOf(address)], ', ');
}
