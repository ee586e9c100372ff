// Binds a <split-ship> element to a sync engine: starts it for the element's checkout, renders on
// every state, turns the shopper's actions into intents, keeps the drafts, and fires the public
// events. The element never sees the gateway; it gets one from the `connect` it is given.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  addDestination,
  chooseOption,
  clearUnits,
  duplicateDestination,
  fillRemaining,
  hasAddress,
  isEverythingToOne,
  removeDestination,
  setAddress,
  setUnits,
  shipEverythingTo,
  type AddressFields,
  type AddressFormField,
  type Derived,
  type Intent,
  type ItemKey,
  type ShippingCountry,
} from '../core/index.js';
import { SplitShipChangeEvent, SplitShipCompleteEvent, SplitShipErrorEvent, type SplitShipChangeDetail } from '../events/index.js';
import { deferredGateway } from '../gateway/deferred-gateway.js';
import type { CheckoutGateway, Connect, ConnectOptions } from '../gateway/gateway.js';
import { defaultStorage, SyncEngine, type KeyValueStorage, type SyncState } from '../sync/index.js';
import { noDrafts, pruneDrafts, readDrafts, writeDrafts, type AddressDraft, type Drafts, type ShippingMode } from './drafts.js';
import { graphqlIncluded } from './build.js';
import { ConfigError, configProblem } from './config.js';
import { isReady } from './reasons.js';

/** How long the engine waits for the shopper to stop stepping or typing a quantity before writing. */
export const QUIET_MS = 400;

export interface CheckoutControllerOptions {
  readonly connect: () => Connect | undefined;
  readonly config: () => ConnectOptions;
  /** Default: sessionStorage. */
  readonly storage?: KeyValueStorage | null;
}

let counter = 0;
/** A client id for a new destination; never a consignment id. */
export function newDestinationId(): string {
  return `d${Date.now().toString(36)}${(counter++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

export class CheckoutController implements ReactiveController {
  state: SyncState | null = null;
  drafts: Drafts = noDrafts;
  /** Set when the element could not start at all (no gateway for its configuration). */
  startError: Error | null = null;

  /** The start error when it is a configuration the widget can name (what to set). */
  get configError(): ConfigError | null {
    return this.startError instanceof ConfigError ? this.startError : null;
  }

  private engine: SyncEngine | null = null;
  private readonly storage: KeyValueStorage | null;
  private configKey = '';
  private draftsFor: string | null = null;
  private lastChange = '';
  private reported = new Set<string>();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: CheckoutControllerOptions,
  ) {
    this.storage = options.storage === undefined ? defaultStorage() : options.storage;
    host.addController(this);
  }

  hostConnected(): void {
    // A framework may set the properties just after inserting the element (React's layout effects,
    // which @lit/react sets them in, run before any microtask): start once they are there, not
    // first with the defaults (the REST API, the session's checkout).
    queueMicrotask(() => this.configChanged());
  }

  hostDisconnected(): void {
    // A move in the page disconnects and reconnects at once: keep the engine through it.
    queueMicrotask(() => {
      if (!this.host.isConnected) this.stop();
    });
  }

  /** The element's checkout, host or service changed: start again for the new one. */
  configChanged(): void {
    if (this.host.isConnected && this.configKey !== this.keyOf(this.options.config())) this.start();
  }

  private keyOf(config: ConnectOptions): string {
    return JSON.stringify([config.checkoutId ?? null, config.host ?? null, config.graphqlEndpoint ?? null, config.storefrontToken ?? null, config.customerAccessToken ?? null]) + (config.service ? ':shared' : '');
  }

  private start(): void {
    this.stop();
    const config = this.options.config();
    this.configKey = this.keyOf(config);
    this.state = null;
    this.startError = null;
    try {
      const problem = configProblem(config, globalThis.location?.origin ?? 'http://localhost');
      if (problem) throw problem;
      this.engine = new SyncEngine({ gateway: this.gatewayFor(config), storage: this.storage });
    } catch (error) {
      this.startError = error instanceof Error ? error : new Error(String(error));
      // The widget tells the shopper the page is not set up and the site owner to look here.
      console.error(this.startError.message);
      this.host.dispatchEvent(new SplitShipErrorEvent({ error: { kind: 'config', message: this.startError.message } }));
      this.host.requestUpdate();
      return;
    }
    const engine = this.engine;
    engine.subscribe((state) => {
      if (this.engine === engine) this.onState(state);
    });
    void engine.load();
  }

  /**
   * The GraphQL gateway when the element names a GraphQL endpoint, loaded on demand so a
   * storefront on the REST API never downloads it; else what the define entry chose.
   */
  private gatewayFor(config: ConnectOptions): CheckoutGateway {
    // configProblem has refused GraphQL in a build without it; saying so again drops the code.
    if (graphqlIncluded && config.graphqlEndpoint) return deferredGateway(() => import('../gateway/graphql-gateway.js').then((m) => m.connectGraphQL(config)), 'GraphQL');
    const connect = this.options.connect();
    if (!connect) throw new Error('split-ship has no way to reach the checkout: import "split-ship/define" (or set SplitShip.connect) before the element connects.');
    return connect(config);
  }

  private stop(): void {
    this.engine?.dispose();
    this.engine = null;
    this.configKey = '';
  }

  private onState(state: SyncState): void {
    this.state = state;
    if (state.loaded && state.truth && this.draftsFor !== state.truth.id) {
      this.draftsFor = state.truth.id;
      this.drafts = readDrafts(this.storage, state.truth.id);
      // A checkout made elsewhere opens in the mode its consignments imply.
      if (!this.drafts.mode) this.drafts = { ...this.drafts, mode: state.intent.destinations.length > 1 ? 'multiple' : 'one' };
    }
    if (state.loaded && state.derived && this.drafts.mode === 'one' && !isEverythingToOne(state.intent, state.derived.items)) {
      // One address ships everything, including what the cart gained since.
      const items = state.derived.items;
      this.engine?.setIntent((intent) => shipEverythingTo(intent, items, newDestinationId()));
      return;
    }
    this.report(state);
    this.host.requestUpdate();
  }

  private report(state: SyncState): void {
    const errors = new Map<string, SplitShipErrorEvent>();
    if (state.lastError && !state.lastError.destinationId) {
      errors.set(`|${state.lastError.kind}|${state.lastError.message}`, new SplitShipErrorEvent({ error: { kind: state.lastError.kind, message: state.lastError.message } }));
    }
    for (const d of state.destinations) {
      if (d.error) errors.set(`${d.id}|${d.error.kind}|${d.error.message}`, new SplitShipErrorEvent({ error: { kind: d.error.kind, message: d.error.message }, destinationId: d.id }));
    }
    for (const [key, event] of errors) if (!this.reported.has(key)) this.host.dispatchEvent(event);
    this.reported = new Set(errors.keys());

    if (!state.loaded || state.pending) return;
    const detail = changeDetail(state);
    const signature = JSON.stringify(detail);
    if (signature === this.lastChange) return;
    this.lastChange = signature;
    this.host.dispatchEvent(new SplitShipChangeEvent(detail));
    // Again after each settled change that leaves it complete: the host holds the checkout as it is now.
    if (detail.complete && state.truth) this.host.dispatchEvent(new SplitShipCompleteEvent({ checkout: state.truth }));
  }

  // ---- what the shopper did ------------------------------------------------------------------

  private edit(change: (intent: Intent, derived: Derived) => Intent, quiet = false): void {
    const derived = this.state?.derived;
    if (!this.engine || !derived) return;
    this.engine.setIntent((intent) => change(intent, derived), quiet ? { quietMs: QUIET_MS } : {});
  }

  setUnits(destinationId: string, key: ItemKey, units: number): void {
    this.setQuantityDraft(destinationId, key, null);
    this.edit((intent) => setUnits(intent, destinationId, key, units), true);
  }

  fillRemaining(destinationId: string): void {
    this.clearQuantityDrafts(destinationId);
    this.edit((intent, derived) => fillRemaining(intent, destinationId, derived.items));
  }

  clear(destinationId: string): void {
    this.clearQuantityDrafts(destinationId);
    this.edit((intent) => clearUnits(intent, destinationId));
  }

  setAddress(destinationId: string, address: AddressFields, savedAddressId?: number): void {
    this.setForm(destinationId, null);
    this.edit((intent) => setAddress(intent, destinationId, address, savedAddressId));
  }

  chooseOption(destinationId: string, optionId: string): void {
    this.edit((intent) => chooseOption(intent, destinationId, optionId));
  }

  /** Returns the new destination's id (the element moves focus to it). */
  addDestination(): string {
    const id = newDestinationId();
    this.edit((intent) => addDestination(intent, id));
    return id;
  }

  duplicate(destinationId: string): string {
    const id = newDestinationId();
    this.edit((intent) => duplicateDestination(intent, destinationId, id));
    return id;
  }

  remove(destinationId: string): void {
    this.edit((intent) => removeDestination(intent, destinationId));
    this.updateDrafts((drafts) => pruneDrafts(drafts, new Set(this.state?.intent.destinations.map((d) => d.id))));
  }

  /**
   * Switches between one address and several. Going to several keeps the first destination and
   * adds an empty one (its id is returned); a first destination the checkout does not hold yet
   * gives its units back, so every unit starts out to be placed.
   */
  setMode(mode: ShippingMode): string | null {
    this.updateDrafts((drafts) => ({ ...drafts, mode }));
    if (mode === 'one') {
      this.edit((intent, derived) => shipEverythingTo(intent, derived.items, newDestinationId()));
      return null;
    }
    const id = newDestinationId();
    const unsaved = (destinationId: string) => !this.state?.destinations.find((d) => d.id === destinationId)?.consignmentId;
    this.edit((intent) => {
      const [first] = intent.destinations;
      const kept = first && unsaved(first.id) ? clearUnits(intent, first.id) : intent;
      return addDestination(first ? kept : addDestination(kept, newDestinationId()), id);
    });
    return id;
  }

  retry(): void {
    this.engine?.resume();
  }

  /** Writes a quantity the shopper is still stepping without waiting for the pause. */
  flush(): void {
    this.engine?.flush();
  }

  // ---- drafts ----------------------------------------------------------------------------------

  private updateDrafts(change: (drafts: Drafts) => Drafts): void {
    this.drafts = change(this.drafts);
    if (this.draftsFor) writeDrafts(this.storage, this.draftsFor, this.drafts);
    this.host.requestUpdate();
  }

  /** An address form's typed values (null when it closes). */
  setForm(destinationId: string, draft: AddressDraft | null): void {
    this.updateDrafts((drafts) => {
      const { [destinationId]: _gone, ...forms } = drafts.forms;
      return { ...drafts, forms: draft ? { ...forms, [destinationId]: draft } : forms };
    });
  }

  setQuantityDraft(destinationId: string, key: ItemKey, text: string | null): void {
    const current = this.drafts.quantities[destinationId] ?? {};
    if (text === null && !(key in current)) return;
    this.updateDrafts((drafts) => {
      const { [key]: _gone, ...rest } = current;
      const texts = text === null ? rest : { ...rest, [key]: text };
      return { ...drafts, quantities: { ...drafts.quantities, [destinationId]: texts } };
    });
  }

  private clearQuantityDrafts(destinationId: string): void {
    if (!this.drafts.quantities[destinationId]) return;
    this.updateDrafts((drafts) => ({ ...drafts, quantities: { ...drafts.quantities, [destinationId]: {} } }));
  }

  // ---- store data --------------------------------------------------------------------------------

  addressFields(countryCode: string): readonly AddressFormField[] {
    return this.engine?.addressFields(countryCode) ?? [];
  }

  shippingCountries(): readonly ShippingCountry[] {
    return this.engine?.shippingCountries() ?? [];
  }

  defaultCountry(): string | undefined {
    return this.engine?.defaultCountry();
  }

  get mode(): ShippingMode {
    return this.drafts.mode ?? 'one';
  }
}

/** The public view of the state for split-ship-change. */
export function changeDetail(state: SyncState): SplitShipChangeDetail {
  return {
    complete: isReady(state),
    unallocated: state.derived?.unallocated ?? 0,
    destinations: state.intent.destinations.map((d, index) => {
      const view = state.destinations[index];
      return {
        id: d.id,
        address: d.address,
        items: d.items,
        shippingOptionId: view?.selectedOption?.id ?? null,
        status: hasAddress(d) ? (view?.status ?? 'draft') : 'draft',
      };
    }),
  };
}
