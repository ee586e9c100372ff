import { html, nothing, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { TruthShippingOption } from '../../core/index.js';
import { send } from '../shared/events.js';
import { SplitShipElement } from '../shared/element.js';
import { styles } from './split-ship-shipping-options.styles.js';

export interface OptionChoice {
  readonly optionId: string;
}

/**
 * The shipping options the store offers one destination, as a radio group: Tab reaches the
 * chosen one, arrow keys move and choose (native radios). Cost in the cart's currency, the
 * transit time where the store gives one, and which one the store recommends.
 *
 * @fires option-change - `{ optionId }`, the option the shopper chose.
 * @csspart option - each option's row.
 */
export class SplitShipShippingOptions extends SplitShipElement {
  static override styles = styles;

  @property({ attribute: false }) options: readonly TruthShippingOption[] = [];
  /** The option the checkout has selected. */
  @property() selected: string | undefined;
  /** ISO 4217 code of the cart's currency. */
  @property() currency = 'USD';
  /** The group's name, e.g. "Shipping option for Ada Lovelace, Austin TX". */
  @property() legend = '';

  @query('input:checked') private checked!: HTMLInputElement | null;
  @query('input') private first!: HTMLInputElement | null;

  override focus(options?: FocusOptions): void {
    (this.checked ?? this.first)?.focus(options);
  }

  override render(): TemplateResult {
    const t = this.localize;
    return html`<fieldset>
      <legend>${this.legend}</legend>
      ${this.options.map((option) => {
        const id = `option-${option.id}`;
        const cost = option.cost ?? 0;
        return html`<label part="option" for=${id}>
          <input
            id=${id}
            type="radio"
            name="option"
            .value=${option.id}
            .checked=${live(option.id === this.selected)}
            @change=${() => send<OptionChoice>(this, 'option-change', { optionId: option.id })}
          />
          <span class="name">${option.description ?? option.id}</span>
          <span class="cost">${cost === 0 ? t.term('free') : t.money(cost, this.currency)}</span>
          ${option.transitTime || option.isRecommended
            ? html`<span class="detail">
                ${option.transitTime ? html`<span>${option.transitTime}</span>` : nothing}
                ${option.isRecommended ? html`<span class="badge">${t.term('recommended')}</span>` : nothing}
              </span>`
            : nothing}
        </label>`;
      })}
    </fieldset>`;
  }
}
