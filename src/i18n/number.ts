// Numbers in the shopper's locale: cached Intl formatters, and a quantity parser that reads what
// a shopper types (their digits, separators and signs, as Intl formats them) without guessing.

function memo<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) cache.set(key, (value = make()));
  return value;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRuleSets = new Map<string, Intl.PluralRules>();

export function numberFormat(locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = options ? `${locale} ${JSON.stringify(options)}` : locale;
  return memo(numberFormats, key, () => new Intl.NumberFormat(locale, options));
}

export function pluralRules(locale: string): Intl.PluralRules {
  return memo(pluralRuleSets, locale, () => new Intl.PluralRules(locale));
}

export function formatNumber(n: number, locale: string, options?: Intl.NumberFormatOptions): string {
  return numberFormat(locale, options).format(n);
}

export type ParsedQuantity =
  | { readonly kind: 'empty' }
  | { readonly kind: 'not-a-number' }
  | { readonly kind: 'fraction' }
  | { readonly kind: 'negative' }
  | { readonly kind: 'number'; readonly value: number };

interface NumberSyntax {
  /** Each character a shopper may type, mapped to its plain form: 0-9 + - . , e (or '' to drop). */
  readonly symbols: ReadonlyMap<string, string>;
  /** Digits in the last integer group and in the groups before it (3 and 3; 3 and 2 in en-IN). */
  readonly primary: number;
  readonly secondary: number;
}

const syntaxes = new Map<string, NumberSyntax>();
const PLAIN_SEPARATORS: Partial<Record<string, string>> = { group: ',', decimal: '.', minusSign: '-' };

// Everything is derived from Intl, so a locale's own digits and separators just work. Arabic-Indic
// digits are read everywhere: Arabic locales now format Latin digits, but shoppers still type both.
function numberSyntax(locale: string): NumberSyntax {
  return memo(syntaxes, locale, () => {
    const symbols = new Map([['+', '+'], ['-', '-'], ['\u2212', '-'], ['e', 'e'], ['E', 'e'], ['\u200e', ''], ['\u200f', ''], ['\u061c', '']]);
    const format = new Intl.NumberFormat(locale);
    for (const numberingSystem of ['latn', 'arab', 'arabext', format.resolvedOptions().numberingSystem]) {
      const digits = new Intl.NumberFormat(locale, { numberingSystem, useGrouping: false });
      for (let digit = 0; digit < 10; digit++) symbols.set(digits.format(digit).normalize('NFKC'), String(digit));
    }
    const parts = format.formatToParts(-1234567890.5);
    for (const { type, value } of parts) {
      // NFKC turns the no-break spaces some locales group with into the space a shopper types.
      const plain = PLAIN_SEPARATORS[type];
      if (plain) symbols.set(value.normalize('NFKC'), plain);
    }
    // Swiss locales group with ’; keyboards type '.
    if (symbols.get('\u2019') === ',') symbols.set("'", ',');
    const groups = parts.filter((part) => part.type === 'integer').map((part) => [...part.value].length);
    return { symbols, primary: groups.at(-1) ?? 0, secondary: groups.at(-2) ?? 0 };
  });
}

const EMPTY = { kind: 'empty' } as const;
const NOT_A_NUMBER = { kind: 'not-a-number' } as const;

/**
 * What a shopper typed into a quantity field. A grouping separator is accepted only between whole
 * groups as the locale writes them ("1.000" is 1000 in de, "1.5" is not a number there), so a
 * separator typed in the wrong locale's habit is refused rather than misread.
 */
export function parseQuantity(text: string, locale: string): ParsedQuantity {
  // NFKC also reads full-width digits and signs (Japanese and Chinese input methods).
  const input = text.normalize('NFKC').trim();
  if (!input) return EMPTY;
  const { symbols, primary, secondary } = numberSyntax(locale);
  let plain = '';
  for (const char of input) {
    const symbol = symbols.get(char);
    if (symbol === undefined) return NOT_A_NUMBER;
    plain += symbol;
  }
  const match = /^[+-]?(\d+(?:,\d+)*)?(?:\.\d*)?(?:e[+-]?\d+)?$/.exec(plain);
  const value = Number(plain.replaceAll(',', ''));
  if (!match || !/\d/.test(plain) || Number.isNaN(value)) return NOT_A_NUMBER;
  const groups = match[1]?.split(',') ?? [];
  if (groups.length > 1) {
    const last = groups.pop()!;
    const [first, ...middle] = groups;
    const wellGrouped = last.length === primary && first!.length <= secondary && middle.every((group) => group.length === secondary);
    if (!wellGrouped) return NOT_A_NUMBER;
  }
  if (value < 0) return { kind: 'negative' };
  if (Number.isFinite(value) && !Number.isInteger(value)) return { kind: 'fraction' };
  // + 0 turns "-0" into 0; "1e999" is Infinity, which the caller reports as too large.
  return { kind: 'number', value: value + 0 };
}
