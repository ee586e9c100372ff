import { html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { parseQuantity } from '../../i18n/index.js';
import { send } from '../shared/events.js';
import { SplitShipElement } from '../shared/element.js';
import { styles } from './split-ship-quantity.styles.js';

export interface QuantityChange {
  readonly value: number;
}
export interface QuantityDraft {
  /** What is typed, when it is not a quantity; null once it is one again. */
  readonly text: string | null;
}

type Problem = 'empty' | 'not-a-number' | 'fraction' | 'negative' | 'too-many';

/**
 * How many units of one item go to one destination: a labelled number field with − and +,
 * arrow keys (Page Up/Down by 10, Home/End for none/all), and a message at the field for
 * anything that is not a whole number from 0 to `max`. Only valid quantities leave it.
 *
 * @fires quantity-change - `{ value }`, a valid quantity the shopper set.
 * @fires quantity-draft - `{ text }`, typed text that is not a valid quantity (null once it is).
 * @csspart stepper - the field with its buttons.
 */
export class SplitShipQuantity extends SplitShipElement {
  static override styles = styles;

  /** The quantity the destination has. */
  @property({ type: Number }) value = 0;
  /** The most it can take: its own units plus those still to place. */
  @property({ type: Number }) max = 0;
  /** What it counts, for screen readers ("Orbit Mug, Black, for Ada Lovelace, Austin TX"). */
  @property() label = '';
  /** Text the shopper typed earlier that was not a quantity (restored from drafts). */
  @property() draft: string | undefined;

  @state() private typed: string | null = null;
  @state() private left = false;
  @query('input') private input!: HTMLInputElement;

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    // Set from outside ("Clear", "Ship all remaining here"): show it, not what was typed before.
    if ((changed.has('value') || changed.has('draft')) && !this.matches(':focus-within')) {
      this.typed = null;
      this.left = false;
    }
  }

  override focus(options?: FocusOptions): void {
    this.input?.focus(options);
  }

  private get text(): string {
    return this.typed ?? this.draft ?? this.localize.number(this.value, { useGrouping: false });
  }

  private problem(text: string): Problem | null {
    const parsed = parseQuantity(text, this.localize.locale);
    switch (parsed.kind) {
      case 'empty':
        return this.left ? 'empty' : null;
      case 'number':
        return parsed.value > this.max ? 'too-many' : null;
      default:
        return parsed.kind;
    }
  }

  private commit(value: number): void {
    this.typed = null;
    // Shown at once; the destination confirms it with the same value (clicks faster than a frame add up).
    const previous = this.value;
    this.value = value;
    if (this.draft !== undefined) send<QuantityDraft>(this, 'quantity-draft', { text: null });
    if (value !== previous) send<QuantityChange>(this, 'quantity-change', { value });
  }

  private onInput(event: Event): void {
    const text = (event.target as HTMLInputElement).value;
    this.typed = text;
    this.left = false;
    const parsed = parseQuantity(text, this.localize.locale);
    if (parsed.kind === 'number' && parsed.value <= this.max) {
      if (this.draft !== undefined) send<QuantityDraft>(this, 'quantity-draft', { text: null });
      if (parsed.value !== this.value) send<QuantityChange>(this, 'quantity-change', { value: parsed.value });
    } else {
      send<QuantityDraft>(this, 'quantity-draft', { text });
    }
  }

  private onBlur(): void {
    this.left = true;
    const parsed = parseQuantity(this.text, this.localize.locale);
    // A valid number is shown as the field formats it once the shopper leaves.
    if (parsed.kind === 'number' && parsed.value <= this.max) this.typed = null;
  }

  private step(by: number): void {
    const parsed = parseQuantity(this.text, this.localize.locale);
    const from = parsed.kind === 'number' ? Math.min(parsed.value, this.max) : this.value;
    this.commit(Math.min(this.max, Math.max(0, from + by)));
  }

  private onKeydown(event: KeyboardEvent): void {
    const steps: Record<string, number> = { ArrowUp: 1, ArrowDown: -1, PageUp: 10, PageDown: -10, Home: -Infinity, End: Infinity };
    const by = steps[event.key];
    if (by === undefined) return;
    event.preventDefault();
    if (by === Infinity) this.commit(this.max);
    else if (by === -Infinity) this.commit(0);
    else this.step(by);
  }

  private messageOf(problem: Problem): string {
    const t = this.localize;
    switch (problem) {
      case 'empty':
        return t.term('quantityEmpty');
      case 'not-a-number':
        return t.term('quantityNotANumber');
      case 'fraction':
        return t.term('quantityFraction');
      case 'negative':
        return t.term('quantityNegative');
      case 'too-many':
        return t.term('quantityTooMany', { max: this.max });
    }
  }

  override render(): TemplateResult {
    const t = this.localize;
    const problem = this.problem(this.text);
    const parsed = parseQuantity(this.text, t.locale);
    const now = parsed.kind === 'number' ? parsed.value : this.value;
    return html`<span class="stepper ${problem ? 'invalid' : ''}" part="stepper">
        <button type="button" tabindex="-1" aria-label=${t.term('quantityDecrease', { label: this.label })} ?disabled=${now <= 0} @click=${() => this.step(-1)}>
          <span aria-hidden="true">−</span>
        </button>
        <input
          type="text"
          inputmode="numeric"
          autocomplete="off"
          role="spinbutton"
          aria-label=${t.term('quantityLabel', { label: this.label })}
          aria-valuemin="0"
          aria-valuemax=${this.max}
          aria-valuenow=${this.value}
          aria-invalid=${problem ? 'true' : 'false'}
          aria-describedby=${problem ? 'message' : nothing}
          .value=${live(this.text)}
          @input=${this.onInput}
          @keydown=${this.onKeydown}
          @blur=${this.onBlur}
        />
        <button type="button" tabindex="-1" aria-label=${t.term('quantityIncrease', { label: this.label })} ?disabled=${now >= this.max} @click=${() => this.step(1)}>
          <span aria-hidden="true">+</span>
        </button>
      </span>
      ${problem ? html`<p id="message" class="message">${this.messageOf(problem)}</p>` : nothing}`;
  }
}
