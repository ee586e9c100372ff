// A CheckoutGateway over the test API model, with seeded faults like the emulator's: 5xx and
// 409 apply nothing; a timeout applies the write half the time and then reports nothing.
import type { AddressFormField, CheckoutTruth, ShippingCountry } from '../../src/core/index.js';
import { GatewayError, type CheckoutGateway, type ConsignmentDraft, type SavedAddress } from '../../src/gateway/gateway.js';
import { ApiError, type ApiModel } from '../core/api-model.js';
import { seeded } from '../support/seeded.js';

export interface ModelFaults {
  errorRate: number;
  timeoutRate: number;
  conflictRate: number;
}


export class ModelGateway implements CheckoutGateway {
  readonly calls: string[] = [];
  /** The model answers exactly; a test sets this to say so, as SdkGateway does when it can. */
  wholeAnswers = false;
  faults: ModelFaults = { errorRate: 0, timeoutRate: 0, conflictRate: 0 };
  fields: readonly AddressFormField[] = [];
  /** The signed-in customer's saved addresses (a guest has none). */
  saved: readonly SavedAddress[] = [];
  private readonly random: () => number;

  constructor(readonly model: ApiModel, seed = 1) {
    this.random = seeded(seed);
  }

  private async run(name: string, write: boolean, apply: () => CheckoutTruth): Promise<CheckoutTruth> {
    this.calls.push(name);
    await Promise.resolve();
    const draw = this.random();
    const { errorRate, timeoutRate, conflictRate } = this.faults;
    if (draw < errorRate) throw new GatewayError('unavailable', 'Service Unavailable', 503);
    if (draw < errorRate + timeoutRate) {
      if (write && this.random() < 0.5) this.safe(apply);
      throw new GatewayError('network', 'The request has timed out or aborted.', 0);
    }
    if (write && draw < errorRate + timeoutRate + conflictRate) throw new GatewayError('conflict', 'Conflict', 409);
    try {
      return apply();
    } catch (error) {
      if (error instanceof ApiError) throw new GatewayError(error.status >= 500 ? 'unavailable' : 'invalid', error.message, error.status);
      throw error;
    }
  }

  private safe(apply: () => CheckoutTruth): void {
    try {
      apply();
    } catch {
      // A refused write that timed out is simply not applied.
    }
  }

  load() {
    return this.run('load', false, () => this.model.truth());
  }
  createConsignments(consignments: readonly ConsignmentDraft[]) {
    return this.run('create', true, () => this.model.create(consignments));
  }
  updateConsignment(id: string, change: Parameters<CheckoutGateway['updateConsignment']>[1]) {
    return this.run('update', true, () => this.model.update(id, change));
  }
  deleteConsignment(id: string) {
    return this.run('delete', true, () => this.model.remove(id));
  }
  selectShippingOption(id: string, optionId: string) {
    return this.run('select', true, () => this.model.select(id, optionId));
  }
  addressFields(): readonly AddressFormField[] {
    return this.fields;
  }
  savedAddresses(): readonly SavedAddress[] {
    return this.saved;
  }
  countries: readonly ShippingCountry[] = [{ code: 'US', name: 'United States', hasPostalCodes: true, requiresState: true, subdivisions: [{ code: 'TX', name: 'Texas' }] }];
  shippingCountries(): readonly ShippingCountry[] {
    return this.countries;
  }
  private readonly watchers = new Set<() => void>();
  watch(listener: () => void): () => void {
    this.watchers.add(listener);
    return () => this.watchers.delete(listener);
  }
  /** The host page signed the shopper in (or out) through a shared service. */
  signIn(saved: readonly SavedAddress[]): void {
    this.saved = saved;
    for (const listener of this.watchers) listener();
  }
}
