// Shipping countries as GET /internalapi/v1/shipping/countries answers: `{ data: Country[] }`
// (the SDK reads `body.data`). Countries and subdivisions come from country-region-data,
// whether a country has postal codes from postcode-validator.
import { allCountries } from 'country-region-data';
import { postcodeValidatorExistsForCountry } from 'postcode-validator';
import type { Country } from './sdk-types.js';

/**
 * Countries whose addresses need a state or province: those Google's address metadata
 * (libaddressinput, used by Chrome's autofill) marks with a required "S" field and for which
 * BigCommerce's checkout shows a required State/Province select.
 */
export const statesRequiredIn: readonly string[] = ['US', 'CA', 'AU', 'BR', 'MX', 'IN', 'IT', 'ES', 'JP', 'CN'];

/**
 * Countries whose checkout shows a State/Province list. BigCommerce lists subdivisions only for
 * some countries (elsewhere the checkout shows a free-text state field); the emulator lists them
 * where states are required plus the federal countries whose addresses usually carry one. A
 * decision of the emulator's: the storefront API's description does not say which countries
 * have subdivisions.
 */
export const subdivisionsListedIn: readonly string[] = [...statesRequiredIn, 'AR', 'AT', 'CH', 'DE', 'MY', 'NZ'];

let cached: Country[] | undefined;

export function shippingCountries(): Country[] {
  cached ??= allCountries.map(([name, code, regions]) => ({
    code,
    name,
    hasPostalCodes: postcodeValidatorExistsForCountry(code),
    requiresState: statesRequiredIn.includes(code) && regions.length > 0,
    subdivisions: subdivisionsListedIn.includes(code) ? regions.map(([regionName, regionCode]) => ({ code: regionCode, name: regionName })) : [],
  }));
  return cached;
}

export function findCountry(code: string): Country | undefined {
  return shippingCountries().find((c) => c.code === code.toUpperCase());
}
