import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decimalFromMinorUnits, isVitrineError, minorUnitsFromDecimal } from '@vitrine/core';
import fc from 'fast-check';

/**
 * Medusa states amounts as major-unit JSON numbers (12.61) and as decimal strings in its raw
 * values ("12.61"). These properties prove the conversion to minor units exact for both.
 *
 * A number m / 10^exp is exact through its shortest spelling while it has at most 15
 * significant digits (every such decimal survives a round trip through a double). Past that,
 * two decimals can share a double: 9007199254740991 / 100 prints as 90071992547409.9.
 * So numbers are checked up to 10^15 − 1 minor units, strings up to the largest safe integer.
 */
const CURRENCIES = [
  { currency: 'EUR', exponent: 2 },
  { currency: 'JPY', exponent: 0 },
  { currency: 'KWD', exponent: 3 },
] as const;

const NUMBER_LIMIT = 10 ** 15 - 1;

describe('minorUnitsFromDecimal on Medusa amounts', () => {
  for (const { currency, exponent } of CURRENCIES) {
    it(`is exact for every ${currency} amount stated as a number in major units`, () => {
      fc.assert(
        fc.property(fc.integer({ min: -NUMBER_LIMIT, max: NUMBER_LIMIT }), (minor) => {
          assert.equal(minorUnitsFromDecimal(minor / 10 ** exponent, currency), minor);
        }),
        { numRuns: 2000 },
      );
    });

    it(`is exact for every ${currency} amount stated as a decimal string`, () => {
      fc.assert(
        fc.property(fc.maxSafeInteger(), (minor) => {
          const text = decimalFromMinorUnits(minor, currency);
          assert.equal(minorUnitsFromDecimal(text, currency), minor);
        }),
        { numRuns: 2000 },
      );
    });

    it(`is exact for small ${currency} amounts, where floats go wrong most often`, () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 100_000 }), (minor) => {
          assert.equal(minorUnitsFromDecimal(minor / 10 ** exponent, currency), minor);
        }),
        { numRuns: 2000 },
      );
    });
  }

  it('reads the recorded amounts: 249 €, 24.9 €, 279.99 $, 17.9 €', () => {
    assert.equal(minorUnitsFromDecimal(249, 'EUR'), 24900);
    assert.equal(minorUnitsFromDecimal(24.9, 'EUR'), 2490);
    assert.equal(minorUnitsFromDecimal(279.99, 'USD'), 27999);
    assert.equal(minorUnitsFromDecimal(17.9, 'EUR'), 1790);
    // Where a float product fails: the wholesale paper's 17.9 × 100 is 1789.9999999999998.
    assert.notEqual(17.9 * 100, 1790);
  });

  it('refuses the unrounded amounts Medusa computes, finer than a cent', () => {
    // The recorded subtotal of the T-shirt line: 15 / 1.19, and its raw string.
    for (const amount of [12.605042016806722, '12.605042016806722689']) {
      assert.throws(
        () => minorUnitsFromDecimal(amount, 'EUR'),
        (error) => isVitrineError(error) && error.code === 'invalid-response',
      );
    }
    assert.equal(minorUnitsFromDecimal('12.605042016806722689', 'EUR', 'half-up'), 1261);
  });
});
