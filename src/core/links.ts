// Keeping destinations tied to consignments across writes and reloads.
import { addressFieldNames, addressMatches } from './address.js';
import { holdings } from './holdings.js';
import type { DestinationIntent, Intent, Links } from './intent.js';
import { shippableLines, type ItemKey } from './items.js';
import type { CreateEntry, LineItemRef } from './plan.js';
import type { AddressFields, CheckoutTruth, TruthConsignment } from './truth.js';

/** Units per key that a list of line-item refs names, read against the checkout they were sent to. */
export function refUnits(truth: CheckoutTruth, refs: readonly LineItemRef[]): Map<ItemKey, number> {
  const keyOf = new Map(shippableLines(truth).map((l) => [l.id, l.key] as const));
  const units = new Map<ItemKey, number>();
  for (const ref of refs) {
    const key = keyOf.get(ref.itemId);
    if (key !== undefined) units.set(key, (units.get(key) ?? 0) + ref.quantity);
  }
  return units;
}

function sameUnits(a: ReadonlyMap<ItemKey, number>, b: ReadonlyMap<ItemKey, number>): boolean {
  for (const key of new Set([...a.keys(), ...b.keys()])) if ((a.get(key) ?? 0) !== (b.get(key) ?? 0)) return false;
  return true;
}

/**
 * Which new consignment is which created entry. Ids are not echoed back, and two destinations
 * may share an address, so match on address and units first, then address, then order.
 */
export function matchCreated(
  before: CheckoutTruth,
  after: CheckoutTruth,
  entries: readonly CreateEntry[],
  /** Only exact matches (address and units): for a create whose answer was lost. */
  strict = false,
): { entry: CreateEntry; consignmentId: string }[] {
  const known = new Set(before.consignments.map((c) => c.id));
  const fresh = after.consignments.filter((c) => !known.has(c.id));
  const held = holdings(after);
  const taken = new Set<string>();
  const wanted = entries.map((entry) => refUnits(before, entry.lineItems));
  const result: { entry: CreateEntry; consignmentId: string }[] = [];
  const tests: ((c: TruthConsignment, i: number) => boolean)[] = [
    (c, i) => addressMatches(c.address, entries[i]!.address) && sameUnits(held.byConsignment.get(c.id) ?? new Map(), wanted[i]!),
    (c, i) => addressMatches(c.address, entries[i]!.address),
    () => true,
  ];
  const matched = new Map<number, string>();
  for (const test of strict ? tests.slice(0, 1) : tests) {
    entries.forEach((_, i) => {
      if (matched.has(i)) return;
      const c = fresh.find((f) => !taken.has(f.id) && test(f, i));
      if (c) {
        taken.add(c.id);
        matched.set(i, c.id);
      }
    });
  }
  entries.forEach((entry, i) => {
    const consignmentId = matched.get(i);
    if (consignmentId !== undefined) result.push({ entry, consignmentId });
  });
  return result;
}

/** The address a consignment stands for, in the fields a destination carries. */
export function addressOf(consignment: TruthConsignment): AddressFields {
  const out: Record<string, unknown> = {};
  for (const name of addressFieldNames) {
    const value = consignment.address[name];
    if (value !== undefined && value !== null) out[name] = value;
  }
  if (consignment.address.customFields?.length) out.customFields = consignment.address.customFields;
  return out as unknown as AddressFields;
}

export interface Reconciled {
  readonly intent: Intent;
  readonly links: Links;
  /** Destinations made from consignments found in the checkout (another tab, another device). */
  readonly adopted: readonly string[];
}

/**
 * Ties a stored intent to the checkout as loaded: links to vanished consignments go, an unlinked
 * consignment that is exactly an unlinked destination is linked to it, and any other unlinked
 * consignment is adopted as a new destination rather than deleted. `isTemporary` names
 * consignments the engine made only to carry items out; those are left for the planner to delete.
 */
export function reconcile(
  truth: CheckoutTruth,
  intent: Intent,
  links: Links,
  isTemporary: (consignment: TruthConsignment) => boolean = () => false,
  newId: (consignment: TruthConsignment) => string = (c) => `adopted-${c.id}`,
): Reconciled {
  const present = new Set(truth.consignments.map((c) => c.id));
  const next: Record<string, string> = {};
  const used = new Set<string>();
  // A link whose destination is gone stays while its consignment exists: the planner deletes
  // that consignment, and it must not be adopted back meanwhile.
  for (const [destinationId, consignmentId] of Object.entries(links)) {
    if (!present.has(consignmentId) || used.has(consignmentId)) continue;
    next[destinationId] = consignmentId;
    used.add(consignmentId);
  }
  const held = holdings(truth);
  const destinations: DestinationIntent[] = [...intent.destinations];
  const adopted: string[] = [];
  for (const consignment of truth.consignments) {
    if (used.has(consignment.id) || isTemporary(consignment)) continue;
    const units = held.byConsignment.get(consignment.id) ?? new Map<ItemKey, number>();
    const twin = destinations.find(
      (d) =>
        next[d.id] === undefined &&
        addressMatches(consignment.address, d.address) &&
        sameUnits(units, new Map(Object.entries(d.items).filter(([, q]) => q > 0))),
    );
    if (twin) {
      next[twin.id] = consignment.id;
      used.add(consignment.id);
      continue;
    }
    const id = newId(consignment);
    destinations.push({
      id,
      address: addressOf(consignment),
      items: Object.fromEntries(units),
      ...(consignment.selectedShippingOption ? { shippingOptionId: consignment.selectedShippingOption.id } : {}),
    });
    next[id] = consignment.id;
    used.add(consignment.id);
    adopted.push(id);
  }
  return { intent: { destinations: adopted.length > 0 ? yieldTo(truth, destinations, new Set(adopted)) : destinations }, links: next, adopted };
}

/**
 * The checkout is newer than a stored intent: units an adopted consignment holds are taken back
 * from the other destinations (latest first) wherever the cart cannot cover both.
 */
function yieldTo(truth: CheckoutTruth, destinations: DestinationIntent[], adopted: ReadonlySet<string>): DestinationIntent[] {
  const totals = new Map<ItemKey, number>();
  for (const line of shippableLines(truth)) totals.set(line.key, (totals.get(line.key) ?? 0) + line.quantity);
  const result = destinations.map((d) => ({ ...d, items: { ...d.items } }));
  for (const [key, total] of totals) {
    let excess = result.reduce((sum, d) => sum + Math.max(0, d.items[key] ?? 0), 0) - total;
    for (let i = result.length - 1; i >= 0 && excess > 0; i--) {
      const d = result[i]!;
      if (adopted.has(d.id)) continue;
      const take = Math.min(excess, Math.max(0, d.items[key] ?? 0));
      if (take === 0) continue;
      d.items[key] = (d.items[key] ?? 0) - take;
      excess -= take;
    }
  }
  return result;
}

export interface AfterWrite {
  readonly links: Links;
  /** Consignments a create made only to carry surplus out; the next plan deletes them. */
  readonly temporary: readonly string[];
  /** A PUT asked for fewer units than the consignment kept: this store ignores removals by PUT. */
  readonly removalIgnored: boolean;
}

/** What a write's answer teaches: new links after a create, and whether PUT removes items. */
export function afterWrite(
  before: CheckoutTruth,
  after: CheckoutTruth,
  write: import('./plan.js').Write,
  links: Links,
): AfterWrite {
  const next: Record<string, string> = { ...links };
  const temporary: string[] = [];
  let removalIgnored = false;
  if (write.kind === 'create') {
    for (const { entry, consignmentId } of matchCreated(before, after, write.entries)) {
      if (entry.destinationId === null) temporary.push(consignmentId);
      else next[entry.destinationId] = consignmentId;
    }
  } else if (write.kind === 'update') {
    const asked = refUnits(before, write.lineItems);
    const kept = holdings(after).byConsignment.get(write.consignmentId);
    if (kept) for (const [key, units] of kept) if (units > (asked.get(key) ?? 0)) removalIgnored = true;
  } else if (write.kind === 'delete' && write.destinationId !== null) {
    delete next[write.destinationId];
  }
  return { links: next, temporary, removalIgnored };
}
