// The subset of ICU MessageFormat our tables use: {arg}, {n, number}, {n, plural, …} with # and
// =N, {x, select, …}, nested to any depth, with ICU's apostrophe quoting. intl-messageformat costs
// ~12 KB gzip, most of the widget's budget; it is the oracle in test/i18n/format.node.test.ts.
import { numberFormat, pluralRules } from './number.js';

export type MessagePart =
  | string
  | { readonly kind: '#' }
  | { readonly kind: 'argument'; readonly name: string }
  | { readonly kind: 'number'; readonly name: string }
  | { readonly kind: 'plural'; readonly name: string; readonly options: ReadonlyMap<string, Message> }
  | { readonly kind: 'select'; readonly name: string; readonly options: ReadonlyMap<string, Message> };
export type Message = readonly MessagePart[];

const POUND = { kind: '#' } as const;
// `{name}`, `{name, number}`, or the start of `{name, plural|select, …}`.
const HEAD = /\{\s*(\w+)\s*(?:,\s*(\w+)\s*)?([,}])/y;
const CASE = /\s*(=?\w+)\s*\{/y;
const CLOSE = /\s*\}/y;
const QUOTE = /'(?:'|([{}#](?:[^']|'')*)'?)/y;
const EXACT = /^=\d+$/;

/** Parses a pattern; throws an Error naming the problem and where it is. */
export function parseMessage(pattern: string): Message {
  let at = 0;
  const fail = (problem: string): never => {
    throw new Error(`${problem} at ${at} in message ${JSON.stringify(pattern)}`);
  };
  const read = (re: RegExp): RegExpExecArray | null => {
    re.lastIndex = at;
    const found = re.exec(pattern);
    if (found) at = re.lastIndex;
    return found;
  };

  function message(nested: boolean, inPlural: boolean): MessagePart[] {
    const parts: MessagePart[] = [];
    let text = '';
    for (let char; (char = pattern[at]) !== undefined && !(char === '}' && nested); ) {
      // '' is an apostrophe; one before a brace (or # in a plural) quotes up to the next lone one;
      // any other apostrophe is literal ("don't").
      const quote = char === "'" && (pattern[at + 1] !== '#' || inPlural) && read(QUOTE);
      if (quote) {
        text += quote[1]?.replaceAll("''", "'") ?? "'";
      } else if (char === '{' || (char === '#' && inPlural)) {
        if (text) parts.push(text);
        text = '';
        parts.push(char === '#' ? (at++, POUND) : argument());
      } else {
        text += char;
        at++;
      }
    }
    if (text) parts.push(text);
    return parts;
  }

  function argument(): MessagePart {
    const [, name = '', kind, end] = read(HEAD) ?? fail('expected an argument');
    if (end === '}' && !kind) return { kind: 'argument', name };
    if (end === '}' && kind === 'number') return { kind, name };
    // Anything else (a date, a number style, a plural without cases) is outside the subset.
    if (end === '}' || (kind !== 'plural' && kind !== 'select')) return fail(`unsupported argument "${name}, ${kind}"`);
    const options = new Map<string, Message>();
    while (!read(CLOSE)) {
      const key = read(CASE)?.[1] ?? fail('expected a case or "}"');
      // Like ICU, any category name is accepted (the table tests check them); =N only in a plural.
      if (options.has(key) || (key[0] === '=' && (kind === 'select' || !EXACT.test(key)))) fail(`bad case "${key}"`);
      options.set(key, message(true, kind === 'plural'));
      if (!read(CLOSE)) fail('expected "}"');
    }
    if (!options.has('other')) fail(`no "other" case in "${name}"`);
    return { kind, name, options };
  }

  return message(false, false);
}

function render(message: Message, values: Readonly<Record<string, unknown>>, locale: string, count = 0): string {
  const number = numberFormat(locale).format; // a bound function, per ECMA-402
  let out = '';
  for (const part of message) {
    if (typeof part === 'string') {
      out += part;
      continue;
    }
    if (part.kind === '#') {
      out += number(count);
      continue;
    }
    const value = Object.hasOwn(values, part.name) ? values[part.name] : undefined;
    // A missing value shows as the placeholder, so a translation bug is visible, not blank.
    if (value == null) out += `{${part.name}}`;
    else if (part.kind === 'argument' && typeof value !== 'number') out += String(value);
    else if (part.kind === 'argument' || part.kind === 'number') out += number(Number(value));
    else {
      const { options } = part;
      const n = Number(value);
      const chosen = part.kind === 'select' ? options.get(String(value)) : (options.get(`=${n}`) ?? options.get(pluralRules(locale).select(n)));
      out += render(chosen ?? options.get('other')!, values, locale, n);
    }
  }
  return out;
}

// Patterns come from the message tables, a bounded set; null marks one that does not parse.
const parsed = new Map<string, Message | null>();

/** Formats an ICU pattern; a pattern that does not parse is returned as it is, never thrown. */
export function formatMessage(pattern: string, values: Readonly<Record<string, unknown>>, locale: string): string {
  let message = parsed.get(pattern);
  if (message === undefined) {
    try {
      message = parseMessage(pattern);
    } catch {
      message = null;
    }
    parsed.set(pattern, message);
  }
  return message ? render(message, values, locale) : pattern;
}
