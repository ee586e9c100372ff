// The demo storefront's checkout step: seeds a cart on the emulator, shows it, signs a customer in,
// mounts <split-ship> on the session's checkout, follows its events in the order summary and the
// Continue button, and gives the developer the emulator's faults and request log.
import { createCheckoutService } from '@bigcommerce/checkout-sdk/essential';
import { html, nothing, render, type TemplateResult } from 'lit';
import '../src/define.js';
import type { SplitShipChangeEvent, SplitShipCompleteEvent } from '../src/events/index.js';
import { mountApiPicker, type Api } from './api-mode.js';
import {
  createCart,
  demoCartLines,
  getCarts,
  getCatalog,
  getFaults,
  getGraphqlAccess,
  getRequests,
  putFaults,
  resetEmulator,
  type Cart,
  type CartLineItem,
  type FaultSettings,
  type LoggedRequest,
  type SplitKeepsId,
} from './api.js';
import { mountCustomerStep } from './customer.js';
import { mountLanguagePicker } from './locale.js';
// The merchant panel (store-side zones, methods, carriers, orders) lives in demo/merchant/.
import { mountMerchantPanel, storeChangeEvent, type MerchantPanel } from './merchant/panel.js';

const $ = (selector: string): HTMLElement => {
  const element = document.querySelector<HTMLElement>(selector);
  if (!element) throw new Error(`demo/index.html lacks ${selector}`);
  return element;
};

/** What the page knows of the shipping step, from the widget's events. */
interface ShippingState {
  complete: boolean;
  /** The checkout with a selected option on every consignment; only while complete. */
  checkout?: SplitShipCompleteEvent['detail']['checkout'];
}

const state: {
  cart?: Cart;
  faults?: FaultSettings;
  requests: LoggedRequest[];
  logPaused: boolean;
  busy: boolean;
  shipping: ShippingState;
  /** How the widget reaches the store (the header's API picker). */
  api: Api;
  graphql?: { endpoint: string; storefrontToken: string };
} = { requests: [], logPaused: false, busy: false, shipping: { complete: false }, api: 'rest' };

// One SDK instance for the whole page: the Customer step signs in through it and the widget
// writes consignments through it (its `service` property), so both see the same checkout.
const service = createCheckoutService();

let merchantPanel: MerchantPanel | undefined;

// ---------- status toast ----------

let statusTimer: number | undefined;
function announce(message: string, tone: 'ok' | 'error' = 'ok'): void {
  const status = $('#status');
  status.textContent = message;
  status.dataset.tone = tone;
  status.classList.add('toast--visible');
  window.clearTimeout(statusTimer);
  statusTimer = window.setTimeout(() => status.classList.remove('toast--visible'), tone === 'error' ? 8000 : 3000);
}

function failed(error: unknown): void {
  console.error(error);
  announce(error instanceof Error ? error.message : String(error), 'error');
}

// ---------- cart ----------

/** The session's cart, or a freshly seeded one when the session has none. */
async function ensureCart(): Promise<Cart> {
  const [existing] = await getCarts();
  if (existing) return existing;
  const lines = demoCartLines(await getCatalog());
  return createCart(lines);
}

/** ensureCart, tried a few times: the emulator may have been told to fail requests. */
async function ensureCartPatiently(attempts = 4): Promise<Cart> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await ensureCart();
    } catch (error) {
      if (attempt >= attempts) throw error;
      announce(`Loading the cart failed (${error instanceof Error ? error.message : String(error)}); trying again…`, 'error');
    }
  }
}

function money(amount: number): string {
  const currency = state.cart?.currency.code ?? 'USD';
  return new Intl.NumberFormat(document.documentElement.lang || 'en', { style: 'currency', currency }).format(amount);
}

type Consignment = NonNullable<ShippingState['checkout']>['consignments'][number];

/** The store may show a handling fee apart from the option's cost (the SDK's consignment has it). */
const handlingOf = (consignment: Consignment): number => {
  const fee = (consignment as { handlingCost?: unknown }).handlingCost;
  return typeof fee === 'number' ? fee : 0;
};

/** Shipping as the checkout holds it: per destination, the selected option and its cost. */
function shippingLines(): { name: string; option: string; cost: number }[] {
  return (state.shipping.checkout?.consignments ?? []).map((c) => ({
    name: [[c.address.firstName, c.address.lastName].filter(Boolean).join(' '), c.address.city].filter(Boolean).join(', '),
    option: c.selectedShippingOption?.description ?? 'No option',
    cost: c.selectedShippingOption?.cost ?? 0,
  }));
}

function shippingTotals(): { shipping: number; handling: number } | undefined {
  const checkout = state.shipping.checkout;
  if (!state.shipping.complete || !checkout) return undefined;
  const sum = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) * 100) / 100;
  return { shipping: sum(shippingLines().map((l) => l.cost)), handling: sum(checkout.consignments.map(handlingOf)) };
}

function itemRow(item: CartLineItem, kind: 'physical' | 'digital'): TemplateResult {
  const options = item.options?.map((o) => `${o.name}: ${o.value}`).join(' · ');
  return html`<li class="line-item" data-kind=${kind}>
    <span class="line-item__qty" aria-label=${`Quantity ${item.quantity}`}>${item.quantity}×</span>
    <span class="line-item__body">
      <span class="line-item__name">${item.name}</span>
      ${options ? html`<span class="line-item__options">${options}</span>` : nothing}
      ${kind === 'digital' ? html`<span class="line-item__badge">Digital — no shipping</span>` : nothing}
    </span>
    <span class="line-item__price">${money(item.extendedSalePrice)}</span>
  </li>`;
}

function renderCart(): void {
  const target = $('#order-summary');
  const cart = state.cart;
  target.setAttribute('aria-busy', String(!cart));
  if (!cart) {
    render(html`<p>Loading cart…</p>`, target);
    return;
  }
  const { physicalItems, digitalItems } = cart.lineItems;
  const units = [...physicalItems, ...digitalItems].reduce((sum, item) => sum + item.quantity, 0);
  const totals = shippingTotals();
  render(
    html`<p class="summary__count">${units} items</p>
      <ul class="line-items" aria-label="Items in your cart">
        ${physicalItems.map((item) => itemRow(item, 'physical'))} ${digitalItems.map((item) => itemRow(item, 'digital'))}
      </ul>
      <dl class="totals">
        <div><dt>Subtotal</dt><dd>${money(cart.baseAmount)}</dd></div>
        ${shippingRows()}
        <div class="totals__grand"><dt>Total</dt><dd data-testid="cart-total">${money(cart.cartAmount + (totals ? totals.shipping + totals.handling : 0))}</dd></div>
      </dl>
      <p class="summary__id">Cart <code data-testid="cart-id">${cart.id}</code></p>`,
    target,
  );
}

function shippingRows(): TemplateResult {
  const totals = shippingTotals();
  if (!totals) return html`<div><dt>Shipping</dt><dd>Chosen per destination</dd></div>`;
  return html`<div class="totals__shipping">
      <dt>Shipping</dt>
      <dd data-testid="shipping-total">${money(totals.shipping)}</dd>
      <dd class="totals__breakdown">
        <ul aria-label="Shipping per destination">
          ${shippingLines().map(
            (line) => html`<li>
              <span class="totals__destination">${line.name}</span>
              <span class="totals__option">${line.option} · ${money(line.cost)}</span>
            </li>`,
          )}
        </ul>
      </dd>
    </div>
    ${totals.handling > 0 ? html`<div><dt>Handling</dt><dd>${money(totals.handling)}</dd></div>` : nothing}`;
}

// ---------- the widget and the host page's side of its contract ----------

const widget = (): HTMLElementTagNameMap['split-ship'] | null => document.querySelector('split-ship');

/**
 * The widget on the session's checkout: sharing the page's CheckoutService (REST), or given the
 * GraphQL endpoint, the storefront token and the cart id, as a headless storefront's page is.
 */
function mountWidget(): void {
  const mount = $('#split-ship-mount');
  const { graphql } = state;
  if (state.api === 'graphql' && graphql) {
    render(
      html`<split-ship checkout-id=${state.cart?.id ?? nothing} graphql-endpoint=${graphql.endpoint} storefront-token=${graphql.storefrontToken}></split-ship>`,
      mount,
    );
  } else {
    render(html`<split-ship checkout-id=${state.cart?.id ?? nothing} .service=${service}></split-ship>`, mount);
  }
  render(
    state.api === 'graphql'
      ? html`Through the GraphQL Storefront API (<code>POST /graphql</code>, a storefront token), as a headless storefront's page.`
      : html`Through the checkout SDK (the REST Storefront API), as a BigCommerce-hosted checkout.`,
    $('#api-note'),
  );
}

/** The API picker changed: the widget starts again on the same checkout, through the other API. */
async function switchApi(api: Api): Promise<void> {
  state.api = api;
  try {
    if (api === 'graphql') state.graphql ??= await getGraphqlAccess();
  } catch (error) {
    failed(error);
  }
  state.shipping = { complete: false };
  renderContinue();
  renderCart();
  mountWidget();
  announce(api === 'graphql' ? 'The widget now uses the GraphQL Storefront API' : 'The widget now uses the checkout SDK (REST)');
}

// A sign-in or sign-out by the Customer step: over REST the widget sees it through the shared
// service; over GraphQL it reads the shopper's saved addresses again (the session cookie tells the
// store who is signed in, as on a BigCommerce-hosted page).
service.subscribe(
  () => {
    if (state.api === 'graphql') widget()?.refresh();
  },
  (selectors) => selectors.data.getCustomer()?.id,
);

// The merchant panel changed zones, methods or carriers: the widget quotes again.
document.addEventListener(storeChangeEvent, () => widget()?.refresh());

const destinationsText = (count: number) => `${count} ${count === 1 ? 'destination' : 'destinations'}`;

function renderContinue(): void {
  const complete = state.shipping.complete;
  $('#continue').setAttribute('aria-disabled', String(!complete));
  $('#continue-hint').textContent = complete
    ? 'Shipping is set: every item has a destination with a shipping option.'
    : 'Waiting for shipping: every item needs a destination, and every destination an address and a shipping option.';
  if (!complete) $('#continue-next').hidden = true;
}

function continueToPayment(): void {
  const element = widget();
  // Not a silent disabled button: the widget moves focus to what is left to do and says it.
  if (!state.shipping.complete || !element) {
    element?.reportValidity();
    return;
  }
  if (!element.reportValidity()) return;
  const totals = shippingTotals();
  const count = state.shipping.checkout?.consignments.length ?? 0;
  announce(`Shipping is set: ${destinationsText(count)}, shipping ${money(totals?.shipping ?? 0)}`);
  $('#continue-next').hidden = false;
}

/** The same consignments with the same options as the change event describes. */
function sameSelection(checkout: ShippingState['checkout'], detail: SplitShipChangeEvent['detail']): boolean {
  if (!checkout || checkout.consignments.length !== detail.destinations.length) return false;
  const selected = checkout.consignments.map((c) => c.selectedShippingOption?.id ?? '').sort();
  const wanted = detail.destinations.map((d) => d.shippingOptionId ?? '').sort();
  return selected.every((id, index) => id === wanted[index]);
}

document.addEventListener('split-ship-complete', (event) => {
  state.shipping = { complete: true, checkout: event.detail.checkout };
  renderContinue();
  renderCart();
});
document.addEventListener('split-ship-change', (event) => {
  const { detail } = event;
  if (!detail.complete) {
    state.shipping = { complete: false };
  } else if (!sameSelection(state.shipping.checkout, detail)) {
    // A checkout that stays complete but changed (another option, units moved): take it from the
    // service we share with the widget, so the summary is right even where no split-ship-complete
    // follows (a widget that fires it only on becoming complete); one that does replaces it.
    const checkout = service.getState().data.getCheckout();
    state.shipping = checkout ? { complete: true, checkout } : { complete: true };
  }
  renderContinue();
  renderCart();
});

// ---------- emulator panel ----------

const percent = (rate: number) => Math.round(rate * 1000) / 10;

function readFaultForm(form: HTMLFormElement): Partial<FaultSettings> {
  const data = new FormData(form);
  const number = (name: string) => Number(data.get(name) ?? 0);
  return {
    latencyMs: number('latencyMs'),
    jitterMs: number('jitterMs'),
    errorRate: number('errorRate') / 100,
    timeoutRate: number('timeoutRate') / 100,
    conflictRate: number('conflictRate') / 100,
    splitKeepsId: String(data.get('splitKeepsId')) as SplitKeepsId,
    putRemovesItems: data.has('putRemovesItems'),
    writesDropSelections: data.has('writesDropSelections'),
    seed: Math.trunc(number('seed')),
  };
}

async function applyFaults(event: SubmitEvent): Promise<void> {
  event.preventDefault();
  const form = event.currentTarget as HTMLFormElement;
  try {
    await putFaults(readFaultForm(form));
    state.faults = await getFaults();
    renderPanel();
    announce('Emulator settings applied');
  } catch (error) {
    failed(error);
  }
}

async function resetCart(): Promise<void> {
  state.busy = true;
  renderPanel();
  try {
    await resetEmulator();
    state.cart = undefined;
    state.requests = [];
    state.shipping = { complete: false };
    renderCart();
    renderContinue();
    state.cart = await ensureCartPatiently();
    state.faults = await getFaults();
    renderCart();
    mountWidget();
    await merchantPanel?.refresh();
    announce('Emulator reset; a new cart was seeded');
  } catch (error) {
    failed(error);
  } finally {
    state.busy = false;
    renderPanel();
  }
}

function numberField(name: keyof FaultSettings, label: string, value: number, unit: string, max: number, step: number): TemplateResult {
  const id = `fault-${name}`;
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <span class="field__input">
      <input id=${id} name=${name} type="number" inputmode="decimal" min="0" max=${max} step=${step} .value=${String(value)} required />
      <span class="field__unit" aria-hidden="true">${unit}</span>
    </span>
  </div>`;
}

function renderPanel(): void {
  const faults = state.faults;
  if (!faults) {
    render(html`<h3>Faults &amp; store behaviour</h3><p>Loading…</p>`, $('#emulator-panel'));
    return;
  }
  render(
    html`<h3 id="faults-title">Faults &amp; store behaviour</h3>
      <form class="fault-form" aria-labelledby="faults-title" @submit=${applyFaults}>
        <fieldset>
          <legend>Network</legend>
          ${numberField('latencyMs', 'Latency', faults.latencyMs, 'ms', 60000, 10)}
          ${numberField('jitterMs', 'Jitter', faults.jitterMs, 'ms', 60000, 10)}
          ${numberField('errorRate', 'Server errors (5xx)', percent(faults.errorRate), '%', 100, 0.1)}
          ${numberField('timeoutRate', 'Timeouts', percent(faults.timeoutRate), '%', 100, 0.1)}
          ${numberField('conflictRate', 'Version conflicts (409)', percent(faults.conflictRate), '%', 100, 0.1)}
          ${numberField('seed', 'Random seed', faults.seed, '', 2 ** 31, 1)}
        </fieldset>
        <fieldset>
          <legend>Store behaviour</legend>
          <div class="field">
            <label for="fault-splitKeepsId">On a split, the old line-item id stays with</label>
            <select id="fault-splitKeepsId" name="splitKeepsId" .value=${faults.splitKeepsId}>
              <option value="assigned" ?selected=${faults.splitKeepsId === 'assigned'}>the assigned part</option>
              <option value="remainder" ?selected=${faults.splitKeepsId === 'remainder'}>the remainder</option>
              <option value="perUnit" ?selected=${faults.splitKeepsId === 'perUnit'}>one line item per unit</option>
            </select>
          </div>
          <div class="check">
            <input id="fault-putRemovesItems" name="putRemovesItems" type="checkbox" .checked=${faults.putRemovesItems} />
            <label for="fault-putRemovesItems">A PUT removes items it leaves out</label>
          </div>
          <div class="check">
            <input id="fault-writesDropSelections" name="writesDropSelections" type="checkbox" .checked=${faults.writesDropSelections} />
            <label for="fault-writesDropSelections">Writes drop other destinations' shipping options</label>
          </div>
        </fieldset>
        <div class="actions">
          <button type="submit" class="button button--primary">Apply</button>
          <button type="button" class="button" ?disabled=${state.busy} @click=${resetCart}>Reset emulator &amp; cart</button>
        </div>
      </form>`,
    $('#emulator-panel'),
  );
}

// ---------- request log ----------

function statusClass(entry: LoggedRequest): string {
  if (entry.status === 0) return 'status status--pending';
  if (entry.status >= 500) return 'status status--error';
  if (entry.status >= 400) return 'status status--warn';
  return 'status status--ok';
}

function requestRow(entry: LoggedRequest): TemplateResult {
  const query = new URLSearchParams(entry.query).toString();
  const time = new Date(entry.at).toLocaleTimeString(undefined, { hour12: false });
  return html`<tr>
    <td class="log__time">${time}</td>
    <td class="log__method">${entry.method}</td>
    <td class="log__path" title=${query ? `${entry.path}?${query}` : entry.path}>${entry.path}</td>
    <td><span class=${statusClass(entry)}>${entry.status === 0 ? (entry.fault === 'timeout' ? 'hung' : '…') : entry.status}</span></td>
    <td class="log__ms">${Math.round(entry.durationMs)}</td>
    <td class="log__fault">${entry.fault ?? ''}</td>
  </tr>`;
}

function renderLog(): void {
  const latest = state.requests.slice(-60).reverse();
  render(
    html`<div class="log__header">
        <h3 id="log-title">API requests</h3>
        <div class="check">
          <input
            id="log-pause"
            type="checkbox"
            .checked=${state.logPaused}
            @change=${(e: Event) => {
              state.logPaused = (e.currentTarget as HTMLInputElement).checked;
            }}
          />
          <label for="log-pause">Pause</label>
        </div>
      </div>
      <div class="log__scroll" tabindex="0" role="region" aria-labelledby="log-title">
        <table class="log" data-testid="request-log">
          <caption class="visually-hidden">
            Requests the emulator received, newest first
          </caption>
          <thead>
            <tr>
              <th scope="col">Time</th>
              <th scope="col">Method</th>
              <th scope="col">Path</th>
              <th scope="col">Status</th>
              <th scope="col">ms</th>
              <th scope="col">Fault</th>
            </tr>
          </thead>
          <tbody>
            ${latest.length === 0
              ? html`<tr><td colspan="6" class="log__empty">No requests yet.</td></tr>`
              : latest.map(requestRow)}
          </tbody>
        </table>
      </div>`,
    $('#request-log'),
  );
}

async function pollLog(): Promise<void> {
  try {
    if (!state.logPaused) {
      // Ask only for what is new, and again for requests still in flight (their status changes).
      const inFlight = state.requests.find((r) => r.status === 0 && r.fault !== 'timeout');
      const since = inFlight ? inFlight.seq - 1 : (state.requests.at(-1)?.seq ?? 0);
      const fresh = await getRequests(since);
      const bySeq = new Map(state.requests.map((r) => [r.seq, r]));
      for (const entry of fresh) bySeq.set(entry.seq, entry);
      state.requests = [...bySeq.values()].sort((a, b) => a.seq - b.seq).slice(-200);
      renderLog();
    }
  } catch (error) {
    console.warn('request log poll failed', error);
  }
  window.setTimeout(() => void pollLog(), 1000);
}

// ---------- start ----------

async function start(): Promise<void> {
  mountLanguagePicker($('#language') as HTMLSelectElement, () => renderCart());
  state.api = mountApiPicker($('#api') as HTMLSelectElement, (api) => void switchApi(api));
  renderCart();
  renderPanel();
  renderLog();
  renderContinue();
  $('#continue').addEventListener('click', continueToPayment);
  mountCustomerStep($('#customer'), { service, checkoutId: () => state.cart?.id, announce });
  merchantPanel = mountMerchantPanel($('#merchant-panel'));
  try {
    [state.cart, state.faults, state.graphql] = await Promise.all([ensureCartPatiently(), getFaults(), getGraphqlAccess()]);
  } catch (error) {
    failed(error);
  }
  renderCart();
  renderPanel();
  mountWidget();
  document.body.dataset.ready = 'true';
  void pollLog();
}

void start();
