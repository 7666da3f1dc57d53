import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  addMoney,
  currencyExponent,
  formatMoney,
  isVitrineError,
  money,
  multiplyMoney,
  sumMoney,
  toDecimalString,
} from '../src/index.ts';

describe('money', () => {
  it('adds 0.10 € and 0.20 € to exactly 0.30 €, where floats give 0.30000000000000004', () => {
    assert.notEqual(0.1 + 0.2, 0.3);
    const total = addMoney(money(10, 'EUR'), money(20, 'EUR'));
    assert.deepEqual(total, { amount: 30, currency: 'EUR' });
    assert.equal(toDecimalString(total.amount, 2), '0.30');
  });

  it('sums ten times 0.10 € to exactly 1.00 €', () => {
    const total = sumMoney(
      Array.from({ length: 10 }, () => money(10, 'EUR')),
      'EUR',
    );
    assert.equal(total.amount, 100);
  });

  it('multiplies 1.15 € by 3 exactly (floats give 3.4499999999999997)', () => {
    assert.notEqual(1.15 * 3, 3.45);
    assert.equal(multiplyMoney(money(115, 'EUR'), 3).amount, 345);
  });

  it('refuses fractional minor units and non-finite amounts', () => {
    for (const bad of [0.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53]) {
      assert.throws(
        () => money(bad, 'EUR'),
        (e) => isVitrineError(e) && e.code === 'invalid-input',
      );
    }
  });

  it('refuses unknown or malformed currency codes', () => {
    for (const bad of ['EURO', 'eur', 'XYZ', '']) {
      assert.throws(() => money(100, bad), /currency/i);
    }
  });

  it('refuses to mix currencies', () => {
    assert.throws(() => addMoney(money(1, 'EUR'), money(1, 'USD')), /Cannot combine EUR with USD/);
  });

  it('knows ISO 4217 exponents: JPY 0, EUR 2, KWD 3', () => {
    assert.equal(currencyExponent('JPY'), 0);
    assert.equal(currencyExponent('EUR'), 2);
    assert.equal(currencyExponent('KWD'), 3);
  });

  it('writes exact decimal strings for every exponent, negative amounts included', () => {
    assert.equal(toDecimalString(1500, 0), '1500');
    assert.equal(toDecimalString(1999, 2), '19.99');
    assert.equal(toDecimalString(5, 2), '0.05');
    assert.equal(toDecimalString(-5, 2), '-0.05');
    assert.equal(toDecimalString(1234, 3), '1.234');
    assert.equal(toDecimalString(7, 3), '0.007');
  });

  it('formats JPY without decimals and KWD with three, in French and English', () => {
    assert.equal(formatMoney(money(1500, 'JPY'), 'en-GB'), 'JP¥1,500');
    assert.equal(formatMoney(money(1234, 'KWD'), 'en-GB'), 'KWD\u00a01.234');
    assert.equal(formatMoney(money(1999, 'EUR'), 'fr-FR'), '19,99\u00a0€');
    assert.equal(formatMoney(money(123456789, 'EUR'), 'en-GB'), '€1,234,567.89');
  });

  it('formats amounts beyond float precision exactly', () => {
    // 2^53 + 1 cents cannot be represented as a float of euros.
    const cents = Number.MAX_SAFE_INTEGER;
    assert.equal(formatMoney(money(cents, 'EUR'), 'en-GB'), '€90,071,992,547,409.91');
  });
});
