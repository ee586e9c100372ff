import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  hasAddress,
  type AddressFields,
  type AddressFormField,
  type DestinationIntent,
  type ItemAllocation,
  type ItemKey,
  type SavedAddress,
  type ShippingCountry,
  type ShippableItem,
} from '../../core/index.js';
import type { DestinationState } from '../../sync/index.js';
import type { AddressFormDraft, AddressSubmit } from '../split-ship-address-form/split-ship-address-form.js';
import type { QuantityChange, QuantityDraft } from '../split-ship-quantity/split-ship-quantity.js';
import type { OptionChoice } from '../split-ship-shipping-options/split-ship-shipping-options.js';
import { addressLines, placeOf, recipientOf } from '../shared/address-text.js';
import { errorSentence, isFixedByEditing } from '../shared/error-text.js';
import { detailOf, send } from '../shared/events.js';
import { SplitShipElement } from '../shared/element.js';
import { alertIcon, checkIcon, spinnerIcon } from '../shared/icons.js';
import { styles } from './split-ship-destination.styles.js';

/** What the shopper did to one destination. */
export type DestinationAction =
  | { readonly kind: 'address'; readonly address: AddressFields; readonly savedAddressId?: number }
  /** The address form's typed values; null closes the form. */
  | { readonly kind: 'address-draft'; readonly draft: AddressFormDraft | null }
  | { readonly kind: 'units'; readonly key: ItemKey; readonly units: number }
  | { readonly kind: 'units-draft'; readonly key: ItemKey; readonly text: string | null }
  | { readonly kind: 'fill' | 'clear' | 'duplicate' | 'remove' | 'retry' }
  | { readonly kind: 'option'; readonly optionId: string };

export interface DestinationActionDetail {
  readonly destinationId: string;
  readonly action: DestinationAction;
}

/** Where focus can be sent inside a destination. */
export type DestinationTarget = 'heading' | 'first' | 'address' | 'items' | 'options' | 'error';

/** An item's name and its options, as one line ("Trail Running Shoes — Size 9, Slate"). */
export function itemText(item: ShippableItem): { name: string; options: string } {
  return { name: item.name || item.sku, options: item.options.map((o) => (o.name ? `${o.name}: ${o.value ?? ''}` : (o.value ?? ''))).join(', ') };
}

/**
 * One destination: who and where it goes (a saved address or the store's address form), how
 * many of each item go there, the shipping options the store offers it, and whether it is
 * saved. In one-address mode it ships everything and shows no quantities.
 *
 * @fires destination-action - `{ destinationId, action }` for every change the shopper makes.
 * @csspart destination - the card.
 * @csspart status - the "Saved" / "Saving…" line.
 * @csspart error - the error box.
 * @csspart option - each shipping option's row (exported from the options).
 * @csspart stepper - each quantity field (exported from the quantities).
 */
export class SplitShipDestination extends SplitShipElement {
  static override styles = styles;

  @property({ attribute: false }) destination!: DestinationIntent;
  @property({ attribute: false }) view: DestinationState | undefined;
  /** Its place in the list, from 1. */
  @property({ type: Number }) number = 1;
  /** One-address mode: it ships everything. */
  @property({ type: Boolean }) single = false;
  @property({ attribute: false }) items: readonly ItemAllocation[] = [];
  @property() currency = 'USD';
  @property({ attribute: false }) formDraft: AddressFormDraft | undefined;
  @property({ attribute: false }) quantityDrafts: Readonly<Record<ItemKey, string>> = {};
  @property({ attribute: false }) fieldsFor: (countryCode: string) => readonly AddressFormField[] = () => [];
  @property({ attribute: false }) countries: readonly ShippingCountry[] = [];
  @property({ attribute: false }) saved: readonly SavedAddress[] = [];
  @property() defaultCountry = '';
  /** Reflected so a theme can style a destination by its state. */
  @property({ reflect: true }) status: DestinationState['status'] | 'address' = 'draft';

  private act(action: DestinationAction): void {
    send<DestinationActionDetail>(this, 'destination-action', { destinationId: this.destination.id, action });
  }

  /** The shopper's name for it: "Ada Lovelace, Austin TX", or "Destination 2" before it has an address. */
  get displayName(): string {
    const address = this.destination.address;
    if (!hasAddress(this.destination)) return this.localize.term('destinationNumber', { number: this.number });
    const who = recipientOf(address);
    const where = placeOf(address, this.countries);
    return who && where ? this.localize.term('destinationName', { recipient: who, place: where }) : who || where;
  }

  private get formOpen(): boolean {
    return !hasAddress(this.destination) || this.formDraft !== undefined || (this.view?.problems.length ?? 0) > 0;
  }

  protected override willUpdate(): void {
    this.status = !hasAddress(this.destination) ? 'address' : (this.view?.status ?? 'draft');
  }

  /** Moves focus to a part of the destination (after adding, removing, or from the summary). */
  async focusOn(target: DestinationTarget, itemKey?: ItemKey): Promise<void> {
    await this.updateComplete;
    const root = this.renderRoot;
    const pick = (selector: string) => root.querySelector<HTMLElement>(selector);
    const firstQuantity = () => (itemKey ? pick(`split-ship-quantity[data-key="${CSS.escape(itemKey)}"]`) : null) ?? pick('split-ship-quantity');
    const element =
      target === 'heading'
        ? pick('h3')
        : target === 'error'
          ? pick('.error button')
          : target === 'options'
            ? pick('split-ship-shipping-options')
            : target === 'items'
              ? firstQuantity()
              : target === 'address'
                ? (pick('split-ship-address-form') ?? pick('.edit-address'))
                : this.formOpen
                  ? pick('split-ship-address-form')
                  : (firstQuantity() ?? pick('h3'));
    (element ?? pick('h3'))?.focus();
  }

  private renderStatus(): TemplateResult {
    const t = this.localize;
    const units = Object.values(this.destination.items).reduce((a, b) => a + b, 0);
    const [icon, text] = !hasAddress(this.destination)
      ? [nothing, t.term('statusNeedsAddress')]
      : this.view?.status === 'saved'
        ? [checkIcon(), t.term('statusSaved')]
        : this.view?.status === 'error'
          ? [alertIcon(), t.term('statusError')]
          : this.view?.status === 'saving'
            ? [spinnerIcon(), t.term('statusSaving')]
            : [nothing, units === 0 ? t.term('statusNeedsItems') : t.term('statusNeedsAddress')];
    return html`<span class="status" part="status" data-status=${this.view?.status ?? 'draft'}>${icon}${text}</span>`;
  }

  private asDraft?: { readonly of: DestinationIntent; readonly draft: AddressFormDraft };

  /**
   * The destination's own address as the form's starting draft: the same object while the
   * destination is, so a render of this card alone does not hand the form a "new" draft and
   * reset what the shopper is typing before the page has stored it.
   */
  private addressAsDraft(): AddressFormDraft {
    const d = this.destination;
    if (this.asDraft?.of !== d) {
      this.asDraft = { of: d, draft: { address: d.address, ...(d.savedAddressId !== undefined ? { saved: d.savedAddressId } : {}) } };
    }
    return this.asDraft.draft;
  }

  private renderAddress(): TemplateResult {
    const t = this.localize;
    const name = this.displayName;
    if (this.formOpen) {
      const draft = this.formDraft ?? this.addressAsDraft();
      return html`<split-ship-address-form
        lang=${this.localize.locale}
        .fieldsFor=${this.fieldsFor}
        .countries=${this.countries}
        .saved=${this.saved}
        .draft=${draft}
        defaultCountry=${this.defaultCountry}
        heading=${t.term('addressFor', { name })}
        ?cancellable=${hasAddress(this.destination) && (this.view?.problems.length ?? 0) === 0}
        ?editing=${hasAddress(this.destination)}
        @address-input=${(e: Event) => this.act({ kind: 'address-draft', draft: detailOf<AddressFormDraft>(e) })}
        @address-cancel=${() => this.act({ kind: 'address-draft', draft: null })}
        @address-submit=${(e: Event) => {
          const { address, savedAddressId } = detailOf<AddressSubmit>(e);
          this.act({ kind: 'address', address, ...(savedAddressId !== undefined ? { savedAddressId } : {}) });
        }}
      ></split-ship-address-form>`;
    }
    return html`<div class="address">
      <address>${addressLines(this.destination.address, this.countries).map((line) => html`<span><bdi>${line}</bdi></span>`)}</address>
      <button
        type="button"
        class="quiet edit-address"
        aria-label=${t.term('actionFor', { action: t.term('editAddress'), name })}
        @click=${() => this.act({ kind: 'address-draft', draft: { address: this.destination.address, ...(this.destination.savedAddressId !== undefined ? { saved: this.destination.savedAddressId } : {}) } })}
      >
        ${t.term('editAddress')}
      </button>
    </div>`;
  }

  private renderItems(): TemplateResult {
    const t = this.localize;
    const name = this.displayName;
    if (this.single) {
      const lines = this.items.filter((a) => a.item.quantity > 0).map((a) => t.term('itemTimes', { count: a.item.quantity, name: itemText(a.item).name }));
      return html`<section aria-labelledby="items-title">
        <h4 id="items-title">${t.term('itemsShippingHere')}</h4>
        <p class="summary-items">${t.list(lines)}</p>
      </section>`;
    }
    const anyLeft = this.items.some((a) => a.left > 0);
    const anyHere = Object.values(this.destination.items).some((n) => n > 0);
    return html`<section aria-labelledby="items-title">
      <h4 id="items-title">${t.term('itemsFor', { name })}</h4>
      <ul>
        ${this.items.map((allocation) => {
          const { item, left } = allocation;
          const here = this.destination.items[item.key] ?? 0;
          const text = itemText(item);
          return html`<li class="item">
            <span class="item-name">
              <span><bdi>${text.name}</bdi></span>
              ${text.options ? html`<span class="item-options">${text.options}</span>` : nothing}
              <span class="left ${left === 0 ? 'none' : ''}">${t.term('itemLeft', { left, total: item.quantity })}</span>
            </span>
            <span class="quantity">
              <split-ship-quantity
                exportparts="stepper"
                lang=${this.localize.locale}
                data-key=${item.key}
                .value=${here}
                .max=${here + left}
                .draft=${this.quantityDrafts[item.key]}
                label=${t.term('itemForDestination', { item: text.options ? `${text.name} (${text.options})` : text.name, name })}
                @quantity-change=${(e: Event) => this.act({ kind: 'units', key: item.key, units: detailOf<QuantityChange>(e).value })}
                @quantity-draft=${(e: Event) => this.act({ kind: 'units-draft', key: item.key, text: detailOf<QuantityDraft>(e).text })}
              ></split-ship-quantity>
            </span>
          </li>`;
        })}
      </ul>
      <div class="row">
        <button type="button" ?disabled=${!anyLeft} @click=${() => this.act({ kind: 'fill' })}>${t.term('shipAllRemaining')}</button>
        <button type="button" ?disabled=${!anyHere} aria-label=${t.term('actionFor', { action: t.term('clear'), name })} @click=${() => this.act({ kind: 'clear' })}>
          ${t.term('clear')}
        </button>
      </div>
    </section>`;
  }

  private renderShipping(): TemplateResult | typeof nothing {
    const t = this.localize;
    const view = this.view;
    if (!hasAddress(this.destination) || this.formOpen) return nothing;
    const units = Object.values(this.destination.items).reduce((a, b) => a + b, 0);
    let body: TemplateResult;
    if (view && view.consignmentId && view.availableOptions.length > 0) {
      body = html`<split-ship-shipping-options
        exportparts="option"
        lang=${this.localize.locale}
        .options=${view.availableOptions}
        selected=${this.destination.shippingOptionId ?? view.selectedOption?.id ?? nothing}
        currency=${this.currency}
        legend=${t.term('shippingOptionFor', { name: this.displayName })}
        @option-change=${(e: Event) => this.act({ kind: 'option', optionId: detailOf<OptionChoice>(e).optionId })}
      ></split-ship-shipping-options>`;
    } else if (units === 0) {
      body = html`<p class="waiting">${t.term('optionsNeedItems')}</p>`;
    } else if (view?.status === 'saving' || view?.status === 'draft') {
      body = html`<p class="waiting">${spinnerIcon()}${t.term('optionsLoading')}</p>`;
    } else {
      return nothing;
    }
    return html`<section>${body}</section>`;
  }

  private renderError(): TemplateResult | typeof nothing {
    const error = this.view?.error;
    if (!error) return nothing;
    const t = this.localize;
    const byEditing = isFixedByEditing(error.kind);
    return html`<div class="error" part="error">
      <p>${errorSentence(t, error.kind)}</p>
      <div class="row">
        ${byEditing
          ? nothing
          : html`<button type="button" aria-label=${t.term('actionFor', { action: t.term('retry'), name: this.displayName })} @click=${() => this.act({ kind: 'retry' })}>
              ${t.term('retry')}
            </button>`}
      </div>
    </div>`;
  }

  override render(): TemplateResult {
    const t = this.localize;
    const name = this.displayName;
    return html`<article part="destination" aria-labelledby="title">
      <header>
        <h3 id="title" tabindex="-1">
          ${this.single ? nothing : html`<span class="number" aria-hidden="true">${this.localize.number(this.number)}</span>`}
          <span>
            ${this.single ? nothing : html`<span class="visually-hidden">${t.term('destinationNumber', { number: this.number })}: </span>`}${hasAddress(this.destination)
              ? name
              : this.single
                ? t.term('shippingAddress')
                : t.term('newDestination')}
          </span>
        </h3>
        ${this.renderStatus()}
      </header>
      ${this.renderError()}
      <section aria-label=${t.term('addressFor', { name })}>${this.renderAddress()}</section>
      ${this.renderItems()} ${this.renderShipping()}
      ${this.single
        ? nothing
        : html`<footer>
            <button type="button" class="quiet" aria-label=${t.term('actionFor', { action: t.term('duplicate'), name })} @click=${() => this.act({ kind: 'duplicate' })}>
              ${t.term('duplicate')}
            </button>
            <button type="button" class="quiet" aria-label=${t.term('actionFor', { action: t.term('remove'), name })} @click=${() => this.act({ kind: 'remove' })}>
              ${t.term('remove')}
            </button>
          </footer>`}
    </article>`;
  }
}
