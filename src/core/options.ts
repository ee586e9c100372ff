// Which shipping option a consignment should have selected.
import type { TruthConsignment } from './truth.js';

export type OptionTarget =
  | { readonly kind: 'select'; readonly optionId: string }
  /** The shopper's chosen option is no longer offered for this address and items. */
  | { readonly kind: 'unavailable'; readonly optionId: string }
  /** The store offers no option for this address (no zone or method serves it). */
  | { readonly kind: 'none-offered' };

/**
 * The chosen option when it is offered; for "recommended" (undefined), the option already
 * selected while it is still offered, else the one the store recommends, else the first.
 */
export function optionTarget(consignment: TruthConsignment, chosen: string | undefined): OptionTarget {
  const offered = consignment.availableShippingOptions ?? [];
  if (chosen !== undefined) {
    return offered.some((o) => o.id === chosen) ? { kind: 'select', optionId: chosen } : { kind: 'unavailable', optionId: chosen };
  }
  if (offered.length === 0) return { kind: 'none-offered' };
  const selected = consignment.selectedShippingOption?.id;
  if (selected !== undefined && offered.some((o) => o.id === selected)) return { kind: 'select', optionId: selected };
  const pick = offered.find((o) => o.isRecommended) ?? offered[0]!;
  return { kind: 'select', optionId: pick.id };
}
