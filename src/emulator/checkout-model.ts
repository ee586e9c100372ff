// The emulator's record of one cart/checkout and the consignment rules that change it.
// Every write works on a copy (copyRecord) and replaces the record only when it succeeds, so a
// refused request leaves the checkout exactly as it was.
import { randomUUID } from 'node:crypto';
import type { SplitKeepsId } from './faults.js';
import { problem } from './http.js';
import type { Address, Checkout, GiftCertificateItem } from './sdk-types.js';

export type BillingAddress = NonNullable<Checkout['billingAddress']>;

export interface ItemOption {
  name: string;
  nameId: number;
  value: string;
  valueId: number;
}

/** A physical, digital or custom line item. Custom items ship, like physical ones. */
export interface LineRecord {
  id: string;
  kind: 'physical' | 'digital' | 'custom';
  productId: number;
  variantId: number;
  sku: string;
  name: string;
  brand: string;
  categories: string[];
  options: ItemOption[];
  quantity: number;
  unitPrice: number;
  /** Per unit, lb. */
  weight: number;
  fixedShippingCost?: number;
  isShippingFree?: boolean;
  cannotShipTo?: string[];
}

export interface ConsignmentRecord {
  id: string;
  address: Address;
  lineItemIds: string[];
  selectedOptionId?: string;
}

export interface CheckoutRecord {
  id: string;
  createdTime: string;
  updatedTime: string;
  version: number;
  lines: LineRecord[];
  giftCertificates: GiftCertificateItem[];
  consignments: ConsignmentRecord[];
  customerMessage: string;
  billingAddress?: BillingAddress;
  orderId?: number;
  /** The signed-in customer the session attached (a copy taken at sign-in); absent for a guest. */
  customer?: SignedInCustomer;
  /** Set when the last item left the cart: BigCommerce then deletes the cart. */
  emptied?: boolean;
}

/** A store customer as a checkout shows it (no password). */
export interface SignedInCustomer {
  id: number;
  email: string;
  firstName: string;
  lastName: string;
  group: { id: number; name: string };
  addresses: NonNullable<Checkout['customer']>['addresses'];
}

export interface RequestedItem {
  itemId: string;
  quantity: number;
}

export interface AllocationRules {
  splitKeepsId: SplitKeepsId;
  putRemovesItems: boolean;
}

export const isShippable = (line: LineRecord): boolean => line.kind !== 'digital';

/** Freezes a value and everything in it; returns it. */
export function frozen<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) frozen(inner);
    Object.freeze(value);
  }
  return value;
}

/**
 * The copy a write works on. Line items are frozen and never change in place (a write that
 * changes one puts a new one in its place), so the copy shares them, as it shares addresses and
 * gift certificates (replaced, never changed): a split cart holds a line per destination and item
 * (1800 for 60 items to 30 places), and a deep copy of them all was most of a write's time.
 */
export function copyRecord(record: CheckoutRecord): CheckoutRecord {
  const copy: CheckoutRecord = {
    ...record,
    lines: [...record.lines],
    giftCertificates: [...record.giftCertificates],
    consignments: record.consignments.map((c) => ({ ...c, lineItemIds: [...c.lineItemIds] })),
  };
  if (record.billingAddress) copy.billingAddress = structuredClone(record.billingAddress);
  if (record.customer) copy.customer = structuredClone(record.customer);
  return copy;
}

export function owner(record: CheckoutRecord, lineId: string): ConsignmentRecord | undefined {
  return record.consignments.find((c) => c.lineItemIds.includes(lineId));
}

/** Takes a line item out of whichever consignment holds it. */
export function detach(record: CheckoutRecord, lineId: string): void {
  for (const c of record.consignments) c.lineItemIds = c.lineItemIds.filter((id) => id !== lineId);
}

function describe(line: LineRecord): string {
  const options = line.options.map((o) => `${o.name}: ${o.value}`).join(', ');
  return options ? `${line.name} (${options})` : line.name;
}

function requireLine(record: CheckoutRecord, item: RequestedItem): LineRecord {
  const line = record.lines.find((l) => l.id === item.itemId);
  if (!line) {
    if (record.giftCertificates.some((g) => String(g.id) === item.itemId)) {
      throw problem(422, 'Gift certificates cannot be shipped', `Line item ${item.itemId} is a gift certificate; it is delivered by email and cannot be assigned to a consignment.`);
    }
    throw problem(422, 'Line item not found', `The cart has no line item with id ${item.itemId}.`);
  }
  if (!isShippable(line)) {
    throw problem(422, 'Digital items cannot be shipped', `Line item ${item.itemId} (${line.name}) is a digital item; only physical and custom items can be assigned to a consignment.`);
  }
  return line;
}

export interface Assignment {
  to: ConsignmentRecord;
  item: RequestedItem;
}

/**
 * Gives each consignment the units it names. Quantities are per line item, read against the line
 * items as they were before the request: together they may not exceed the line's quantity.
 * Naming a line another consignment holds moves it (as BigCommerce does); naming part of a line
 * splits it, the rest staying where it was. `keepPartialOwn`: a store that ignores removals by
 * PUT leaves a line the consignment already holds untouched.
 */
export function assign(record: CheckoutRecord, assignments: readonly Assignment[], keepPartialOwn: boolean, rules: AllocationRules): void {
  const byLine = new Map<LineRecord, { to: ConsignmentRecord; quantity: number }[]>();
  for (const { to, item } of assignments) {
    const line = requireLine(record, item);
    byLine.set(line, [...(byLine.get(line) ?? []), { to, quantity: item.quantity }]);
  }
  for (const [line, parts] of byLine) {
    const asked = parts.reduce((sum, p) => sum + p.quantity, 0);
    if (asked > line.quantity) {
      throw problem(
        422,
        'Quantity exceeds what the cart has',
        `${describe(line)}: ${asked} requested of line item ${line.id}, but the cart has ${line.quantity} of it.`,
      );
    }
  }
  for (const [line, parts] of byLine) {
    const holder = owner(record, line.id);
    const asked = parts.reduce((sum, p) => sum + p.quantity, 0);
    if (keepPartialOwn && parts.length === 1 && holder === parts[0]!.to) continue;
    if (parts.length === 1 && asked === line.quantity) {
      detach(record, line.id);
      parts[0]!.to.lineItemIds.push(line.id);
      continue;
    }
    split(record, line, parts, holder, rules);
  }
  for (const c of record.consignments) {
    // Keep each consignment's ids in cart order, as the API lists them.
    const ids = new Set(c.lineItemIds);
    c.lineItemIds = record.lines.filter((l) => ids.has(l.id)).map((l) => l.id);
  }
}

/**
 * Replaces `line` by one piece per part (one per unit with `perUnit`) and, when units are left,
 * a remainder that stays with the line's holder. `splitKeepsId` says which piece keeps the old id.
 */
function split(
  record: CheckoutRecord,
  line: LineRecord,
  parts: { to: ConsignmentRecord; quantity: number }[],
  holder: ConsignmentRecord | undefined,
  rules: AllocationRules,
): void {
  const remainder = line.quantity - parts.reduce((sum, p) => sum + p.quantity, 0);
  const pieces: { to: ConsignmentRecord | undefined; quantity: number }[] = parts.flatMap((part) =>
    rules.splitKeepsId === 'perUnit' ? Array.from({ length: part.quantity }, () => ({ to: part.to, quantity: 1 })) : [part],
  );
  if (remainder > 0) pieces.push({ to: holder, quantity: remainder });
  const keeper = rules.splitKeepsId === 'assigned' || remainder === 0 ? 0 : pieces.length - 1;
  detach(record, line.id);
  const lines = pieces.map((piece, i): LineRecord => {
    const id = i === keeper ? line.id : randomUUID();
    piece.to?.lineItemIds.push(id);
    // The pieces share the line's frozen options, categories and countries.
    return Object.freeze({ ...line, id, quantity: piece.quantity });
  });
  record.lines.splice(record.lines.indexOf(line), 1, ...lines);
}

/** Addresses are frozen: a new address is a new object (quotes are kept per address object). */
export function newConsignment(address: Address): ConsignmentRecord {
  return { id: randomUUID().replace(/-/g, '').slice(0, 13), address: frozen(address), lineItemIds: [] };
}

export function newCheckoutRecord(lines: LineRecord[], giftCertificates: GiftCertificateItem[]): CheckoutRecord {
  const now = new Date().toISOString();
  return {
    id: randomUUID(),
    createdTime: now,
    updatedTime: now,
    version: 1,
    lines,
    giftCertificates,
    consignments: [],
    customerMessage: '',
  };
}
