// CheckoutGateway over the checkout SDK's CheckoutService. Exact quantities only: the SDK's
// assignItemsToAddress merges equal addresses and miscounts items already in a consignment.
import { createCheckoutService, type Checkout } from '@bigcommerce/checkout-sdk/essential';
import type { AddressFields, AddressFormField, CheckoutTruth, LineItemRef, ShippingCountry } from '../core/index.js';
import { toGatewayError, type CheckoutGateway, type ConnectOptions, type ConsignmentDraft, type SavedAddress } from './gateway.js';

export type CheckoutService = ReturnType<typeof createCheckoutService>;
type RequestOptions = NonNullable<Parameters<CheckoutService['createConsignments']>[1]>;
type AddressRequestBody = NonNullable<Parameters<CheckoutService['updateConsignment']>[0]['address']>;

export interface SdkGatewayOptions {
  /** An existing service to share with the rest of the page; else one is created. */
  readonly service?: CheckoutService;
  /** Default: the session's checkout, as the SDK finds it. */
  readonly checkoutId?: string;
  /** Passed to the SDK as `host` (a headless storefront's same-origin proxy). */
  readonly host?: string;
  /** A request still unanswered after this long is aborted and counts as a network error. */
  readonly requestTimeoutMs?: number;
}

const INCLUDE_OPTIONS = { include: ['consignments.availableShippingOptions'] };

function toAddressBody(address: AddressFields): AddressRequestBody {
  return {
    firstName: address.firstName ?? '',
    lastName: address.lastName ?? '',
    company: address.company ?? '',
    address1: address.address1 ?? '',
    address2: address.address2 ?? '',
    city: address.city ?? '',
    stateOrProvince: address.stateOrProvince ?? '',
    stateOrProvinceCode: address.stateOrProvinceCode ?? '',
    countryCode: address.countryCode,
    postalCode: address.postalCode ?? '',
    phone: address.phone ?? '',
    customFields: (address.customFields ?? []).map((f) => ({
      fieldId: f.fieldId,
      fieldValue: Array.isArray(f.fieldValue) ? [...f.fieldValue] : (f.fieldValue as string | number),
    })),
  };
}

export class SdkGateway implements CheckoutGateway {
  readonly service: CheckoutService;
  private checkoutId: string | undefined;
  private loaded = false;
  private readonly timeoutMs: number;
  private readonly host: string | undefined;

  constructor(options: SdkGatewayOptions = {}) {
    this.host = options.host;
    this.service = options.service ?? createCheckoutService(this.host ? { host: this.host } : {});
    this.checkoutId = options.checkoutId;
    this.timeoutMs = options.requestTimeoutMs ?? 20_000;
    this.canForget = typeof this.service.hydrateInitialState === 'function';
  }

  /** Runs one SDK call with a timeout that aborts its XHR; answers the checkout it left. */
  private async call(send: (options: RequestOptions) => Promise<unknown>): Promise<CheckoutTruth> {
    await this.request(send);
    return this.truth();
  }

  /** One SDK call with a timeout that aborts its XHR. */
  private async request(send: (options: RequestOptions) => Promise<unknown>): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The request sender aborts the XHR when this promise settles (it accepts a promise).
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, this.timeoutMs);
    });
    try {
      await send({ timeout: timeout as unknown as RequestOptions['timeout'], params: INCLUDE_OPTIONS } as RequestOptions);
    } catch (error) {
      throw toGatewayError(error);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * A write's request leaves first, and what its answer may leave out is cleared while it is in
   * flight: the SDK sends a consignment write at once (on its own queue) and merges the answer
   * only when it comes back, so clearing first only held the request back by a dispatch of the
   * whole state. The clearing goes through the SDK's default queue: if another action there (a
   * page's own loadCheckout) held it back until after the answer, the answer was merged into
   * uncleared state, and the checkout is read again instead of trusted.
   */
  private async write(send: (options: RequestOptions) => Promise<unknown>): Promise<CheckoutTruth> {
    let answered = false;
    const answer = this.request(send).finally(() => {
      answered = true;
    });
    // Handled below; this only keeps a fast failure from being reported as unhandled meanwhile.
    answer.catch(() => undefined);
    await this.forgetOmittable();
    const clearedFirst = !answered;
    await answer;
    return clearedFirst || !this.canForget ? this.truth() : this.read();
  }

  private truth(): CheckoutTruth {
    const checkout = this.service.getState().data.getCheckout();
    if (!checkout) throw toGatewayError(new Error('The checkout did not load'));
    this.checkoutId = checkout.id;
    return checkout;
  }

  /**
   * The first load fills the service the writes go through, or, when the page's service already
   * holds this checkout, reads it again (one request: the store's settings and form fields are
   * there). The store's countries load alongside. Every later read goes through the same service
   * after the fields an answer may leave out are cleared (see `forgetOmittable`), so it is one
   * request, not three (a fresh service would fetch checkout-settings and form fields first).
   */
  async load(): Promise<CheckoutTruth> {
    if (this.loaded) return this.read();
    const held = this.service.getState().data;
    const pageLoaded = held.getConfig() !== undefined && held.getCheckout() !== undefined && (this.checkoutId === undefined || held.getCheckout()!.id === this.checkoutId);
    const countries = this.service.loadShippingCountries().catch((error: unknown) => {
      throw toGatewayError(error);
    });
    const checkout = pageLoaded ? this.read() : this.call((options) => this.service.loadCheckout(this.checkoutId, options));
    const [, truth] = await Promise.all([countries, checkout]);
    this.loaded = true;
    return truth;
  }

  /** Re-reads the checkout through the writing service, exactly as the API answers it. */
  private async read(): Promise<CheckoutTruth> {
    await this.forgetOmittable();
    return this.call((options) => this.service.loadShippingOptions(options));
  }

  /**
   * Every answer answers the checkout as the API sent it: nothing kept from an earlier answer
   * (when the SDK can be hydrated, which clears what an answer may leave out before each call).
   */
  get wholeAnswers(): boolean {
    return this.canForget;
  }

  private canForget: boolean;

  /**
   * The SDK merges every answer into what it holds (objectMerge per consignment id), so a key the
   * API leaves out — `selectedShippingOption` once a write dropped it — would keep its old value,
   * and selectConsignmentShippingOption would then send nothing for an option it believes is
   * selected. Clearing those keys before each request makes the merged answer the answer.
   */
  private async forgetOmittable(): Promise<void> {
    const held = this.service.getState().data.getConsignments();
    // Nothing to forget (no checkout yet, or no selection an answer could leave out): no dispatch.
    if (!held?.some((c) => c.selectedShippingOption || c.selectedPickupOption) || !this.canForget) return;
    const consignments = held.map((c) => ({ ...c, selectedShippingOption: undefined, selectedPickupOption: undefined }));
    try {
      // Only the consignments: every other part keeps what it holds when the payload lacks it,
      // and the whole checkout would be deep-cloned on the way (the checkout reducer's omit).
      await this.service.hydrateInitialState({ checkout: { consignments } as unknown as Checkout });
    } catch {
      // An SDK that cannot be hydrated keeps merged answers; the engine then confirms by reading.
      this.canForget = false;
    }
  }

  createConsignments(consignments: readonly ConsignmentDraft[]): Promise<CheckoutTruth> {
    const body = consignments.map((c) => ({ address: toAddressBody(c.address), lineItems: c.lineItems.map((l) => ({ ...l })) }));
    return this.write((options) => this.service.createConsignments(body, options));
  }

  updateConsignment(consignmentId: string, change: { address?: AddressFields; lineItems?: readonly LineItemRef[] }): Promise<CheckoutTruth> {
    const body = {
      id: consignmentId,
      ...(change.address ? { address: toAddressBody(change.address) } : {}),
      ...(change.lineItems ? { lineItems: change.lineItems.map((l) => ({ ...l })) } : {}),
    };
    return this.write((options) => this.service.updateConsignment(body, options));
  }

  deleteConsignment(consignmentId: string): Promise<CheckoutTruth> {
    return this.write((options) => this.service.deleteConsignment(consignmentId, options));
  }

  async selectShippingOption(consignmentId: string, shippingOptionId: string): Promise<CheckoutTruth> {
    // The SDK sends nothing when what it holds already shows this option selected. What it holds
    // matches the last answer, unless the page's own reads merged a selection the store has
    // since dropped: then forget first, so the request leaves.
    const held = this.service.getState().data.getConsignments()?.find((c) => c.id === consignmentId);
    if (held?.selectedShippingOption?.id === shippingOptionId) await this.forgetOmittable();
    return this.write((options) => this.service.selectConsignmentShippingOption(consignmentId, shippingOptionId, options));
  }

  savedAddresses(): readonly SavedAddress[] {
    const customer = this.service.getState().data.getCustomer();
    return (customer?.addresses ?? []).map(({ id, ...address }) => ({ id, address }));
  }

  addressFields(countryCode: string): readonly AddressFormField[] {
    return this.service.getState().data.getShippingAddressFields(countryCode);
  }

  shippingCountries(): readonly ShippingCountry[] {
    return this.service.getState().data.getShippingCountries() ?? [];
  }

  /** The store's own country (the shopper's located country, which BigCommerce's checkout starts with, is private to the SDK). */
  defaultCountry(): string | undefined {
    return this.service.getState().data.getConfig()?.storeProfile.storeCountryCode || undefined;
  }

  /** The shared service changed the customer (a sign-in or sign-out by the host page). */
  watch(listener: () => void): () => void {
    return this.service.subscribe(listener, (state) => state.data.getCustomer());
  }
}

/** The REST gateway over the SDK: the default for a BigCommerce-hosted storefront. */
export function connectSdk(options: ConnectOptions): SdkGateway {
  return new SdkGateway({
    ...(options.checkoutId ? { checkoutId: options.checkoutId } : {}),
    ...(options.host ? { host: options.host } : {}),
    ...(options.service ? { service: options.service as CheckoutService } : {}),
  });
}
