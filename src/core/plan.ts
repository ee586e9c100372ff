// The planner: from (truth, intent) to the fewest writes, in an order that never asks the API
// for units that are not free. Only the first write is guaranteed to name real line-item ids:
// a write that splits a line item gives the parts ids the API chooses, so the engine sends
// the first write and plans again from the checkout it gets back.
import { addressMatches } from './address.js';
import type { Intent, Links } from './intent.js';
import type { ItemKey } from './items.js';
import { hasCountry, resolve, type IsSendable, type Wanted } from './resolve.js';
import type { AddressFields, CheckoutTruth, TruthConsignment } from './truth.js';
import { optionTarget } from './options.js';

export interface LineItemRef {
  readonly itemId: string;
  readonly quantity: number;
}

export interface CreateEntry {
  /** null for a temporary consignment that only carries items out of others (see removal). */
  readonly destinationId: string | null;
  readonly address: AddressFields;
  readonly lineItems: readonly LineItemRef[];
}

export type Write =
  | { readonly kind: 'create'; readonly entries: readonly CreateEntry[] }
  | {
      readonly kind: 'update';
      readonly consignmentId: string;
      readonly destinationId: string;
      readonly address?: AddressFields;
      readonly lineItems: readonly LineItemRef[];
    }
  /** consignmentId null: the temporary consignment made by the create before it. */
  | { readonly kind: 'delete'; readonly consignmentId: string | null; readonly destinationId: string | null }
  /** null ids: known only once the writes before it have answered. */
  | {
      readonly kind: 'select-option';
      readonly consignmentId: string | null;
      readonly destinationId: string;
      readonly shippingOptionId: string | null;
    };

/**
 * How units leave a consignment. 'put': a PUT listing fewer items frees the rest.
 * 'move-out': the store ignores removals by PUT, so surplus units are carried into a temporary
 * consignment (one POST) which is then deleted.
 */
export type Removal = 'put' | 'move-out';

export interface PlanOptions {
  readonly removal?: Removal;
  readonly isSendable?: IsSendable;
}

/** True when the write names only real ids and can be sent now. */
export function isExecutable(write: Write): boolean {
  switch (write.kind) {
    case 'create':
      return write.entries.every((e) => e.lineItems.every((l) => !l.itemId.includes('~')));
    case 'update':
      return write.lineItems.every((l) => !l.itemId.includes('~'));
    case 'delete':
      return write.consignmentId !== null;
    case 'select-option':
      return write.consignmentId !== null && write.shippingOptionId !== null;
  }
}

/** A line item in the planner's simulation of the writes it plans. */
interface SimLine {
  id: string;
  key: ItemKey;
  quantity: number;
  holder: string | null;
}

class Simulation {
  private splits = 0;
  private readonly lines: SimLine[];
  /**
   * Units per holder and key (keys in the order of their first line), built when asked and
   * dropped by every move: a split cart has a line per destination and item.
   */
  private totals: Map<string | null, Map<ItemKey, number>> | undefined;

  constructor(lines: readonly { id: string; key: ItemKey; quantity: number; consignmentId: string | null }[]) {
    this.lines = lines.map((l) => ({ id: l.id, key: l.key, quantity: l.quantity, holder: l.consignmentId }));
  }

  private held(holder: string | null): ReadonlyMap<ItemKey, number> | undefined {
    if (!this.totals) {
      this.totals = new Map();
      for (const line of this.lines) {
        let byKey = this.totals.get(line.holder);
        if (!byKey) this.totals.set(line.holder, (byKey = new Map()));
        byKey.set(line.key, (byKey.get(line.key) ?? 0) + line.quantity);
      }
    }
    return this.totals.get(holder);
  }

  units(holder: string | null, key: ItemKey): number {
    return this.held(holder)?.get(key) ?? 0;
  }

  keysOf(holder: string): Set<ItemKey> {
    return new Set(this.held(holder)?.keys());
  }

  /**
   * Moves up to `units` of `key` from `from` to `to`, naming the line items as they are now.
   * The part that moves gets a placeholder id: which side of a split keeps the real id is the
   * store's choice, so a later write that names it is not executable until the engine replans.
   */
  move(from: string | null, to: string | null, key: ItemKey, units: number, refs: LineItemRef[]): number {
    this.totals = undefined;
    let left = units;
    for (const line of this.lines) {
      if (left === 0) break;
      if (line.holder !== from || line.key !== key || line.quantity === 0) continue;
      const take = Math.min(line.quantity, left);
      refs.push({ itemId: line.id, quantity: take });
      if (take === line.quantity) {
        line.holder = to;
      } else {
        line.quantity -= take;
        this.lines.push({ id: `${line.id}~${++this.splits}`, key, quantity: take, holder: to });
      }
      left -= take;
    }
    return units - left;
  }

  /** Lists units the consignment already holds (they stay); the surplus is returned unlisted. */
  keep(holder: string, key: ItemKey, units: number, refs: LineItemRef[], freeSurplus: boolean): void {
    this.totals = undefined;
    let left = units;
    for (const line of this.lines) {
      if (line.holder !== holder || line.key !== key || line.quantity === 0) continue;
      const take = Math.min(line.quantity, left);
      if (take > 0) refs.push({ itemId: line.id, quantity: take });
      if (freeSurplus && take < line.quantity) {
        if (take === 0) {
          line.holder = null;
        } else {
          this.lines.push({ id: `${line.id}~${++this.splits}`, key, quantity: line.quantity - take, holder: null });
          line.quantity = take;
        }
      }
      left -= take;
    }
  }

  release(holder: string): void {
    this.totals = undefined;
    for (const line of this.lines) if (line.holder === holder) line.holder = null;
  }
}

function mergeRefs(refs: readonly LineItemRef[]): LineItemRef[] {
  const merged = new Map<string, number>();
  for (const ref of refs) merged.set(ref.itemId, (merged.get(ref.itemId) ?? 0) + ref.quantity);
  return [...merged].map(([itemId, quantity]) => ({ itemId, quantity }));
}

export function plan(truth: CheckoutTruth, intent: Intent, links: Links = {}, options: PlanOptions = {}): Write[] {
  const removal = options.removal ?? 'put';
  const resolved = resolve(truth, intent, links, options.isSendable ?? hasCountry);
  const sim = new Simulation(resolved.holdings.lines);
  const writes: Write[] = [];
  const written = new Set<string>();

  // Deleting first only frees units, so nothing after it can over-allocate.
  for (const { consignment, destinationId } of resolved.unwanted) {
    writes.push({ kind: 'delete', consignmentId: consignment.id, destinationId });
    sim.release(consignment.id);
  }

  const kept = resolved.kept.filter((k) => !k.frozen);
  const surplusOf = (id: string, want: ReadonlyMap<ItemKey, number>, key: ItemKey) =>
    Math.max(0, sim.units(id, key) - (want.get(key) ?? 0));
  const wantOf = new Map(resolved.kept.map((k) => [k.consignment.id, k.want] as const));
  const gains = (k: (typeof kept)[number]) =>
    [...k.want].filter(([key, units]) => units > sim.units(k.consignment.id, key));
  const hasSurplus = (id: string) => {
    const want = wantOf.get(id) ?? new Map<ItemKey, number>();
    return [...sim.keysOf(id)].some((key) => surplusOf(id, want, key) > 0);
  };
  const addressDiffers = (k: (typeof kept)[number]) => !addressMatches(k.consignment.address, k.destination.address);

  /** Takes `units` of `key` for `to`: free units first, then another consignment's surplus. */
  const gather = (to: string | null, key: ItemKey, units: number, refs: LineItemRef[]) => {
    let left = units - sim.move(null, to, key, units, refs);
    for (const other of resolved.kept) {
      if (left === 0) break;
      const id = other.consignment.id;
      if (id === to) continue;
      const spare = surplusOf(id, other.want, key);
      if (spare > 0) left -= sim.move(id, to, key, Math.min(spare, left), refs);
    }
  };

  const update = (k: (typeof kept)[number]) => {
    const id = k.consignment.id;
    const refs: LineItemRef[] = [];
    for (const [key, units] of k.want) {
      const have = Math.min(units, sim.units(id, key));
      sim.keep(id, key, have, refs, removal === 'put');
      if (units > have) gather(id, key, units - have, refs);
    }
    if (removal === 'put') {
      for (const key of sim.keysOf(id)) if (!k.want.has(key)) sim.keep(id, key, 0, refs, true);
    }
    writes.push({
      kind: 'update',
      consignmentId: id,
      destinationId: k.destination.id,
      ...(addressDiffers(k) ? { address: k.destination.address } : {}),
      lineItems: mergeRefs(refs),
    });
    written.add(id);
  };

  if (removal === 'put') {
    // Consignments that only give units back (or only move) go first: they free what others take.
    const pending = kept.filter((k) => addressDiffers(k) || gains(k).length > 0 || hasSurplus(k.consignment.id));
    for (const k of pending.filter((k) => gains(k).length === 0)) update(k);
    let rest = pending.filter((k) => gains(k).length > 0);
    while (rest.length > 0) {
      // Prefer one whose gains are already free; a cycle takes from a surplus instead.
      const next = rest.find((k) => gains(k).every(([key, units]) => sim.units(null, key) >= units - sim.units(k.consignment.id, key))) ?? rest[0]!;
      update(next);
      rest = rest.filter((k) => k !== next);
    }
  } else {
    // The store keeps what a PUT leaves out: surplus stays until taken by another destination
    // or carried out by a temporary consignment; consignments that only shrink get no PUT.
    for (const k of kept) if (addressDiffers(k) || gains(k).length > 0) update(k);
  }

  const entries: CreateEntry[] = [];
  for (const wanted of resolved.created) entries.push(createEntry(wanted, gather));
  if (removal === 'move-out') {
    const refs: LineItemRef[] = [];
    let carrier: TruthConsignment | undefined;
    for (const k of resolved.kept) {
      for (const key of sim.keysOf(k.consignment.id)) {
        const spare = surplusOf(k.consignment.id, k.want, key);
        if (spare === 0) continue;
        carrier ??= k.consignment;
        sim.move(k.consignment.id, '~temporary', key, spare, refs);
      }
    }
    if (carrier) entries.push({ destinationId: null, address: carrier.address, lineItems: mergeRefs(refs) });
  }
  if (entries.length > 0) writes.push({ kind: 'create', entries });
  if (entries.some((e) => e.destinationId === null)) writes.push({ kind: 'delete', consignmentId: null, destinationId: null });

  // Selections last: every write above may change the options or drop a selection.
  const keptByDestination = new Map(kept.map((k) => [k.destination.id, k] as const));
  const createdIds = new Set(resolved.created.map((w) => w.destination.id));
  for (const destination of intent.destinations) {
    if (createdIds.has(destination.id)) {
      writes.push({ kind: 'select-option', consignmentId: null, destinationId: destination.id, shippingOptionId: null });
      continue;
    }
    const k = keptByDestination.get(destination.id);
    if (!k) continue;
    const target = optionTarget(k.consignment, destination.shippingOptionId);
    const selected = k.consignment.selectedShippingOption?.id;
    if (written.has(k.consignment.id)) {
      if (target.kind !== 'select' || selected !== target.optionId) {
        writes.push({ kind: 'select-option', consignmentId: k.consignment.id, destinationId: destination.id, shippingOptionId: null });
      }
    } else if (target.kind === 'select' && selected !== target.optionId) {
      writes.push({ kind: 'select-option', consignmentId: k.consignment.id, destinationId: destination.id, shippingOptionId: target.optionId });
    }
  }
  return writes;
}

function createEntry(
  wanted: Wanted,
  gather: (to: string | null, key: ItemKey, units: number, refs: LineItemRef[]) => void,
): CreateEntry {
  const refs: LineItemRef[] = [];
  const to = `~new:${wanted.destination.id}`;
  for (const [key, units] of wanted.want) gather(to, key, units, refs);
  return { destinationId: wanted.destination.id, address: wanted.destination.address, lineItems: mergeRefs(refs) };
}
