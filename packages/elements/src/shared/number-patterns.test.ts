import { expect } from '@open-wc/testing';
import {
  decimalMark,
  formatCount,
  formatMoney,
  KNOWN_MONEY_FORMATS,
  KNOWN_NUMBER_LOCALES,
} from '@vitrine/core';

// Prices and counts in the common locales are written from a table instead of Intl (it spares
// the page the first Intl.NumberFormat's long task). The table must say what this browser's
// Intl says, character for character.
const EDGES = [0, 1, 99, 100, 999, 1000, 1234, 99_999, 123_456, 1_234_567, 9_876_543_210]
  .concat(Number.MAX_SAFE_INTEGER)
  .flatMap((amount) => [amount, -amount]);

/** The exact decimal string of minor units with two decimals: 123456 → "1234.56". */
const decimal = (amount: number) => {
  const digits = String(Math.abs(amount)).padStart(3, '0');
  return `${amount < 0 ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
};

describe('numbers written without Intl, in Chromium', () => {
  it('writes every amount of the table as the browser’s Intl does', () => {
    for (const key of KNOWN_MONEY_FORMATS) {
      const [locale, currency] = key.split('|') as [string, string];
      const intl = new Intl.NumberFormat(locale, { style: 'currency', currency });
      for (const amount of EDGES) {
        const expected = intl.format(decimal(amount) as unknown as number);
        expect(formatMoney({ amount, currency }, locale), `${key} ${amount}`).to.equal(expected);
      }
    }
  });

  it('writes counts and the decimal mark as the browser’s Intl does', () => {
    for (const locale of KNOWN_NUMBER_LOCALES) {
      const intl = new Intl.NumberFormat(locale);
      for (const count of EDGES) expect(formatCount(count, locale)).to.equal(intl.format(count));
      const mark = intl.formatToParts(1.5).find((part) => part.type === 'decimal')?.value;
      expect(decimalMark(locale)).to.equal(mark);
    }
  });
});
