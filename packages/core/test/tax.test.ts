import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  divideRounded,
  formatVatRate,
  netFromGross,
  splitFromGross,
  splitFromNet,
  splitPrice,
  taxOnNet,
} from '../src/index.ts';

describe('VAT', () => {
  it('computes VAT for the French rates on 100.00 €', () => {
    assert.equal(taxOnNet(10000, 2000), 2000);
    assert.equal(taxOnNet(10000, 1000), 1000);
    assert.equal(taxOnNet(10000, 550), 550);
    assert.equal(taxOnNet(10000, 210), 210);
  });

  it('rounds half up by default and half to even on request', () => {
    // 0.25 € at 10 % = 0.025 €
    assert.equal(taxOnNet(25, 1000, 'half-up'), 3);
    assert.equal(taxOnNet(25, 1000, 'half-even'), 2);
    // 0.35 € at 10 % = 0.035 €
    assert.equal(taxOnNet(35, 1000, 'half-even'), 4);
  });

  it('rounds negative amounts (credits) symmetrically', () => {
    assert.equal(taxOnNet(-25, 1000, 'half-up'), -3);
    assert.equal(divideRounded(-5n, 2n, 'half-even'), -2n);
  });

  it('splits a gross price so that HT + VAT = TTC exactly', () => {
    const split = splitFromGross(1999, 2000);
    assert.deepEqual(split, { excl: 1666, tax: 333, incl: 1999 });
    assert.equal(netFromGross(105, 550), 100);
  });

  it('keeps HT + VAT = TTC for every net amount up to 100 € at every French rate', () => {
    for (const rate of [2000, 1000, 550, 210]) {
      for (let net = 0; net <= 10000; net += 1) {
        const split = splitFromNet(net, rate);
        assert.equal(split.excl + split.tax, split.incl);
      }
    }
  });

  it('multiplies before rounding: 3 × 0.99 € at 20 % is 0.59 € of VAT, not 3 × 0.20 €', () => {
    const price = { amount: 99, currency: 'EUR', includesTax: false, vatRate: 2000 };
    assert.deepEqual(splitPrice(price, 3), { excl: 297, tax: 59, incl: 356 });
    assert.equal(splitPrice(price, 1).tax * 3, 60);
  });

  it('refuses rates outside 0–100 % and fractional basis points', () => {
    for (const bad of [-1, 10001, 5.5, Number.NaN]) {
      assert.throws(() => taxOnNet(100, bad), /VAT rate must be between 0 and 10000/);
    }
  });

  it('formats rates per locale without floats', () => {
    assert.equal(formatVatRate(550, 'fr-FR'), '5,5\u00a0%');
    assert.equal(formatVatRate(2000, 'en-GB'), '20%');
    assert.equal(formatVatRate(210, 'en-GB'), '2.1%');
  });
});
