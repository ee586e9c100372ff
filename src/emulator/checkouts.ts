// Carts and checkouts in memory: creation from the catalog, the consignment rules, and the
// responses in the SDK's own shapes (see checkout-view.ts).
import { randomUUID } from 'node:crypto';
import type { Catalog } from './catalog.js';
import {
  assign,
  copyRecord,
  detach,
  frozen,
  isShippable,
  newCheckoutRecord,
  newConsignment,
  owner,
  type AllocationRules,
  type CheckoutRecord,
  type ConsignmentRecord,
  type LineRecord,
  type RequestedItem,
} from './checkout-model.js';
import { findCountry } from './countries.js';
import { toCustomFields } from './custom-fields.js';
import { HttpError, problem } from './http.js';
import type { Address, FormField, GiftCertificateItem, ShippingOption } from './sdk-types.js';
import type { QuoteDestination, QuoteItem, ShippingStore } from './shipping/index.js';
import { formFields } from './store-config.js';

export interface WriteRules extends AllocationRules {
  writesDropSelections: boolean;
}

const conflictTitle = 'The request cannot be processed due to a possible conflict. Please review the changes and try again.';

export function emptyCart(id: string): HttpError {
  return problem(404, 'The cart is empty', `Checkout ${id} has no items left; BigCommerce deleted its cart.`, 'empty_cart');
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A consignment's quote and what it was made from (see Checkouts.quoteOf). */
interface ConsignmentQuote {
  version: number;
  lines: readonly (LineRecord | undefined)[];
  destination: QuoteDestination;
  items: QuoteItem[];
  options: readonly ShippingOption[];
  /** Handling fee by selected option id. */
  fees: Map<string, number>;
}

export class Checkouts {
  private records = new Map<string, CheckoutRecord>();
  private latest: string | undefined;
  private readonly quotes = new WeakMap<Address, ConsignmentQuote>();

  constructor(
    private readonly catalog: Catalog,
    private readonly shipping: ShippingStore,
  ) {}

  reset(): void {
    this.records.clear();
    this.latest = undefined;
  }

  ids(): string[] {
    return [...this.records.keys()];
  }

  latestId(): string | undefined {
    return this.latest;
  }

  /** Marks a checkout as the one most recently used (for the demo's "place order"). */
  touch(id: string): void {
    if (this.records.has(id)) this.latest = id;
  }

  /** The record, or undefined when there never was one; empty carts are records too. */
  find(id: string): CheckoutRecord | undefined {
    return this.records.get(id);
  }

  /** The record for reads and writes: 404 when unknown, the empty-cart problem when emptied. */
  require(id: string): CheckoutRecord {
    const record = this.records.get(id);
    if (!record) throw problem(404, 'Checkout not found', `There is no checkout with id ${id}.`);
    if (record.emptied) throw emptyCart(id);
    return record;
  }

  attachOrder(id: string, orderId: number): void {
    const record = this.records.get(id);
    if (!record) return;
    record.orderId = orderId;
    this.bump(record);
  }

  // --- carts ---------------------------------------------------------------------------------

  /** POST /api/storefront/carts: `{ lineItems, customItems?, giftCertificates? }`. */
  createCart(body: unknown): CheckoutRecord {
    if (!isObject(body)) throw problem(400, 'The request body must be a cart object', 'Send { "lineItems": [{ "productId": 101, "quantity": 1 }] }.');
    const { lineItems = [], customItems = [], giftCertificates = [] } = body;
    if (!Array.isArray(lineItems) || !Array.isArray(customItems) || !Array.isArray(giftCertificates)) {
      throw problem(400, 'lineItems, customItems and giftCertificates must be arrays', 'One of them is not an array.');
    }
    if (lineItems.length + customItems.length + giftCertificates.length === 0) {
      throw problem(400, 'A cart needs at least one item', 'lineItems (or giftCertificates) is required and must not be empty.');
    }
    const lines: LineRecord[] = [];
    lineItems.forEach((item, index) => this.addCatalogLine(lines, item, index));
    customItems.forEach((item, index) => lines.push(frozen(customLine(item, index))));
    const gifts = giftCertificates.flatMap((item, index) => giftLines(item, index));
    const record = newCheckoutRecord(lines, gifts);
    this.records.set(record.id, record);
    this.latest = record.id;
    return record;
  }

  /** POST /api/storefront/carts/{id}/items: `{ lineItems?, giftCertificates?, version? }`. */
  addCartItems(id: string, body: unknown): CheckoutRecord {
    const current = this.require(id);
    if (!isObject(body)) throw problem(400, 'The request body must be an object', 'Send { "lineItems": [{ "productId": 101, "quantity": 1 }] }.');
    this.checkVersion(current, body.version);
    const { lineItems = [], giftCertificates = [] } = body;
    if (!Array.isArray(lineItems) || !Array.isArray(giftCertificates)) throw problem(400, 'lineItems and giftCertificates must be arrays', 'One of them is not an array.');
    if (lineItems.length + giftCertificates.length === 0) throw problem(400, 'Nothing to add', 'lineItems (or giftCertificates) is required and must not be empty.');
    const record = copyRecord(current);
    lineItems.forEach((item, index) => this.addCatalogLine(record.lines, item, index));
    record.giftCertificates.push(...giftCertificates.flatMap((item, index) => giftLines(item, index)));
    return this.finishWrite(record);
  }

  private addCatalogLine(lines: LineRecord[], item: unknown, index: number): void {
    const at = `lineItems[${index}]`;
    if (!isObject(item)) throw problem(400, 'Each line item must be an object', `${at} is not an object.`);
    const { productId, variantId, quantity, optionSelections } = item;
    if (typeof productId !== 'number') throw problem(400, 'productId is required', `${at}.productId must be a number.`);
    if (typeof quantity !== 'number' || !Number.isInteger(quantity) || quantity < 1) throw problem(400, 'quantity must be a whole number of at least 1', `${at}.quantity is ${JSON.stringify(quantity)}.`);
    const product = this.catalog.product(productId);
    if (!product) throw problem(422, 'Product not found', `${at}: the store has no product with id ${productId}.`);
    let variant = product.variants.length === 1 ? product.variants[0] : undefined;
    if (variantId !== undefined) {
      variant = product.variants.find((v) => v.id === variantId);
      if (!variant) throw problem(422, 'Variant not found', `${at}: product ${productId} has no variant with id ${String(variantId)}.`);
    } else if (Array.isArray(optionSelections) && optionSelections.length > 0) {
      const chosen = optionSelections.map((s: unknown): [number, string] => (isObject(s) ? [Number(s.optionId), String(s.optionValue)] : [NaN, '']));
      variant = product.variants.find((v) =>
        v.options.length === chosen.length &&
        chosen.every(([optionId, value]) => v.options.some((o) => o.nameId === optionId && (String(o.valueId) === value || o.value === value))),
      );
      if (!variant) throw problem(422, 'No variant matches the option selections', `${at}: product ${productId} has no variant with those options.`);
    }
    if (!variant) {
      const names = [...new Set(product.variants.flatMap((v) => v.options.map((o) => o.name)))].join(', ');
      throw problem(422, 'Option selections are required', `${at}: ${product.name} comes in several variants; send variantId or optionSelections for ${names}.`);
    }
    const same = lines.findIndex((l) => l.variantId === variant.id);
    if (same >= 0) {
      // Lines are frozen: a changed line is a new line in its place.
      lines[same] = Object.freeze({ ...lines[same]!, quantity: lines[same]!.quantity + quantity });
      return;
    }
    const line: LineRecord = {
      id: randomUUID(),
      kind: product.type,
      productId: product.id,
      variantId: variant.id,
      sku: variant.sku,
      name: product.name,
      brand: product.brand,
      categories: [...product.categories],
      options: variant.options.map((o) => ({ ...o })),
      quantity,
      unitPrice: variant.price ?? product.price,
      weight: variant.weight ?? product.weight,
    };
    if (product.fixedShippingCost !== undefined) line.fixedShippingCost = product.fixedShippingCost;
    if (product.isShippingFree) line.isShippingFree = true;
    if (product.cannotShipTo) line.cannotShipTo = [...product.cannotShipTo];
    lines.push(frozen(line));
  }

  /** DELETE /api/storefront/carts/{id}/items/{itemId} (an optional `{ version }` body); the last item deletes the cart. */
  deleteCartItem(id: string, itemId: string, body?: unknown): CheckoutRecord {
    const current = this.require(id);
    if (isObject(body)) this.checkVersion(current, body.version);
    const record = copyRecord(current);
    const before = record.lines.length + record.giftCertificates.length;
    record.lines = record.lines.filter((l) => l.id !== itemId);
    record.giftCertificates = record.giftCertificates.filter((g) => String(g.id) !== itemId);
    if (record.lines.length + record.giftCertificates.length === before) throw problem(404, 'Line item not found', `The cart has no line item with id ${itemId}.`);
    for (const c of record.consignments) c.lineItemIds = c.lineItemIds.filter((l) => l !== itemId);
    record.consignments = record.consignments.filter((c) => c.lineItemIds.length > 0);
    if (record.lines.length + record.giftCertificates.length === 0) this.empty(record);
    return this.finishWrite(record);
  }

  /**
   * PUT /checkouts/{id}/carts/{cartId}/items/{itemId} (`{ lineItem: { quantity } }`) and, with
   * `needsProductId`, PUT /carts/{id}/items/{itemId}, whose spec requires `lineItem.productId` too
   * (the line's own product: another variant or product is removed and added instead). 0 removes it.
   */
  updateCartItem(id: string, itemId: string, body: unknown, needsProductId = false): CheckoutRecord {
    const current = this.require(id);
    if (!isObject(body) || !isObject(body.lineItem)) throw problem(400, 'lineItem is required', 'Send { "lineItem": { "quantity": 2 } }.');
    this.checkVersion(current, body.version);
    const { quantity, productId } = body.lineItem;
    if (typeof quantity !== 'number' || !Number.isInteger(quantity) || quantity < 0) {
      throw problem(400, 'quantity must be a whole number of at least 0', `lineItem.quantity is ${JSON.stringify(quantity)}.`);
    }
    if (needsProductId && typeof productId !== 'number') throw problem(400, 'productId is required', `lineItem.productId must be a number (the line item's product).`);
    const line = current.lines.find((l) => l.id === itemId);
    if (!line) throw problem(404, 'Line item not found', `The cart has no line item with id ${itemId}.`);
    if (needsProductId && line.kind !== 'custom' && productId !== line.productId) {
      throw problem(422, 'productId does not match the line item', `Line item ${itemId} is product ${line.productId}, not ${String(productId)}; remove it and add the other product instead.`);
    }
    if (quantity === 0) return this.deleteCartItem(id, itemId);
    const record = copyRecord(current);
    // The line keeps its consignment (and its id), whatever its new quantity.
    const at = record.lines.findIndex((l) => l.id === itemId);
    record.lines[at] = Object.freeze({ ...record.lines[at]!, quantity });
    return this.finishWrite(record);
  }

  /** DELETE /api/storefront/carts/{id}. */
  deleteCart(id: string): void {
    const record = copyRecord(this.require(id));
    this.empty(record);
    this.commit(record);
  }

  private empty(record: CheckoutRecord): void {
    record.lines = [];
    record.giftCertificates = [];
    record.consignments = [];
    record.emptied = true;
  }

  // --- checkout-level writes -----------------------------------------------------------------

  /** PUT /checkouts/{id}: `{ customerMessage, version? }`. */
  updateCheckout(id: string, body: unknown): CheckoutRecord {
    const current = this.require(id);
    if (!isObject(body)) throw problem(400, 'The request body must be an object', 'Send { "customerMessage": "…" }.');
    this.checkVersion(current, body.version);
    const { customerMessage } = body;
    if (typeof customerMessage !== 'string') throw problem(400, 'customerMessage is required', 'customerMessage must be a string.');
    if (customerMessage.length > 2000) throw problem(422, 'customerMessage is too long', `It has ${customerMessage.length} characters; the limit is 2000.`);
    const record = copyRecord(current);
    record.customerMessage = customerMessage;
    return this.finishWrite(record);
  }

  /** POST /checkouts/{id}/billing-address and PUT …/billing-address/{addressId}. */
  setBillingAddress(id: string, body: unknown, addressId?: string): CheckoutRecord {
    const current = this.require(id);
    if (!isObject(body)) throw problem(400, 'The request body must be an address object', 'Send { countryCode, … }.');
    this.checkVersion(current, body.version);
    if (addressId !== undefined && current.billingAddress?.id !== addressId) {
      throw problem(404, 'Billing address not found', `Checkout ${id} has no billing address with id ${addressId}.`);
    }
    const record = copyRecord(current);
    const address = toAddress(body, 'billingAddress', formFields().billingAddress);
    record.billingAddress = { ...address, id: current.billingAddress?.id ?? randomUUID().replace(/-/g, '').slice(0, 13), email: typeof body.email === 'string' ? body.email : (current.billingAddress?.email ?? '') };
    return this.finishWrite(record);
  }

  // --- consignments --------------------------------------------------------------------------

  /** POST /checkouts/{id}/consignments: an array of `{ address, lineItems, shippingOptionId? }`. */
  createConsignments(id: string, body: unknown, rules: WriteRules): CheckoutRecord {
    const current = this.require(id);
    if (!Array.isArray(body)) {
      throw problem(
        400,
        'The request body must be an array of consignments',
        `POST /consignments takes an array of { address, lineItems } objects, not ${body === undefined ? 'an empty body' : typeof body === 'object' && body !== null ? 'an object' : typeof body}. Wrap a single consignment in [ ].`,
      );
    }
    if (body.length === 0) throw problem(400, 'No consignments to create', 'The array is empty; send at least one { address, lineItems }.');
    body.forEach((entry, index) => {
      if (!isObject(entry)) throw problem(400, 'Each consignment must be an object', `Item ${index} of the array is not an object.`);
    });
    const entries = body as Record<string, unknown>[];
    for (const entry of entries) this.checkVersion(current, entry.version);

    const record = copyRecord(current);
    const created = entries.map((entry, index) => {
      const at = `consignments[${index}]`;
      if (entry.pickupOption !== undefined) throw pickupRefused();
      const consignment = newConsignment(toAddress(entry.address ?? entry.shippingAddress, `${at}.address`));
      return { consignment, items: toRequestedItems(entry.lineItems, at, false), optionId: entry.shippingOptionId };
    });
    record.consignments.push(...created.map((c) => c.consignment));
    assign(record, created.flatMap(({ consignment, items }) => items.map((item) => ({ to: consignment, item }))), false, rules);
    dropEmpty(record);
    if (rules.writesDropSelections) {
      const fresh = new Set(created.map((c) => c.consignment));
      for (const c of record.consignments) if (!fresh.has(c)) delete c.selectedOptionId;
    }
    for (const { consignment, optionId } of created) if (optionId !== undefined) this.select(record, consignment, optionId);
    return this.finishWrite(record);
  }

  /** PUT /checkouts/{id}/consignments/{cid}: address and/or lineItems, or shippingOptionId. */
  updateConsignment(id: string, consignmentId: string, body: unknown, rules: WriteRules): CheckoutRecord {
    const current = this.require(id);
    const existing = current.consignments.find((c) => c.id === consignmentId);
    if (!existing) throw problem(404, 'Consignment not found', `Checkout ${id} has no consignment with id ${consignmentId}.`);
    if (!isObject(body)) throw problem(400, 'The request body must be a consignment object', 'Send { address?, lineItems? } or { shippingOptionId }.');
    this.checkVersion(current, body.version);
    const address = body.address ?? body.shippingAddress;
    const { lineItems, shippingOptionId } = body;
    if (body.pickupOption !== undefined) throw pickupRefused();
    if (shippingOptionId !== undefined && (address !== undefined || lineItems !== undefined)) {
      throw problem(
        400,
        'A consignment update is either address and line items, or a shipping option',
        'Send the shippingOptionId in a request of its own: changing the address or the line items can make the option unavailable.',
      );
    }
    if (shippingOptionId === undefined && address === undefined && lineItems === undefined) {
      throw problem(400, 'Nothing to update', 'Send address and/or lineItems, or shippingOptionId.');
    }

    const record = copyRecord(current);
    const consignment = record.consignments.find((c) => c.id === consignmentId)!;
    if (shippingOptionId !== undefined) {
      this.select(record, consignment, shippingOptionId);
      return this.finishWrite(record);
    }
    if (address !== undefined) consignment.address = frozen(toAddress(address, 'address'));
    if (lineItems !== undefined) {
      const items = toRequestedItems(lineItems, 'lineItems', true);
      if (rules.putRemovesItems) {
        // The PUT's list is the consignment's whole content: everything else goes back to the cart.
        const listed = new Set(items.map((i) => i.itemId));
        for (const id of [...consignment.lineItemIds]) if (!listed.has(id)) detach(record, id);
        for (const item of items) if (consignment.lineItemIds.includes(item.itemId)) detach(record, item.itemId);
      }
      assign(record, items.map((item) => ({ to: consignment, item })), !rules.putRemovesItems, rules);
      dropEmpty(record);
    }
    if (rules.writesDropSelections) {
      for (const c of record.consignments) if (c !== consignment) delete c.selectedOptionId;
    }
    return this.finishWrite(record);
  }

  /** DELETE /checkouts/{id}/consignments/{cid}; its items go back to no consignment. */
  deleteConsignment(id: string, consignmentId: string, body: unknown, rules: WriteRules): CheckoutRecord {
    const current = this.require(id);
    if (!current.consignments.some((c) => c.id === consignmentId)) {
      throw problem(404, 'Consignment not found', `Checkout ${id} has no consignment with id ${consignmentId}.`);
    }
    if (isObject(body)) this.checkVersion(current, body.version);
    const record = copyRecord(current);
    record.consignments = record.consignments.filter((c) => c.id !== consignmentId);
    if (rules.writesDropSelections) for (const c of record.consignments) delete c.selectedOptionId;
    return this.finishWrite(record);
  }

  private checkVersion(record: CheckoutRecord, version: unknown): void {
    if (version === undefined || version === null) return;
    if (version !== record.version) {
      throw new HttpError(409, {
        status: 409,
        title: conflictTitle,
        type: 'https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes',
        detail: `The request was made against version ${String(version)}, but the checkout is at version ${record.version}.`,
      });
    }
  }

  private select(record: CheckoutRecord, consignment: ConsignmentRecord, optionId: unknown): void {
    if (typeof optionId !== 'string' || optionId === '') throw problem(400, 'shippingOptionId must be a string', `Got ${JSON.stringify(optionId)}.`);
    const options = this.options(record, consignment);
    if (!options.some((o) => o.id === optionId)) {
      throw problem(
        422,
        'Shipping option not available',
        options.length === 0
          ? `Consignment ${consignment.id} has no shipping options for its address and items, so ${optionId} cannot be selected.`
          : `Consignment ${consignment.id} offers ${options.map((o) => o.id).join(', ')}; ${optionId} is not one of them.`,
      );
    }
    consignment.selectedOptionId = optionId;
  }

  private finishWrite(record: CheckoutRecord): CheckoutRecord {
    this.dropUnavailableSelections(record);
    this.bump(record);
    this.commit(record);
    return record;
  }

  private bump(record: CheckoutRecord): void {
    record.version += 1;
    record.updatedTime = new Date().toISOString();
  }

  private commit(record: CheckoutRecord): void {
    this.records.set(record.id, record);
    this.latest = record.id;
  }

  /** A selection the store no longer offers (address, items or shipping configuration changed) is cleared. */
  dropUnavailableSelections(record: CheckoutRecord): void {
    for (const c of record.consignments) {
      if (c.selectedOptionId !== undefined && !this.options(record, c).some((o) => o.id === c.selectedOptionId)) delete c.selectedOptionId;
    }
  }

  // --- quotes --------------------------------------------------------------------------------

  quoteItems(record: CheckoutRecord, consignment: ConsignmentRecord): QuoteItem[] {
    const lines = lineIndex(record.lines);
    return consignment.lineItemIds
      .map((id) => lines.get(id))
      .filter((l): l is LineRecord => l !== undefined && isShippable(l))
      .map((l) => {
        const item: QuoteItem = { productId: l.productId, variantId: l.variantId, sku: l.sku, quantity: l.quantity, weight: l.weight, unitPrice: l.unitPrice };
        if (l.fixedShippingCost !== undefined) item.fixedShippingCost = l.fixedShippingCost;
        if (l.isShippingFree) item.isShippingFree = true;
        return item;
      });
  }

  /** The consignment's shipping options (frozen), cheapest one recommended; none when an item cannot go there. */
  options(record: CheckoutRecord, consignment: ConsignmentRecord): readonly ShippingOption[] {
    return this.quoteOf(record, consignment).options;
  }

  handlingCost(record: CheckoutRecord, consignment: ConsignmentRecord): number {
    const selected = consignment.selectedOptionId;
    if (selected === undefined) return 0;
    const quote = this.quoteOf(record, consignment);
    let fee = quote.fees.get(selected);
    if (fee === undefined) {
      fee = this.shipping.handlingFee(quote.destination, quote.items, selected);
      quote.fees.set(selected, fee);
    }
    return fee;
  }

  /**
   * Every answer asks for every consignment's quote several times (its options, whether its
   * selection is still offered, its handling fee), and a split cart has many consignments of many
   * line items. A quote depends only on the address, the line items and the shipping
   * configuration: it is kept on the address object (addresses and lines are frozen, so the same
   * objects mean the same content) while the lines and the configuration's version are the same.
   */
  private quoteOf(record: CheckoutRecord, consignment: ConsignmentRecord): ConsignmentQuote {
    const index = lineIndex(record.lines);
    const lines = consignment.lineItemIds.map((id) => index.get(id));
    const version = this.shipping.version();
    const known = this.quotes.get(consignment.address);
    if (known && known.version === version && known.lines.length === lines.length && known.lines.every((l, i) => l === lines[i])) return known;
    const destination = destinationOf(consignment.address);
    const country = destination.countryCode.toUpperCase();
    const items = this.quoteItems(record, consignment);
    const blocked = lines.some((l) => l?.cannotShipTo?.includes(country));
    let options: readonly ShippingOption[] = [];
    if (!blocked && consignment.lineItemIds.length > 0) {
      const quotes = this.shipping.quote(destination, items);
      let cheapest = -1;
      quotes.forEach((q, i) => {
        if (cheapest === -1 || q.cost < quotes[cheapest]!.cost) cheapest = i;
      });
      options = frozen(quotes.map((q, i) => ({ ...q, isRecommended: i === cheapest, costAfterDiscount: q.cost })));
    }
    const quote: ConsignmentQuote = { version, lines, destination, items, options, fees: new Map() };
    this.quotes.set(consignment.address, quote);
    return quote;
  }

  /** Line items no consignment holds yet (for tests and the demo). */
  unassigned(record: CheckoutRecord): LineRecord[] {
    return record.lines.filter((l) => isShippable(l) && !owner(record, l.id));
  }
}

// A split cart has a line per destination and item (1800 for 60 items to 30 places), and one
// answer quotes every consignment several times: the lines are indexed once per synchronous turn
// (writes change lines in place, but never between the quotes of one answer).
let indexes = new WeakMap<LineRecord[], { length: number; byId: Map<string, LineRecord> }>();
let clearing = false;
function lineIndex(lines: LineRecord[]): Map<string, LineRecord> {
  const known = indexes.get(lines);
  if (known && known.length === lines.length) return known.byId;
  const byId = new Map(lines.map((l) => [l.id, l]));
  indexes.set(lines, { length: lines.length, byId });
  if (!clearing) {
    clearing = true;
    queueMicrotask(() => {
      indexes = new WeakMap();
      clearing = false;
    });
  }
  return byId;
}

/** A consignment whose every line item moved elsewhere is gone, as on BigCommerce. */
function dropEmpty(record: CheckoutRecord): void {
  record.consignments = record.consignments.filter((c) => c.lineItemIds.length > 0);
}

export function destinationOf(address: Address): QuoteDestination {
  const destination: QuoteDestination = { countryCode: address.countryCode };
  if (address.stateOrProvinceCode) destination.stateOrProvinceCode = address.stateOrProvinceCode;
  if (address.postalCode) destination.postalCode = address.postalCode;
  if (address.city) destination.city = address.city;
  return destination;
}

function pickupRefused(): HttpError {
  return problem(422, 'Pickup is not offered by this store', 'The store has no pickup locations; send an address and a shippingOptionId instead of pickupOption.');
}

const addressText = ['firstName', 'lastName', 'company', 'address1', 'address2', 'city', 'stateOrProvince', 'stateOrProvinceCode', 'postalCode', 'phone'] as const;

/**
 * The address as the API stores it: every field present, country name and state filled in, custom
 * field values kept as custom-fields.ts says (`fields`: the form the address belongs to).
 */
export function toAddress(input: unknown, at: string, fields: readonly FormField[] = formFields().shippingAddress): Address {
  if (!isObject(input)) throw problem(400, 'An address is required', `${at} must be an object with at least countryCode.`);
  const { countryCode } = input;
  if (typeof countryCode !== 'string' || countryCode.trim() === '') {
    throw problem(400, 'countryCode is required', `${at}.countryCode is missing; it is the one address field the API requires (ISO 3166-1 alpha-2, e.g. "US").`);
  }
  const country = findCountry(countryCode.trim());
  if (!country) throw problem(422, 'Unknown country', `${at}.countryCode "${countryCode}" is not an ISO 3166-1 alpha-2 code the store ships to.`);
  const address: Address = {
    firstName: '', lastName: '', company: '', address1: '', address2: '', city: '',
    stateOrProvince: '', stateOrProvinceCode: '', countryCode: country.code, country: country.name,
    postalCode: '', phone: '', customFields: [],
  };
  for (const key of addressText) {
    const value = input[key];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string' && typeof value !== 'number') throw problem(400, `${key} must be a string`, `${at}.${key} is ${typeof value}.`);
    address[key] = String(value);
  }
  const state = country.subdivisions.find(
    (s) => s.code === address.stateOrProvinceCode.toUpperCase() || s.name.toLowerCase() === address.stateOrProvince.toLowerCase() || s.code === address.stateOrProvince.toUpperCase(),
  );
  if (state) {
    address.stateOrProvinceCode = state.code;
    address.stateOrProvince = state.name;
  }
  if (Array.isArray(input.customFields)) address.customFields = toCustomFields(input.customFields, fields, at);
  if (typeof input.shouldSaveAddress === 'boolean') address.shouldSaveAddress = input.shouldSaveAddress;
  // The spec's address carries an email (the SDK's type does not); an order needs one.
  if (typeof input.email === 'string') Object.assign(address, { email: input.email });
  return address;
}

function toRequestedItems(input: unknown, at: string, isUpdate: boolean): RequestedItem[] {
  if (!Array.isArray(input)) throw problem(400, 'lineItems is required', `${at}.lineItems must be an array of { itemId, quantity }.`);
  if (input.length === 0) {
    throw problem(
      isUpdate ? 422 : 400,
      'lineItems must not be empty',
      isUpdate ? 'A consignment keeps at least one line item; delete the consignment to free all of its items.' : `${at}.lineItems is empty; a consignment needs at least one line item.`,
    );
  }
  return input.map((item, index) => {
    if (!isObject(item)) throw problem(400, 'Each line item must be an object', `${at}.lineItems[${index}] is not an object.`);
    const { itemId, quantity } = item;
    if ((typeof itemId !== 'string' && typeof itemId !== 'number') || itemId === '') throw problem(400, 'itemId is required', `${at}.lineItems[${index}].itemId must be a line item id.`);
    if (typeof quantity !== 'number' || !Number.isInteger(quantity) || quantity < 1) {
      throw problem(400, 'quantity must be a whole number of at least 1', `${at}.lineItems[${index}].quantity is ${JSON.stringify(quantity)}.`);
    }
    return { itemId: String(itemId), quantity };
  });
}

function customLine(item: unknown, index: number): LineRecord {
  const at = `customItems[${index}]`;
  if (!isObject(item)) throw problem(400, 'Each custom item must be an object', `${at} is not an object.`);
  const { sku, name, quantity, listPrice, weight = 1 } = item;
  if (typeof name !== 'string' || name === '') throw problem(400, 'name is required', `${at}.name must be a string.`);
  if (typeof quantity !== 'number' || !Number.isInteger(quantity) || quantity < 1) throw problem(400, 'quantity must be a whole number of at least 1', `${at}.quantity is ${JSON.stringify(quantity)}.`);
  if (typeof listPrice !== 'number' || listPrice < 0) throw problem(400, 'listPrice is required', `${at}.listPrice must be a number.`);
  if (typeof weight !== 'number' || weight < 0) throw problem(400, 'weight must be a number', `${at}.weight must be a number of lb.`);
  return {
    id: randomUUID(),
    kind: 'custom',
    productId: 0,
    variantId: 0,
    sku: typeof sku === 'string' ? sku : `CUSTOM-${index + 1}`,
    name,
    brand: '',
    categories: [],
    options: [],
    quantity,
    unitPrice: listPrice,
    weight,
  };
}

function giftLines(item: unknown, index: number): GiftCertificateItem[] {
  const at = `giftCertificates[${index}]`;
  if (!isObject(item)) throw problem(400, 'Each gift certificate must be an object', `${at} is not an object.`);
  // The carts spec requires amount, name, quantity, recipient, sender and theme.
  const { name, theme, amount, quantity, sender, recipient, message = '' } = item;
  if (typeof amount !== 'number' || amount < 1 || amount > 1000) throw problem(400, 'amount must be from 1 to 1000', `${at}.amount is ${JSON.stringify(amount)}.`);
  if (typeof quantity !== 'number' || !Number.isInteger(quantity) || quantity < 1) throw problem(400, 'quantity must be a whole number of at least 1', `${at}.quantity is ${JSON.stringify(quantity)}.`);
  if (typeof name !== 'string' || name === '') throw problem(400, 'name is required', `${at}.name must be a string.`);
  if (typeof theme !== 'string' || theme === '') throw problem(400, 'theme is required', `${at}.theme must be a string.`);
  const contact = (value: unknown, field: string) => {
    if (!isObject(value) || typeof value.name !== 'string' || typeof value.email !== 'string') {
      throw problem(400, `${field} is required`, `${at}.${field} must be { name, email }.`);
    }
    // The spec's format is email: the gift certificate is delivered there.
    if (!/^[^\s@]+@[^\s@]+$/.test(value.email)) throw problem(400, `${field}.email is not an email address`, `${at}.${field}.email is ${JSON.stringify(value.email)}.`);
    return { name: value.name, email: value.email };
  };
  const from = contact(sender, 'sender');
  const to = contact(recipient, 'recipient');
  return Array.from({ length: quantity }, () => ({
    id: randomUUID(),
    name,
    theme,
    amount,
    taxable: false,
    sender: from,
    recipient: to,
    message: String(message),
  }));
}
