// The serial sync engine: one write in flight, the newest intent planned after every answer,
// bounded rounds, retries with capped backoff, and recovery after conflicts and lost answers.
import {
  afterWrite,
  derive,
  emptyIntent,
  isExecutable,
  matchCreated,
  plan,
  reconcile,
  validateAddress,
  type AddressFormField,
  type AddressProblem,
  type CheckoutTruth,
  type CreateEntry,
  type DestinationIntent,
  type Derived,
  type Intent,
  type Links,
  type Removal,
  type ShippingCountry,
  type TruthConsignment,
  type TruthShippingOption,
  type Write,
} from '../core/index.js';
import { toGatewayError, type CheckoutGateway, type GatewayError, type GatewayErrorKind, type SavedAddress } from '../gateway/gateway.js';
import { defaultStorage, readSaved, writeSaved, type KeyValueStorage } from './storage.js';

export type DestinationStatus = 'draft' | 'saving' | 'saved' | 'error';

export type SyncErrorKind = GatewayErrorKind | 'not-converging' | 'option-unavailable' | 'no-options';

export interface SyncError {
  readonly kind: SyncErrorKind;
  readonly message: string;
  readonly destinationId?: string;
}

export interface DestinationState {
  readonly id: string;
  readonly status: DestinationStatus;
  readonly consignmentId: string | null;
  /** Why the address cannot be sent yet (empty when it can). */
  readonly problems: readonly AddressProblem[];
  readonly availableOptions: readonly TruthShippingOption[];
  readonly selectedOption: TruthShippingOption | null;
  readonly error: SyncError | null;
}

export interface SyncState {
  readonly loaded: boolean;
  readonly truth: CheckoutTruth | null;
  readonly intent: Intent;
  readonly links: Links;
  readonly derived: Derived | null;
  readonly destinations: readonly DestinationState[];
  /** Work is under way or waiting (a write, a reload, a retry). */
  readonly pending: boolean;
  readonly lastError: SyncError | null;
  /** The failure the engine is waiting out before it tries again (a 5xx, a timeout, a 409), if any. */
  readonly retrying: SyncError | null;
  /** The checkout holds the whole intent: every unit allocated, an offered option everywhere. */
  readonly complete: boolean;
  /** The signed-in customer's saved addresses (empty for a guest): a destination may name one by `savedAddressId`. */
  readonly savedAddresses: readonly SavedAddress[];
}

export interface RetryPolicy {
  /** Failed attempts in a row (5xx, timeouts) before the engine stops and reports. */
  readonly attempts: number;
  readonly baseMs: number;
  readonly maxMs: number;
}

export interface SyncEngineOptions {
  readonly gateway: CheckoutGateway;
  /** Default: sessionStorage. null keeps nothing. */
  readonly storage?: KeyValueStorage | null;
  /** Injected so tests do not wait for real backoff. */
  readonly sleep?: (ms: number) => Promise<void>;
  readonly retry?: Partial<RetryPolicy>;
  /** Writes per settle before giving up with a not-converging error. */
  readonly maxRounds?: number;
}

export type SyncListener = (state: SyncState) => void;

export interface SetIntentOptions {
  /**
   * Waits this long for further edits before writing (a shopper typing a quantity or stepping it
   * with + several times): the burst becomes one write, also when it began while a write was in
   * flight (the next plan waits for the pause). An edit without it writes at once (as soon as the
   * write in flight answers), with any quiet edit before it.
   */
  readonly quietMs?: number;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function destinationsOf(write: Write): string[] {
  switch (write.kind) {
    case 'create':
      return write.entries.flatMap((e) => (e.destinationId === null ? [] : [e.destinationId]));
    case 'delete':
      return write.destinationId === null ? [] : [write.destinationId];
    default:
      return [write.destinationId];
  }
}

export class SyncEngine {
  private readonly gateway: CheckoutGateway;
  private readonly storage: KeyValueStorage | null;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly retry: RetryPolicy;
  private readonly maxRounds: number;

  private truth: CheckoutTruth | null = null;
  private intent: Intent = emptyIntent;
  private links: Record<string, string> = {};
  private removal: Removal = 'put';
  private readonly temporaries = new Set<string>();
  /** Destinations the API refused as they stand, with the intent that was refused. */
  private readonly refused = new Map<string, string>();
  private readonly errors = new Map<string, SyncError>();
  /** The destinations the write in flight was planned from: an answer is about them as they were. */
  private sentAs = new Map<string, string>();
  private lastError: SyncError | null = null;
  private retrying: SyncError | null = null;

  private loaded = false;
  private running = false;
  /** The intent changed since the converge loop last planned. */
  private dirty = false;
  private disposed = false;
  private needsReload = false;
  private lostCreate: { before: CheckoutTruth; entries: readonly CreateEntry[] } | null = null;
  private oneEntryPerCreate = false;
  private rounds = 0;
  /** Writes answered since the last load: their merged answers are confirmed by a read. */
  private unconfirmed = 0;
  private failures = 0;
  private halted = false;
  private readonly listeners = new Set<SyncListener>();
  private waiters: (() => void)[] = [];
  private quietTimer: ReturnType<typeof setTimeout> | undefined;
  /** The shopper's pause ends then (performance.now()); no plan before it. */
  private quietUntil = 0;
  private unwatch: (() => void) | undefined;
  private state: SyncState;

  constructor(options: SyncEngineOptions) {
    this.gateway = options.gateway;
    this.storage = options.storage === undefined ? defaultStorage() : options.storage;
    this.sleep = options.sleep ?? realSleep;
    this.retry = { attempts: 6, baseMs: 250, maxMs: 4000, ...options.retry };
    this.maxRounds = options.maxRounds ?? 60;
    this.state = this.snapshot();
  }

  getState(): SyncState {
    return this.state;
  }

  /** Calls the listener now and after every change; returns the unsubscribe function. */
  subscribe(listener: SyncListener): () => void {
    this.listeners.add(listener);
    listener(this.state);
    return () => this.listeners.delete(listener);
  }

  /** Loads the checkout, restores the saved intent for it and reconciles both; then syncs. */
  async load(): Promise<SyncState> {
    // Never two loops at once: a second load waits for the work under way.
    if (this.running) await this.settled();
    this.running = true;
    this.emit();
    let truth: CheckoutTruth | null = null;
    try {
      truth = await this.withRetries(() => this.gateway.load());
      if (truth !== null) {
        const saved = readSaved(this.storage, truth.id);
        if (saved && this.intent.destinations.length === 0) {
          this.intent = this.withSavedAddresses(saved.intent);
          this.links = { ...saved.links };
          this.removal = saved.removal;
        }
        this.truth = truth;
        // Saved addresses are known only now: an intent set before load may name one.
        this.intent = this.withSavedAddresses(this.intent);
        this.adopt();
        this.loaded = true;
        this.persist();
        // A sign-in by the host page changes the saved addresses: show them.
        this.unwatch ??= this.gateway.watch?.(() => {
          if (!this.disposed) this.emit();
        });
      }
    } finally {
      this.running = false;
      this.retrying = null;
      this.emit();
    }
    if (truth === null) {
      this.wake();
      return this.state;
    }
    this.kick();
    return this.settled();
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }

  /** The shopper's newest wish; edits made during a write are coalesced into the next plan. */
  setIntent(intent: Intent | ((previous: Intent) => Intent), options: SetIntentOptions = {}): void {
    const next = this.withSavedAddresses(typeof intent === 'function' ? intent(this.intent) : intent);
    const before = new Map(this.intent.destinations.map((d) => [d.id, JSON.stringify(d)] as const));
    for (const d of next.destinations) {
      if (before.get(d.id) !== JSON.stringify(d)) {
        this.refused.delete(d.id);
        this.errors.delete(d.id);
      }
    }
    this.intent = next;
    this.dirty = true;
    this.rounds = 0;
    this.halted = false;
    this.oneEntryPerCreate = false;
    this.persist();
    const quietMs = options.quietMs ?? 0;
    this.quietUntil = quietMs > 0 ? performance.now() + quietMs : 0;
    this.kick();
  }

  /** Writes an edit that is waiting for the shopper to pause (see SetIntentOptions.quietMs) now. */
  flush(): void {
    if (this.quietUntil === 0) return;
    this.quietUntil = 0;
    this.kick();
  }

  /** The store's shipping address fields for a country, as the address form shows them. */
  addressFields(countryCode: string): readonly AddressFormField[] {
    return this.loaded ? this.gateway.addressFields(countryCode) : [];
  }

  /** The country a new address starts in, if the store says. */
  defaultCountry(): string | undefined {
    return this.loaded ? this.gateway.defaultCountry?.() : undefined;
  }

  /** The countries the store ships to. */
  shippingCountries(): readonly ShippingCountry[] {
    return this.loaded ? this.gateway.shippingCountries() : [];
  }

  /** Tries again after the engine stopped (retries exhausted, not converging). */
  resume(): void {
    if (!this.loaded) {
      this.halted = false;
      this.failures = 0;
      void this.load();
      return;
    }
    this.refused.clear();
    this.errors.clear();
    this.halted = false;
    this.rounds = 0;
    this.failures = 0;
    this.needsReload = true;
    this.dirty = true;
    this.kick();
  }

  /** Resolves once nothing is under way or waiting. */
  settled(): Promise<SyncState> {
    if (!this.running && this.quietTimer === undefined) return Promise.resolve(this.state);
    return new Promise((resolve) => this.waiters.push(() => resolve(this.state)));
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.quietTimer);
    this.quietTimer = undefined;
    this.unwatch?.();
    this.listeners.clear();
    this.wake();
  }

  /**
   * A destination that names one of the customer's saved addresses ships to that address as the
   * store keeps it, whatever `address` says; a widget that lets the shopper edit it drops the id.
   * An id the customer no longer has (signed out, address deleted) leaves the typed address.
   */
  private withSavedAddresses(intent: Intent): Intent {
    if (!intent.destinations.some((d) => d.savedAddressId !== undefined)) return intent;
    const saved = this.loaded || this.truth ? this.gateway.savedAddresses() : [];
    if (saved.length === 0) return intent;
    return {
      destinations: intent.destinations.map((d) => {
        const found = d.savedAddressId === undefined ? undefined : saved.find((a) => a.id === d.savedAddressId);
        return found ? { ...d, address: found.address } : d;
      }),
    };
  }

  private persist(): void {
    if (this.truth) writeSaved(this.storage, this.truth.id, { intent: this.intent, links: this.links, removal: this.removal });
  }

  /** Links what can be linked; a consignment nobody here made becomes a destination. */
  private adopt(): void {
    const truth = this.truth!;
    if (this.lostCreate) {
      for (const { entry, consignmentId } of matchCreated(this.lostCreate.before, truth, this.lostCreate.entries, true)) {
        if (entry.destinationId === null) this.temporaries.add(consignmentId);
        else if (this.links[entry.destinationId] === undefined) this.links[entry.destinationId] = consignmentId;
      }
      this.lostCreate = null;
    }
    const reconciled = reconcile(truth, this.intent, this.links, (c: TruthConsignment) => this.temporaries.has(c.id));
    this.intent = reconciled.intent;
    this.links = { ...reconciled.links };
  }

  private isSendable = (destination: DestinationIntent): boolean => {
    if (this.refused.get(destination.id) === JSON.stringify(destination)) return false;
    return this.problemsOf(destination).length === 0;
  };

  private problemsOf(destination: DestinationIntent): AddressProblem[] {
    const country = (destination.address.countryCode ?? '').trim();
    return validateAddress(destination.address, country === '' ? [] : this.gateway.addressFields(country));
  }

  private kick(): void {
    // Whatever started this loop, it plans the newest intent: an edit waiting to be written is in it.
    clearTimeout(this.quietTimer);
    this.quietTimer = undefined;
    if (this.running || this.disposed || !this.loaded) {
      this.emit();
      return;
    }
    const wait = this.quietUntil - performance.now();
    if (wait > 0) {
      // The shopper is still typing: plan once they pause.
      this.quietTimer = setTimeout(() => {
        this.quietTimer = undefined;
        this.kick();
      }, wait);
      this.emit();
      return;
    }
    this.quietUntil = 0;
    this.running = true;
    this.emit();
    void this.converge()
      .catch((error: unknown) => {
        // A bug must show up in the state, not as an unhandled rejection with the engine stuck.
        this.lastError = { kind: 'invalid', message: `split-ship: ${error instanceof Error ? error.message : String(error)}` };
        this.halted = true;
      })
      .finally(() => {
        this.running = false;
        this.retrying = null;
        // An edit that arrived as the loop was finishing has not been planned yet.
        if (this.dirty && !this.halted && !this.disposed) {
          this.kick();
          return;
        }
        this.emit();
        this.wake();
      });
  }

  private async converge(): Promise<void> {
    while (!this.disposed && !this.halted) {
      // An edit made during the last write waits for the shopper's pause (kick() plans it then).
      if (this.dirty && this.quietUntil > performance.now()) return;
      this.dirty = false;
      if (this.needsReload) {
        const truth = await this.withRetries(() => this.gateway.load());
        if (truth === null) return;
        this.truth = truth;
        this.needsReload = false;
        this.unconfirmed = 0;
        this.adopt();
        this.persist();
        this.emit();
      }
      const truth = this.truth!;
      const writes = plan(truth, this.intent, this.links, { removal: this.removal, isSendable: this.isSendable });
      let write = writes[0];
      if (!write) {
        // Merged answers may keep what the API no longer holds: read once before calling it done.
        if (this.unconfirmed > 0 && this.gateway.wholeAnswers !== true) {
          this.needsReload = true;
          continue;
        }
        // Done, unless a destination is still waiting on an error of its own.
        if (this.errors.size === 0) this.lastError = null;
        return;
      }
      if (!isExecutable(write)) {
        // A planner bug must surface as an error, never as a loop or a malformed request.
        this.lastError = { kind: 'not-converging', message: `split-ship: the planner produced an unsendable first write (${write.kind}).` };
        this.halted = true;
        return;
      }
      if (write.kind === 'create' && this.oneEntryPerCreate && write.entries.length > 1) {
        write = { kind: 'create', entries: [write.entries[0]!] };
      }
      if (this.rounds >= this.maxRounds) {
        this.stopNotConverging(writes);
        return;
      }
      await this.send(truth, write);
    }
  }

  private stopNotConverging(writes: readonly Write[]): void {
    const stuck = [...new Set(writes.flatMap(destinationsOf))];
    const names = stuck.length > 0 ? stuck.join(', ') : 'consignments no destination wants';
    this.lastError = {
      kind: 'not-converging',
      message: `The checkout still differs from the destinations after ${this.maxRounds} writes: ${names} (next: ${writes.map((w) => w.kind).join(', ')}).`,
    };
    for (const id of stuck) this.errors.set(id, { ...this.lastError, destinationId: id });
    this.halted = true;
  }

  private async send(before: CheckoutTruth, write: Write): Promise<void> {
    this.sentAs = new Map(destinationsOf(write).map((id) => [id, JSON.stringify(this.intent.destinations.find((d) => d.id === id) ?? null)] as const));
    // The request leaves first; the state (the last answer, this write saving) is published while
    // it is in flight rather than before it leaves.
    let answer: Promise<CheckoutTruth>;
    try {
      answer = this.call(write);
    } catch (thrown) {
      answer = Promise.reject(thrown);
    }
    this.emit();
    try {
      const after = await answer;
      this.failures = 0;
      this.retrying = null;
      this.rounds++;
      this.unconfirmed++;
      const learned = afterWrite(before, after, write, this.links);
      this.links = { ...learned.links };
      for (const id of learned.temporary) this.temporaries.add(id);
      if (learned.removalIgnored) this.removal = 'move-out';
      for (const id of destinationsOf(write)) this.errors.delete(id);
      this.truth = after;
      this.dropVanishedLinks();
      this.persist();
      // Not published here: the loop goes on at once, and publishes when the next write has left
      // or when it ends (a listener rendering the state is no reason to hold the next request).
    } catch (thrown) {
      await this.recover(write, before, toGatewayError(thrown));
    }
  }

  private dropVanishedLinks(): void {
    const present = new Set(this.truth!.consignments.map((c) => c.id));
    for (const [destinationId, consignmentId] of Object.entries(this.links)) if (!present.has(consignmentId)) delete this.links[destinationId];
    for (const id of [...this.temporaries]) if (!present.has(id)) this.temporaries.delete(id);
  }

  private call(write: Write): Promise<CheckoutTruth> {
    switch (write.kind) {
      case 'create':
        return this.gateway.createConsignments(write.entries.map((e) => ({ address: e.address, lineItems: e.lineItems })));
      case 'update':
        return this.gateway.updateConsignment(write.consignmentId, { ...(write.address ? { address: write.address } : {}), lineItems: write.lineItems });
      case 'delete':
        return this.gateway.deleteConsignment(write.consignmentId!);
      case 'select-option':
        return this.gateway.selectShippingOption(write.consignmentId!, write.shippingOptionId!);
    }
  }

  /**
   * Marks the destinations a failed write was for as refused, as they were when it was sent. One
   * the shopper edited while the write was in flight is neither blamed nor held back: the next
   * plan sends the edit. Returns the destinations that keep the error.
   */
  private blame(write: Write, error: GatewayError): string[] {
    const blamed: string[] = [];
    for (const id of destinationsOf(write)) {
      const sent = this.sentAs.get(id);
      if (sent !== undefined) this.refused.set(id, sent);
      if (sent !== JSON.stringify(this.intent.destinations.find((d) => d.id === id) ?? null)) continue;
      this.errors.set(id, { kind: error.kind, message: error.message, destinationId: id });
      blamed.push(id);
    }
    this.lastError =
      blamed.length === 0 ? null : { kind: error.kind, message: error.message, ...(blamed.length === 1 ? { destinationId: blamed[0]! } : {}) };
    return blamed;
  }

  private async recover(write: Write, before: CheckoutTruth, error: GatewayError): Promise<void> {
    const concerned = destinationsOf(write);
    switch (error.kind) {
      case 'conflict':
        // Someone else changed the checkout: read it again and plan with the same intent.
        this.needsReload = true;
        await this.backoff(write, error);
        return;
      case 'network':
      case 'unavailable':
        // The write may have happened — no answer at all, or a 502/504 from a proxy after the
        // store applied it: never send another before reading what it did.
        if (write.kind === 'create') this.lostCreate = { before, entries: write.entries };
        this.needsReload = true;
        await this.backoff(write, error);
        return;
      case 'empty-cart':
        this.lastError = { kind: 'empty-cart', message: error.message };
        this.halted = true;
        return;
      case 'invalid':
        if (this.unconfirmed > 0 || concerned.length === 0) {
          // Planned from answers merged since the last read: the refusal may come from a stale
          // copy (a consignment gone, options changed). Read again; a write planned from a fresh
          // read that is refused again is the destination's own error.
          this.needsReload = true;
          await this.backoff(write, error);
          return;
        }
        if (write.kind === 'create' && write.entries.length > 1) {
          // One refused destination must not hold the others back: send them one at a time.
          this.oneEntryPerCreate = true;
        } else {
          this.blame(write, error);
        }
        this.needsReload = true;
        return;
    }
  }

  private async backoff(write: Write | null, error: GatewayError): Promise<void> {
    this.failures++;
    if (this.failures > this.retry.attempts) {
      const concerned = write ? destinationsOf(write) : [];
      this.failures = 0;
      this.retrying = null;
      if (write?.kind === 'create' && write.entries.length > 1) {
        // Find out which destination the store keeps failing on: one create each from now.
        this.oneEntryPerCreate = true;
        return;
      }
      if (!write || concerned.length === 0) {
        this.lastError = { kind: error.kind, message: error.message };
        this.halted = true;
        return;
      }
      // The destinations this write was for wait (until edited or resumed); the others go on.
      this.blame(write, error);
      return;
    }
    this.retrying = { kind: error.kind, message: error.message };
    this.emit();
    await this.sleep(Math.min(this.retry.maxMs, this.retry.baseMs * 2 ** (this.failures - 1)));
  }

  /** A read, retried like writes; null when the engine gave up (the error is in the state). */
  private async withRetries(read: () => Promise<CheckoutTruth>): Promise<CheckoutTruth | null> {
    // The read after a failed write must not clear that write's count, or a write that keeps
    // failing (fail, read, fail, read…) would be retried forever and never reported.
    const failuresBefore = this.failures;
    for (;;) {
      try {
        const truth = await read();
        this.failures = failuresBefore;
        return truth;
      } catch (thrown) {
        const error = toGatewayError(thrown);
        if (error.kind === 'network' || error.kind === 'unavailable') {
          await this.backoff(null, error);
          if (this.halted) return null;
          continue;
        }
        this.lastError = { kind: error.kind, message: error.message };
        this.halted = true;
        this.emit();
        return null;
      }
    }
  }

  private emit(): void {
    this.state = this.snapshot();
    for (const listener of this.listeners) listener(this.state);
  }

  private snapshot(): SyncState {
    const truth = this.truth;
    const pending = this.running || this.quietTimer !== undefined;
    if (!truth || !this.loaded) {
      return Object.freeze({ loaded: false, truth, intent: this.intent, links: { ...this.links }, derived: null, destinations: [], pending, lastError: this.lastError, retrying: this.retrying, complete: false, savedAddresses: [] });
    }
    const derived = derive(truth, this.intent, this.links, this.isSendable);
    const destinations = this.intent.destinations.map((destination, index): DestinationState => {
      const view = derived.destinations[index]!;
      const problems = this.problemsOf(destination);
      let error = this.errors.get(destination.id) ?? null;
      if (!error && this.halted && this.lastError && !view.inSync && !view.draft && problems.length === 0) {
        // The engine stopped for everyone (store down, not converging): this destination is not saving.
        error = { ...this.lastError, destinationId: destination.id };
      } else if (!error && view.option?.kind === 'unavailable') {
        error = { kind: 'option-unavailable', message: 'The chosen shipping option is no longer offered for this address.', destinationId: destination.id };
      } else if (!error && view.option?.kind === 'none-offered') {
        error = { kind: 'no-options', message: 'No shipping option is offered for this address.', destinationId: destination.id };
      }
      const status: DestinationStatus = view.inSync ? 'saved' : error ? 'error' : view.draft || problems.length > 0 ? 'draft' : 'saving';
      return Object.freeze({
        id: destination.id,
        status,
        consignmentId: view.consignmentId,
        problems,
        availableOptions: view.availableOptions,
        selectedOption: view.selectedOption,
        error: view.inSync ? null : error,
      });
    });
    const allSaved = destinations.every((d) => d.status === 'saved' || (d.status === 'draft' && d.consignmentId === null));
    return Object.freeze({
      loaded: true,
      truth,
      intent: this.intent,
      links: { ...this.links },
      derived,
      destinations,
      pending,
      lastError: this.lastError,
      retrying: this.retrying,
      complete: !pending && derived.complete && allSaved && derived.unallocated === 0,
      savedAddresses: this.gateway.savedAddresses(),
    });
  }
}
