// What every split-ship element has: its language (the root sets it on the children it renders)
// and a localization controller scoped to it, so two widgets on a page never share a locale.
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { LocalizeController } from '../../i18n/index.js';

export class SplitShipElement extends LitElement {
  /** The language to render in; a child without one follows the nearest `lang` above it. */
  @property({ reflect: true }) override lang!: string;

  protected readonly localize: LocalizeController = new LocalizeController(this, { locale: () => this.requestedLocale() });

  /** A locale asked for explicitly (the root's `locale` attribute); children follow `lang`. */
  protected requestedLocale(): string | undefined {
    return undefined;
  }
}
