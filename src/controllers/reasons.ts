// Why the shipping step cannot go on yet, in the order a shopper would fix things. The widget
// shows each as a button that takes the shopper to the control that fixes it.
import { hasAddress, type ItemKey } from '../core/index.js';
import type { SyncError, SyncState } from '../sync/index.js';

export type Reason =
  | { readonly kind: 'needs-address'; readonly destinationId: string }
  | { readonly kind: 'needs-items'; readonly destinationId: string }
  | { readonly kind: 'error'; readonly destinationId: string; readonly error: SyncError }
  | { readonly kind: 'unallocated'; readonly units: number; readonly itemKey: ItemKey }
  | { readonly kind: 'saving' };

export function reasons(state: SyncState): Reason[] {
  if (!state.loaded || !state.derived) return [];
  const list: Reason[] = [];
  state.intent.destinations.forEach((destination, index) => {
    const view = state.destinations[index];
    const units = Object.values(destination.items).reduce((sum, n) => sum + Math.max(0, n), 0);
    if (!hasAddress(destination) || (view && view.problems.length > 0)) list.push({ kind: 'needs-address', destinationId: destination.id });
    else if (units === 0) list.push({ kind: 'needs-items', destinationId: destination.id });
    else if (view?.error) list.push({ kind: 'error', destinationId: destination.id, error: view.error });
  });
  const firstLeft = state.derived.items.find((a) => a.left > 0);
  if (firstLeft) list.push({ kind: 'unallocated', units: state.derived.unallocated, itemKey: firstLeft.item.key });
  if (list.length === 0 && !state.complete) list.push({ kind: 'saving' });
  return list;
}

/** Complete as the shopper sees it: the checkout holds everything and no destination is left half-made. */
export function isReady(state: SyncState): boolean {
  return state.loaded && state.complete && reasons(state).length === 0;
}
