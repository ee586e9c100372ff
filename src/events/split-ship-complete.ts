import type { CheckoutTruth } from '../core/index.js';

export interface SplitShipCompleteDetail {
  /** The checkout as the API answered it, with every consignment and its selected option. */
  readonly checkout: CheckoutTruth;
}

/**
 * Fired when every shippable unit is allocated and every destination has an available option
 * (go on to payment), and again after each later change that leaves it so, with the checkout as
 * it is then (a new option changes the shipping cost).
 */
export class SplitShipCompleteEvent extends CustomEvent<SplitShipCompleteDetail> {
  static readonly type = 'split-ship-complete';
  constructor(detail: SplitShipCompleteDetail) {
    super(SplitShipCompleteEvent.type, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'split-ship-complete': SplitShipCompleteEvent;
  }
}
