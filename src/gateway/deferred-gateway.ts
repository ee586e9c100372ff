// A CheckoutGateway whose implementation arrives later (a module loaded on demand): calls wait for
// it; the synchronous reads answer empty until it is there (the engine reads them only after load).
import type { AddressFormField, CheckoutTruth, LineItemRef, AddressFields, ShippingCountry } from '../core/index.js';
import { GatewayError, type CheckoutGateway, type ConsignmentDraft, type SavedAddress } from './gateway.js';

export class DeferredGateway implements CheckoutGateway {
  private gateway: CheckoutGateway | undefined;
  private readonly ready: Promise<CheckoutGateway>;

  constructor(make: () => Promise<CheckoutGateway>) {
    this.ready = make().then(
      (gateway) => (this.gateway = gateway),
      (error: unknown) => {
        // The module did not arrive (offline, a stale deploy): like a store that does not answer.
        throw new GatewayError('network', 'split-ship could not load its GraphQL gateway', 0, String(error), { cause: error });
      },
    );
    // A failure is reported by the first call; do not also report it as unhandled.
    this.ready.catch(() => undefined);
  }

  load(): Promise<CheckoutTruth> {
    return this.ready.then((g) => g.load());
  }
  createConsignments(consignments: readonly ConsignmentDraft[]): Promise<CheckoutTruth> {
    return this.ready.then((g) => g.createConsignments(consignments));
  }
  updateConsignment(consignmentId: string, change: { address?: AddressFields; lineItems?: readonly LineItemRef[] }): Promise<CheckoutTruth> {
    return this.ready.then((g) => g.updateConsignment(consignmentId, change));
  }
  deleteConsignment(consignmentId: string): Promise<CheckoutTruth> {
    return this.ready.then((g) => g.deleteConsignment(consignmentId));
  }
  selectShippingOption(consignmentId: string, shippingOptionId: string): Promise<CheckoutTruth> {
    return this.ready.then((g) => g.selectShippingOption(consignmentId, shippingOptionId));
  }
  addressFields(countryCode: string): readonly AddressFormField[] {
    return this.gateway?.addressFields(countryCode) ?? [];
  }
  shippingCountries(): readonly ShippingCountry[] {
    return this.gateway?.shippingCountries() ?? [];
  }
  defaultCountry(): string | undefined {
    return this.gateway?.defaultCountry?.();
  }
  savedAddresses(): readonly SavedAddress[] {
    return this.gateway?.savedAddresses() ?? [];
  }
  watch(listener: () => void): () => void {
    return this.gateway?.watch?.(listener) ?? (() => undefined);
  }
}
