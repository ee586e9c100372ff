import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { send } from '../shared/events.js';
import { SplitShipElement } from '../shared/element.js';
import { checkIcon } from '../shared/icons.js';
import { styles } from './split-ship-summary.styles.js';

export interface SummaryEntry {
  readonly id: string;
  readonly name: string;
  /** The address on one line. */
  readonly address: string;
  /** "2 × Orbit Mug, 1 × Tote" */
  readonly items: string;
  /** The selected option's name and cost, if there is one. */
  readonly option: { readonly name: string; readonly cost: number; readonly handling: number } | null;
}

export interface SummaryReason {
  /** What the shopper reads ("Destination 2 needs an address"). */
  readonly text: string;
  /** Given back in reason-activate. */
  readonly key: string;
}

/**
 * What the order ships where: each destination's address, items and option, the shipping
 * total, and — until everything is ready — why not, each reason a button that takes the shopper
 * to what needs doing.
 *
 * @fires reason-activate - `{ key }` of the reason the shopper followed.
 * @csspart summary - the box.
 */
export class SplitShipSummary extends SplitShipElement {
  static override styles = styles;

  @property({ attribute: false }) entries: readonly SummaryEntry[] = [];
  @property({ attribute: false }) reasons: readonly SummaryReason[] = [];
  @property() currency = 'USD';
  /** Units no destination has yet. */
  @property({ type: Number }) left = 0;
  @property({ type: Boolean }) ready = false;
  /** One-address mode: no "items left" line (everything ships to the one address). */
  @property({ type: Boolean }) single = false;

  /** Focuses the first reason (what to do next), if there is one. */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('.reasons button')?.focus(options);
  }

  override render(): TemplateResult {
    const t = this.localize;
    const total = this.entries.reduce((sum, e) => sum + (e.option ? e.option.cost + e.option.handling : 0), 0);
    const priced = this.entries.length > 0 && this.entries.every((e) => e.option);
    const money = (n: number) => (n === 0 ? t.term('free') : t.money(n, this.currency));
    return html`<section part="summary" aria-labelledby="summary-title">
      <h3 id="summary-title">${t.term('summaryTitle')}</h3>
      ${this.entries.length > 0
        ? html`<ol>
            ${this.entries.map(
              (e) => html`<li class="entry">
                <span class="name"><bdi>${e.name}</bdi></span>
                <span class="cost">${e.option ? money(e.option.cost + e.option.handling) : '—'}</span>
                <span class="detail"><bdi>${e.address}</bdi></span>
                <span class="detail">${e.items || t.term('noItemsYet')}</span>
                <span class="detail"
                  >${e.option ? e.option.name : t.term('noOptionYet')}${e.option && e.option.handling > 0
                    ? html` · ${t.term('handlingIncluded', { amount: t.money(e.option.handling, this.currency) })}`
                    : nothing}</span
                >
              </li>`,
            )}
          </ol>`
        : nothing}
      <dl>
        <div class="total"><dt>${t.term('shippingTotal')}</dt><dd>${priced ? money(total) : t.term('shippingTotalPending')}</dd></div>
      </dl>
      ${this.ready
        ? html`<p class="progress ready">${checkIcon()}${t.term('readyToContinue')}</p>`
        : html`${this.single ? nothing : html`<p class="progress">${t.term('itemsLeft', { count: this.left })}</p>`}
            ${this.reasons.length > 0
              ? html`<div class="reasons" role="group" aria-label=${t.term('whatIsLeft')}>
                  ${this.reasons.map((r) => html`<button type="button" @click=${() => send(this, 'reason-activate', { key: r.key })}>${r.text}</button>`)}
                </div>`
              : nothing}`}
    </section>`;
  }
}
