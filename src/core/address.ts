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
  return String(value).trim();
}

/** Codes and the state's name the API may fill or recase ("tx" → "TX", "Texas" from TX). */
const caseless = new Set<string>(['countryCode', 'stateOrProvinceCode', 'stateOrProvince']);

function customValue(address: AddressFields, fieldId: string): unknown {
  return address.customFields?.find((field) => field.fieldId === fieldId)?.fieldValue;
}

/**
 * True when the stored address says what the shopper asked for. Fields the shopper left
 * undefined are not compared (the API fills some, such as the state's name from its code), nor
 * surrounding blanks, nor the case of the country and state.
 */
export function addressMatches(stored: AddressFields, wanted: AddressFields): boolean {
  for (const name of addressFieldNames) {
    const value = wanted[name];
    if (value === undefined) continue;
    const [a, b] = [normal(value), normal(stored[name])];
    // What the shopper typed is kept as typed: a name whose case changed is a change to send.
    if (caseless.has(name) ? a.toLowerCase() !== b.toLowerCase() : a !== b) return false;
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
  readonly id?: string;
  readonly label?: string;
  readonly hidden?: boolean;
  readonly default?: string;
  readonly maxLength?: number;
  /** How the store renders it: 'text', 'multiline', 'dropdown', 'radio', 'checkbox', 'date' (or 'password'). */
  readonly fieldType?: string;
  /** The value's type: 'string', 'integer' (a number field), 'date' or 'array' (checkboxes, lists). */
  readonly type?: string;
  readonly min?: string | number;
  readonly max?: string | number;
  readonly options?: {
    readonly items?: readonly { readonly value: string; readonly label?: string }[];
    readonly rows?: number;
    /** A dropdown's placeholder ("Choose a place"). */
    readonly helperLabel?: string;
  };
}

/** One of the signed-in customer's saved addresses. */
export interface SavedAddress {
  readonly id: number;
  readonly address: AddressFields;
}

/** A country the store ships to (structurally the SDK's Country). */
export interface ShippingCountry {
  readonly code: string;
  readonly name: string;
  readonly hasPostalCodes: boolean;
  readonly requiresState: boolean;
  readonly subdivisions: readonly { readonly code: string; readonly name: string }[];
}

export type AddressProblemReason = 'required' | 'too-long' | 'not-an-option' | 'not-a-number' | 'too-small' | 'too-large' | 'not-a-date';

export interface AddressProblem {
  readonly field: string;
  readonly reason: AddressProblemReason;
}

/** Characters as a shopper counts them: an emoji is one, not two UTF-16 units. */
export function characterCount(value: string): number {
  let count = 0;
  for (const _ of value) count++;
  return count;
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDate(value: string): boolean {
  const match = isoDate.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** What is wrong with one non-empty value of a number or date field, if anything. */
function rangeProblem(field: AddressFormField, value: string): AddressProblemReason | null {
  if (field.type === 'integer') {
    if (!/^-?\d+$/.test(value)) return 'not-a-number';
    const n = Number(value);
    if (field.min !== undefined && field.min !== '' && n < Number(field.min)) return 'too-small';
    if (field.max !== undefined && field.max !== '' && n > Number(field.max)) return 'too-large';
  } else if (field.fieldType === 'date' || field.type === 'date') {
    if (!isRealDate(value)) return 'not-a-date';
    // ISO dates compare as strings.
    if (typeof field.min === 'string' && isRealDate(field.min) && value < field.min) return 'too-small';
    if (typeof field.max === 'string' && isRealDate(field.max) && value > field.max) return 'too-large';
  }
  return null;
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
    if (field.maxLength !== undefined && characterCount(value) > field.maxLength) {
      problems.push({ field: field.name, reason: 'too-long' });
      continue;
    }
    const range = rangeProblem(field, value);
    if (range) {
      problems.push({ field: field.name, reason: range });
      continue;
    }
    const choices = field.options?.items;
    if (choices && choices.length > 0) {
      // A checkbox list holds several of its items; every other list holds one.
      const picked = field.fieldType === 'checkbox' && Array.isArray(raw) ? (raw as readonly unknown[]).map(String) : [value];
      if (!picked.every((v) => choices.some((choice) => normal(choice.value).toLowerCase() === normal(v).toLowerCase()))) problems.push({ field: field.name, reason: 'not-an-option' });
    }
  }
  return problems;
}
