// Which consignment holds how many units of each item. Consignments list line-item ids only;
// the units come from the line items' quantities (a split line is several line items, one key).
import { shippableLines, type ItemKey, type ShippableLine } from './items.js';
import type { CheckoutTruth } from './truth.js';

export interface HeldLine extends ShippableLine {
  /** The consignment holding this line, or null when no consignment does. */
  readonly consignmentId: string | null;
}

export interface Holdings {
  readonly lines: readonly HeldLine[];
  readonly byConsignment: ReadonlyMap<string, ReadonlyMap<ItemKey, number>>;
  readonly unassigned: ReadonlyMap<ItemKey, number>;
}

function addTo(map: Map<ItemKey, number>, key: ItemKey, quantity: number): void {
  map.set(key, (map.get(key) ?? 0) + quantity);
}

// The planner and the state both ask for the holdings of the same checkout (one per answer).
const known = new WeakMap<CheckoutTruth, Holdings>();

export function holdings(truth: CheckoutTruth): Holdings {
  let found = known.get(truth);
  if (!found) {
    found = compute(truth);
    known.set(truth, found);
  }
  return found;
}

function compute(truth: CheckoutTruth): Holdings {
  const owner = new Map<string, string>();
  for (const consignment of truth.consignments) {
    for (const id of consignment.lineItemIds) owner.set(String(id), consignment.id);
  }
  const byConsignment = new Map<string, Map<ItemKey, number>>();
  for (const consignment of truth.consignments) byConsignment.set(consignment.id, new Map());
  const unassigned = new Map<ItemKey, number>();
  const lines: HeldLine[] = [];
  for (const line of shippableLines(truth)) {
    const consignmentId = owner.get(line.id) ?? null;
    lines.push({ id: line.id, key: line.key, quantity: line.quantity, consignmentId });
    addTo(consignmentId === null ? unassigned : byConsignment.get(consignmentId)!, line.key, line.quantity);
  }
  return { lines, byConsignment, unassigned };
}

/** Units of `key` consignment `consignmentId` holds. */
export function heldUnits(h: Holdings, consignmentId: string, key: ItemKey): number {
  return h.byConsignment.get(consignmentId)?.get(key) ?? 0;
}

export function sameQuantities(a: ReadonlyMap<ItemKey, number>, b: Readonly<Record<ItemKey, number>>): boolean {
  const keys = new Set<ItemKey>([...a.keys(), ...Object.keys(b)]);
  for (const key of keys) if ((a.get(key) ?? 0) !== (b[key] ?? 0)) return false;
  return true;
}
