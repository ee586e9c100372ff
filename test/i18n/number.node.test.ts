import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatNumber, parseQuantity, type ParsedQuantity } from '../../src/i18n/number.js';

const number = (value: number): ParsedQuantity => ({ kind: 'number', value });
const cases: [text: string, locale: string, expected: ParsedQuantity][] = [
  ['0', 'en', number(0)],
  ['  4 ', 'en', number(4)],
  ['+3', 'en', number(3)],
  ['-0', 'en', number(0)],
  ['', 'en', { kind: 'empty' }],
  ['   ', 'de', { kind: 'empty' }],
  ['abc', 'en', { kind: 'not-a-number' }],
  ['1a', 'en', { kind: 'not-a-number' }],
  ['-', 'en', { kind: 'not-a-number' }],
  ['1 2', 'en', { kind: 'not-a-number' }],
  ['-1', 'en', { kind: 'negative' }],
  ['\u22122', 'en', { kind: 'negative' }],
  ['2.5', 'en', { kind: 'fraction' }],
  // Exponents are numbers; the caller reports one too large.
  ['1e9', 'en', number(1_000_000_000)],
  ['1e999', 'en', number(Infinity)],
];

test('parseQuantity reads whole numbers, signs and exponents, and names what it refuses', () => {
  for (const [text, locale, expected] of cases) assert.deepEqual(parseQuantity(text, locale), expected, `${JSON.stringify(text)} in ${locale}`);
});

test("parseQuantity reads the locale's digits, Arabic-Indic ones in every locale, and full-width ones", () => {
  assert.deepEqual(parseQuantity('٣', 'ar'), number(3));
  assert.deepEqual(parseQuantity('١٢', 'en'), number(12));
  assert.deepEqual(parseQuantity('۱۲', 'fa'), number(12));
  // Digits Intl formats with for the locale, whatever the system (Devanagari here).
  assert.deepEqual(parseQuantity('४२', 'hi-u-nu-deva'), number(42));
  assert.deepEqual(parseQuantity('１２', 'ja'), number(12));
  // A pasted, formatted Arabic number: bidi marks and Arabic separators.
  assert.deepEqual(parseQuantity(formatNumber(-1234, 'ar-EG'), 'ar-EG'), { kind: 'negative' });
  assert.deepEqual(parseQuantity('١٬٢٣٤', 'ar-EG'), number(1234));
  assert.deepEqual(parseQuantity('٢٫٥', 'ar-EG'), { kind: 'fraction' });
});

test("the locale's decimal separator makes a fraction; its grouping separator is accepted between whole groups only", () => {
  assert.deepEqual(parseQuantity('2,5', 'de'), { kind: 'fraction' });
  assert.deepEqual(parseQuantity('1.000', 'de'), number(1000));
  assert.deepEqual(parseQuantity('1.234.567', 'de'), number(1_234_567));
  // "1.5" in German is neither 1,5 nor 15: refused, not misread.
  assert.deepEqual(parseQuantity('1.5', 'de'), { kind: 'not-a-number' });
  assert.deepEqual(parseQuantity('1,000', 'en'), number(1000));
  assert.deepEqual(parseQuantity('1,00', 'en'), { kind: 'not-a-number' });
  assert.deepEqual(parseQuantity(',100', 'en'), { kind: 'not-a-number' });
  // French groups with a narrow no-break space; a shopper types a plain one.
  assert.deepEqual(parseQuantity('1 000', 'fr'), number(1000));
  assert.deepEqual(parseQuantity(formatNumber(1000, 'fr'), 'fr'), number(1000));
  assert.deepEqual(parseQuantity("1'000", 'de-CH'), number(1000));
  // Indian grouping: 3 digits, then 2s.
  assert.deepEqual(parseQuantity('1,00,000', 'en-IN'), number(100_000));
});

test('formatNumber formats in the locale, every locale reading back what it formats', () => {
  assert.equal(formatNumber(1234.5, 'de'), '1.234,5');
  for (const locale of ['en', 'es', 'de', 'ar', 'ar-EG', 'fa', 'fr', 'hi-u-nu-deva', 'en-IN', 'de-CH', 'pl', 'ru']) {
    for (const n of [0, 7, 1000, 123_456_789]) assert.deepEqual(parseQuantity(formatNumber(n, locale), locale), number(n), `${n} in ${locale}`);
  }
});
