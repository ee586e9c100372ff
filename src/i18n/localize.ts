// Localization scoped to each element: every element resolves its own locale from its attributes
// and the DOM above it, so two widgets (or a host page with its own Lit localization) never share
// a "current locale". The registry of tables is module-local, never on window.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formatMessage } from './format.js';
import { en, type EnMessages, type MessageKey } from './locales/en.js';
import { formatNumber } from './number.js';

export type Messages = Readonly<Record<string, string>>;
export type { EnMessages, MessageKey };

const tables = new Map<string, Partial<EnMessages>>([['en', en]]);

// Built-in translations, fetched only when a shopper's locale needs them.
const builtIn = new Map<string, () => Promise<{ default: EnMessages }>>([
  ['es', () => import('./locales/es.js')],
  ['de', () => import('./locales/de.js')],
  ['ar', () => import('./locales/ar.js')],
]);
const loading = new Map<string, Promise<void>>();
const loaded = new Set<string>();

/** Connected hosts, refreshed when <html lang> changes or a translation is registered. */
const hosts = new Set<ReactiveControllerHost>();
let observer: MutationObserver | undefined;
const refreshAll = () => hosts.forEach((host) => host.requestUpdate());

const normalize = (code: string) => code.trim().replaceAll('_', '-').toLowerCase();

/** 'es-mx' → ['es-mx', 'es']: where a key is looked up, most specific first. */
function fallbacks(lang: string): string[] {
  const subtags = lang.split('-');
  return subtags.map((_, i) => subtags.slice(0, subtags.length - i).join('-'));
}

/** Adds a language, or extends one (a built-in too: its own keys win over the built-in table). */
export function registerTranslation(code: string, messages: Partial<EnMessages>): void {
  const lang = normalize(code);
  tables.set(lang, { ...tables.get(lang), ...messages });
  refreshAll();
}

/** Whether every table `lang` reads from is here (a built-in one may still be downloading). */
export function isLocaleLoaded(lang: string): boolean {
  return fallbacks(normalize(lang)).every((tag) => !builtIn.has(tag) || loaded.has(tag));
}

function loadBuiltIn(tag: string): Promise<void> {
  const importTable = builtIn.get(tag);
  if (!importTable) return Promise.resolve();
  let promise = loading.get(tag);
  if (!promise) {
    promise = importTable().then(
      ({ default: table }) => {
        tables.set(tag, { ...table, ...tables.get(tag) });
        loaded.add(tag);
      },
      (error: unknown) => {
        loading.delete(tag); // let a later call try again
        throw error;
      },
    );
    loading.set(tag, promise);
  }
  return promise;
}

/** Downloads the built-in tables `lang` reads from ('es-MX' → es); resolves at once for others. */
export async function loadLocale(lang: string): Promise<void> {
  await Promise.all(fallbacks(normalize(lang)).map(loadBuiltIn));
}

interface Resolved {
  /** The table's code: 'de', or 'es-mx' when such a table is registered. */
  readonly lang: string;
  /** The tag Intl formats with: the candidate that matched, e.g. 'de-CH' for the 'de' table. */
  readonly locale: string;
}

function match(requested: Iterable<string | null | undefined>): Resolved {
  for (const candidate of requested) {
    if (!candidate) continue;
    let locale: string;
    try {
      locale = Intl.getCanonicalLocales(candidate.trim().replaceAll('_', '-'))[0]!;
    } catch {
      continue; // not a language tag
    }
    const lang = fallbacks(locale.toLowerCase()).find((tag) => tables.has(tag) || builtIn.has(tag));
    if (lang) return { lang, locale };
  }
  return { lang: 'en', locale: 'en' };
}

/** BCP 47 lookup: the first candidate (or its parent: 'es-MX' → 'es') that has a table; else 'en'. */
export function resolveLocale(requested: readonly string[]): string {
  return match(requested).lang;
}

type TextInfo = { direction?: string };
const RTL = /^(ar|he|fa|ur)(-|$)/;

function direction(lang: string): 'ltr' | 'rtl' {
  try {
    // getTextInfo() is the current spec, textInfo the getter Chromium and Node shipped first.
    const locale = new Intl.Locale(lang) as Intl.Locale & { getTextInfo?(): TextInfo; textInfo?: TextInfo };
    const info = locale.getTextInfo?.() ?? locale.textInfo;
    if (info?.direction) return info.direction === 'rtl' ? 'rtl' : 'ltr';
  } catch {
    // fall through to the list
  }
  return RTL.test(lang) ? 'rtl' : 'ltr';
}

function inheritedLang(element: Element): string | null {
  for (let node = element.parentNode; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
    const lang = node instanceof Element ? node.getAttribute('lang') : null;
    if (lang) return lang;
  }
  return null;
}

const listFormats = new Map<string, Intl.ListFormat>();

export interface LocalizeOptions {
  /** The host's explicit choice (the root passes its `locale` attribute); wins over `lang`. */
  readonly locale?: () => string | undefined;
}

export class LocalizeController implements ReactiveController {
  private resolved: Resolved = { lang: 'en', locale: 'en' };
  private pending?: string;
  private failed?: string;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: LocalizeOptions = {},
  ) {
    host.addController(this);
  }

  /** The resolved table's code, e.g. 'de'. */
  get lang(): string {
    return this.resolved.lang;
  }

  /** The tag numbers, money and lists are formatted with, e.g. 'de-CH'. */
  get locale(): string {
    return this.resolved.locale;
  }

  get dir(): 'ltr' | 'rtl' {
    return direction(this.lang);
  }

  /** False while the locale's table is downloading: show a skeleton rather than flash English. */
  get ready(): boolean {
    return this.failed === this.lang || isLocaleLoaded(this.lang);
  }

  async whenReady(): Promise<void> {
    this.resolve();
    if (!this.ready) await loadLocale(this.lang).catch(() => undefined);
  }

  hostConnected(): void {
    hosts.add(this.host);
    if (hosts.size === 1) {
      observer ??= new MutationObserver(refreshAll);
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    }
    this.resolve();
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    if (!hosts.size) observer?.disconnect();
  }

  hostUpdate(): void {
    this.resolve();
  }

  term(key: MessageKey, values: Readonly<Record<string, unknown>> = {}): string {
    for (const tag of fallbacks(this.lang)) {
      const text = tables.get(tag)?.[key];
      if (text !== undefined) return formatMessage(text, values, this.locale);
    }
    return formatMessage(en[key], values, this.locale);
  }

  number(n: number, options?: Intl.NumberFormatOptions): string {
    return formatNumber(n, this.locale, options);
  }

  money(amount: number, currencyCode: string): string {
    try {
      return formatNumber(amount, this.locale, { style: 'currency', currency: currencyCode });
    } catch {
      return `${this.number(amount)} ${currencyCode}`; // a code Intl does not know
    }
  }

  list(items: readonly string[]): string {
    if (typeof Intl.ListFormat !== 'function') return items.join(', ');
    let format = listFormats.get(this.locale);
    if (!format) listFormats.set(this.locale, (format = new Intl.ListFormat(this.locale, { type: 'conjunction' })));
    return format.format(items);
  }

  private resolve(): void {
    const { documentElement } = document;
    const own = this.host.getAttribute('lang');
    this.resolved = match([this.options.locale?.(), own, inheritedLang(this.host), documentElement.lang, ...navigator.languages]);
    const { lang } = this.resolved;
    if (this.ready || this.pending === lang) return;
    this.pending = lang;
    void loadLocale(lang)
      .catch(() => {
        this.failed = lang; // offline or blocked: English rather than a skeleton forever
      })
      .finally(() => {
        if (this.pending === lang) this.pending = undefined;
        this.host.requestUpdate();
      });
  }
}
