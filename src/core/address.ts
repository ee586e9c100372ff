// Addresses: comparing what the shopper typed with what the API stored, and checking an address
// against the store's form fields before it may be sent.
import type { AddressFields } from './truth.js';

export const addressFieldNames = [
  'firstName',
  'lastName',
  'company',
  'address1',
  'address2',
  'city',
  'stateOrProvince',
  'stateOrProvinceCode',
  'countryCode',
  'postalCode',
  'phone',
] as const;

export type AddressFieldName = (typeof addressFieldNames)[number];

function normal(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(normal).join('\u0000');
  return String(value).trim().toLowerCase();
}

function customValue(address: AddressFields, fieldId: string): unknown {
  return address.customFields?.find((field) => field.fieldId === fieldId)?.fieldValue;
}

/**
 * True when the stored address says what the shopper asked for. Fields the shopper left
 * undefined are not compared (the API fills some, such as the state's name from its code);
 * case and surrounding blanks are not compared either.
 */
export function addressMatches(stored: AddressFields, wanted: AddressFields): boolean {
  for (const name of addressFieldNames) {
    const value = wanted[name];
    if (value === undefined) continue;
    if (normal(value) !== normal(stored[name])) return false;
  }
  for (const field of wanted.customFields ?? []) {
    if (normal(field.fieldValue) !== normal(customValue(stored, field.fieldId))) return false;
  }
  return true;
}

/** A store form field, as the SDK resolves it for one country (structurally the SDK's FormField). */
export interface AddressFormField {
  readonly name: string;
  readonly custom: boolean;
  readonly required: boolean;
  readonly label?: string;
  readonly hidden?: boolean;
  readonly maxLength?: number;
  readonly fieldType?: string;
  readonly options?: { readonly items?: readonly { readonly value: string }[] };
}

export interface AddressProblem {
  readonly field: string;
  readonly reason: 'required' | 'too-long' | 'not-an-option';
}

function fieldValue(address: AddressFields, field: AddressFormField): unknown {
  if (field.custom) return customValue(address, field.name);
  return (address as unknown as Record<string, unknown>)[field.name];
}

/**
 * What keeps this address from being sent: an empty list means it is valid for the store.
 * A country is always needed; the rest follows the store's fields for that country.
 */
export function validateAddress(address: AddressFields, fields: readonly AddressFormField[]): AddressProblem[] {
  const problems: AddressProblem[] = [];
  if (normal(address.countryCode) === '') problems.push({ field: 'countryCode', reason: 'required' });
  for (const field of fields) {
    if (field.hidden || field.name === 'countryCode') continue;
    const raw = fieldValue(address, field);
    const value = Array.isArray(raw) ? raw.join(',') : raw === undefined || raw === null ? '' : String(raw).trim();
    if (value === '') {
      if (field.required) problems.push({ field: field.name, reason: 'required' });
      continue;
    }
    if (field.maxLength !== undefined && value.length > field.maxLength) {
      problems.push({ field: field.name, reason: 'too-long' });
      continue;
    }
    const choices = field.options?.items;
    if (choices && choices.length > 0 && field.fieldType !== 'checkbox' && !choices.some((choice) => normal(choice.value) === normal(value))) {
      problems.push({ field: field.name, reason: 'not-an-option' });
    }
  }
  return problems;
}
