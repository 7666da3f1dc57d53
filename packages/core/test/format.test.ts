import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  decimalMark,
  formatCount,
  formatMoney,
  formatPercent,
  formatVatRate,
  KNOWN_MONEY_FORMATS,
  KNOWN_NUMBER_LOCALES,
  toDecimalString,
} from '../src/index.ts';
import { propertyRuns } from './support/cart-property.ts';

/** Intl itself, fed the exact decimal string: what formatMoney must print, character for character. */
function intl(amount: number, currency: string, locale: string, exponent: number): string {
  const key = `${locale}|${currency}`;
  let formatter = reference.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: exponent,
      maximumFractionDigits: exponent,
    });
    reference.set(key, formatter);
  }
  return formatter.format(toDecimalString(amount, exponent) as unknown as number);
}
const reference = new Map<string, Intl.NumberFormat>();

const LOCALES = [
  'fr-FR',
  'fr-CH',
  'fr-BE',
  'en-GB',
  'en-US',
  'en-IN', // 12,34,567.00: Indian grouping
  'de-DE',
  'de-CH',
  'es-ES', // 1234 but 12.345
  'it-IT',
  'nl-NL',
  'pl-PL',
  'ja-JP',
  'ar-EG', // Arabic-Indic digits
];
const CURRENCIES: [string, number][] = [
  ['EUR', 2],
  ['JPY', 0],
  ['KWD', 3],
  ['CHF', 2],
  ['USD', 2],
];

describe('money formatting', () => {
  it('prints what Intl prints, in every locale and currency tried', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LOCALES),
        fc.constantFrom(...CURRENCIES),
        fc.oneof(
          fc.integer({ min: -100_000, max: 100_000 }),
          fc.integer({ min: -10_000_000_000, max: 10_000_000_000 }),
          fc.maxSafeInteger(),
        ),
        (locale, [currency, exponent], amount) => {
          assert.equal(
            formatMoney({ amount, currency }, locale),
            intl(amount, currency, locale, exponent),
          );
        },
      ),
      { numRuns: Math.min(propertyRuns(), 20_000) },
    );
  });

  it('groups as each locale does', () => {
    assert.equal(formatMoney({ amount: 123_400, currency: 'EUR' }, 'es-ES'), '1234,00\u00a0€');
    assert.equal(formatMoney({ amount: 1_234_500, currency: 'EUR' }, 'es-ES'), '12.345,00\u00a0€');
    assert.equal(formatMoney({ amount: 123_456_700, currency: 'EUR' }, 'en-IN'), '€12,34,567.00');
    assert.equal(
      formatMoney({ amount: -123_456, currency: 'EUR' }, 'fr-FR'),
      '-1\u202f234,56\u00a0€',
    );
  });

  it('refuses fractional minor units and unknown currencies', () => {
    assert.throws(() => formatMoney({ amount: 1.5, currency: 'EUR' }, 'fr-FR'), /whole number/);
    assert.throws(() => formatMoney({ amount: 1, currency: 'ABC' }, 'fr-FR'), /Unknown currency/);
  });
});

/** Zero, grouping thresholds, the largest amount, and each negated. */
const EDGES = [0, 1, 99, 100, 999, 1000, 1234, 99_999, 123_456, 1_234_567, 9_876_543_210]
  .concat(Number.MAX_SAFE_INTEGER)
  .flatMap((amount) => [amount, -amount]);

describe('locales written without Intl (number-patterns.ts)', () => {
  it('writes every amount of the table exactly as Intl does', () => {
    for (const key of KNOWN_MONEY_FORMATS) {
      const [locale, currency] = key.split('|') as [string, string];
      for (const amount of EDGES) {
        assert.equal(
          formatMoney({ amount, currency }, locale),
          intl(amount, currency, locale, 2),
          key,
        );
      }
    }
  });

  it('writes counts and the decimal mark as Intl does', () => {
    for (const locale of KNOWN_NUMBER_LOCALES) {
      const intlCount = new Intl.NumberFormat(locale);
      for (const count of EDGES) assert.equal(formatCount(count, locale), intlCount.format(count));
      const mark = intlCount.formatToParts(1.5).find((part) => part.type === 'decimal')?.value;
      assert.equal(decimalMark(locale), mark);
    }
    // And a locale outside the table goes through Intl.
    assert.equal(formatCount(1_234_567, 'en-IN'), '12,34,567');
    assert.equal(decimalMark('pt-BR'), ',');
  });
});

describe('percent formatting', () => {
  it('formats basis points of a percent in French and English', () => {
    assert.equal(formatPercent(1500, 'fr-FR'), '15\u00a0%');
    assert.equal(formatPercent(250, 'en-GB'), '2.5%');
    assert.equal(formatPercent(-1250, 'en-GB'), '-12.5%');
    assert.equal(formatPercent(1, 'en-GB'), '0.01%');
    assert.equal(formatVatRate(550, 'fr-FR'), formatPercent(550, 'fr-FR'));
    assert.throws(() => formatPercent(0.5, 'en-GB'), /whole number/);
  });
});
