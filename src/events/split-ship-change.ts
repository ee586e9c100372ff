import type { AddressFields } from '../core/index.js';

/** One destination as the host page sees it. */
export interface SplitShipDestination {
  /** The widget's id for it (stable while the shopper keeps it; not the API's consignment id). */
  readonly id: string;
  readonly address: AddressFields;
  /** Units per item key. */
  readonly items: Readonly<Record<string, number>>;
  /** The shipping option the checkout has selected for it, if any. */
  readonly shippingOptionId: string | null;
  readonly status: 'draft' | 'saving' | 'saved' | 'error';
}

export interface SplitShipChangeDetail {
  /** Every shippable unit is allocated and every destination has an available option selected. */
  readonly complete: boolean;
  /** Units no destination has yet. */
  readonly unallocated: number;
  readonly destinations: readonly SplitShipDestination[];
}

/** Fired after every settled change (the checkout holds what the shopper sees). */
export class SplitShipChangeEvent extends CustomEvent<SplitShipChangeDetail> {
  static readonly type = 'split-ship-change';
  constructor(detail: SplitShipChangeDetail) {
    super(SplitShipChangeEvent.type, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'split-ship-change': SplitShipChangeEvent;
  }
}
