// The merchant's side of the demo: the store's shipping zones and methods, carrier connections,
// and the order that comes out of the checkout with a shipment per destination. Everything goes
// through the store's V2 Management API, as a merchant's app would.
import { html, nothing, render, type TemplateResult } from 'lit';
import {
  carrierStatuses,
  errorText,
  placeOrder,
  sessionCheckoutId,
  v2,
  v2ok,
  type CarrierStatus,
  type Method,
  type Order,
  type OrderProduct,
  type OrderShipment,
  type OrderShippingAddress,
  type Zone,
} from './api.js';
import { carrierForms, methodTypeChoices, type CarrierForm } from './carriers.js';
import './merchant.css';

/** Fired on document after the merchant changed the store: the shopper's side re-reads its quotes. */
export const storeChangeEvent = 'merchant-store-change';

interface PlacedOrder {
  order: Order;
  addresses: OrderShippingAddress[];
  products: OrderProduct[];
  shipments: OrderShipment[];
}

interface State {
  zones: Zone[];
  methods: Record<number, Method[]>;
  carriers: Record<string, CarrierStatus>;
  /** The last answer of a connection call per carrier, shown as the API gave it. */
  connectionReplies: Record<string, { line: string; errors: string[] }>;
  placed?: PlacedOrder;
  message?: { text: string; tone: 'ok' | 'error' };
  busy: boolean;
}

export interface MerchantPanel {
  /** Re-reads the store (and forgets a shown order), e.g. after the emulator was reset. */
  refresh(): Promise<void>;
}

export function mountMerchantPanel(host: HTMLElement): MerchantPanel {
  const state: State = { zones: [], methods: {}, carriers: {}, connectionReplies: {}, busy: false };

  const draw = (): void => {
    render(view(), host);
  };

  async function loadStore(): Promise<void> {
    state.zones = await v2ok<Zone[]>('GET', '/shipping/zones');
    const lists = await Promise.all(state.zones.map((zone) => v2ok<Method[]>('GET', `/shipping/zones/${zone.id}/methods`)));
    state.methods = Object.fromEntries(state.zones.map((zone, index) => [zone.id, lists[index] ?? []]));
    state.carriers = await carrierStatuses();
  }

  async function loadOrder(orderId: number): Promise<void> {
    const [order, addresses, products, shipments] = await Promise.all([
      v2ok<Order>('GET', `/orders/${orderId}`),
      v2ok<OrderShippingAddress[]>('GET', `/orders/${orderId}/shipping_addresses`),
      v2ok<OrderProduct[]>('GET', `/orders/${orderId}/products`),
      // 204 (no body) when the order has no shipments yet.
      v2<OrderShipment[] | undefined>('GET', `/orders/${orderId}/shipments`).then((reply) => reply.body ?? []),
    ]);
    state.placed = { order, addresses, products, shipments };
  }

  /** Runs a change, reloads the store, tells the shopper side, and shows what happened. */
  async function act(work: () => Promise<string | undefined>, storeChanged = true): Promise<void> {
    state.busy = true;
    draw();
    try {
      const done = await work();
      if (storeChanged) {
        await loadStore();
        document.dispatchEvent(new CustomEvent(storeChangeEvent));
      }
      state.message = done ? { text: done, tone: 'ok' } : undefined;
    } catch (error) {
      state.message = { text: error instanceof Error ? error.message : String(error), tone: 'error' };
    } finally {
      state.busy = false;
      draw();
    }
  }

  // ---------- zones and methods ----------

  const toggleZone = (zone: Zone, enabled: boolean) =>
    act(async () => {
      await v2ok('PUT', `/shipping/zones/${zone.id}`, { name: zone.name, enabled });
      return `${zone.name} ${enabled ? 'enabled' : 'disabled'}`;
    });

  const saveFreeShipping = (zone: Zone, form: HTMLFormElement) =>
    act(async () => {
      const data = new FormData(form);
      await v2ok('PUT', `/shipping/zones/${zone.id}`, {
        name: zone.name,
        free_shipping: { enabled: data.has('enabled'), minimum_sub_total: String(data.get('minimum') ?? '0') },
      });
      return `${zone.name}: free shipping saved`;
    });

  const toggleMethod = (zone: Zone, method: Method, enabled: boolean) =>
    act(async () => {
      await v2ok('PUT', `/shipping/zones/${zone.id}/methods/${method.id}`, { enabled });
      return `${method.name} ${enabled ? 'enabled' : 'disabled'} in ${zone.name}`;
    });

  const saveRate = (zone: Zone, method: Method, form: HTMLFormElement) =>
    act(async () => {
      const rate = Number(new FormData(form).get('rate'));
      await v2ok('PUT', `/shipping/zones/${zone.id}/methods/${method.id}`, { settings: { rate } });
      return `${method.name}: rate saved`;
    });

  const deleteMethod = (zone: Zone, method: Method) =>
    act(async () => {
      await v2ok('DELETE', `/shipping/zones/${zone.id}/methods/${method.id}`);
      return `${method.name} deleted from ${zone.name}`;
    });

  const addMethod = (zone: Zone, form: HTMLFormElement) =>
    act(async () => {
      const data = new FormData(form);
      const type = String(data.get('type'));
      const carrier = carrierForms.find((c) => c.methodType === type);
      const name = String(data.get('name') ?? '').trim() || (carrier?.name ?? type);
      const settings = carrier
        ? { carrier_options: { delivery_services: carrier.services } }
        : type === 'freeshipping'
          ? {}
          : { rate: Number(data.get('rate') ?? 0) };
      await v2ok('POST', `/shipping/zones/${zone.id}/methods`, { name, type, settings, enabled: true });
      form.reset();
      return `${name} added to ${zone.name}`;
    });

  function methodRow(zone: Zone, method: Method): TemplateResult {
    const flat = method.type === 'perorder' || method.type === 'peritem';
    const services = method.settings.carrier_options?.delivery_services;
    return html`<tr data-method=${method.id}>
      <td>
        <input
          type="checkbox"
          aria-label=${`Enable ${method.name} in ${zone.name}`}
          .checked=${method.enabled}
          ?disabled=${state.busy}
          @change=${(e: Event) => toggleMethod(zone, method, (e.target as HTMLInputElement).checked)}
        />
      </td>
      <th scope="row">${method.name}</th>
      <td><code>${method.type}</code></td>
      <td>
        ${flat
          ? html`<form class="mp-inline" @submit=${(e: SubmitEvent) => (e.preventDefault(), saveRate(zone, method, e.currentTarget as HTMLFormElement))}>
              <label class="visually-hidden" for=${`rate-${method.id}`}>Rate of ${method.name}</label>
              <input id=${`rate-${method.id}`} name="rate" type="number" min="0" step="0.01" .value=${String(method.settings.rate ?? 0)} />
              <button class="button button--small" ?disabled=${state.busy}>Save<span class="visually-hidden"> rate of ${method.name} in ${zone.name}</span></button>
            </form>`
          : services
            ? html`<span class="mp-muted">${services.join(', ')}</span>`
            : method.settings.range
              ? html`<span class="mp-muted">${method.settings.range.map((r) => `${r.lower_limit}–${r.upper_limit}: $${r.shipping_cost}`).join(' · ')}</span>`
              : nothing}
      </td>
      <td>
        <button class="button button--small" aria-label=${`Delete ${method.name} from ${zone.name}`} ?disabled=${state.busy} @click=${() => deleteMethod(zone, method)}>
          Delete
        </button>
      </td>
    </tr>`;
  }

  function zoneCard(zone: Zone): TemplateResult {
    const where =
      zone.type === 'global'
        ? 'everywhere'
        : zone.locations.map((l) => [l.country_iso2, l.state_iso2, l.zip].filter(Boolean).join(' ')).join(', ');
    const fee = zone.handling_fees.percentage_surcharge
      ? `${zone.handling_fees.percentage_surcharge}%`
      : `$${Number(zone.handling_fees.fixed_surcharge ?? 0).toFixed(2)}`;
    const methods = state.methods[zone.id] ?? [];
    return html`<article class="mp-zone" aria-labelledby=${`zone-${zone.id}`} data-zone=${zone.id}>
      <header class="mp-zone__head">
        <h5 id=${`zone-${zone.id}`}>${zone.name}</h5>
        <span class="mp-muted">${zone.type}: ${where}</span>
        <label class="check">
          <input type="checkbox" .checked=${zone.enabled} ?disabled=${state.busy} @change=${(e: Event) => toggleZone(zone, (e.target as HTMLInputElement).checked)} />
          <span class="visually-hidden">${zone.name}:</span> Zone enabled
        </label>
      </header>
      <form class="mp-inline" aria-label=${`Free shipping in ${zone.name}`} @submit=${(e: SubmitEvent) => (e.preventDefault(), saveFreeShipping(zone, e.currentTarget as HTMLFormElement))}>
        <label class="check"><input type="checkbox" name="enabled" .checked=${zone.free_shipping.enabled} /> <span class="visually-hidden">${zone.name}:</span> Free shipping</label>
        <label for=${`min-${zone.id}`}><span class="visually-hidden">${zone.name}: free shipping</span> from a consignment subtotal of $</label>
        <input id=${`min-${zone.id}`} name="minimum" type="number" min="0" step="0.01" .value=${String(Number(zone.free_shipping.minimum_sub_total))} />
        <button class="button button--small" ?disabled=${state.busy}>Save<span class="visually-hidden"> free shipping in ${zone.name}</span></button>
        <span class="mp-muted">Handling fee ${fee}${zone.handling_fees.display_separately ? ' (shown apart)' : ''}</span>
      </form>
      <div class="mp-table-scroll">
      <table class="mp-table">
        <caption class="visually-hidden">Shipping methods of ${zone.name}</caption>
        <thead><tr><th scope="col">On</th><th scope="col">Method</th><th scope="col">Type</th><th scope="col">Settings</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
        <tbody>${methods.map((method) => methodRow(zone, method))}</tbody>
      </table>
      </div>
      <form class="mp-inline" aria-label=${`Add a method to ${zone.name}`} @submit=${(e: SubmitEvent) => (e.preventDefault(), addMethod(zone, e.currentTarget as HTMLFormElement))}>
        <label for=${`new-type-${zone.id}`}>Add<span class="visually-hidden"> to ${zone.name}</span></label>
        <select id=${`new-type-${zone.id}`} name="type">
          ${methodTypeChoices.map((choice) => html`<option value=${choice.type}>${choice.label}</option>`)}
        </select>
        <label for=${`new-name-${zone.id}`}><span class="visually-hidden">New method in ${zone.name}</span> named</label>
        <input id=${`new-name-${zone.id}`} name="name" type="text" placeholder="(type name)" />
        <label for=${`new-rate-${zone.id}`}><span class="visually-hidden">New method in ${zone.name}:</span> rate $</label>
        <input id=${`new-rate-${zone.id}`} name="rate" type="number" min="0" step="0.01" value="5" />
        <button class="button button--small" ?disabled=${state.busy}>Add method<span class="visually-hidden"> to ${zone.name}</span></button>
      </form>
    </article>`;
  }

  // ---------- carriers ----------

  const connect = (carrier: CarrierForm, form: HTMLFormElement, method: 'POST' | 'DELETE') =>
    act(async () => {
      const data = new FormData(form);
      const connection = Object.fromEntries(
        carrier.fields.map((field) => [field.name, field.kind === 'boolean' ? data.has(field.name) : String(data.get(field.name) ?? '')]),
      );
      const reply = await v2(method, '/shipping/carrier/connection', method === 'DELETE' ? { carrier_id: carrier.id } : { carrier_id: carrier.id, connection });
      const status = (await carrierStatuses())[carrier.id] ?? 'disconnected';
      const answer = reply.status === 204 ? '204 No Content' : String(reply.status);
      // One line per V2 error, so each missing field reads on its own.
      const errors = reply.status === 204 ? [] : Array.isArray(reply.body) ? reply.body.map((e: { message?: string }) => e.message ?? '') : [errorText(reply.body)];
      state.connectionReplies[carrier.id] = { line: `${method} answered ${answer}; the carrier is now ${status}.`, errors };
      return undefined;
    });

  function carrierReply(reply: { line: string; errors: string[] } | undefined): TemplateResult | typeof nothing {
    if (!reply) return nothing;
    return html`<p>${reply.line}</p>
      ${reply.errors.length > 0 ? html`<ul class="mp-errors">${reply.errors.map((error) => html`<li>${error}</li>`)}</ul>` : nothing}`;
  }

  function carrierCard(carrier: CarrierForm): TemplateResult {
    const status = state.carriers[carrier.id] ?? 'disconnected';
    const uses = state.zones.filter((zone) => (state.methods[zone.id] ?? []).some((m) => m.enabled && (m.type === carrier.methodType || (carrier.id === 'endicia' && m.type === 'usps'))));
    return html`<form class="mp-carrier" aria-labelledby=${`carrier-${carrier.id}`} data-carrier=${carrier.id} @submit=${(e: SubmitEvent) => {
      e.preventDefault();
      const submitter = e.submitter as HTMLButtonElement | null;
      void connect(carrier, e.currentTarget as HTMLFormElement, submitter?.value === 'DELETE' ? 'DELETE' : 'POST');
    }}>
      <h5 id=${`carrier-${carrier.id}`}>${carrier.name} <span class="mp-badge" data-status=${status}>${status}</span></h5>
      ${carrier.fields.length === 0 ? html`<p class="mp-muted">No connection properties.</p>` : nothing}
      ${carrier.fields.map((field) =>
        field.kind === 'boolean'
          ? html`<label class="check"><input type="checkbox" name=${field.name} /> ${field.label}</label>`
          : html`<div class="field">
              <label for=${`${carrier.id}-${field.name}`}>${carrier.name} ${field.label}</label>
              <input id=${`${carrier.id}-${field.name}`} name=${field.name} type=${field.kind} autocomplete="off" />
            </div>`,
      )}
      <div class="actions">
        <button class="button button--small" value="POST" ?disabled=${state.busy}>Connect ${carrier.name}</button>
        <button class="button button--small" value="DELETE" ?disabled=${state.busy}>Disconnect ${carrier.name}</button>
      </div>
      <div class="mp-muted mp-reply" role="status">${carrierReply(state.connectionReplies[carrier.id])}</div>
      <p class="mp-muted">${uses.length > 0 ? `Enabled in: ${uses.map((z) => z.name).join(', ')}` : 'No enabled method of this carrier: it quotes nowhere.'}</p>
    </form>`;
  }

  // ---------- order ----------

  const place = () =>
    act(async () => {
      const order = await placeOrder(await sessionCheckoutId());
      await loadOrder(order.id);
      return `Order ${order.id} placed`;
    }, false);

  const ship = (placed: PlacedOrder, address: OrderShippingAddress, form: HTMLFormElement) =>
    act(async () => {
      const data = new FormData(form);
      const items = placed.products
        .filter((p) => p.order_address_id === address.id && p.quantity > p.quantity_shipped)
        .map((p) => ({ order_product_id: p.id, quantity: p.quantity - p.quantity_shipped }));
      const shipment = await v2ok<OrderShipment>('POST', `/orders/${placed.order.id}/shipments`, {
        order_address_id: address.id,
        tracking_number: String(data.get('tracking') ?? ''),
        shipping_provider: String(data.get('provider') ?? ''),
        items,
      });
      await loadOrder(placed.order.id);
      return `Shipment ${shipment.id} created for ${address.city}`;
    }, false);

  function addressCard(placed: PlacedOrder, address: OrderShippingAddress): TemplateResult {
    const products = placed.products.filter((p) => p.order_address_id === address.id);
    const shipments = placed.shipments.filter((s) => s.order_address_id === address.id);
    const left = address.items_total - address.items_shipped;
    return html`<article class="mp-address" aria-labelledby=${`address-${address.id}`} data-order-address=${address.id}>
      <h5 id=${`address-${address.id}`}>Ship to ${address.first_name} ${address.last_name}, ${address.city}</h5>
      <p class="mp-muted">${address.street_1}, ${address.zip} ${address.city}, ${address.country} · zone ${address.shipping_zone_name}</p>
      <p>
        <strong>${address.shipping_method}</strong> — $${Number(address.base_cost).toFixed(2)}${Number(address.base_handling_cost) > 0
          ? html` + $${Number(address.base_handling_cost).toFixed(2)} handling`
          : nothing}
      </p>
      <ul aria-label=${`Items to ${address.city}`}>
        ${products.map((p) => html`<li>${p.quantity}× ${p.name} <span class="mp-muted">(${p.quantity_shipped} shipped)</span></li>`)}
      </ul>
      <p class="mp-muted">${address.items_shipped} of ${address.items_total} items shipped</p>
      ${shipments.map(
        (s) => html`<p class="mp-shipment">
          Shipment ${s.id}: ${s.shipping_provider_display_name || 'no carrier'} ${s.generated_tracking_link
            ? html`<a href=${s.generated_tracking_link} target="_blank" rel="noopener">${s.tracking_number}</a>`
            : s.tracking_number}
        </p>`,
      )}
      ${left > 0
        ? html`<form class="mp-inline" aria-label=${`Ship to ${address.city}`} @submit=${(e: SubmitEvent) => (e.preventDefault(), ship(placed, address, e.currentTarget as HTMLFormElement))}>
            <label for=${`tracking-${address.id}`}>Tracking number</label>
            <input id=${`tracking-${address.id}`} name="tracking" type="text" maxlength="50" required />
            <label for=${`provider-${address.id}`}>Carrier</label>
            <select id=${`provider-${address.id}`} name="provider">
              <option value="usps">USPS</option>
              <option value="fedex">FedEx</option>
              <option value="ups">UPS</option>
              <option value="royalmail">Royal Mail</option>
              <option value="auspost">Australia Post</option>
              <option value="">Other</option>
            </select>
            <button class="button button--small" ?disabled=${state.busy}>Create shipment</button>
          </form>`
        : nothing}
    </article>`;
  }

  function orderSection(): TemplateResult {
    const placed = state.placed;
    return html`<section aria-labelledby="mp-order-title" class="mp-section">
      <h4 id="mp-order-title">Order</h4>
      <p class="mp-muted">
        Places an order from this session's checkout as the widget left it: one shipping address per destination, with the option
        chosen there. The store refuses while an item has no destination or a destination no option.
      </p>
      <div class="actions">
        <button class="button button--primary" ?disabled=${state.busy} @click=${place}>Place order</button>
      </div>
      ${placed
        ? html`<div class="mp-order" data-order=${placed.order.id}>
            <p>
              <strong>Order ${placed.order.id}</strong> — <span data-testid="order-status">${placed.order.status}</span> ·
              ${placed.order.items_shipped} of ${placed.order.items_total} items shipped · ${placed.order.shipping_address_count} shipping addresses ·
              total ${placed.order.currency_code} ${Number(placed.order.total_inc_tax).toFixed(2)}
            </p>
            ${placed.addresses.map((address) => addressCard(placed, address))}
          </div>`
        : nothing}
    </section>`;
  }

  function view(): TemplateResult {
    return html`<h3 class="mp-title">Merchant panel <span class="mp-muted">— the store's V2 Management API</span></h3>
      ${state.message
        ? html`<p class="mp-message" data-tone=${state.message.tone} role=${state.message.tone === 'error' ? 'alert' : 'status'}>${state.message.text}</p>`
        : nothing}
      <section aria-labelledby="mp-zones-title" class="mp-section">
        <h4 id="mp-zones-title">Shipping zones and methods</h4>
        ${state.zones.map(zoneCard)}
      </section>
      <section aria-labelledby="mp-carriers-title" class="mp-section">
        <h4 id="mp-carriers-title">Carrier connections</h4>
        <p class="mp-muted">
          Connecting does not enable a carrier: an enabled zone method of its type does. The API answers 204 whether the carrier accepts the
          credentials or not; in this emulator a value containing "invalid" or "wrong" is refused, and a refused carrier quotes nothing.
        </p>
        <div class="mp-carriers">${carrierForms.map(carrierCard)}</div>
      </section>
      ${orderSection()}`;
  }

  const refresh = async (): Promise<void> => {
    state.placed = undefined;
    state.connectionReplies = {};
    state.message = undefined;
    try {
      await loadStore();
    } catch (error) {
      state.message = { text: error instanceof Error ? error.message : String(error), tone: 'error' };
    }
    draw();
  };
  draw();
  void refresh();
  // The demo's reset button announces itself with this event; the seeded store is back, orders are gone.
  document.addEventListener('emulator-reset', () => void refresh());
  return { refresh };
}
