// CheckoutGateway over the checkout SDK's CheckoutService. Exact quantities only: the SDK's
// assignItemsToAddress merges equal addresses and miscounts items already in a consignment.
import { createCheckoutService } from '@bigcommerce/checkout-sdk/essential';
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
  }

  /** Runs one SDK call with a timeout that aborts its XHR; answers the checkout it left. */
  private async call(send: (options: RequestOptions) => Promise<unknown>, service: CheckoutService = this.service): Promise<CheckoutTruth> {
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
    return this.truth(service);
  }

  private truth(service: CheckoutService): CheckoutTruth {
    const checkout = service.getState().data.getCheckout();
    if (!checkout) throw toGatewayError(new Error('The checkout did not load'));
    this.checkoutId = checkout.id;
    return checkout;
  }

  /**
   * The first load fills the service the writes go through. Later loads read through a fresh
   * service: the SDK merges every answer into what it held (objectMerge), so a key the API
   * leaves out — `selectedShippingOption` once a write dropped it — would keep its old value.
   */
  async load(): Promise<CheckoutTruth> {
    if (!this.loaded) {
      try {
        await Promise.all([this.service.loadShippingAddressFields(), this.service.loadShippingCountries()]);
      } catch (error) {
        throw toGatewayError(error);
      }
      const truth = await this.call((options) => this.service.loadCheckout(this.checkoutId, options));
      this.loaded = true;
      return truth;
    }
    const reader = createCheckoutService(this.host ? { host: this.host } : {});
    const truth = await this.call((options) => reader.loadCheckout(this.checkoutId, options), reader);
    await this.forgetStaleFields(reader);
    return truth;
  }

  /**
   * Puts the fresh read into the service the writes go through, with the keys the API left out
   * set to undefined so the merge clears them. Without this the SDK skips a selection it
   * believes is already made (selectConsignmentShippingOption checks its own state first).
   */
  private async forgetStaleFields(reader: CheckoutService): Promise<void> {
    const fresh = reader.getState().data.getCheckout();
    if (!fresh || typeof this.service.hydrateInitialState !== 'function') return;
    const consignments = fresh.consignments.map((c) => ({ selectedShippingOption: undefined, selectedPickupOption: undefined, ...c }));
    try {
      await this.service.hydrateInitialState({ checkout: { ...fresh, consignments } });
    } catch {
      // An SDK without hydration keeps its merged state; the engine still converges by reading.
    }
  }

  createConsignments(consignments: readonly ConsignmentDraft[]): Promise<CheckoutTruth> {
    const body = consignments.map((c) => ({ address: toAddressBody(c.address), lineItems: c.lineItems.map((l) => ({ ...l })) }));
    return this.call((options) => this.service.createConsignments(body, options));
  }

  updateConsignment(consignmentId: string, change: { address?: AddressFields; lineItems?: readonly LineItemRef[] }): Promise<CheckoutTruth> {
    const body = {
      id: consignmentId,
      ...(change.address ? { address: toAddressBody(change.address) } : {}),
      ...(change.lineItems ? { lineItems: change.lineItems.map((l) => ({ ...l })) } : {}),
    };
    return this.call((options) => this.service.updateConsignment(body, options));
  }

  deleteConsignment(consignmentId: string): Promise<CheckoutTruth> {
    return this.call((options) => this.service.deleteConsignment(consignmentId, options));
  }

  selectShippingOption(consignmentId: string, shippingOptionId: string): Promise<CheckoutTruth> {
    return this.call((options) => this.service.selectConsignmentShippingOption(consignmentId, shippingOptionId, options));
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
