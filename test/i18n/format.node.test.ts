import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { IntlMessageFormat } from 'intl-messageformat';
import { formatMessage, parseMessage, type Message } from '../../src/i18n/format.js';
import { en } from '../../src/i18n/locales/en.js';
import ar from '../../src/i18n/locales/ar.js';
import de from '../../src/i18n/locales/de.js';
import es from '../../src/i18n/locales/es.js';

const oracle = (pattern: string, values: Record<string, unknown>, locale: string) =>
  String(new IntlMessageFormat(pattern, locale).format(values as Record<string, string | number>));

test('plural picks an exact =N case before the locale category and formats # in the locale', () => {
  const pattern = '{count, plural, =0 {Every item is placed} one {# item left to allocate} other {# items left to allocate}}';
  assert.equal(formatMessage(pattern, { count: 0 }, 'en'), 'Every item is placed');
  assert.equal(formatMessage(pattern, { count: 1 }, 'en'), '1 item left to allocate');
  assert.equal(formatMessage(pattern, { count: 1234 }, 'en'), '1,234 items left to allocate');
  assert.equal(formatMessage('{n, plural, other {# Stück}}', { n: 1234.5 }, 'de'), '1.234,5 Stück');
});

test('Arabic plurals reach all six categories', () => {
  const pattern = '{n, plural, zero {z} one {o} two {t} few {f} many {m} other {x}}';
  assert.deepEqual(
    [0, 1, 2, 3, 11, 100].map((n) => formatMessage(pattern, { n }, 'ar')),
    ['z', 'o', 't', 'f', 'm', 'x'],
  );
});

test('select falls back to other; arguments nest inside cases at any depth', () => {
  const pattern = '{method, select, pickup {Collect at {place}} other {{n, plural, one {# parcel to {place}} other {# parcels to {place}}}}}';
  assert.equal(formatMessage(pattern, { method: 'pickup', place: 'Kiosk', n: 2 }, 'en'), 'Collect at Kiosk');
  assert.equal(formatMessage(pattern, { method: 'post', place: 'Home', n: 2 }, 'en'), '2 parcels to Home');
});

test('apostrophes quote only before braces (and # in a plural); elsewhere they are literal', () => {
  assert.equal(formatMessage("don't '{name}' it''s", { name: 'x' }, 'en'), "don't {name} it's");
  assert.equal(formatMessage("{n, plural, other {'#' is #}}", { n: 3 }, 'en'), '# is 3');
  assert.equal(formatMessage("'#' stays outside a plural", {}, 'en'), "'#' stays outside a plural");
  assert.equal(formatMessage("'{'quoted''s'}'", {}, 'en'), "{quoted's}");
});

test('a simple argument shows strings as they are and numbers in the locale', () => {
  assert.equal(formatMessage('{a} / {n}', { a: '1000', n: 1234.5 }, 'de'), '1000 / 1.234,5');
  assert.equal(formatMessage('{n, number}', { n: 1234.5 }, 'en'), '1,234.5');
});

test('a missing value shows its placeholder, so a translation bug is visible', () => {
  assert.equal(formatMessage('Ship to {name}', {}, 'en'), 'Ship to {name}');
  assert.equal(formatMessage('{n, plural, other {#}}!', {}, 'en'), '{n}!');
  // Own keys only: "constructor" is not a value just because every object inherits one.
  assert.equal(formatMessage('{constructor}', {}, 'en'), '{constructor}');
});

test('a malformed pattern throws a clear error from the parser and formats as itself', () => {
  for (const [pattern, problem] of [
    ['{count, plural, one {#}}', /no "other" case in "count" at 24/],
    ['{n, plural, =one {#} other {#}}', /bad case "=one"/],
    ['{x, select, =1 {a} other {b}}', /bad case "=1"/],
    ['{x, select, a {1} a {2} other {3}}', /bad case "a"/],
    ['{x, date}', /unsupported argument "x, date"/],
    ['{n, number, integer}', /unsupported argument "n, number"/],
    ['{n, plural}', /unsupported argument "n, plural"/],
    ['Ship to {name', /expected an argument at 8 in message "Ship to {name"/],
    ['{a-b}', /expected an argument at 0/],
    ['{n, plural, other {#', /expected "}" at 20/],
    ['{n, plural, other {#}', /expected a case or "}" at 21/],
    ['{n, plural, other {#} one}', /expected a case or "}" at 21/],
  ] as const) {
    assert.throws(() => parseMessage(pattern), problem);
    assert.equal(formatMessage(pattern, { count: 1, n: 1, x: 'a', name: 'N' }, 'en'), pattern);
  }
});

const tables = { en, es, de, ar } as const;
type Argument = Exclude<Message[number], string | { kind: '#' }>;

/** Every argument in a message, nested ones included. */
function argumentsOf(message: Message): Argument[] {
  return message.flatMap((part) => {
    if (typeof part === 'string' || part.kind === '#') return [];
    const inner = part.kind === 'plural' || part.kind === 'select' ? [...part.options.values()].flatMap(argumentsOf) : [];
    return [part, ...inner];
  });
}
const argumentNames = (pattern: string) => [...new Set(argumentsOf(parseMessage(pattern)).map((a) => a.name))].sort();
const tableArguments = Object.values(tables).flatMap((table) => Object.values(table).flatMap((p) => argumentsOf(parseMessage(p))));

// --- the property: our formatter agrees with intl-messageformat -----------------------------------

// ar-EG writes Arabic-Indic digits, so # and {n, number} are checked beyond Latin ones.
const locales = ['en', 'es', 'de', 'ar', 'pl', 'ru', 'fr', 'ar-EG'] as const;
const numbers = ['n1', 'n2'];
const choices = ['k1', 'k2'];
const strings = ['s1', 's2'];

// Raw text fragments, apostrophes included; concatenated, they also make odd sequences ("x''{y").
const textFragments = ['a', ' ', 'Ünï', "don't", "''", "'{'", "'}'", "'{s1}'", "it''s", '#', '日本'];
const pluralFragments = ["'#'", "'#", "x'#'"];
const spaceArb = fc.constantFrom('', ' ', '  ');

function text(depth: number, inPlural: boolean): fc.Arbitrary<string> {
  // A bare "}" is text only at the top level; inside a case it ends the case.
  const fragments = [...textFragments, ...(inPlural ? pluralFragments : []), ...(depth === 0 ? ['}'] : [])];
  return fc.array(fc.constantFrom(...fragments), { maxLength: 3 }).map((parts) => parts.join(''));
}

const messages = new Map<string, fc.Arbitrary<string>>();
function message(depth: number, inPlural: boolean): fc.Arbitrary<string> {
  const key = `${depth} ${inPlural}`;
  const known = messages.get(key);
  if (known) return known;
  const leaf = fc.oneof(
    text(depth, inPlural),
    fc.tuple(fc.constantFrom(...strings), spaceArb).map(([name, s]) => `{${s}${name}${s}}`),
    fc.tuple(fc.constantFrom(...numbers), spaceArb).map(([name, s]) => `{${name},${s}number${s}}`),
  );
  const nested = depth < 3 ? [plural(depth + 1), select(depth + 1)] : [];
  const part = fc.oneof({ weight: 3, arbitrary: leaf }, ...nested.map((arbitrary) => ({ weight: 1, arbitrary })));
  const arbitrary = fc.array(part, { maxLength: 3 }).map((parts) => parts.join(''));
  messages.set(key, arbitrary);
  return arbitrary;
}

function cases(keys: readonly string[], body: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(fc.subarray([...keys]), fc.array(body, { minLength: keys.length + 1, maxLength: keys.length + 1 }), spaceArb)
    .map(([chosen, bodies, s]) => [...chosen, 'other'].map((key, i) => `${key}${s}{${bodies[i]}}`).join(s || ' '));
}

function plural(depth: number): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...numbers), cases(['=0', '=1', '=2', 'zero', 'one', 'two', 'few', 'many'], message(depth, true)), spaceArb)
    .map(([name, body, s]) => `{${name},${s}plural,${s}${body}${s}}`);
}

function select(depth: number): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...choices), cases(['a', 'b', 'c'], message(depth, false)), spaceArb)
    .map(([name, body, s]) => `{${name},${s}select,${s}${body}${s}}`);
}

const fixedPatterns = [
  ...[en, es, de, ar].flatMap((table) => Object.values(table)),
  '{n1, plural, =0 {none} =1 {exactly one} one {# one} two {# two} few {# few} many {# many} other {# other}}',
  '{n1, plural, other {{k1, select, a {# stays literal in a select} other {{n2, plural, one {# inner} other {# inner}}}}}}',
  "{n1, plural, one {it''s '#' # '{'} other {don't '}' #}}",
  "'{n1}' isn''t '#' {s1}",
];
const numberArb = fc.oneof(
  fc.constantFrom(0, 1, 2, 3, 4, 5, 11, 21, 22, 25, 100, 101, 102, 1000, 1_000_000, 1.5, 0.25, -3),
  fc.integer({ min: -1000, max: 2_000_000 }),
  fc.double({ min: 0, max: 1e7, noNaN: true }),
);
// Values for the tables' own arguments, of the kind each is used as: a name that is a plural or a
// number anywhere gets numbers (`count` is also a simple argument, in itemTimes), any other name
// gets a string (or one of its select cases).
const tableValuesArb = fc.record(
  Object.fromEntries(
    tableArguments.map(({ name }) => {
      const uses = tableArguments.filter((a) => a.name === name);
      const cases = uses.flatMap((a) => (a.kind === 'select' ? [...a.options.keys()] : []));
      if (uses.some((a) => a.kind === 'plural' || a.kind === 'number')) return [name, numberArb];
      return [name, cases.length ? fc.constantFrom(...cases, 'unlisted') : fc.string()];
    }),
  ),
);
const valuesArb = fc
  .record({
    n1: numberArb,
    n2: numberArb,
    k1: fc.constantFrom('a', 'b', 'c', 'other', 'zz'),
    k2: fc.constantFrom('a', 'b', 'c'),
    s1: fc.string(),
    s2: fc.string({ unit: 'grapheme' }),
  })
  .chain((values) => tableValuesArb.map((own) => ({ ...own, ...values })));

/**
 * The values that make intl-messageformat print what we print. A number in a simple argument is
 * where we differ on purpose: we format it in the locale ("1.234" × Jacke in de), intl-messageformat
 * prints String(n). So such a number reaches the oracle already formatted, by Intl itself.
 */
function asOracleSees(pattern: string, values: Record<string, unknown>, locale: string): Record<string, unknown> {
  let used: Argument[];
  try {
    used = argumentsOf(parseMessage(pattern));
  } catch {
    return values; // the oracle must refuse it too
  }
  const simple = new Set(used.filter((a) => a.kind === 'argument').map((a) => a.name));
  for (const a of used) if (a.kind !== 'argument') simple.delete(a.name);
  const format = new Intl.NumberFormat(locale).format;
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [name, simple.has(name) && typeof value === 'number' ? format(value) : value]),
  );
}

test('formatMessage equals intl-messageformat for generated and fixed patterns in eight locales', () => {
  fc.assert(
    fc.property(
      fc.oneof(fc.constantFrom(...fixedPatterns), message(0, false)),
      valuesArb,
      fc.constantFrom(...locales),
      (pattern, values, locale) => {
        let expected: string;
        try {
          expected = oracle(pattern, asOracleSees(pattern, values, locale), locale);
        } catch {
          // What intl-messageformat refuses, our parser refuses too.
          assert.throws(() => parseMessage(pattern));
          return;
        }
        assert.equal(formatMessage(pattern, values, locale), expected);
      },
    ),
    { numRuns: 3000 },
  );
});

// --- the shipped tables -------------------------------------------------------------------------

test('every shipped table parses and uses the English arguments for each key', () => {
  for (const [code, table] of Object.entries(tables)) {
    assert.deepEqual(Object.keys(table).sort(), Object.keys(en).sort(), `${code} has the English keys`);
    for (const [key, pattern] of Object.entries(table)) {
      assert.deepEqual(argumentNames(pattern), argumentNames(en[key as keyof typeof en]), `${code}.${key}`);
    }
  }
});

test('every plural in a shipped table has each category its locale needs, and no other', () => {
  // Every problem in every table at once, so one table's slip does not hide another's.
  const problems: string[] = [];
  for (const [code, table] of Object.entries(tables)) {
    const needed: string[] = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
    for (const [key, pattern] of Object.entries(table)) {
      for (const plural of argumentsOf(parseMessage(pattern)).filter((a) => a.kind === 'plural')) {
        const keys = [...plural.options.keys()];
        const missing = needed.filter((category) => !keys.includes(category));
        if (missing.length) problems.push(`${code}.${key} lacks ${missing.join(', ')}`);
        const unknown = keys.filter((selector) => !needed.includes(selector) && !/^=\d+$/.test(selector));
        if (unknown.length) problems.push(`${code}.${key}: ${unknown.join(', ')} is not a plural category in ${code}`);
      }
    }
  }
  assert.deepEqual(problems, []);
});
