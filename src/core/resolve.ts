// Turns the shopper's intent into what each consignment should hold, given today's cart:
// quantities are capped to what the cart has (earlier destinations first), destinations whose
// address cannot be sent yet stay drafts, and every consignment is either wanted by exactly one
// destination or unwanted.
import { holdings, type Holdings } from './holdings.js';
import type { DestinationIntent, Intent, Links } from './intent.js';
import { shippableItems, type ItemKey, type ShippableItem } from './items.js';
import type { CheckoutTruth, TruthConsignment } from './truth.js';

export interface Wanted {
  readonly destination: DestinationIntent;
  /** Units to ship there, capped to the cart; never empty. */
  readonly want: ReadonlyMap<ItemKey, number>;
}

export interface Resolved {
  readonly items: ReadonlyMap<ItemKey, ShippableItem>;
  readonly holdings: Holdings;
  /** Consignments that stay, each with the destination that wants it, in the checkout's order. */
  readonly kept: readonly (Wanted & { readonly consignment: TruthConsignment; readonly frozen: boolean })[];
  /** Sendable destinations with no consignment yet, in the shopper's order. */
  readonly created: readonly Wanted[];
  /** Consignments no destination wants (with the destination that had it, if any). */
  readonly unwanted: readonly { readonly consignment: TruthConsignment; readonly destinationId: string | null }[];
  /** Destinations that cannot be sent yet (invalid address) or have no units left. */
  readonly drafts: readonly DestinationIntent[];
}

export type IsSendable = (destination: DestinationIntent) => boolean;

export const hasCountry: IsSendable = (destination) => (destination.address.countryCode ?? '').trim() !== '';

export function resolve(truth: CheckoutTruth, intent: Intent, links: Links, isSendable: IsSendable = hasCountry): Resolved {
  const items = shippableItems(truth);
  const held = holdings(truth);
  const byId = new Map(truth.consignments.map((c) => [c.id, c] as const));
  const remaining = new Map<ItemKey, number>([...items].map(([key, item]) => [key, item.quantity]));
  const claimed = new Map<string, string>();
  const linkOf = (destination: DestinationIntent): TruthConsignment | undefined => {
    const id = links[destination.id];
    if (id === undefined || !byId.has(id)) return undefined;
    const owner = claimed.get(id);
    if (owner !== undefined && owner !== destination.id) return undefined;
    claimed.set(id, destination.id);
    return byId.get(id);
  };

  const kept: (Wanted & { consignment: TruthConsignment; frozen: boolean })[] = [];
  const unwantedIds = new Map<string, string | null>();
  const drafts: DestinationIntent[] = [];
  // A consignment whose destination turned invalid keeps what it holds: the shopper is mid-edit.
  const sendable = new Set<string>();
  for (const destination of intent.destinations) {
    if (isSendable(destination)) {
      sendable.add(destination.id);
      continue;
    }
    drafts.push(destination);
    const consignment = linkOf(destination);
    if (!consignment) continue;
    const want = new Map(held.byConsignment.get(consignment.id) ?? []);
    for (const [key, units] of want) remaining.set(key, Math.max(0, (remaining.get(key) ?? 0) - units));
    kept.push({ destination, want, consignment, frozen: true });
  }
  const created: Wanted[] = [];
  for (const destination of intent.destinations) {
    if (!sendable.has(destination.id)) continue;
    const want = new Map<ItemKey, number>();
    for (const [key, asked] of Object.entries(destination.items)) {
      const left = remaining.get(key) ?? 0;
      const units = Math.min(Math.max(0, Math.floor(asked)), left);
      if (units <= 0) continue;
      want.set(key, units);
      remaining.set(key, left - units);
    }
    const consignment = linkOf(destination);
    if (want.size === 0) {
      drafts.push(destination);
      if (consignment) unwantedIds.set(consignment.id, destination.id);
    } else if (consignment) {
      kept.push({ destination, want, consignment, frozen: false });
    } else {
      created.push({ destination, want });
    }
  }
  const keptIds = new Set(kept.map((k) => k.consignment.id));
  const unwanted = truth.consignments
    .filter((c) => !keptIds.has(c.id))
    .map((consignment) => ({ consignment, destinationId: unwantedIds.get(consignment.id) ?? null }));
  const order = new Map(truth.consignments.map((c, index) => [c.id, index] as const));
  kept.sort((a, b) => order.get(a.consignment.id)! - order.get(b.consignment.id)!);
  return { items, holdings: held, kept, created, unwanted, drafts };
}
