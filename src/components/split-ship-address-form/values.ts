// The form's values as the shopper edits them (one string, or a list for checkboxes, per field)
// and the address the API takes. Custom fields are keyed by their field id.
import type { AddressCustomField, AddressFields, AddressFormField, ShippingCountry } from '../../core/index.js';

export type FormValues = Record<string, string | readonly string[]>;

const standard = ['firstName', 'lastName', 'company', 'address1', 'address2', 'city', 'phone', 'postalCode'] as const;

export function valuesOf(address: AddressFields): FormValues {
  const values: FormValues = { countryCode: address.countryCode ?? '' };
  for (const name of standard) if (address[name] !== undefined) values[name] = String(address[name]);
  values.stateOrProvince = address.stateOrProvince ?? '';
  values.stateOrProvinceCode = address.stateOrProvinceCode ?? '';
  for (const field of address.customFields ?? []) {
    values[field.fieldId] = Array.isArray(field.fieldValue) ? (field.fieldValue as readonly string[]).map(String) : String(field.fieldValue);
  }
  return values;
}

const text = (value: string | readonly string[] | undefined) => (typeof value === 'string' ? value : '');

/** The address the form's values stand for, with the fields this country shows. */
export function addressOf(values: FormValues, fields: readonly AddressFormField[], country: ShippingCountry | undefined): AddressFields {
  const address: Record<string, unknown> = { countryCode: text(values.countryCode) };
  const customFields: AddressCustomField[] = [];
  for (const field of fields) {
    if (field.hidden || field.name === 'countryCode') continue;
    const value = values[field.name];
    if (field.custom) {
      if (Array.isArray(value)) {
        if (value.length > 0) customFields.push({ fieldId: field.name, fieldValue: [...(value as readonly string[])] });
      } else if (text(value).trim() !== '') {
        const trimmed = text(value).trim();
        const fieldValue = field.type === 'integer' && /^-?\d+$/.test(trimmed) ? Number(trimmed) : text(value);
        customFields.push({ fieldId: field.name, fieldValue });
      }
      continue;
    }
    if (field.name === 'stateOrProvinceCode') {
      const code = text(value);
      address.stateOrProvinceCode = code;
      address.stateOrProvince = country?.subdivisions.find((s) => s.code === code)?.name ?? '';
      continue;
    }
    if (field.name === 'stateOrProvince') {
      address.stateOrProvince = text(value);
      address.stateOrProvinceCode = '';
      continue;
    }
    if (field.name === 'postalCode' && country && !country.hasPostalCodes) continue;
    address[field.name] = text(value);
  }
  if (customFields.length > 0) address.customFields = customFields;
  return address as unknown as AddressFields;
}

/** The fields to show for a country, the country first (it decides the others). */
export function shownFields(fields: readonly AddressFormField[], country: ShippingCountry | undefined): AddressFormField[] {
  const visible = fields.filter((f) => !f.hidden && !(f.name === 'postalCode' && country && !country.hasPostalCodes));
  const countryField = visible.filter((f) => f.name === 'countryCode');
  return [...countryField, ...visible.filter((f) => f.name !== 'countryCode')];
}

const autocomplete: Record<string, string> = {
  firstName: 'given-name',
  lastName: 'family-name',
  company: 'organization',
  address1: 'address-line1',
  address2: 'address-line2',
  city: 'address-level2',
  stateOrProvince: 'address-level1',
  stateOrProvinceCode: 'address-level1',
  countryCode: 'country',
  postalCode: 'postal-code',
  phone: 'tel',
};

export function autocompleteOf(field: AddressFormField): string {
  const token = field.custom ? undefined : autocomplete[field.name];
  return token ? `shipping ${token}` : 'off';
}

/** Fields that share a row with a neighbour on a wide form. */
export const halfWidth = new Set(['firstName', 'lastName', 'city', 'stateOrProvince', 'stateOrProvinceCode', 'postalCode', 'phone']);
