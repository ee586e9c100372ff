// What the shopper wants: ordered destinations, each an address, the units of each item to send
// there and the chosen shipping option. The engine owns which consignment stands for which
// destination (links), because consignment ids are the API's business, not the shopper's.
import type { ItemKey } from './items.js';
import type { AddressFields } from './truth.js';

export interface DestinationIntent {
  /** Client id, stable for the life of the destination (not a consignment id). */
  readonly id: string;
  readonly address: AddressFields;
  /** Set when the address is one of the signed-in customer's saved addresses. */
  readonly savedAddressId?: number;
  /** Units of each item to ship here; a missing key means none. */
  readonly items: Readonly<Record<ItemKey, number>>;
  /** The chosen shipping option; undefined means "recommended". */
  readonly shippingOptionId?: string;
}

export interface Intent {
  readonly destinations: readonly DestinationIntent[];
}

/** Destination id → consignment id. */
export type Links = Readonly<Record<string, string>>;

export const emptyIntent: Intent = { destinations: [] };

/** Units of `key` the intent asks for over all destinations. */
export function intendedUnits(intent: Intent, key: ItemKey): number {
  let sum = 0;
  for (const destination of intent.destinations) sum += Math.max(0, Math.floor(destination.items[key] ?? 0));
  return sum;
}
