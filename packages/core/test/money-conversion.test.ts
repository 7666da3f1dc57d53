import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  decimalFromMinorUnits,
  isVitrineError,
  minorUnitsFromDecimal,
  vatRateFromPercent,
} from '../src/index.js';

/** Currencies with 0, 2 and 3 decimals, as backends send them. */
const CURRENCIES = ['JPY', 'EUR', 'KWD'] as const;

const rejectsAsInvalidResponse = (run: () => unknown) =>
  assert.throws(run, (error) => isVitrineError(error) && error.code === 'invalid-response');

describe('minorUnitsFromDecimal', () => {
  for (const currency of CURRENCIES) {
    it(`reads back every ${currency} amount from a major-unit number and a decimal string`, () => {
      fc.assert(
        fc.property(fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }), (minor) => {
          const decimal = decimalFromMinorUnits(minor, currency);
          assert.equal(minorUnitsFromDecimal(decimal, currency), minor);
          // A JSON number in major units is read through its shortest spelling: any amount
          // of at most 15 significant digits (what a double holds exactly) comes back exactly.
          if (Math.abs(minor) < 1e15) {
            assert.equal(minorUnitsFromDecimal(Number(decimal), currency), minor);
          }
        }),
        { numRuns: 2000 },
      );
    });
  }

  it('reads amounts that floating-point multiplication gets wrong', () => {
    // In binary doubles 1.005 * 1000 is fine but 1.005 * 100 = 100.49999999999999,
    // 0.29 * 100 = 28.999999999999996 and 4.35 * 100 = 434.99999999999994.
    assert.equal(minorUnitsFromDecimal(0.29, 'EUR'), 29);
    assert.equal(minorUnitsFromDecimal(4.35, 'EUR'), 435);
    assert.equal(minorUnitsFromDecimal('1.005', 'KWD'), 1005);
    assert.equal(minorUnitsFromDecimal('  12.5 ', 'EUR'), 1250);
    assert.equal(minorUnitsFromDecimal(1e-7 * 1e7, 'EUR'), 100);
    assert.equal(minorUnitsFromDecimal('-0.00', 'EUR'), 0);
    assert.equal(Object.is(minorUnitsFromDecimal('-0.00', 'EUR'), -0), false);
  });

  it('refuses digits finer than the minor unit unless asked to round them half away from zero', () => {
    // Medusa's amount without tax: 249 / 1.19 = 209.2436974789916 €.
    rejectsAsInvalidResponse(() => minorUnitsFromDecimal(209.2436974789916, 'EUR'));
    assert.equal(minorUnitsFromDecimal(209.2436974789916, 'EUR', 'half-up'), 20924);
    assert.equal(minorUnitsFromDecimal('0.125', 'EUR', 'half-up'), 13);
    assert.equal(minorUnitsFromDecimal('-0.125', 'EUR', 'half-up'), -13);
    assert.equal(minorUnitsFromDecimal('0.1249', 'EUR', 'half-up'), 12);
    assert.equal(minorUnitsFromDecimal(12.6, 'JPY', 'half-up'), 13);
  });

  it('reads exponent notation, as JSON numbers may be written', () => {
    assert.equal(minorUnitsFromDecimal('1.5e2', 'EUR'), 15000);
    assert.equal(minorUnitsFromDecimal(1e-2, 'EUR'), 1);
    assert.equal(minorUnitsFromDecimal('25E-1', 'EUR'), 250);
  });

  it('refuses what is not an amount, and amounts too large to be exact', () => {
    for (const bad of ['', 'abc', '1,50', '1.2.3', '0x10', 'Infinity', '--1']) {
      rejectsAsInvalidResponse(() => minorUnitsFromDecimal(bad, 'EUR'));
    }
    rejectsAsInvalidResponse(() => minorUnitsFromDecimal(Number.NaN, 'EUR'));
    rejectsAsInvalidResponse(() => minorUnitsFromDecimal(Number.POSITIVE_INFINITY, 'EUR'));
    rejectsAsInvalidResponse(() => minorUnitsFromDecimal('90071992547409.93', 'EUR'));
  });
});

describe('vatRateFromPercent', () => {
  it('turns percent into basis points exactly', () => {
    assert.equal(vatRateFromPercent(20), 2000);
    assert.equal(vatRateFromPercent(5.5), 550);
    assert.equal(vatRateFromPercent('2.1'), 210);
    assert.equal(vatRateFromPercent(0), 0);
    assert.equal(vatRateFromPercent(100), 10_000);
  });

  it('refuses negative, over 100 % and finer than a basis point', () => {
    for (const bad of [-1, 100.01, '7.125', 'twenty', '']) {
      rejectsAsInvalidResponse(() => vatRateFromPercent(bad));
    }
  });
});
