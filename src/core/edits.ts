// What the shopper's actions do to the intent. Pure: the widget turns a click into one of these,
// the engine writes the result.
import type { ItemAllocation } from './derive.js';
import type { DestinationIntent, Intent } from './intent.js';
import type { ItemKey } from './items.js';
import type { AddressFields } from './truth.js';

/** An address with nothing in it yet: the shopper has not given one. */
export const noAddress: AddressFields = { countryCode: '' };

export function hasAddress(destination: DestinationIntent): boolean {
  return (destination.address.countryCode ?? '').trim() !== '';
}

function update(intent: Intent, id: string, change: (d: DestinationIntent) => DestinationIntent): Intent {
  return { destinations: intent.destinations.map((d) => (d.id === id ? change(d) : d)) };
}

function withoutZeros(items: Readonly<Record<ItemKey, number>>): Record<ItemKey, number> {
  return Object.fromEntries(Object.entries(items).filter(([, units]) => units > 0));
}

export function addDestination(intent: Intent, id: string, address: AddressFields = noAddress, after?: string): Intent {
  const added: DestinationIntent = { id, address, items: {} };
  const at = after === undefined ? -1 : intent.destinations.findIndex((d) => d.id === after);
  const destinations = [...intent.destinations];
  destinations.splice(at < 0 ? destinations.length : at + 1, 0, added);
  return { destinations };
}

/** A second destination at the same address, right after it, with no items yet: the two stay two. */
export function duplicateDestination(intent: Intent, id: string, newId: string): Intent {
  const source = intent.destinations.find((d) => d.id === id);
  if (!source) return intent;
  const copy = addDestination(intent, newId, source.address, id);
  return source.savedAddressId === undefined ? copy : update(copy, newId, (d) => ({ ...d, savedAddressId: source.savedAddressId! }));
}

export function removeDestination(intent: Intent, id: string): Intent {
  return { destinations: intent.destinations.filter((d) => d.id !== id) };
}

/** A new address drops the chosen option: what the store offers depends on the address. */
export function setAddress(intent: Intent, id: string, address: AddressFields, savedAddressId?: number): Intent {
  return update(intent, id, (d) => {
    const { shippingOptionId: _option, savedAddressId: _saved, ...rest } = d;
    return { ...rest, address, ...(savedAddressId === undefined ? {} : { savedAddressId }) };
  });
}

export function setUnits(intent: Intent, id: string, key: ItemKey, units: number): Intent {
  return update(intent, id, (d) => ({ ...d, items: withoutZeros({ ...d.items, [key]: Math.max(0, Math.floor(units)) }) }));
}

/** "Ship all remaining here": every unit no destination has yet goes to this one. */
export function fillRemaining(intent: Intent, id: string, items: readonly ItemAllocation[]): Intent {
  return update(intent, id, (d) => {
    const next: Record<ItemKey, number> = { ...d.items };
    for (const { item, left } of items) if (left > 0) next[item.key] = (next[item.key] ?? 0) + left;
    return { ...d, items: next };
  });
}

export function clearUnits(intent: Intent, id: string): Intent {
  return update(intent, id, (d) => ({ ...d, items: {} }));
}

export function chooseOption(intent: Intent, id: string, shippingOptionId: string): Intent {
  return update(intent, id, (d) => ({ ...d, shippingOptionId }));
}

/** Every unit of every item, as one destination's quantities. */
export function allUnits(items: readonly ItemAllocation[]): Record<ItemKey, number> {
  return Object.fromEntries(items.filter((a) => a.item.quantity > 0).map((a) => [a.item.key, a.item.quantity]));
}

/**
 * One address for everything: the first destination keeps its address and option and gets every
 * unit; the others go. With no destination yet, `newId` is made (its address still to give).
 */
export function shipEverythingTo(intent: Intent, items: readonly ItemAllocation[], newId: string): Intent {
  const first = intent.destinations[0] ?? { id: newId, address: noAddress, items: {} };
  return { destinations: [{ ...first, items: allUnits(items) }] };
}

/** True when the intent already is "everything to its only destination". */
export function isEverythingToOne(intent: Intent, items: readonly ItemAllocation[]): boolean {
  const [only, ...rest] = intent.destinations;
  if (!only || rest.length > 0) return false;
  const all = allUnits(items);
  const keys = new Set([...Object.keys(all), ...Object.keys(withoutZeros(only.items))]);
  return [...keys].every((key) => (all[key] ?? 0) === (only.items[key] ?? 0));
}
