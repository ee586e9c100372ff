// What the shopper sees, derived from truth and intent: units allocated and left per item,
// how far each destination is from what the checkout holds, and whether the whole is complete.
import { addressMatches } from './address.js';
import { holdings } from './holdings.js';
import type { Intent, Links } from './intent.js';
import type { ItemKey, ShippableItem } from './items.js';
import { optionTarget, type OptionTarget } from './options.js';
import { hasCountry, resolve, type IsSendable } from './resolve.js';
import type { CheckoutTruth, TruthShippingOption } from './truth.js';

export interface ItemAllocation {
  readonly item: ShippableItem;
  /** Units the destinations ask for, capped to the cart. */
  readonly allocated: number;
  readonly left: number;
}

export interface DestinationTruth {
  readonly destinationId: string;
  /** Not sendable yet (address incomplete for the store, or no units). */
  readonly draft: boolean;
  readonly consignmentId: string | null;
  /** The checkout holds exactly this destination's address, units and option. */
  readonly inSync: boolean;
  readonly availableOptions: readonly TruthShippingOption[];
  readonly selectedOption: TruthShippingOption | null;
  readonly option: OptionTarget | null;
}

export interface Derived {
  readonly items: readonly ItemAllocation[];
  readonly destinations: readonly DestinationTruth[];
  /** Units no destination asks for yet. */
  readonly unallocated: number;
  /** Every shippable unit sits in a consignment, and each has an offered option selected. */
  readonly complete: boolean;
}

/** From the checkout alone: nothing left to ship unassigned, every consignment has an option. */
export function isComplete(truth: CheckoutTruth): boolean {
  const held = holdings(truth);
  for (const units of held.unassigned.values()) if (units > 0) return false;
  return truth.consignments.every((c) => {
    const selected = c.selectedShippingOption?.id;
    return selected !== undefined && (c.availableShippingOptions ?? []).some((o) => o.id === selected);
  });
}

export function derive(truth: CheckoutTruth, intent: Intent, links: Links, isSendable: IsSendable = hasCountry): Derived {
  const resolved = resolve(truth, intent, links, isSendable);
  const asked = new Map<ItemKey, number>();
  const note = (want: ReadonlyMap<ItemKey, number>) => {
    for (const [key, units] of want) asked.set(key, (asked.get(key) ?? 0) + units);
  };
  for (const k of resolved.kept) if (!k.frozen) note(k.want);
  for (const c of resolved.created) note(c.want);
  // A draft still counts what the shopper gave it, so the "left" figure does not jump around.
  const remaining = new Map([...resolved.items].map(([key, item]) => [key, item.quantity - (asked.get(key) ?? 0)] as const));
  for (const draft of resolved.drafts) {
    for (const [key, units] of Object.entries(draft.items)) {
      const left = remaining.get(key);
      if (left === undefined) continue;
      const take = Math.min(left, Math.max(0, Math.floor(units)));
      remaining.set(key, left - take);
      asked.set(key, (asked.get(key) ?? 0) + take);
    }
  }
  const items = [...resolved.items.values()].map((item) => {
    const allocated = asked.get(item.key) ?? 0;
    return { item, allocated, left: item.quantity - allocated };
  });
  const keptBy = new Map(resolved.kept.map((k) => [k.destination.id, k] as const));
  const draftIds = new Set(resolved.drafts.map((d) => d.id));
  const destinations = intent.destinations.map((destination): DestinationTruth => {
    const k = keptBy.get(destination.id);
    if (!k) {
      return { destinationId: destination.id, draft: draftIds.has(destination.id), consignmentId: null, inSync: false, availableOptions: [], selectedOption: null, option: null };
    }
    const c = k.consignment;
    const option = optionTarget(c, destination.shippingOptionId);
    const held = resolved.holdings.byConsignment.get(c.id) ?? new Map<ItemKey, number>();
    const sameUnits = [...new Set([...held.keys(), ...k.want.keys()])].every((key) => (held.get(key) ?? 0) === (k.want.get(key) ?? 0));
    const inSync =
      !k.frozen && sameUnits && addressMatches(c.address, destination.address) && option.kind === 'select' && c.selectedShippingOption?.id === option.optionId;
    return {
      destinationId: destination.id,
      draft: k.frozen,
      consignmentId: c.id,
      inSync,
      availableOptions: c.availableShippingOptions ?? [],
      selectedOption: c.selectedShippingOption ?? null,
      option,
    };
  });
  const unallocated = items.reduce((sum, a) => sum + a.left, 0);
  return { items, destinations, unallocated, complete: isComplete(truth) };
}
