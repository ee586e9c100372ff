import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { hasAddress, type AddressFormField, type ItemKey } from '../../core/index.js';
import { CheckoutController } from '../../controllers/checkout-controller.js';
import { reasons, type Reason } from '../../controllers/reasons.js';
import type { Connect } from '../../gateway/gateway.js';
import type { SyncState } from '../../sync/index.js';
import type { SplitShipDestination, DestinationActionDetail, DestinationTarget } from '../split-ship-destination/split-ship-destination.js';
import { itemText } from '../split-ship-destination/split-ship-destination.js';
import type { SummaryEntry, SummaryReason } from '../split-ship-summary/split-ship-summary.js';
import { addressLines, placeOf, recipientOf } from '../shared/address-text.js';
import { errorSentence } from '../shared/error-text.js';
import { detailOf } from '../shared/events.js';
import { SplitShipElement } from '../shared/element.js';
import { styles } from './split-ship.styles.js';

/** The page's checkout service, shared with the widget (structurally the SDK's CheckoutService). */
export type CheckoutServiceLike = object;

/**
 * Multi-address shipping for a BigCommerce checkout: the shopper sends the cart to one address
 * or splits it across several, each with its own items and shipping option, saved as the
 * checkout's consignments while they work.
 *
 * @summary Split one order across several shipping addresses.
 *
 * @fires {SplitShipChangeEvent} split-ship-change - After every settled change: `{ complete, unallocated, destinations }`.
 * @fires {SplitShipCompleteEvent} split-ship-complete - Every unit is allocated and every destination has an available option: `{ checkout }`.
 * @fires {SplitShipErrorEvent} split-ship-error - Something the shopper must know went wrong: `{ error: { kind, message }, destinationId? }`.
 *
 * @csspart base - the widget's frame.
 * @csspart mode - the one-address / several-addresses choice.
 * @csspart overview - the items and how many of each are still to place.
 * @csspart destinations - the list of destinations.
 * @csspart add-button - "Add destination".
 * @csspart destination - each destination's card.
 * @csspart status - a destination's "Saved" / "Saving…" line.
 * @csspart error - a destination's error box.
 * @csspart option - each shipping option's row.
 * @csspart stepper - each quantity field with its − and + buttons.
 * @csspart summary - the summary (the `<split-ship-summary>` element).
 * @csspart dialog - the confirmation dialog.
 *
 * @cssprop [--split-ship-color-scheme=light dark] - `light`, `dark`, or both to follow `prefers-color-scheme` (set `light` on a page that is always light).
 * @cssprop --split-ship-color-background - The widget's own ground (transparent in light mode, dark in dark mode).
 * @cssprop [--split-ship-frame-padding=0] - Space between the widget's edge and its content.
 * @cssprop --split-ship-color-text - Text.
 * @cssprop --split-ship-color-text-muted - Secondary text.
 * @cssprop --split-ship-color-surface - Cards and fields.
 * @cssprop --split-ship-color-surface-sunken - Panels behind cards.
 * @cssprop --split-ship-color-border - Borders.
 * @cssprop --split-ship-color-accent - Primary buttons, chosen options, numbers.
 * @cssprop --split-ship-color-on-accent - Text on the accent.
 * @cssprop --split-ship-color-accent-soft - Background of chosen options.
 * @cssprop --split-ship-color-danger - Errors.
 * @cssprop --split-ship-color-danger-soft - Background of errors.
 * @cssprop --split-ship-color-success - "Saved" and "ready".
 * @cssprop --split-ship-color-focus - The focus ring.
 * @cssprop [--split-ship-radius=10px] - Corner radius of cards.
 * @cssprop [--split-ship-spacing=1rem] - Space between and inside cards.
 * @cssprop [--split-ship-control-size=2.5rem] - Least height of buttons and fields (touch targets).
 * @cssprop [--split-ship-font-family=inherit] - The font.
 */
export class SplitShip extends SplitShipElement {
  static override styles = styles;

  /** How the element reaches the checkout; the define entry sets it (REST over the checkout SDK). */
  static connect: Connect | undefined;

  /** The checkout (= cart) id. Default: the session's checkout, as the SDK finds it. */
  @property({ attribute: 'checkout-id' }) checkoutId: string | undefined;
  /** The language, e.g. `es` or `ar`. Default: the nearest `lang` attribute, then the browser's. */
  @property() locale: string | undefined;
  /** The Storefront API's origin or base path, for a headless storefront's same-origin proxy. */
  @property({ attribute: 'api-host' }) apiHost: string | undefined;
  /**
   * The store's GraphQL Storefront API endpoint (`https://store-HASH.mybigcommerce.com/graphql`),
   * for a headless storefront on another origin. With `storefront-token` and `checkout-id`, the
   * widget talks GraphQL (CORS-enabled) instead of the REST API through the checkout SDK.
   */
  @property({ attribute: 'graphql-endpoint' }) graphqlEndpoint: string | undefined;
  /** A storefront token whose `allowed_cors_origins` include this page's origin (sent as `Authorization: Bearer …`). */
  @property({ attribute: 'storefront-token' }) storefrontToken: string | undefined;
  /** A signed-in shopper's customer access token, for the GraphQL endpoint (sent as `X-Bc-Customer-Access-Token`). */
  @property({ attribute: 'customer-access-token' }) customerAccessToken: string | undefined;
  /** An existing `CheckoutService` of the page's, to share one SDK instance (else one is made). */
  @property({ attribute: false }) service: CheckoutServiceLike | undefined;

  @state() private confirming = false;
  @state() private polite = '';
  @state() private assertive = '';
  @query('dialog') private dialog!: HTMLDialogElement | null;

  private readonly checkout = new CheckoutController(this, {
    connect: () => (this.constructor as typeof SplitShip).connect,
    config: () => ({
      ...(this.checkoutId ? { checkoutId: this.checkoutId } : {}),
      ...(this.apiHost ? { host: this.apiHost } : {}),
      ...(this.service ? { service: this.service } : {}),
      ...(this.graphqlEndpoint !== undefined ? { graphqlEndpoint: this.graphqlEndpoint } : {}),
      ...(this.storefrontToken !== undefined ? { storefrontToken: this.storefrontToken } : {}),
      ...(this.customerAccessToken ? { customerAccessToken: this.customerAccessToken } : {}),
    }),
  });
  private readonly fieldsFor = (countryCode: string): readonly AddressFormField[] => this.checkout.addressFields(countryCode);
  private announced = { status: '', errors: new Set<string>() };

  protected override requestedLocale(): string | undefined {
    return this.locale;
  }

  /** True when the checkout holds every unit in a destination with a shipping option. */
  get complete(): boolean {
    const s = this.checkout.state;
    return !!s && s.loaded && s.complete && reasons(s).length === 0;
  }

  /**
   * Reads the checkout again and saves what is not saved yet, keeping everything the shopper
   * entered: for a page that changed the cart or the store's shipping behind the widget's back.
   */
  refresh(): void {
    this.checkout.retry();
  }

  /** Like a form's checkValidity(): whether the shopper can go on. */
  checkValidity(): boolean {
    return this.complete;
  }

  /**
   * Like a form's reportValidity(): when the shopper cannot go on yet, moves focus to the first
   * thing to do and says what it is. A host's "Continue" button calls this instead of staying
   * disabled without a reason.
   */
  reportValidity(): boolean {
    if (this.complete) return true;
    const state = this.checkout.state;
    const first = state ? reasons(state)[0] : undefined;
    if (first) {
      void this.follow(first);
      this.say('assertive', this.reasonText(first, state!));
    } else {
      this.say('assertive', this.localize.term('stillLoading'));
    }
    return false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const connection = ['checkoutId', 'apiHost', 'service', 'graphqlEndpoint', 'storefrontToken', 'customerAccessToken'] as const;
    if (connection.some((name) => changed.has(name))) this.checkout.configChanged();
    this.announce();
  }

  // ---- announcements ---------------------------------------------------------------------------

  private say(channel: 'polite' | 'assertive', text: string): void {
    // The same sentence twice in a row must be heard twice: clear, then set on the next frame.
    this[channel] = '';
    requestAnimationFrame(() => {
      this[channel] = text;
    });
  }

  private announce(): void {
    const state = this.checkout.state;
    if (!state?.loaded || !state.derived) return;
    const t = this.localize;
    const saving = state.pending && state.destinations.some((d) => d.status === 'saving');
    const status = state.retrying
      ? this.retryingText(state.retrying.kind)
      : saving
      ? t.term('statusSaving')
      : state.pending
        ? this.announced.status
        : this.complete
          ? t.term('announceReady')
          : state.destinations.some((d) => d.status === 'saved')
            ? t.term('announceSaved', { count: state.derived.unallocated })
            : '';
    if (status && status !== this.announced.status) {
      this.announced.status = status;
      this.say('polite', status);
    }
    const errors = new Map<string, string>();
    for (const [index, d] of state.destinations.entries()) {
      const destination = state.intent.destinations[index];
      if (d.error && destination) errors.set(`${d.id}|${d.error.kind}`, t.term('errorAt', { name: this.nameOf(destination.id), error: errorSentence(t, d.error.kind) }));
    }
    if (state.lastError && !state.lastError.destinationId && !state.destinations.some((d) => d.error)) {
      errors.set(`|${state.lastError.kind}`, errorSentence(t, state.lastError.kind));
    }
    const fresh = [...errors].filter(([key]) => !this.announced.errors.has(key));
    if (fresh.length > 0) this.say('assertive', fresh.map(([, text]) => text).join(' '));
    this.announced.errors = new Set(errors.keys());
  }

  // ---- focus -----------------------------------------------------------------------------------

  private destinationElement(id: string): SplitShipDestination | null {
    return this.renderRoot.querySelector(`split-ship-destination[data-id="${CSS.escape(id)}"]`);
  }

  private async focusDestination(id: string, target: DestinationTarget, itemKey?: ItemKey): Promise<void> {
    await this.updateComplete;
    await this.destinationElement(id)?.focusOn(target, itemKey);
  }

  private async follow(reason: Reason): Promise<void> {
    switch (reason.kind) {
      case 'needs-address':
        return this.focusDestination(reason.destinationId, 'address');
      case 'needs-items':
        return this.focusDestination(reason.destinationId, 'items');
      case 'error':
        return this.focusDestination(reason.destinationId, 'error');
      case 'unallocated': {
        const state = this.checkout.state;
        const target = state?.intent.destinations.find((d) => hasAddress(d)) ?? state?.intent.destinations[0];
        if (target) return this.focusDestination(target.id, 'items', reason.itemKey);
        return this.focusAdd();
      }
      case 'saving':
        return;
    }
  }

  private async focusAdd(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.add')?.focus();
  }

  // ---- what the shopper did ------------------------------------------------------------------

  private nameOf(id: string): string {
    const state = this.checkout.state;
    const index = state?.intent.destinations.findIndex((d) => d.id === id) ?? -1;
    const destination = state?.intent.destinations[index];
    if (!destination || !hasAddress(destination)) return this.localize.term('destinationNumber', { number: index + 1 });
    const who = recipientOf(destination.address);
    const where = placeOf(destination.address, this.checkout.shippingCountries());
    return who && where ? this.localize.term('destinationName', { recipient: who, place: where }) : who || where;
  }

  private onDestinationAction(event: Event): void {
    const { destinationId: id, action } = detailOf<DestinationActionDetail>(event);
    const c = this.checkout;
    switch (action.kind) {
      case 'address': {
        const wasNew = !c.state?.intent.destinations.find((d) => d.id === id && hasAddress(d));
        c.setAddress(id, action.address, action.savedAddressId);
        // The form is gone: go on to what comes next for this destination.
        void this.focusDestination(id, c.mode === 'one' || !wasNew ? 'heading' : 'items');
        return;
      }
      case 'address-draft': {
        const closing = action.draft === null;
        c.setForm(id, action.draft);
        if (closing) void this.focusDestination(id, 'address');
        else if (!this.destinationElement(id)?.renderRoot.querySelector('split-ship-address-form')) void this.focusDestination(id, 'address');
        return;
      }
      case 'units':
        return c.setUnits(id, action.key, action.units);
      case 'units-draft':
        return c.setQuantityDraft(id, action.key, action.text);
      case 'fill':
        return c.fillRemaining(id);
      case 'clear':
        return c.clear(id);
      case 'option':
        return c.chooseOption(id, action.optionId);
      case 'retry':
        return c.retry();
      case 'duplicate':
        void this.focusDestination(c.duplicate(id), 'items');
        return;
      case 'remove': {
        const ids = c.state?.intent.destinations.map((d) => d.id) ?? [];
        const next = ids[ids.indexOf(id) + 1] ?? null;
        c.remove(id);
        void (next ? this.focusDestination(next, 'heading') : this.focusAdd());
        return;
      }
    }
  }

  private add(): void {
    void this.focusDestination(this.checkout.addDestination(), 'first');
  }

  private chooseMode(mode: 'one' | 'multiple'): void {
    const state = this.checkout.state;
    if (mode === this.checkout.mode || !state) return;
    if (mode === 'one') {
      const others = state.intent.destinations.slice(1).filter((d) => hasAddress(d) || Object.keys(d.items).length > 0);
      if (others.length > 0) {
        this.confirming = true;
        void this.updateComplete.then(() => {
          this.dialog?.showModal();
          // The safe choice has focus first.
          this.dialog?.querySelector<HTMLButtonElement>('.keep')?.focus();
        });
        return;
      }
      this.checkout.setMode('one');
      return;
    }
    // Focus stays on the choice (changing a setting must not move the shopper elsewhere); the
    // destinations follow it in the tab order.
    this.checkout.setMode('multiple');
  }

  private closeDialog(confirmed: boolean): void {
    if (confirmed) this.checkout.setMode('one');
    this.dialog?.close();
    this.confirming = false;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('input[name="mode"][value="one"]')?.focus());
  }

  // ---- rendering ------------------------------------------------------------------------------

  private reasonText(reason: Reason, state: SyncState): string {
    const t = this.localize;
    switch (reason.kind) {
      case 'needs-address':
        return this.checkout.mode === 'one' ? t.term('reasonNeedsShippingAddress') : t.term('reasonNeedsAddress', { name: this.nameOf(reason.destinationId) });
      case 'needs-items':
        return t.term('reasonNeedsItems', { name: this.nameOf(reason.destinationId) });
      case 'error':
        return t.term('errorAt', { name: this.nameOf(reason.destinationId), error: errorSentence(t, reason.error.kind) });
      case 'unallocated':
        return t.term('reasonUnallocated', { count: state.derived?.unallocated ?? reason.units });
      case 'saving':
        return t.term('statusSaving');
    }
  }

  private renderSkeleton(): TemplateResult {
    return html`<div class="skeleton" aria-hidden="true"><span class="short"></span><span class="tall"></span><span></span><span class="short"></span></div>
      <p class="visually-hidden">${this.localize.term('loading')}</p>`;
  }

  private renderLoadError(state: SyncState | null): TemplateResult {
    const t = this.localize;
    const kind = this.checkout.startError ? 'config' : (state?.lastError?.kind ?? 'unavailable');
    if (kind === 'empty-cart') {
      return html`<div class="notice" role="status"><p>${t.term('emptyCart')}</p></div>`;
    }
    return html`<div class="notice error">
      <p><strong>${t.term('loadFailed')}</strong></p>
      <p>${kind === 'config' ? t.term('errorConfig') : kind === 'invalid' ? t.term('errorCheckoutMissing') : errorSentence(t, kind)}</p>
      ${this.checkout.configError ? html`<p class="config-detail" lang="en" dir="ltr">${this.checkout.configError.detail}</p>` : nothing}
      ${kind === 'config' ? nothing : html`<button type="button" class="primary" @click=${() => this.checkout.retry()}>${t.term('retry')}</button>`}
    </div>`;
  }

  private renderDigital(state: SyncState): TemplateResult | typeof nothing {
    const digital = state.truth?.cart.lineItems.digitalItems ?? [];
    if (digital.length === 0) return nothing;
    const t = this.localize;
    return html`<div>
      <p class="muted">${t.term('digitalItems', { count: digital.length })}</p>
      <ul class="digital">
        ${digital.map((item) => html`<li>${item.name ?? ''}</li>`)}
      </ul>
    </div>`;
  }

  private renderMode(units: number): TemplateResult | typeof nothing {
    if (units < 2) return nothing;
    const t = this.localize;
    const mode = this.checkout.mode;
    const option = (value: 'one' | 'multiple', label: string) =>
      html`<label
        ><input type="radio" name="mode" .value=${value} .checked=${live(mode === value)} @change=${() => this.chooseMode(value)} />${label}</label
      >`;
    return html`<fieldset class="mode" part="mode">
      <legend>${t.term('modeLegend')}</legend>
      <div class="choices">${option('one', t.term('modeOne'))}${option('multiple', t.term('modeMultiple'))}</div>
    </fieldset>`;
  }

  private renderOverview(state: SyncState): TemplateResult {
    const t = this.localize;
    const items = state.derived!.items;
    return html`<section class="overview" part="overview" aria-labelledby="overview-title">
      <h3 id="overview-title">${t.term('itemsToPlace')}</h3>
      <ul>
        ${items.map((a) => {
          const text = itemText(a.item);
          return html`<li>
            <span class="name"><bdi>${text.name}</bdi>${text.options ? html` <span class="muted">(<bdi>${text.options}</bdi>)</span>` : nothing}</span>
            <span class="count ${a.left === 0 ? 'none' : ''}">${t.term('itemLeft', { left: a.left, total: a.item.quantity })}</span>
          </li>`;
        })}
      </ul>
    </section>`;
  }

  private renderDestinations(state: SyncState, single: boolean): TemplateResult {
    const c = this.checkout;
    const countries = c.shippingCountries();
    const currency = state.truth?.cart.currency?.code ?? 'USD';
    const destinations = single ? state.intent.destinations.slice(0, 1) : state.intent.destinations;
    const storeDefault = c.defaultCountry();
    const fallbackCountry =
      state.savedAddresses[0]?.address.countryCode ??
      (storeDefault && countries.some((x) => x.code === storeDefault) ? storeDefault : undefined) ??
      regionOf(this.localize.locale, countries) ??
      countries[0]?.code ??
      '';
    const card = (index: number) => {
      const destination = state.intent.destinations[index]!;
      const before = state.intent.destinations.slice(0, index).reverse().find((d) => hasAddress(d));
      return html`<split-ship-destination
        exportparts="destination, status, error, option, stepper"
        lang=${this.localize.locale}
        data-id=${destination.id}
        .destination=${destination}
        .view=${state.destinations[index]}
        .number=${index + 1}
        ?single=${single}
        .items=${state.derived!.items}
        currency=${currency}
        .formDraft=${c.drafts.forms[destination.id]}
        .quantityDrafts=${c.drafts.quantities[destination.id] ?? {}}
        .fieldsFor=${this.fieldsFor}
        .countries=${countries}
        .saved=${state.savedAddresses}
        defaultCountry=${before?.address.countryCode ?? fallbackCountry}
        @destination-action=${this.onDestinationAction}
      ></split-ship-destination>`;
    };
    if (single) return destinations.length > 0 ? card(0) : html``;
    return html`<ol class="destinations" part="destinations" aria-label=${this.localize.term('destinationsLabel')}>
        ${repeat(
          destinations,
          (d) => d.id,
          (_, index) => html`<li>${card(index)}</li>`,
        )}
      </ol>
      <button type="button" class="add" part="add-button" @click=${this.add}>
        <span aria-hidden="true">+ </span>${this.localize.term('addDestination')}
      </button>`;
  }

  private renderSummary(state: SyncState): TemplateResult {
    const t = this.localize;
    const countries = this.checkout.shippingCountries();
    const entries: SummaryEntry[] = state.intent.destinations.filter(hasAddress).map((d) => {
      const view = state.destinations.find((v) => v.id === d.id);
      const items = state.derived!.items
        .filter((a) => (d.items[a.item.key] ?? 0) > 0)
        .map((a) => t.term('itemTimes', { count: d.items[a.item.key]!, name: itemText(a.item).name }));
      const selected = view?.status === 'saved' ? view.selectedOption : null;
      return {
        id: d.id,
        name: this.nameOf(d.id),
        address: addressLines(d.address, countries).slice(1).join(', '),
        items: t.list(items),
        option: selected
          ? {
              name: selected.description ?? selected.id,
              cost: selected.cost ?? 0,
              handling: state.truth?.consignments.find((c) => c.id === view?.consignmentId)?.handlingCost ?? 0,
            }
          : null,
      };
    });
    const list: SummaryReason[] = reasons(state)
      .filter((r) => r.kind !== 'saving')
      .map((r, index) => ({ text: this.reasonText(r, state), key: String(index) }));
    return html`<split-ship-summary
      part="summary"
      lang=${this.localize.locale}
      .entries=${entries}
      .reasons=${list}
      currency=${state.truth?.cart.currency?.code ?? 'USD'}
      .left=${state.derived!.unallocated}
      ?ready=${this.complete}
      ?single=${this.checkout.mode === 'one'}
      @reason-activate=${(e: Event) => {
        const reason = reasons(state).filter((r) => r.kind !== 'saving')[Number(detailOf<{ key: string }>(e).key)];
        if (reason) void this.follow(reason);
      }}
    ></split-ship-summary>`;
  }

  private retryingText(kind: string): string {
    return kind === 'conflict' ? this.localize.term('errorConflict') : this.localize.term('errorRetrying');
  }

  private renderHalted(state: SyncState): TemplateResult | typeof nothing {
    if (state.retrying && state.pending) {
      // Waiting out a failure: the engine tries again by itself; nothing for the shopper to press.
      return html`<div class="banner waiting"><p>${this.retryingText(state.retrying.kind)}</p></div>`;
    }
    const error = state.lastError;
    if (!error || error.destinationId || state.pending || state.destinations.some((d) => d.error)) return nothing;
    const t = this.localize;
    return html`<div class="banner">
      <p>${errorSentence(t, error.kind)}</p>
      <button type="button" @click=${() => this.checkout.retry()}>${t.term('retry')}</button>
    </div>`;
  }

  private renderBody(): TemplateResult {
    const state = this.checkout.state;
    if (!this.localize.ready) return this.renderSkeleton();
    if (this.checkout.startError) return this.renderLoadError(null);
    if (!state || !state.loaded) return state?.lastError && !state.pending ? this.renderLoadError(state) : this.renderSkeleton();
    if (state.lastError?.kind === 'empty-cart') return this.renderLoadError(state);
    const derived = state.derived!;
    const units = derived.items.reduce((sum, a) => sum + a.item.quantity, 0);
    if (units === 0) {
      return html`<div class="notice" role="status">
        <p>${this.localize.term('nothingToShip')}</p>
        ${this.renderDigital(state)}
      </div>`;
    }
    const single = this.checkout.mode === 'one';
    return html`${this.renderMode(units)} ${this.renderHalted(state)} ${single ? nothing : this.renderOverview(state)}
    ${this.renderDestinations(state, single)} ${this.renderDigital(state)} ${this.renderSummary(state)}`;
  }

  private renderDialog(): TemplateResult | typeof nothing {
    if (!this.confirming) return nothing;
    const t = this.localize;
    const state = this.checkout.state;
    const first = state?.intent.destinations[0];
    const others = (state?.intent.destinations.length ?? 1) - 1;
    return html`<dialog
      part="dialog"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-text"
      @cancel=${(e: Event) => {
        e.preventDefault();
        this.closeDialog(false);
      }}
    >
      <h2 id="confirm-title">${t.term('confirmTitle')}</h2>
      <p id="confirm-text">${t.term('confirmText', { name: first ? this.nameOf(first.id) : '', count: others })}</p>
      <div class="row">
        <button type="button" class="primary" @click=${() => this.closeDialog(true)}>${t.term('confirmYes')}</button>
        <button type="button" class="keep" @click=${() => this.closeDialog(false)}>${t.term('confirmNo')}</button>
      </div>
    </dialog>`;
  }

  override render(): TemplateResult {
    const state = this.checkout.state;
    const loading = !this.localize.ready || (!this.checkout.startError && (!state || (!state.loaded && !state.lastError)));
    return html`<div class="root" part="base" lang=${this.localize.locale} dir=${this.localize.dir} aria-busy=${loading ? 'true' : 'false'}>
      <div class="visually-hidden" role="status" aria-live="polite">${this.polite}</div>
      <div class="visually-hidden" role="alert" aria-live="assertive">${this.assertive}</div>
      ${this.renderBody()} ${this.renderDialog()}
    </div>`;
  }
}

/** The country a language tag points to ('de' → 'DE', 'en' → 'US'), if the store ships there. */
function regionOf(locale: string, countries: readonly { code: string }[]): string | undefined {
  try {
    const region = new Intl.Locale(locale).maximize().region;
    return countries.some((c) => c.code === region) ? region : undefined;
  } catch {
    return undefined;
  }
}
