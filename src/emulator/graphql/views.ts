// The emulator's one store state seen through GraphQL: the REST views (checkoutView, cartView) are
// reshaped into the GraphQL types, and GraphQL inputs into the REST bodies the same Checkouts
// methods take, so both APIs share every rule, fault and store-behaviour switch.
import type { SignedInCustomer } from '../checkout-model.js';
import { shippingCountries } from '../countries.js';
import type { Address, Cart, Checkout, FormField, ShippingOption } from '../sdk-types.js';
import { formFields, storeContact } from '../store-config.js';

export const CURRENCY = 'USD';
const money = (value: number) => ({ value, currencyCode: CURRENCY, formattedV2: `$${value.toFixed(2)}` });
const when = (iso: string) => ({ utc: iso });

/** A REST form-field id ("field_25") as the GraphQL entity id (25). */
export const fieldEntityId = (fieldId: string): number => Number(fieldId.replace(/^field_/, ''));

const shippingFields = (): FormField[] => formFields().shippingAddress;

function customFieldView(fieldId: string, value: unknown) {
  const entityId = fieldEntityId(fieldId);
  const field = shippingFields().find((f) => f.custom && f.name === fieldId);
  switch (field?.fieldType) {
    case 'checkbox':
      return { __typename: 'CheckoutAddressCheckboxesCustomField', entityId, valueEntityIds: (Array.isArray(value) ? value : []).map(Number) };
    case 'dropdown':
    case 'radio':
      return { __typename: 'CheckoutAddressMultipleChoiceCustomField', entityId, valueEntityId: Number(value) };
    case 'date':
      return { __typename: 'CheckoutAddressDateCustomField', entityId, date: when(`${String(value)}T00:00:00Z`) };
    case 'password':
      return { __typename: 'CheckoutAddressPasswordCustomField', entityId, password: String(value) };
    default:
      if (field?.type === 'integer' && value !== '') return { __typename: 'CheckoutAddressNumberCustomField', entityId, number: Number(value) };
      return { __typename: 'CheckoutAddressTextFieldCustomField', entityId, text: Array.isArray(value) ? value.join(',') : String(value) };
  }
}

function addressView(address: Address) {
  return {
    __typename: 'CheckoutConsignmentAddress',
    firstName: address.firstName,
    lastName: address.lastName,
    email: (address as { email?: string }).email ?? null,
    company: address.company,
    address1: address.address1,
    address2: address.address2,
    city: address.city,
    stateOrProvince: address.stateOrProvince,
    stateOrProvinceCode: address.stateOrProvinceCode,
    countryCode: address.countryCode,
    postalCode: address.postalCode,
    phone: address.phone,
    customFields: (address.customFields ?? []).map((f) => customFieldView(f.fieldId, f.fieldValue)),
  };
}

function optionView(option: ShippingOption, recommended: boolean | undefined) {
  return {
    entityId: option.id,
    description: option.description,
    type: option.type,
    cost: money(option.cost),
    transitTime: option.transitTime || null,
    ...(recommended === undefined ? {} : { isRecommended: recommended }),
  };
}

type RestLine = Omit<Cart['lineItems']['physicalItems'][number], 'isShippingRequired'>;

function lineView(line: RestLine, physical: boolean) {
  return {
    entityId: String(line.id),
    parentEntityId: null,
    productEntityId: line.productId,
    variantEntityId: line.variantId,
    sku: line.sku,
    name: line.name,
    url: line.url,
    imageUrl: line.imageUrl,
    brand: line.brand,
    quantity: line.quantity,
    isTaxable: line.isTaxable,
    listPrice: money(line.listPrice),
    salePrice: money(line.salePrice),
    extendedListPrice: money(line.extendedListPrice),
    extendedSalePrice: money(line.extendedSalePrice),
    ...(physical ? { isShippingRequired: true } : {}),
    selectedOptions: (line.options ?? []).map((o) => ({
      __typename: 'CartSelectedMultipleChoiceOption',
      entityId: o.nameId,
      name: o.name,
      value: o.value,
      valueEntityId: o.valueId ?? 0,
    })),
  };
}

export function cartGraph(cart: Cart) {
  const { physicalItems, digitalItems, giftCertificates, customItems = [] } = cart.lineItems;
  return {
    id: `Cart:${cart.id}`,
    entityId: cart.id,
    currencyCode: cart.currency.code,
    isTaxIncluded: cart.isTaxIncluded,
    baseAmount: money(cart.baseAmount),
    amount: money(cart.cartAmount),
    createdAt: when(cart.createdTime),
    updatedAt: when(cart.updatedTime),
    lineItems: {
      physicalItems: physicalItems.map((l) => lineView(l, true)),
      digitalItems: digitalItems.map((l) => lineView(l, false)),
      giftCertificates: giftCertificates.map((g) => ({ entityId: String(g.id), name: g.name, amount: money(g.amount) })),
      customItems: customItems.map((c) => ({ entityId: c.id, sku: c.sku, name: c.name, quantity: c.quantity, listPrice: money(c.listPrice), extendedListPrice: money(c.extendedListPrice) })),
      totalQuantity: [...physicalItems, ...digitalItems, ...customItems].reduce((sum, l) => sum + l.quantity, 0) + giftCertificates.length,
    },
  };
}

/** A checkout (with every include) as the GraphQL Checkout type. */
export function checkoutGraph(checkout: Checkout) {
  return {
    id: `Checkout:${checkout.id}`,
    entityId: checkout.id,
    currencyCode: checkout.cart.currency.code,
    cart: cartGraph(checkout.cart),
    shippingConsignments: checkout.consignments.map((c) => ({
      entityId: c.id,
      address: addressView(c.address),
      availableShippingOptions: (c.availableShippingOptions ?? []).map((o) => optionView(o, o.isRecommended)),
      selectedShippingOption: c.selectedShippingOption ? optionView(c.selectedShippingOption, undefined) : null,
      shippingCost: money(c.shippingCost),
      handlingCost: money(c.handlingCost),
      lineItemIds: [...c.lineItemIds].map(String),
    })),
    order: checkout.orderId === undefined ? null : { entityId: checkout.orderId },
    shippingCostTotal: money(checkout.shippingCostTotal),
    handlingCostTotal: money(checkout.handlingCostTotal),
    taxTotal: money(checkout.taxTotal),
    subtotal: money(checkout.subtotal),
    grandTotal: money(checkout.grandTotal),
    outstandingBalance: money(checkout.outstandingBalance),
    createdAt: when(checkout.createdTime),
    updatedAt: when(checkout.updatedTime),
    customerMessage: checkout.customerMessage,
    version: checkout.version ?? null,
  };
}

// ---- inputs → REST bodies ----------------------------------------------------------------------

interface CustomFieldsInput {
  checkboxes?: { fieldEntityId: number; fieldValueEntityIds: number[] }[];
  multipleChoices?: { fieldEntityId: number; fieldValueEntityId: number }[];
  numbers?: { fieldEntityId: number; number: number }[];
  dates?: { fieldEntityId: number; date: string }[];
  texts?: { fieldEntityId: number; text: string }[];
  passwords?: { fieldEntityId: number; password: string }[];
}

export interface AddressInput {
  countryCode: string;
  shouldSaveAddress: boolean;
  customFields?: CustomFieldsInput | null;
  [field: string]: unknown;
}

/** CheckoutAddressInput as the REST address (custom fields as `{ fieldId, fieldValue }`). */
export function restAddress(input: AddressInput): Record<string, unknown> {
  const { customFields, shouldSaveAddress: _save, ...rest } = input;
  const id = (n: number) => `field_${n}`;
  const c = customFields ?? {};
  const fields = [
    ...(c.texts ?? []).map((f) => ({ fieldId: id(f.fieldEntityId), fieldValue: f.text })),
    ...(c.numbers ?? []).map((f) => ({ fieldId: id(f.fieldEntityId), fieldValue: f.number })),
    ...(c.dates ?? []).map((f) => ({ fieldId: id(f.fieldEntityId), fieldValue: String(f.date).slice(0, 10) })),
    ...(c.multipleChoices ?? []).map((f) => ({ fieldId: id(f.fieldEntityId), fieldValue: String(f.fieldValueEntityId) })),
    ...(c.checkboxes ?? []).map((f) => ({ fieldId: id(f.fieldEntityId), fieldValue: f.fieldValueEntityIds.map(String) })),
    ...(c.passwords ?? []).map((f) => ({ fieldId: id(f.fieldEntityId), fieldValue: f.password })),
  ];
  const address: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rest)) if (value !== null && value !== undefined) address[key] = value;
  return { ...address, customFields: fields };
}

export const restLineItems = (items: readonly { lineItemEntityId: string; quantity: number }[]) =>
  items.map((i) => ({ itemId: i.lineItemEntityId, quantity: i.quantity }));

// ---- store data --------------------------------------------------------------------------------

/** The built-in address fields' entity ids, as BigCommerce's Catalyst storefront maps them. */
export const builtInFieldIds: Readonly<Record<string, number>> = {
  firstName: 4,
  lastName: 5,
  company: 6,
  phone: 7,
  address1: 8,
  address2: 9,
  city: 10,
  countryCode: 11,
  stateOrProvince: 12,
  postalCode: 13,
};

/** The store's shipping address form as GraphQL FormFields. */
export function formFieldsGraph() {
  return shippingFields().map((f, index) => {
    const base = { entityId: f.custom ? fieldEntityId(f.id) : (builtInFieldIds[f.name] ?? fieldEntityId(f.id)), label: f.label, sortOrder: index, isBuiltIn: !f.custom, isRequired: f.required };
    const options = (f.options?.items ?? []).map((item) => ({ entityId: Number(item.value), label: item.label }));
    const date = (v: unknown) => (typeof v === 'string' && v !== '' ? `${v}T00:00:00Z` : null);
    if (f.name === 'countryCode') return { __typename: 'PicklistFormField', ...base, choosePrefix: 'Choose a country', options: [] };
    if (f.name === 'stateOrProvince') return { __typename: 'PicklistOrTextFormField', ...base, choosePrefix: 'Choose a state' };
    switch (f.fieldType) {
      case 'multiline':
        return { __typename: 'MultilineTextFormField', ...base, defaultText: f.default || null, rows: f.options?.rows ?? null };
      case 'date':
        return { __typename: 'DateFormField', ...base, defaultDate: null, minDate: date(f.min), maxDate: date(f.max) };
      case 'dropdown':
        return { __typename: 'PicklistFormField', ...base, choosePrefix: f.options?.helperLabel ?? '', options };
      case 'radio':
        return { __typename: 'RadioButtonsFormField', ...base, options };
      case 'checkbox':
        return { __typename: 'CheckboxesFormField', ...base, options };
      case 'password':
        return { __typename: 'PasswordFormField', ...base, defaultText: null, maxLength: f.maxLength ?? null };
      default:
        if (f.type === 'integer') {
          return { __typename: 'NumberFormField', ...base, defaultNumber: null, maxLength: null, minNumber: typeof f.min === 'number' ? f.min : null, maxNumber: typeof f.max === 'number' ? f.max : null, isIntegerOnly: true };
        }
        return { __typename: 'TextFormField', ...base, defaultText: f.default || null, maxLength: f.maxLength ?? null };
    }
  });
}

export function countriesGraph(filters?: { code?: string | null } | null) {
  const all = shippingCountries();
  const chosen = filters?.code ? all.filter((c) => c.code === filters.code!.toUpperCase()) : all;
  return chosen.map((c) => ({
    entityId: all.indexOf(c) + 1,
    name: c.name,
    code: c.code,
    statesOrProvinces: c.subdivisions.map((s, i) => ({ entityId: i + 1, name: s.name, abbreviation: s.code })),
  }));
}

/** `site.settings`: the store's name, its contact (`country` is a name, as BigCommerce gives it) and address form. */
export function settingsGraph() {
  const { name, address, addressType, country, email, phone } = storeContact;
  return { storeName: name, contact: { address, addressType, country, email, phone }, formFields: { shippingAddress: () => formFieldsGraph() } };
}

// ---- customer ----------------------------------------------------------------------------------

/** A saved address's custom field value as the CustomerFormFieldValue its store field's kind gives. */
function formFieldValueView(fieldId: string, value: unknown) {
  const entityId = fieldEntityId(fieldId);
  const field = shippingFields().find((f) => f.custom && f.name === fieldId);
  const name = field?.label ?? fieldId;
  const label = (v: unknown) => field?.options?.items?.find((i) => i.value === String(v))?.label ?? String(v);
  switch (field?.fieldType) {
    case 'checkbox': {
      const ids = Array.isArray(value) ? value : [];
      return { __typename: 'CheckboxesFormFieldValue', entityId, name, valueEntityIds: ids.map(Number), values: ids.map(label) };
    }
    case 'dropdown':
    case 'radio':
      return { __typename: 'MultipleChoiceFormFieldValue', entityId, name, valueEntityId: Number(value), value: label(value) };
    case 'date':
      return { __typename: 'DateFormFieldValue', entityId, name, date: when(`${String(value)}T00:00:00Z`) };
    case 'password':
      return { __typename: 'PasswordFormFieldValue', entityId, name, password: String(value) };
    case 'multiline':
      return { __typename: 'MultilineTextFormFieldValue', entityId, name, multilineText: String(value) };
    default:
      if (field?.type === 'integer' && value !== '') return { __typename: 'NumberFormFieldValue', entityId, name, number: Number(value) };
      return { __typename: 'TextFormFieldValue', entityId, name, text: String(value) };
  }
}

type SavedAddress = SignedInCustomer['addresses'][number];

function customerAddressView(a: SavedAddress) {
  const countries = shippingCountries();
  const country = countries.find((c) => c.code === a.countryCode);
  const state = country?.subdivisions.findIndex((s) => s.code === a.stateOrProvinceCode) ?? -1;
  const orNull = (v: string) => (v === '' ? null : v);
  return {
    entityId: a.id,
    firstName: a.firstName,
    lastName: a.lastName,
    address1: a.address1,
    address2: orNull(a.address2),
    addressType: a.type === 'commercial' ? 'COMMERCIAL' : 'RESIDENTIAL',
    city: a.city,
    country: country?.name ?? null,
    countryId: country ? countries.indexOf(country) + 1 : null,
    countryCode: a.countryCode,
    // The state's name (the type has no code; `stateId` is its entity id in geography).
    stateOrProvince: orNull(a.stateOrProvince),
    stateId: state >= 0 ? state + 1 : null,
    phone: orNull(a.phone),
    postalCode: orNull(a.postalCode),
    company: orNull(a.company),
    formFields: (a.customFields ?? []).map((f) => formFieldValueView(f.fieldId, f.fieldValue)),
  };
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** The largest page a connection serves, and the page size when neither `first` nor `last` is given (the emulator's choice). */
export const maxPageSize = 50;
export const defaultPageSize = 10;

const cursorOf = (index: number) => Buffer.from(`arrayconnection:${index}`).toString('base64');
function indexOf(cursor: string, name: string): number {
  const match = /^arrayconnection:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  if (!match) throw new Error(`"${name}" is not a cursor this connection gave: ${cursor}`);
  return Number(match[1]);
}

/** A Relay connection over a list (first/after forwards, last/before backwards), as BigCommerce's connections page. */
export function connection<T>(nodes: readonly T[], { first, after, last, before }: PageArgs) {
  for (const [name, size] of [['first', first], ['last', last]] as const) {
    if (size !== undefined && size !== null && (size < 0 || size > maxPageSize)) throw new Error(`"${name}" must be between 0 and ${maxPageSize}; got ${size}.`);
  }
  let start = after ? indexOf(after, 'after') + 1 : 0;
  let end = before ? Math.min(indexOf(before, 'before'), nodes.length) : nodes.length;
  const given = (n: number | null | undefined): n is number => n !== undefined && n !== null;
  if (given(first)) end = Math.min(end, start + first);
  if (given(last)) start = Math.max(start, end - last);
  if (!given(first) && !given(last)) end = Math.min(end, start + defaultPageSize);
  const edges = nodes.slice(start, end).map((node, i) => ({ node, cursor: cursorOf(start + i) }));
  return {
    edges,
    pageInfo: { hasNextPage: end < nodes.length, hasPreviousPage: start > 0, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
    collectionInfo: { totalItems: nodes.length },
  };
}

/** The signed-in customer as the GraphQL Customer type, from the store's one customer record. */
export function customerGraph(account: SignedInCustomer) {
  return {
    entityId: account.id,
    company: '',
    customerGroupId: account.group.id,
    customerGroupName: account.group.name,
    email: account.email,
    firstName: account.firstName,
    lastName: account.lastName,
    phone: '',
    addresses: (args: PageArgs) => connection(account.addresses.map(customerAddressView), args),
  };
}
