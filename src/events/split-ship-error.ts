/** What went wrong, for the host page's logs; the shopper reads a translated sentence instead. */
export interface SplitShipErrorInfo {
  /** invalid, conflict, unavailable, empty-cart, network, not-converging, option-unavailable, no-options, load */
  readonly kind: string;
  /** The technical message (the API's title, or the engine's explanation). */
  readonly message: string;
}

export interface SplitShipErrorDetail {
  readonly error: SplitShipErrorInfo;
  /** The destination the error belongs to, when it belongs to one. */
  readonly destinationId?: string;
}

/** Fired for anything the shopper must know: a refused address, a store that is not answering. */
export class SplitShipErrorEvent extends CustomEvent<SplitShipErrorDetail> {
  static readonly type = 'split-ship-error';
  constructor(detail: SplitShipErrorDetail) {
    super(SplitShipErrorEvent.type, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'split-ship-error': SplitShipErrorEvent;
  }
}
