import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import {
  characterCount,
  validateAddress,
  type AddressFields,
  type AddressFormField,
  type AddressProblem,
  type SavedAddress,
  type ShippingCountry,
} from '../../core/index.js';
import { addressLine, addressLines } from '../shared/address-text.js';
import { send } from '../shared/events.js';
import { SplitShipElement } from '../shared/element.js';
import { styles } from './split-ship-address-form.styles.js';
import { addressOf, autocompleteOf, halfWidth, shownFields, valuesOf, type FormValues } from './values.js';

/** Up to this many saved addresses are cards to pick from; more are one select. */
const MOST_SAVED_AS_CARDS = 4;

export interface AddressFormDraft {
  readonly address: AddressFields;
  /** A saved address picked, or 'new' for one typed in the form. */
  readonly saved?: number | 'new';
}

export interface AddressSubmit {
  readonly address: AddressFields;
  readonly savedAddressId?: number;
}

/**
 * A shipping address, built from the store's form fields for the chosen country: the country
 * first, then the store's fields in its order with its labels (a subdivision list where the
 * country has subdivisions, postal code only where it uses one) and its custom fields of every
 * type. A signed-in shopper can pick a saved address instead. Each field is checked when the
 * shopper leaves it and all are checked on submit; a message sits at each field it is about.
 * Nothing leaves the form until the address is valid.
 *
 * @fires address-input - `{ address, saved }` as the shopper types (for drafts).
 * @fires address-submit - `{ address, savedAddressId? }`, a valid address.
 * @fires address-cancel - the shopper keeps the address it had.
 */
export class SplitShipAddressForm extends SplitShipElement {
  static override styles = styles;

  /** The store's fields for a country (as the SDK resolves them). */
  @property({ attribute: false }) fieldsFor: (countryCode: string) => readonly AddressFormField[] = () => [];
  @property({ attribute: false }) countries: readonly ShippingCountry[] = [];
  @property({ attribute: false }) saved: readonly SavedAddress[] = [];
  /** What the form starts with (a draft restored after a reload, or the address to edit). */
  @property({ attribute: false }) draft: AddressFormDraft = { address: { countryCode: '' } };
  /** The country a new address starts in. */
  @property() defaultCountry = '';
  /** Names the form for screen readers ("Address for destination 2"). */
  @property() heading = '';
  @property({ type: Boolean }) cancellable = false;
  /** Editing an address the destination already has (the button says "Save" rather than "Use"). */
  @property({ type: Boolean }) editing = false;

  @state() private values: FormValues = {};
  @state() private choice: number | 'new' = 'new';
  @state() private touched = new Set<string>();
  @state() private submitted = false;
  private started = false;
  /** The shopper has typed or picked something here. */
  private changed = false;
  /** The draft the form holds now, as text: a draft handed back with the same content is not news. */
  private held = '';

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (!this.started || changed.has('draft')) {
      const incoming = JSON.stringify(this.draft);
      // A parent re-rendering with an equal draft (or echoing what the form sent) must not reset
      // what the shopper typed; nor may a new one while they are in the form.
      if (!this.started || (incoming !== this.held && !this.matches(':focus-within'))) {
        this.adopt();
        this.held = incoming;
      }
      this.started = true;
    }
    // Signed in while the form was open: offer the first saved address, unless something is typed.
    if (changed.has('saved') && this.saved.length > 0 && this.choice === 'new' && !this.changed && this.draft.saved === undefined && !this.editing) {
      this.choice = this.saved[0]!.id;
    }
  }

  private adopt(): void {
    const values = valuesOf(this.draft.address);
    if (!values.countryCode) values.countryCode = this.defaultCountry;
    this.values = values;
    this.choice = this.draft.saved ?? (this.saved.length > 0 && !this.editing ? (this.saved[0]?.id ?? 'new') : 'new');
  }

  private get countryCode(): string {
    return typeof this.values.countryCode === 'string' ? this.values.countryCode : '';
  }

  private get country(): ShippingCountry | undefined {
    return this.countries.find((c) => c.code === this.countryCode);
  }

  private get fields(): readonly AddressFormField[] {
    return this.countryCode ? this.fieldsFor(this.countryCode) : this.fieldsFor('').filter((f) => f.name === 'countryCode');
  }

  private get address(): AddressFields {
    return addressOf(this.values, this.fields, this.country);
  }

  private get problems(): AddressProblem[] {
    return validateAddress(this.address, this.fields);
  }

  /** Focuses the first control (the saved-address choice, or the first field). */
  override focus(options?: FocusOptions): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('input, select, textarea')?.focus(options));
  }

  private emitDraft(): void {
    const draft: AddressFormDraft = { address: this.address, saved: this.choice };
    this.held = JSON.stringify(draft);
    send<AddressFormDraft>(this, 'address-input', draft);
  }

  private set(name: string, value: string | readonly string[]): void {
    this.changed = true;
    this.values = { ...this.values, [name]: value };
    if (name === 'countryCode') {
      // The old state belongs to the old country.
      this.values = { ...this.values, stateOrProvince: '', stateOrProvinceCode: '' };
    }
    this.emitDraft();
  }

  private leave(name: string): void {
    if (!this.touched.has(name)) this.touched = new Set([...this.touched, name]);
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    if (this.choice !== 'new') {
      const picked = this.saved.find((s) => s.id === this.choice);
      if (picked) send<AddressSubmit>(this, 'address-submit', { address: picked.address, savedAddressId: picked.id });
      return;
    }
    this.submitted = true;
    const problems = this.problems;
    if (problems.length > 0) {
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[data-field="${problems[0]!.field}"]`)?.focus());
      return;
    }
    send<AddressSubmit>(this, 'address-submit', { address: this.address });
  }

  private messageOf(problem: AddressProblem, field: AddressFormField): string {
    const t = this.localize;
    const isDate = field.fieldType === 'date';
    const date = (iso: string | number | undefined) => {
      const d = new Date(`${String(iso)}T00:00:00Z`);
      return Number.isNaN(d.getTime()) ? String(iso) : new Intl.DateTimeFormat(t.locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(d);
    };
    const value = this.values[field.name];
    switch (problem.reason) {
      case 'required':
        return field.fieldType === 'dropdown' || field.fieldType === 'radio' || field.name === 'stateOrProvinceCode' || field.name === 'countryCode'
          ? t.term('fieldChoose')
          : t.term('fieldRequired');
      case 'too-long':
        return t.term('fieldTooLong', { max: field.maxLength ?? 0, count: characterCount(typeof value === 'string' ? value.trim() : '') });
      case 'not-an-option':
        return t.term('fieldNotAnOption');
      case 'not-a-number':
        return t.term('fieldNotANumber');
      case 'not-a-date':
        return t.term('fieldNotADate');
      case 'too-small':
        return isDate ? t.term('fieldDateTooEarly', { min: date(field.min) }) : t.term('fieldTooSmall', { min: Number(field.min) });
      case 'too-large':
        return isDate ? t.term('fieldDateTooLate', { max: date(field.max) }) : t.term('fieldTooLarge', { max: Number(field.max) });
    }
  }

  private renderField(field: AddressFormField, problem: AddressProblem | undefined): TemplateResult {
    const id = `f-${field.name}`;
    const messageId = `m-${field.name}`;
    const shown = problem && (this.submitted || this.touched.has(field.name));
    const message = shown ? html`<p id=${messageId} class="message">${this.messageOf(problem, field)}</p>` : nothing;
    const describedBy = [shown ? messageId : '', field.type === 'integer' && field.min !== undefined && field.max !== undefined ? `h-${field.name}` : '']
      .filter(Boolean)
      .join(' ');
    const label = html`${field.label ?? field.name}${field.required ? html`<span class="required" aria-hidden="true">*</span>` : nothing}`;
    const value = this.values[field.name];
    const text = typeof value === 'string' ? value : '';
    const common = {
      invalid: shown ? 'true' : 'false',
      describedBy: describedBy || nothing,
    };
    const onText = (e: Event) => this.set(field.name, (e.target as HTMLInputElement).value);
    const onLeave = () => this.leave(field.name);
    const klass = `field ${halfWidth.has(field.name) ? 'half' : ''}`;

    if (field.fieldType === 'radio' || field.fieldType === 'checkbox') {
      const list = Array.isArray(value) ? (value as readonly string[]) : text ? [text] : [];
      const multiple = field.fieldType === 'checkbox';
      return html`<fieldset class=${klass} aria-describedby=${common.describedBy} @focusout=${onLeave}>
        <legend>${label}</legend>
        <div class="choices">
          ${(field.options?.items ?? []).map(
            (item, index) => html`<label class="choice">
              <input
                type=${multiple ? 'checkbox' : 'radio'}
                name=${field.name}
                data-field=${index === 0 ? field.name : nothing}
                .value=${item.value}
                .checked=${live(list.includes(item.value))}
                ?required=${field.required && !multiple}
                aria-invalid=${common.invalid}
                @change=${(e: Event) => {
                  const checked = (e.target as HTMLInputElement).checked;
                  // Read the values now, not as rendered: two ticks can come before a render.
                  const now = this.values[field.name];
                  const picked = Array.isArray(now) ? (now as readonly string[]) : [];
                  this.set(field.name, multiple ? (checked ? [...picked, item.value] : picked.filter((v) => v !== item.value)) : item.value);
                }}
              />
              <span>${item.label ?? item.value}</span>
            </label>`,
          )}
        </div>
        ${message}
      </fieldset>`;
    }

    let control: TemplateResult;
    const items = field.options?.items ?? [];
    // The store marks its state field a dropdown; with no subdivisions to list it is typed instead.
    if (items.length > 0 || (field.fieldType === 'dropdown' && field.custom)) {
      control = html`<select
        id=${id}
        data-field=${field.name}
        autocomplete=${autocompleteOf(field)}
        ?required=${field.required}
        aria-invalid=${common.invalid}
        aria-describedby=${common.describedBy}
        @change=${onText}
        @blur=${onLeave}
      >
        <option value="" ?selected=${text === ''}>${field.options?.helperLabel ?? this.localize.term('choose')}</option>
        ${items.map((item) => html`<option .value=${item.value} ?selected=${item.value === text}>${item.label ?? item.value}</option>`)}
      </select>`;
    } else if (field.fieldType === 'multiline') {
      control = html`<textarea
        id=${id}
        data-field=${field.name}
        rows=${field.options?.rows ?? 3}
        ?required=${field.required}
        aria-invalid=${common.invalid}
        aria-describedby=${common.describedBy}
        .value=${live(text)}
        @input=${onText}
        @blur=${onLeave}
      ></textarea>`;
    } else {
      const isDate = field.fieldType === 'date';
      const isNumber = field.type === 'integer';
      control = html`<input
        id=${id}
        data-field=${field.name}
        type=${isDate ? 'date' : field.name === 'phone' ? 'tel' : 'text'}
        inputmode=${isNumber ? 'numeric' : nothing}
        min=${isDate && field.min !== undefined ? String(field.min) : nothing}
        max=${isDate && field.max !== undefined ? String(field.max) : nothing}
        autocomplete=${autocompleteOf(field)}
        ?required=${field.required}
        aria-invalid=${common.invalid}
        aria-describedby=${common.describedBy}
        .value=${live(text)}
        @input=${onText}
        @blur=${onLeave}
      />`;
    }
    const hint =
      field.type === 'integer' && field.min !== undefined && field.max !== undefined
        ? html`<p id=${`h-${field.name}`} class="hint">${this.localize.term('numberRange', { min: Number(field.min), max: Number(field.max) })}</p>`
        : nothing;
    return html`<div class=${klass}><label for=${id}>${label}</label>${control}${hint}${message}</div>`;
  }

  private pick(choice: number | 'new'): void {
    this.changed = true;
    this.choice = choice;
    this.emitDraft();
  }

  /**
   * A long address book (a headless store's shopper may have dozens) is one select, with the
   * chosen address shown in full below it, instead of a card per address in every destination.
   */
  private renderSavedSelect(): TemplateResult {
    const t = this.localize;
    const picked = this.saved.find((s) => s.id === this.choice);
    return html`<div class="field saved-select">
      <label for="saved">${t.term('shipTo')}</label>
      <select id="saved" dir="auto" @change=${(e: Event) => {
        const value = (e.target as HTMLSelectElement).value;
        this.pick(value === 'new' ? 'new' : Number(value));
      }}>
        ${this.saved.map((saved) => html`<option value=${saved.id} .selected=${live(this.choice === saved.id)}>${addressLine(saved.address)}</option>`)}
        <option value="new" .selected=${live(this.choice === 'new')}>${t.term('newAddress')}</option>
      </select>
      ${picked ? html`<p class="lines">${addressLines(picked.address, this.countries).map((line) => html`<span><bdi>${line}</bdi></span>`)}</p>` : nothing}
    </div>`;
  }

  private renderSaved(): TemplateResult | typeof nothing {
    if (this.saved.length === 0) return nothing;
    if (this.saved.length > MOST_SAVED_AS_CARDS) return this.renderSavedSelect();
    const t = this.localize;
    return html`<fieldset class="saved">
      <legend>${t.term('shipTo')}</legend>
      <div class="choices">
        ${this.saved.map(
          (saved) => html`<label class="choice">
            <input
              type="radio"
              name="saved"
              .checked=${live(this.choice === saved.id)}
              @change=${() => this.pick(saved.id)}
            />
            <span class="lines">${addressLines(saved.address, this.countries).map((line) => html`<span><bdi>${line}</bdi></span>`)}</span>
          </label>`,
        )}
        <label class="choice">
          <input
            type="radio"
            name="saved"
            .checked=${live(this.choice === 'new')}
            @change=${() => this.pick('new')}
          />
          <span>${t.term('newAddress')}</span>
        </label>
      </div>
    </fieldset>`;
  }

  override render(): TemplateResult {
    const t = this.localize;
    const problems = this.problems;
    const byField = new Map(problems.map((p) => [p.field, p] as const));
    const typing = this.choice === 'new';
    return html`<form novalidate aria-label=${this.heading || nothing} @submit=${this.onSubmit}>
      ${this.renderSaved()}
      ${typing
        ? html`<p class="hint">${t.term('requiredHint')}</p>
            <div class="fields">${shownFields(this.fields, this.country).map((field) => this.renderField(field, byField.get(field.name)))}</div>`
        : nothing}
      <div class="actions">
        <button type="submit" class="primary">${this.editing ? t.term('saveAddress') : t.term('useAddress')}</button>
        ${this.cancellable ? html`<button type="button" @click=${() => send(this, 'address-cancel', null)}>${t.term('cancel')}</button>` : nothing}
      </div>
    </form>`;
  }
}
