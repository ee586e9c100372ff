// The emulator's record of one cart/checkout and the consignment rules that change it.
// Every write works on a copy and replaces the record only when it succeeds, so a refused
// request leaves the checkout exactly as it was.
import { randomUUID } from 'node:crypto';
import type { SplitKeepsId } from './faults.js';
import { problem } from './http.js';
import type { Address, GiftCertificateItem } from './sdk-types.js';

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
  orderId?: number;
  /** Set when the last item left the cart: BigCommerce then deletes the cart. */
  emptied?: boolean;
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

/** Lines that are the same thing to the shopper (product, variant, options) share a key. */
export function lineKey(line: LineRecord): string {
  return line.kind === 'custom'
    ? `custom:${line.sku}:${line.name}`
    : `${line.kind}:${line.productId}:${line.variantId}:${line.options.map((o) => `${o.nameId}=${o.valueId}`).join(',')}`;
}

export function owner(record: CheckoutRecord, lineId: string): ConsignmentRecord | undefined {
  return record.consignments.find((c) => c.lineItemIds.includes(lineId));
}

function unitsOf(record: CheckoutRecord, consignment: ConsignmentRecord | undefined, key: string): number {
  return record.lines
    .filter((l) => lineKey(l) === key && owner(record, l.id) === consignment)
    .reduce((sum, l) => sum + l.quantity, 0);
}

function describe(line: LineRecord): string {
  const options = line.options.map((o) => `${o.name}: ${o.value}`).join(', ');
  return options ? `${line.name} (${options})` : line.name;
}

/**
 * Splits `line` into `inside` units that are (or stay) in a consignment and the rest, which are
 * not. `splitKeepsId` says which part keeps the old id; `perUnit` makes one line item per unit.
 */
function split(
  record: CheckoutRecord,
  line: LineRecord,
  inside: number,
  rules: AllocationRules,
): { insideIds: string[]; outsideIds: string[] } {
  const at = record.lines.indexOf(line);
  const copy = (quantity: number, id: string = randomUUID()): LineRecord => ({ ...structuredClone(line), id, quantity });
  if (rules.splitKeepsId === 'perUnit') {
    const units = Array.from({ length: line.quantity }, (_, i) => copy(1, i === 0 ? line.id : randomUUID()));
    record.lines.splice(at, 1, ...units);
    return { insideIds: units.slice(0, inside).map((u) => u.id), outsideIds: units.slice(inside).map((u) => u.id) };
  }
  const outside = line.quantity - inside;
  const insideKeeps = rules.splitKeepsId === 'assigned';
  const insideLine = copy(inside, insideKeeps ? line.id : randomUUID());
  const outsideLine = copy(outside, insideKeeps ? randomUUID() : line.id);
  record.lines.splice(at, 1, ...(insideKeeps ? [insideLine, outsideLine] : [outsideLine, insideLine]));
  return { insideIds: [insideLine.id], outsideIds: [outsideLine.id] };
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

/**
 * Gives `consignment` the requested items. A quantity is per item (product, variant, options):
 * entries for several line items of one item add up. Units come from line items no
 * consignment holds; a line item is split when only part of it is needed.
 */
export function allocate(
  record: CheckoutRecord,
  consignment: ConsignmentRecord,
  requested: readonly RequestedItem[],
  mode: 'create' | 'update',
  rules: AllocationRules,
): void {
  const wanted = new Map<string, { quantity: number; preferred: string[]; sample: LineRecord }>();
  for (const item of requested) {
    const line = requireLine(record, item);
    const key = lineKey(line);
    const entry = wanted.get(key) ?? { quantity: 0, preferred: [], sample: line };
    entry.quantity += item.quantity;
    entry.preferred.push(line.id);
    wanted.set(key, entry);
  }

  const targets = new Map<string, number>();
  for (const [key, { quantity, sample }] of wanted) {
    const held = unitsOf(record, consignment, key);
    const free = unitsOf(record, undefined, key);
    if (quantity > held + free) {
      const total = record.lines.filter((l) => lineKey(l) === key).reduce((s, l) => s + l.quantity, 0);
      throw problem(
        422,
        'Quantity exceeds what the cart has',
        `${describe(sample)}: ${quantity} requested, but the cart has ${total} and other consignments hold ${total - held - free}, so at most ${held + free} can go to this consignment.`,
      );
    }
    targets.set(key, rules.putRemovesItems || mode === 'create' ? quantity : Math.max(quantity, held));
  }
  if (mode === 'update' && rules.putRemovesItems) {
    for (const id of consignment.lineItemIds) {
      const line = record.lines.find((l) => l.id === id);
      if (line && !targets.has(lineKey(line))) targets.set(lineKey(line), 0);
    }
  }

  for (const [key, target] of targets) {
    const held = unitsOf(record, consignment, key);
    if (target > held) take(record, consignment, key, target - held, wanted.get(key)?.preferred ?? [], rules);
    else if (target < held) release(record, consignment, key, held - target, rules);
  }
  // Keep the consignment's ids in cart order, as the API lists them.
  const ids = new Set(consignment.lineItemIds);
  consignment.lineItemIds = record.lines.filter((l) => ids.has(l.id)).map((l) => l.id);
}

function take(record: CheckoutRecord, consignment: ConsignmentRecord, key: string, need: number, preferred: string[], rules: AllocationRules): void {
  const free = record.lines.filter((l) => lineKey(l) === key && !owner(record, l.id));
  free.sort((a, b) => rank(preferred, a.id) - rank(preferred, b.id));
  for (const line of free) {
    if (need === 0) break;
    if (line.quantity <= need) {
      consignment.lineItemIds.push(line.id);
      need -= line.quantity;
    } else {
      consignment.lineItemIds.push(...split(record, line, need, rules).insideIds);
      need = 0;
    }
  }
}

function release(record: CheckoutRecord, consignment: ConsignmentRecord, key: string, excess: number, rules: AllocationRules): void {
  const held = record.lines.filter((l) => lineKey(l) === key && consignment.lineItemIds.includes(l.id)).reverse();
  for (const line of held) {
    if (excess === 0) break;
    if (line.quantity <= excess) {
      consignment.lineItemIds = consignment.lineItemIds.filter((id) => id !== line.id);
      excess -= line.quantity;
    } else {
      const { insideIds } = split(record, line, line.quantity - excess, rules);
      consignment.lineItemIds = consignment.lineItemIds.filter((id) => id !== line.id).concat(insideIds);
      excess = 0;
    }
  }
}

function rank(preferred: string[], id: string): number {
  const at = preferred.indexOf(id);
  return at === -1 ? preferred.length : at;
}

export function newConsignment(address: Address): ConsignmentRecord {
  return { id: randomUUID().replace(/-/g, '').slice(0, 13), address, lineItemIds: [] };
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
