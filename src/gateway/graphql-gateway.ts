// CheckoutGateway over BigCommerce's GraphQL Storefront API, for headless storefronts on another
// origin (the REST Storefront API has no CORS). Plain fetch, a storefront token as a bearer, one
// request per call; each write passes the checkout's `version` so a concurrent change is refused.
// Loaded only when <split-ship> is given a GraphQL endpoint (the controller imports it on demand).
import type { AddressCustomField, AddressFields, AddressFormField, CheckoutTruth, LineItemRef, ShippingCountry, TruthConsignment, TruthItemOption, TruthShippingOption } from '../core/index.js';
import { GatewayError, type CheckoutGateway, type ConnectOptions, type ConsignmentDraft, type GatewayErrorKind, type SavedAddress } from './gateway.js';

export interface GraphQLGatewayOptions {
  /** The store's GraphQL endpoint, e.g. `https://store-abc123.mybigcommerce.com/graphql`. */
  readonly endpoint: string;
  /** A storefront token whose allowed_cors_origins include this page's origin. */
  readonly storefrontToken: string;
  /** The checkout (= cart) id the storefront holds. */
  readonly checkoutId: string;
  /**
   * A signed-in shopper's customer access token, sent as X-Bc-Customer-Access-Token with
   * X-Bc-Error-On-Invalid-Customer-Access-Token (BigCommerce takes it server-to-server only: use
   * it with an endpoint on your own server that sends the request on to the store).
   */
  readonly customerAccessToken?: string;
  /**
   * Saved addresses per request (default 10, as Catalyst's address book asks: BigCommerce refuses a
   * query whose complexity passes 10,000 wholesale, and the page is read with the checkout); later
   * pages follow.
   */
  readonly addressPageSize?: number;
  /** A request still unanswered after this long is aborted and counts as a network error. */
  readonly requestTimeoutMs?: number;
  /** Default: the global fetch. */
  readonly fetch?: typeof fetch;
}

// ---- documents ---------------------------------------------------------------------------------

const money = 'value currencyCode';
const option = `entityId description type transitTime cost { ${money} }`;
const customFields = `customFields { entityId __typename
  ... on CheckoutAddressTextFieldCustomField { text }
  ... on CheckoutAddressNumberCustomField { number }
  ... on CheckoutAddressDateCustomField { date { utc } }
  ... on CheckoutAddressMultipleChoiceCustomField { valueEntityId }
  ... on CheckoutAddressCheckboxesCustomField { valueEntityIds }
  ... on CheckoutAddressPasswordCustomField { password } }`;
const lineItem = `entityId productEntityId variantEntityId quantity name sku imageUrl
  selectedOptions { entityId name ... on CartSelectedMultipleChoiceOption { value valueEntityId } }`;
const checkoutFields = `fragment SplitShipCheckout on Checkout {
  entityId version
  cart { entityId currencyCode lineItems {
    physicalItems { ${lineItem} isShippingRequired }
    digitalItems { ${lineItem} }
    customItems { entityId quantity sku name }
    giftCertificates { entityId } } }
  shippingConsignments {
    entityId lineItemIds
    address { firstName lastName email company address1 address2 city stateOrProvince stateOrProvinceCode countryCode postalCode phone ${customFields} }
    availableShippingOptions { ${option} isRecommended }
    selectedShippingOption { ${option} }
    handlingCost { ${money} } } }`;

// The signed-in shopper's saved addresses (null for a guest), a page at a time, as Catalyst reads them.
const addressPage = `addresses(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { node {
  entityId firstName lastName company address1 address2 city stateOrProvince countryCode postalCode phone
  formFields { entityId __typename
    ... on TextFormFieldValue { text }
    ... on MultilineTextFormFieldValue { multilineText }
    ... on NumberFormFieldValue { number }
    ... on DateFormFieldValue { date { utc } }
    ... on MultipleChoiceFormFieldValue { valueEntityId }
    ... on CheckboxesFormFieldValue { valueEntityIds }
    ... on PasswordFormFieldValue { password } } } } }`;
const readCheckout = `query SplitShipCheckout($id: String, $first: Int, $after: String) { site { checkout(entityId: $id) { ...SplitShipCheckout } } customer { ${addressPage} } } ${checkoutFields}`;
const readAddresses = `query SplitShipAddresses($first: Int, $after: String) { customer { ${addressPage} } }`;
const readStore = `query SplitShipStore($id: String, $first: Int, $after: String) {
  customer { ${addressPage} }
  site { checkout(entityId: $id) { ...SplitShipCheckout }
    settings { contact { country } formFields { shippingAddress { __typename entityId label sortOrder isBuiltIn isRequired
      ... on TextFormField { defaultText maxLength }
      ... on MultilineTextFormField { defaultText rows }
      ... on NumberFormField { minNumber maxNumber }
      ... on DateFormField { minDate maxDate }
      ... on PasswordFormField { maxLength }
      ... on PicklistFormField { choosePrefix options { entityId label } }
      ... on RadioButtonsFormField { options { entityId label } }
      ... on CheckboxesFormField { options { entityId label } } } } } }
  geography { countries { code name statesOrProvinces { name abbreviation } } } } ${checkoutFields}`;
const mutation = (name: string, input: string) =>
  `mutation SplitShip_${name}($input: ${input}!) { checkout { ${name}(input: $input) { checkout { ...SplitShipCheckout } } } } ${checkoutFields}`;

// ---- answers -----------------------------------------------------------------------------------

interface Money {
  value: number;
  currencyCode: string;
}
interface GraphOption {
  entityId: string;
  description: string;
  type: string;
  transitTime: string | null;
  cost: Money;
  isRecommended?: boolean;
}
interface GraphCustomField {
  entityId: number;
  __typename: string;
  text?: string;
  multilineText?: string;
  number?: number;
  date?: { utc: string };
  valueEntityId?: number;
  valueEntityIds?: number[];
  password?: string;
}
type GraphAddress = Record<string, string | null> & { countryCode: string; customFields: GraphCustomField[] };
interface GraphLine {
  entityId: string;
  productEntityId: number;
  variantEntityId: number | null;
  quantity: number;
  name: string;
  sku: string | null;
  imageUrl: string | null;
  isShippingRequired?: boolean;
  selectedOptions: { entityId: number; name: string; value?: string; valueEntityId?: number }[];
}
interface GraphCheckout {
  entityId: string;
  version: number | null;
  cart: {
    entityId: string;
    currencyCode: string;
    lineItems: { physicalItems: GraphLine[]; digitalItems: GraphLine[]; customItems: { entityId: string; quantity: number; sku: string | null; name: string }[]; giftCertificates: { entityId: string }[] };
  } | null;
  shippingConsignments: { entityId: string; lineItemIds: string[]; address: GraphAddress; availableShippingOptions: GraphOption[] | null; selectedShippingOption: GraphOption | null; handlingCost: Money | null }[] | null;
}
interface GraphFormField {
  __typename: string;
  entityId: number;
  label: string;
  isBuiltIn: boolean;
  isRequired: boolean;
  defaultText?: string | null;
  maxLength?: number | null;
  rows?: number | null;
  minNumber?: number | null;
  maxNumber?: number | null;
  minDate?: string | null;
  maxDate?: string | null;
  choosePrefix?: string;
  options?: { entityId: number; label: string }[];
}
interface GraphSavedAddress {
  entityId: number;
  countryCode: string;
  stateOrProvince: string | null;
  formFields: GraphCustomField[];
  [field: string]: unknown;
}
interface GraphAddressPage {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: GraphSavedAddress }[] | null;
}
type GraphCustomer = { addresses: GraphAddressPage } | null;
interface GraphError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; status?: number };
}

/**
 * The built-in address fields by entity id, as BigCommerce's Catalyst storefront maps them: the
 * GraphQL FormField has no field name, only an id and a label.
 */
const builtIn: Readonly<Record<number, string>> = { 4: 'firstName', 5: 'lastName', 6: 'company', 7: 'phone', 8: 'address1', 9: 'address2', 10: 'city', 11: 'countryCode', 12: 'stateOrProvince', 13: 'postalCode' };
/** A custom field's id in the widget's (the REST API's) terms. */
const customId = (entityId: number) => `field_${entityId}`;
const day = (iso: string | null | undefined) => (iso ? iso.slice(0, 10) : undefined);

function toOption(o: GraphOption): TruthShippingOption {
  return {
    id: o.entityId,
    description: o.description,
    type: o.type,
    cost: o.cost.value,
    ...(o.transitTime ? { transitTime: o.transitTime } : {}),
    ...(o.isRecommended === undefined ? {} : { isRecommended: o.isRecommended }),
  };
}

function toCustomField(f: GraphCustomField): AddressCustomField {
  const fieldId = customId(f.entityId);
  if (f.valueEntityIds) return { fieldId, fieldValue: f.valueEntityIds.map(String) };
  if (f.valueEntityId !== undefined) return { fieldId, fieldValue: String(f.valueEntityId) };
  if (f.number !== undefined) return { fieldId, fieldValue: f.number };
  if (f.date) return { fieldId, fieldValue: day(f.date.utc) ?? '' };
  return { fieldId, fieldValue: f.text ?? f.multilineText ?? f.password ?? '' };
}

/**
 * A saved address (CustomerAddress) as the widget's AddressFields. It names its state, not the
 * state's code: the code is the country's listed state of that name, as the SDK's saved
 * addresses carry it.
 */
export function toSavedAddress(a: GraphSavedAddress, countries: readonly ShippingCountry[]): SavedAddress {
  const out: Record<string, unknown> = {};
  for (const key of ['firstName', 'lastName', 'company', 'address1', 'address2', 'city', 'postalCode', 'phone']) {
    const value = a[key];
    if (typeof value === 'string') out[key] = value;
  }
  const state = a.stateOrProvince ?? '';
  const listed = countries.find((c) => c.code === a.countryCode)?.subdivisions.find((s) => s.name.toLowerCase() === state.toLowerCase() || s.code === state.toUpperCase());
  const address = { ...out, stateOrProvince: listed?.name ?? state, stateOrProvinceCode: listed?.code ?? '', countryCode: a.countryCode, customFields: a.formFields.map(toCustomField) };
  return { id: a.entityId, address: address as AddressFields };
}

function toAddress(a: GraphAddress): AddressFields {
  const out: Record<string, unknown> = {};
  for (const key of ['firstName', 'lastName', 'email', 'company', 'address1', 'address2', 'city', 'stateOrProvince', 'stateOrProvinceCode', 'postalCode', 'phone']) {
    const value = a[key];
    if (typeof value === 'string') out[key] = value;
  }
  return { ...out, countryCode: a.countryCode, customFields: a.customFields.map(toCustomField) } as AddressFields;
}

function toLine(l: GraphLine) {
  const options: TruthItemOption[] = l.selectedOptions.map((o) => ({ nameId: o.entityId, valueId: o.valueEntityId ?? null, name: o.name, ...(o.value === undefined ? {} : { value: o.value }) }));
  return {
    id: l.entityId,
    productId: l.productEntityId,
    variantId: l.variantEntityId ?? 0,
    quantity: l.quantity,
    name: l.name,
    ...(l.sku ? { sku: l.sku } : {}),
    ...(l.imageUrl ? { imageUrl: l.imageUrl } : {}),
    options,
    ...(l.isShippingRequired === undefined ? {} : { isShippingRequired: l.isShippingRequired }),
  };
}

/** The GraphQL Checkout as the engine's CheckoutTruth (the same shape the SDK gateway answers). */
export function toTruth(c: GraphCheckout): CheckoutTruth {
  const lines = c.cart?.lineItems ?? { physicalItems: [], digitalItems: [], customItems: [], giftCertificates: [] };
  const consignments: TruthConsignment[] = (c.shippingConsignments ?? []).map((s) => ({
    id: s.entityId,
    address: toAddress(s.address),
    lineItemIds: [...s.lineItemIds],
    availableShippingOptions: (s.availableShippingOptions ?? []).map(toOption),
    selectedShippingOption: s.selectedShippingOption ? toOption(s.selectedShippingOption) : null,
    ...(s.handlingCost ? { handlingCost: s.handlingCost.value } : {}),
  }));
  return {
    id: c.entityId,
    ...(c.version === null ? {} : { version: c.version }),
    cart: {
      ...(c.cart ? { id: c.cart.entityId, currency: { code: c.cart.currencyCode } } : {}),
      lineItems: {
        physicalItems: lines.physicalItems.map(toLine),
        digitalItems: lines.digitalItems.map(toLine),
        customItems: lines.customItems.map((i) => ({ id: i.entityId, quantity: i.quantity, sku: i.sku ?? '', name: i.name })),
        giftCertificates: lines.giftCertificates.map((g) => ({ id: g.entityId })),
      },
    },
    consignments,
  };
}

/** A store form field as the widget reads it (the SDK's FormField shape). */
export function toFormField(f: GraphFormField): AddressFormField {
  const name = f.isBuiltIn ? (builtIn[f.entityId] ?? customId(f.entityId)) : customId(f.entityId);
  const items = f.options?.map((o) => ({ value: String(o.entityId), label: o.label }));
  const base = { id: customId(f.entityId), name, custom: !f.isBuiltIn, required: f.isRequired, label: f.label, ...(f.defaultText ? { default: f.defaultText } : {}) };
  if (name === 'countryCode' || name === 'stateOrProvince') return { ...base, fieldType: 'dropdown' };
  switch (f.__typename) {
    case 'MultilineTextFormField':
      return { ...base, fieldType: 'multiline', type: 'string', ...(f.rows ? { options: { rows: f.rows } } : {}) };
    case 'NumberFormField':
      return { ...base, fieldType: 'text', type: 'integer', ...(f.minNumber == null ? {} : { min: f.minNumber }), ...(f.maxNumber == null ? {} : { max: f.maxNumber }) };
    case 'DateFormField':
      return { ...base, fieldType: 'date', type: 'date', ...(f.minDate ? { min: day(f.minDate)! } : {}), ...(f.maxDate ? { max: day(f.maxDate)! } : {}) };
    case 'PicklistFormField':
      return { ...base, fieldType: 'dropdown', type: 'array', options: { items: items ?? [], ...(f.choosePrefix ? { helperLabel: f.choosePrefix } : {}) } };
    case 'RadioButtonsFormField':
      return { ...base, fieldType: 'radio', type: 'array', options: { items: items ?? [] } };
    case 'CheckboxesFormField':
      return { ...base, fieldType: 'checkbox', type: 'array', options: { items: items ?? [] } };
    case 'PasswordFormField':
      return { ...base, fieldType: 'password', type: 'string', ...(f.maxLength ? { maxLength: f.maxLength } : {}) };
    default:
      return { ...base, fieldType: 'text', type: 'string', ...(f.maxLength ? { maxLength: f.maxLength } : {}) };
  }
}

// ---- requests ----------------------------------------------------------------------------------

/** The shopper's sign-in no longer holds (expired, or logged out elsewhere): the page must sign them in again. */
const signInCodes = new Set(['INVALID_CUSTOMER_ACCESS_TOKEN', 'MISSING_CUSTOMER_ACCESS_TOKEN']);

function kindOf(e: GraphError): GatewayErrorKind {
  const code = e.extensions?.code ?? '';
  const status = e.extensions?.status ?? 0;
  if (code === 'EMPTY_CART' || /cart is empty/i.test(e.message)) return 'empty-cart';
  if (code === 'CONFLICT' || status === 409 || /\bconflict\b|\bversion\b/i.test(e.message)) return 'conflict';
  if (status >= 500 || code === 'INTERNAL_SERVER_ERROR' || code === 'SERVICE_UNAVAILABLE') return 'unavailable';
  return 'invalid';
}

const statusOf: Record<GatewayErrorKind, number> = { invalid: 400, conflict: 409, unavailable: 503, 'empty-cart': 404, network: 0 };

/** One GraphQL answer's errors as the engine's error kinds (the first error decides). */
export function toGatewayErrorFromGraphQL(errors: readonly GraphError[], httpStatus: number): GatewayError {
  const first = errors[0] ?? { message: `The GraphQL API answered HTTP ${httpStatus}` };
  const kind: GatewayErrorKind =
    httpStatus === 401 || httpStatus === 403 ? 'invalid' : httpStatus >= 500 || httpStatus === 429 ? 'unavailable' : httpStatus >= 400 ? 'invalid' : kindOf(first);
  const status = httpStatus === 200 ? (first.extensions?.status ?? (signInCodes.has(first.extensions?.code ?? '') ? 401 : statusOf[kind])) : httpStatus;
  const [title, ...rest] = first.message.split(': ');
  return new GatewayError(kind, rest.length ? title! : first.message, status, rest.length ? rest.join(': ') : undefined, { cause: errors });
}

export class GraphQLGateway implements CheckoutGateway {
  /** Every answer is the checkout as the API sent it (nothing is merged): no confirming read. */
  readonly wholeAnswers = true;
  private fields: readonly AddressFormField[] = [];
  private countries: readonly ShippingCountry[] = [];
  private stateRequired = false;
  private saved: readonly SavedAddress[] = [];
  private storeCountry: string | undefined;
  private loaded = false;
  private version: number | undefined;
  private last: CheckoutTruth | undefined;
  private readonly timeoutMs: number;
  private readonly pageSize: number;
  private readonly send: typeof fetch;

  constructor(private readonly options: GraphQLGatewayOptions) {
    this.timeoutMs = options.requestTimeoutMs ?? 20_000;
    this.pageSize = options.addressPageSize ?? 10;
    this.send = options.fetch ?? ((...args) => fetch(...args));
  }

  private async request<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), this.timeoutMs);
    let response: Response;
    let body: { data?: T | null; errors?: GraphError[] } | undefined;
    try {
      response = await this.send(this.options.endpoint, {
        method: 'POST',
        // Cookies go only to the page's own origin: none to the store across origins (BigCommerce: "an
        // anonymous fetch"), the site's session to its own /graphql proxy, which finds the shopper by it.
        credentials: 'same-origin',
        headers: {
          'Content-Type': 'application/json',
          Accept: 'application/json',
          Authorization: `Bearer ${this.options.storefrontToken}`,
          // An expired sign-in is an error to show, not a guest's checkout of a customer's cart.
          ...(this.options.customerAccessToken
            ? { 'X-Bc-Customer-Access-Token': this.options.customerAccessToken, 'X-Bc-Error-On-Invalid-Customer-Access-Token': 'true' }
            : {}),
        },
        body: JSON.stringify({ query, variables }),
        signal: abort.signal,
      });
      const text = await response.text();
      try {
        body = text ? (JSON.parse(text) as typeof body) : undefined;
      } catch {
        body = undefined;
      }
    } catch (error) {
      // Aborted by the timeout, refused by CORS, or no connection: the outcome of a write is unknown.
      throw new GatewayError('network', 'The store did not answer', 0, error instanceof Error ? error.message : String(error), { cause: error });
    } finally {
      clearTimeout(timer);
    }
    if (!response.ok || body?.errors?.length) throw toGatewayErrorFromGraphQL(body?.errors ?? [], response.status);
    if (!body || body.data == null) throw new GatewayError('unavailable', 'The store answered without data', response.status);
    return body.data;
  }

  private truth(checkout: GraphCheckout | null | undefined): CheckoutTruth {
    if (!checkout) {
      // A checkout read before that no longer answers has lost its cart (BigCommerce deletes an emptied cart).
      throw this.loaded
        ? new GatewayError('empty-cart', 'The cart is empty', 404)
        : new GatewayError('invalid', 'Checkout not found', 404, `No checkout ${this.options.checkoutId} on ${this.options.endpoint}`);
    }
    const truth = toTruth(checkout);
    this.version = truth.version;
    this.last = truth;
    return truth;
  }

  /** Every read also reads the shopper's saved addresses: a page that signed them in calls refresh(). */
  async load(): Promise<CheckoutTruth> {
    const variables = { id: this.options.checkoutId, first: this.pageSize };
    if (this.loaded) {
      const data = await this.request<{ site: { checkout: GraphCheckout | null }; customer: GraphCustomer }>(readCheckout, variables);
      const truth = this.truth(data.site.checkout);
      this.saved = await this.savedFrom(data.customer);
      return truth;
    }
    const data = await this.request<{
      customer: GraphCustomer;
      site: { checkout: GraphCheckout | null; settings: { contact: { country: string } | null; formFields: { shippingAddress: GraphFormField[] } } | null };
      geography: { countries: { code: string; name: string; statesOrProvinces: { name: string; abbreviation: string }[] | null }[] | null };
    }>(readStore, variables);
    const truth = this.truth(data.site.checkout);
    const formFields = data.site.settings?.formFields.shippingAddress ?? [];
    this.fields = formFields.map(toFormField);
    this.stateRequired = this.fields.some((f) => f.name === 'stateOrProvince' && f.required);
    this.countries = (data.geography.countries ?? []).map((c) => {
      const subdivisions = (c.statesOrProvinces ?? []).map((s) => ({ code: s.abbreviation, name: s.name }));
      // GraphQL says neither whether a country needs a state nor whether it has postal codes.
      return { code: c.code, name: c.name, subdivisions, requiresState: this.stateRequired && subdivisions.length > 0, hasPostalCodes: true };
    });
    // The store's contact names its country; geography.countries gives the name's code.
    const country = data.site.settings?.contact?.country.trim().toLowerCase();
    this.storeCountry = country ? this.countries.find((c) => c.name.toLowerCase() === country)?.code : undefined;
    this.saved = await this.savedFrom(data.customer);
    this.loaded = true;
    return truth;
  }

  /** The saved addresses on this page of the connection and every page after it. */
  private async savedFrom(customer: GraphCustomer): Promise<SavedAddress[]> {
    const nodes: GraphSavedAddress[] = [];
    let page = customer?.addresses;
    while (page) {
      nodes.push(...(page.edges ?? []).map((e) => e.node));
      if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break;
      page = (await this.request<{ customer: GraphCustomer }>(readAddresses, { first: this.pageSize, after: page.pageInfo.endCursor })).customer?.addresses;
    }
    return nodes.map((a) => toSavedAddress(a, this.countries));
  }

  private write(name: string, input: string, variables: Record<string, unknown>): Promise<CheckoutTruth> {
    const withVersion = { checkoutEntityId: this.options.checkoutId, ...variables, ...(this.version === undefined ? {} : { version: this.version }) };
    return this.request<{ checkout: Record<string, { checkout: GraphCheckout | null } | null> }>(mutation(name, input), { input: withVersion }).then((data) =>
      this.truth(data.checkout[name]?.checkout),
    );
  }

  /** CheckoutAddressInput: custom fields sorted into the schema's lists by the store's field kinds. */
  private addressInput(address: AddressFields): Record<string, unknown> {
    const { customFields = [], ...rest } = address;
    const lists: Record<string, unknown[]> = {};
    const add = (list: string, entry: unknown) => (lists[list] ??= []).push(entry);
    for (const { fieldId, fieldValue } of customFields) {
      const field = this.fields.find((f) => f.name === fieldId);
      const fieldEntityId = Number(fieldId.replace(/^field_/, ''));
      if (!Number.isInteger(fieldEntityId)) continue;
      const empty = fieldValue === '' || fieldValue === undefined || fieldValue === null;
      if (field?.fieldType === 'checkbox') add('checkboxes', { fieldEntityId, fieldValueEntityIds: (Array.isArray(fieldValue) ? fieldValue : []).map(Number) });
      else if (empty) continue;
      else if (field?.fieldType === 'dropdown' || field?.fieldType === 'radio') add('multipleChoices', { fieldEntityId, fieldValueEntityId: Number(fieldValue) });
      else if (field?.fieldType === 'date') add('dates', { fieldEntityId, date: `${String(fieldValue)}T00:00:00Z` });
      else if (field?.type === 'integer') add('numbers', { fieldEntityId, number: Number(fieldValue) });
      else if (field?.fieldType === 'password') add('passwords', { fieldEntityId, password: String(fieldValue) });
      else add('texts', { fieldEntityId, text: String(fieldValue) });
    }
    return { ...rest, shouldSaveAddress: false, ...(Object.keys(lists).length ? { customFields: lists } : {}) };
  }

  private lineItems(items: readonly LineItemRef[]) {
    return items.map((l) => ({ lineItemEntityId: String(l.itemId), quantity: l.quantity }));
  }

  createConsignments(consignments: readonly ConsignmentDraft[]): Promise<CheckoutTruth> {
    const data = { consignments: consignments.map((c) => ({ address: this.addressInput(c.address), lineItems: this.lineItems(c.lineItems) })) };
    return this.write('addCheckoutShippingConsignments', 'AddCheckoutShippingConsignmentsInput', { data });
  }

  /**
   * The GraphQL update needs both address and line items: what the change leaves out is sent as
   * the last answer holds it (a change made elsewhere since is refused by the version).
   */
  updateConsignment(consignmentId: string, change: { address?: AddressFields; lineItems?: readonly LineItemRef[] }): Promise<CheckoutTruth> {
    let { address, lineItems } = change;
    if (!address || !lineItems) {
      const current = this.last?.consignments.find((c) => c.id === consignmentId);
      if (!current || !this.last) return Promise.reject(new GatewayError('invalid', 'Consignment not found', 404, `No consignment ${consignmentId}`));
      const lines = [...this.last.cart.lineItems.physicalItems, ...(this.last.cart.lineItems.customItems ?? [])];
      address ??= current.address;
      lineItems ??= current.lineItemIds.map((id) => ({ itemId: id, quantity: lines.find((l) => String(l.id) === id)?.quantity ?? 0 }));
    }
    const data = { consignment: { address: this.addressInput(address), lineItems: this.lineItems(lineItems) } };
    return this.write('updateCheckoutShippingConsignment', 'UpdateCheckoutShippingConsignmentInput', { consignmentEntityId: consignmentId, data });
  }

  deleteConsignment(consignmentId: string): Promise<CheckoutTruth> {
    return this.write('deleteCheckoutConsignment', 'DeleteCheckoutConsignmentInput', { consignmentEntityId: consignmentId });
  }

  selectShippingOption(consignmentId: string, shippingOptionId: string): Promise<CheckoutTruth> {
    return this.write('selectCheckoutShippingOption', 'SelectCheckoutShippingOptionInput', { consignmentEntityId: consignmentId, data: { shippingOptionEntityId: shippingOptionId } });
  }

  /** Fields for one country, resolved as the SDK resolves them: a list of the country's states, if it has any. */
  addressFields(countryCode: string): readonly AddressFormField[] {
    const country = this.countries.find((c) => c.code === countryCode);
    return this.fields.map((f) => {
      if (f.name === 'countryCode') return { ...f, options: { items: this.countries.map((c) => ({ value: c.code, label: c.name })) } };
      if (f.name !== 'stateOrProvince') return f;
      const states = country?.subdivisions ?? [];
      // As the SDK does: a listed state is chosen by its code, any other is typed.
      return states.length ? { ...f, name: 'stateOrProvinceCode', required: country!.requiresState, options: { items: states.map((s) => ({ value: s.code, label: s.name })) } } : { ...f, fieldType: 'text', required: false };
    });
  }

  shippingCountries(): readonly ShippingCountry[] {
    return this.countries;
  }

  /** The signed-in shopper's saved addresses, as of the last load (a guest has none). */
  savedAddresses(): readonly SavedAddress[] {
    return this.saved;
  }

  /** The store's own country (its contact address), when the store lists it among the countries. */
  defaultCountry(): string | undefined {
    return this.storeCountry;
  }
}

/** The GraphQL gateway for a <split-ship> given `graphql-endpoint`, `storefront-token` and `checkout-id`. */
export function connectGraphQL(options: ConnectOptions): GraphQLGateway {
  if (!options.graphqlEndpoint || !options.storefrontToken || !options.checkoutId) throw new Error('connectGraphQL needs graphqlEndpoint, storefrontToken and checkoutId');
  return new GraphQLGateway({
    endpoint: options.graphqlEndpoint,
    storefrontToken: options.storefrontToken,
    checkoutId: options.checkoutId,
    ...(options.customerAccessToken ? { customerAccessToken: options.customerAccessToken } : {}),
  });
}
