// Custom form field values on addresses: how the Storefront API stores what it is sent, and how an
// order shows them (V2 `form_fields`). The store's field definitions are in store-config.ts.
import { problem } from './http.js';
import type { Address, FormField } from './sdk-types.js';

export type CustomFieldValue = Address['customFields'][number];
export interface OrderFormField {
  name: string;
  value: string | number | string[];
}

const isPickList = (field: FormField | undefined) => field?.fieldType === 'dropdown' || field?.fieldType === 'radio';
const definition = (fields: readonly FormField[], fieldId: string) => fields.find((f) => f.custom && f.name === fieldId);

/**
 * `address.customFields` as the API keeps it. checkouts.sf.yml types `fieldValue` as a string and
 * notes "This can also be an array for fields that need to support list of values; for example, a
 * set of checkboxes. When doing a PUT or POST to the `fieldValue` with a pick list, the input must
 * be a number. The response will be a string." The SDK's type is `string | number | string[]`.
 * So: arrays are answered as string arrays; a number is kept for an integer field (the SDK's
 * `number`, what checkout-js's number input sends) and answered as a string anywhere else (a pick
 * list, or a field the store does not define); strings are kept exactly as sent, markup included
 * (it is data: whoever renders it escapes it). Nothing is checked against the definitions.
 */
export function toCustomFields(input: unknown[], fields: readonly FormField[], at: string): CustomFieldValue[] {
  return input.map((entry, index) => {
    const where = `${at}.customFields[${index}]`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) throw problem(400, 'Each custom field must be an object', `${where} must be { fieldId, fieldValue }.`);
    const { fieldId, fieldValue } = entry as Record<string, unknown>;
    if ((typeof fieldId !== 'string' && typeof fieldId !== 'number') || fieldId === '') {
      throw problem(400, 'fieldId is required', `${where}.fieldId must be the form field's id, e.g. "field_25".`);
    }
    const id = String(fieldId);
    return { fieldId: id, fieldValue: storedValue(fieldValue, definition(fields, id), `${where}.fieldValue`) };
  });
}

function storedValue(value: unknown, field: FormField | undefined, at: string): CustomFieldValue['fieldValue'] {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map((item) => scalar(item, at));
  if (typeof value === 'number' && field?.type === 'integer' && !isPickList(field)) return value;
  return scalar(value, at);
}

function scalar(value: unknown, at: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw problem(400, 'fieldValue must be a string, a number or an array of strings', `${at} is ${value === null ? 'null' : typeof value}.`);
}

/**
 * An order shipping address's `form_fields` (orders.v2 `formFields`: `name` "The form field
 * name", `value` a number, a string or an array; the examples name fields by their label —
 * "Wholesale ID", "License ID" — and give a pick list's, radio's and checkbox's chosen text and a
 * number field's number). So: the label as `name`; a dropdown's or radio's item label, a checkbox
 * set's item labels; an integer field's number; other values as stored. A value no item matches,
 * and a field the store does not define (named by its id), pass through unchanged.
 */
export function orderFormFields(values: readonly CustomFieldValue[], fields: readonly FormField[]): OrderFormField[] {
  return values.map(({ fieldId, fieldValue }) => {
    const field = definition(fields, fieldId);
    if (!field) return { name: fieldId, value: structuredClone(fieldValue) };
    const label = (value: string | number) => field.options?.items?.find((item) => item.value === String(value))?.label ?? String(value);
    let value: OrderFormField['value'] = structuredClone(fieldValue);
    if (field.fieldType === 'checkbox') value = (Array.isArray(fieldValue) ? fieldValue : [fieldValue]).filter((v) => v !== '').map(label);
    else if (isPickList(field) && !Array.isArray(fieldValue)) value = fieldValue === '' ? '' : label(fieldValue);
    else if (field.type === 'integer' && typeof fieldValue === 'string' && /^-?\d+$/.test(fieldValue.trim())) value = Number(fieldValue);
    return { name: field.label, value };
  });
}
