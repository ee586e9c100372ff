// What the shopper typed that the engine does not hold yet: an address form not submitted, a
// quantity that is not a valid number. Kept beside the engine's intent, so a reload loses nothing.
import type { AddressFields } from '../core/index.js';
import type { KeyValueStorage } from '../sync/index.js';

export type ShippingMode = 'one' | 'multiple';

export interface AddressDraft {
  readonly address: AddressFields;
  /** The saved address picked in the form, 'new' for "a new address". */
  readonly saved?: number | 'new';
}

export interface Drafts {
  readonly mode?: ShippingMode;
  /** Address forms open for editing, by destination id, with what is typed in them. */
  readonly forms: Readonly<Record<string, AddressDraft>>;
  /** Quantity texts that are not a quantity (yet), by destination id and item key. */
  readonly quantities: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

export const noDrafts: Drafts = { forms: {}, quantities: {} };

const key = (checkoutId: string) => `split-ship-drafts:${checkoutId}`;

export function readDrafts(storage: KeyValueStorage | null, checkoutId: string): Drafts {
  try {
    const parsed = JSON.parse(storage?.getItem(key(checkoutId)) ?? 'null') as Partial<Drafts> | null;
    if (!parsed || typeof parsed !== 'object') return noDrafts;
    return {
      ...(parsed.mode === 'one' || parsed.mode === 'multiple' ? { mode: parsed.mode } : {}),
      forms: typeof parsed.forms === 'object' && parsed.forms ? parsed.forms : {},
      quantities: typeof parsed.quantities === 'object' && parsed.quantities ? parsed.quantities : {},
    };
  } catch {
    return noDrafts;
  }
}

export function writeDrafts(storage: KeyValueStorage | null, checkoutId: string, drafts: Drafts): void {
  try {
    storage?.setItem(key(checkoutId), JSON.stringify(drafts));
  } catch {
    // Quota or privacy mode: drafts then live as long as the page.
  }
}

/** Drafts of destinations that no longer exist are dropped. */
export function pruneDrafts(drafts: Drafts, ids: ReadonlySet<string>): Drafts {
  const keep = <T>(record: Readonly<Record<string, T>>) => Object.fromEntries(Object.entries(record).filter(([id]) => ids.has(id)));
  return { ...drafts, forms: keep(drafts.forms), quantities: keep(drafts.quantities) };
}
