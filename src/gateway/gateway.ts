// The engine's only door to the API. Every call answers the whole new checkout (the API does),
// or throws a GatewayError whose kind tells the engine what to do next.
import type { AddressFields, AddressFormField, CheckoutTruth, LineItemRef, SavedAddress, ShippingCountry } from '../core/index.js';

/**
 * - invalid: the API refused the request as it stands (400/404/422); resending will not help.
 * - conflict: the checkout changed elsewhere (409); reload and plan again.
 * - unavailable: the store failed (5xx, 429); retry later. Usually nothing was applied, but a
 *   proxy's 502/504 can follow a write the store made, so the engine reads before writing again.
 * - empty-cart: there is nothing left to ship.
 * - network: no answer (timeout, connection lost); the write may or may not have happened.
 */
export type GatewayErrorKind = 'invalid' | 'conflict' | 'unavailable' | 'empty-cart' | 'network';

export class GatewayError extends Error {
  override readonly name = 'GatewayError';
  constructor(
    readonly kind: GatewayErrorKind,
    message: string,
    readonly status: number,
    readonly detail?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export interface ConsignmentDraft {
  readonly address: AddressFields;
  readonly lineItems: readonly LineItemRef[];
}

export interface CheckoutGateway {
  /**
   * Reads the checkout (with shipping options) as the API holds it now, and, the first time,
   * the store's address fields.
   */
  load(): Promise<CheckoutTruth>;
  /**
   * True when every answer is the checkout exactly as the API answered it. Otherwise the
   * checkout a write answers may keep fields of earlier answers that this answer left out (the
   * SDK merges answers), and the engine confirms with load() before it calls a sync done.
   */
  readonly wholeAnswers?: boolean;
  createConsignments(consignments: readonly ConsignmentDraft[]): Promise<CheckoutTruth>;
  updateConsignment(consignmentId: string, change: { address?: AddressFields; lineItems?: readonly LineItemRef[] }): Promise<CheckoutTruth>;
  deleteConsignment(consignmentId: string): Promise<CheckoutTruth>;
  selectShippingOption(consignmentId: string, shippingOptionId: string): Promise<CheckoutTruth>;
  /** The store's shipping address fields for one country (after load). */
  addressFields(countryCode: string): readonly AddressFormField[];
  /** The countries the store ships to, with their subdivisions (after load). */
  shippingCountries(): readonly ShippingCountry[];
  /** The country a new address starts in (the store's own, when the gateway knows it). */
  defaultCountry?(): string | undefined;
  /** The signed-in customer's saved addresses (empty for a guest), after load. */
  savedAddresses(): readonly SavedAddress[];
  /**
   * Calls back when what the gateway knows changed outside the engine (the host page signed the
   * shopper in through a shared service, so the saved addresses changed); returns the unsubscribe.
   */
  watch?(listener: () => void): () => void;
}

/** What a page tells split-ship about where its checkout is. */
export interface ConnectOptions {
  /** Default: the session's checkout. */
  readonly checkoutId?: string;
  /** The API's origin or base path (a headless storefront's same-origin proxy). */
  readonly host?: string;
  /** An existing checkout service of the page's to share (for the SDK gateway). */
  readonly service?: unknown;
  /** The store's GraphQL Storefront endpoint: with a storefront token, the GraphQL gateway is used. */
  readonly graphqlEndpoint?: string;
  /** A storefront token that allows this page's origin (GraphQL gateway). */
  readonly storefrontToken?: string;
  /** A signed-in shopper's customer access token (GraphQL gateway, optional). */
  readonly customerAccessToken?: string;
}

/** Makes the gateway a widget talks through; the define entry chooses which one. */
export type Connect = (options: ConnectOptions) => CheckoutGateway;

export type { SavedAddress } from '../core/index.js';

/** Maps anything the SDK throws (RequestError, its subclasses, a bare response) to a kind. */
export function toGatewayError(error: unknown): GatewayError {
  if (error instanceof GatewayError) return error;
  const e = (error ?? {}) as { status?: unknown; body?: unknown; type?: unknown; name?: unknown; message?: unknown };
  const status = typeof e.status === 'number' ? e.status : -1;
  const body = (typeof e.body === 'object' && e.body !== null ? e.body : {}) as { type?: unknown; title?: unknown; detail?: unknown };
  const title = typeof body.title === 'string' && body.title !== '' ? body.title : typeof e.message === 'string' ? e.message : 'Request failed';
  const detail = typeof body.detail === 'string' ? body.detail : undefined;
  const make = (kind: GatewayErrorKind) => new GatewayError(kind, title, status, detail, { cause: error });
  if (e.type === 'empty_cart' || body.type === 'empty_cart' || e.name === 'EmptyCartError') return make('empty-cart');
  if (status === 0 || e.type === 'timeout' || e.name === 'TimeoutError') return make('network');
  if (status === 409) return make('conflict');
  if (status >= 500 || status === 429) return make('unavailable');
  if (status >= 400) return make('invalid');
  // Not a response at all (a bug, or the SDK refusing before sending): nothing was sent.
  return make('invalid');
}
