import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  basisPointsOf,
  divideRounded,
  divideRoundedNumber,
  isVitrineError,
  formatVatRate,
  netFromGross,
  splitFromGross,
  splitFromNet,
  splitPrice,
  taxOnNet,
} from '../src/index.ts';
import { refGrossIsReachable, refNet, refTax } from './reference/pricing.ts';
import { modeArbitrary, propertyRuns, rateArbitrary } from './support/cart-property.ts';

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

describe('1.005 €: the half cent floats get wrong', () => {
  it('rounds 2.01 € less 50 % = 1.005 € to 1.01 € half-up and 1.00 € half-even', () => {
    // As a float 1.005 is 1.00499999999999989…: Math.round(1.005 * 100) gives 100, not 101.
    assert.equal(Math.round(1.005 * 100), 100);
    assert.equal(basisPointsOf(201, 5000, 'half-up'), 101);
    assert.equal(basisPointsOf(201, 5000, 'half-even'), 100);
    // 1.015 € → half-even goes up to the even 1.02 €.
    assert.equal(basisPointsOf(203, 5000, 'half-even'), 102);
  });

  it('rounds a VAT of exactly 1.005 € (20.10 € at 5 %) up or to even', () => {
    assert.equal(taxOnNet(2010, 500, 'half-up'), 101);
    assert.equal(taxOnNet(2010, 500, 'half-even'), 100);
  });
});

describe('bad input', () => {
  const invalid = (e: unknown) => isVitrineError(e) && e.code === 'invalid-input';

  it('refuses fractional, non-finite and unsafe amounts with a VitrineError', () => {
    for (const bad of [0.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53]) {
      assert.throws(() => taxOnNet(bad, 2000), invalid);
      assert.throws(() => netFromGross(bad, 2000), invalid);
    }
  });

  it('refuses an unknown rounding mode', () => {
    assert.throws(() => taxOnNet(100, 2000, 'up' as never), /Rounding mode must be one of/);
  });

  it('stays exact for amounts far beyond the fast path', () => {
    const net = 900_000_000_000_000; // 9 × 10^14 cents
    assert.equal(taxOnNet(net, 2000), 180_000_000_000_000);
    assert.equal(netFromGross(1_080_000_000_000_000, 2000), net);
  });
});

/** Net → gross as shown: net plus its rounded VAT. */
const grossOf = (net: number, rate: number, mode: 'half-up' | 'half-even') =>
  splitFromNet(net, rate, mode).incl;

describe('property: the fast number path equals BigInt', () => {
  it('divideRoundedNumber = divideRounded for any safe numerator and divisor', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.integer({ min: -(2 ** 52), max: 2 ** 52 })),
        fc.oneof(fc.integer({ min: 1, max: 20_000 }), fc.integer({ min: 1, max: 2 ** 52 })),
        fc.constantFrom('half-up' as const, 'half-even' as const),
        (n, d, mode) => {
          assert.equal(
            divideRoundedNumber(n, d, mode),
            Number(divideRounded(BigInt(n), BigInt(d), mode)),
          );
        },
      ),
      { numRuns: propertyRuns() },
    );
  });

  it('taxOnNet and netFromGross equal the reference, small and large amounts', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: -1_000_000, max: 1_000_000 }),
          fc.integer({ min: -(10 ** 15), max: 10 ** 15 }),
        ),
        rateArbitrary,
        modeArbitrary,
        (amount, rate, mode) => {
          assert.equal(
            taxOnNet(amount, rate, mode),
            Number(refTax(BigInt(amount), BigInt(rate), mode)),
          );
          assert.equal(
            netFromGross(amount, rate, mode),
            Number(refNet(BigInt(amount), BigInt(rate), mode)),
          );
        },
      ),
      { numRuns: propertyRuns() },
    );
  });
});

describe('property: HT → TTC → HT round trips', () => {
  // Why it holds: gross = net + t with |t − net·r| ≤ ½, so gross / (1 + r) lies within
  // ½ / (1 + r) < ½ of net (for r > 0; r = 0 is trivial), and rounding it gives net back —
  // in either mode, since it is never exactly a half.
  it('net → gross → net gives the same net, for every net, every rate from 0 to 100 %, both modes', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: 0, max: 1_000_000 }),
          fc.integer({ min: -(10 ** 14), max: 10 ** 14 }),
        ),
        rateArbitrary,
        modeArbitrary,
        (net, rate, mode) => {
          assert.equal(netFromGross(grossOf(net, rate, mode), rate, mode), net);
        },
      ),
      { numRuns: propertyRuns() },
    );
  });

  // The other way a unit can move: at 20 % nets step by 1 and grosses by 1.2, so some grosses
  // (1.00 €: 0.83 € → 1.00 €, but 0.84 € → 1.01 €…) have no net at all. Those come back one unit
  // off, never more: |net·(1+r) − gross| ≤ (1+r)/2 and the VAT adds ≤ ½, so the error is at most
  // 1 + r/2 < 2 for r ≤ 100 %. Grosses some net reaches come back exactly.
  it('gross → net → gross is exact when some net has that gross, else off by exactly one unit', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: 0, max: 1_000_000 }),
          fc.integer({ min: -(10 ** 14), max: 10 ** 14 }),
        ),
        rateArbitrary,
        modeArbitrary,
        (gross, rate, mode) => {
          const back = grossOf(netFromGross(gross, rate, mode), rate, mode);
          const reachable = refGrossIsReachable(BigInt(gross), BigInt(rate), mode);
          assert.equal(back === gross, reachable);
          assert.ok(Math.abs(back - gross) <= 1);
        },
      ),
      { numRuns: propertyRuns() },
    );
  });

  it('names one: 1.05 € at 20 % has no net (0.87 € → 1.04 €, 0.88 € → 1.06 €)', () => {
    assert.equal(grossOf(87, 2000, 'half-up'), 104);
    assert.equal(grossOf(88, 2000, 'half-up'), 106);
    // 1.05 / 1.2 = 0.875 → 0.88 € half-up (0.88 € half-even too), which shows as 1.06 €.
    assert.equal(netFromGross(105, 2000, 'half-up'), 88);
    assert.equal(grossOf(88, 2000, 'half-up'), 106);
    assert.ok(!refGrossIsReachable(105n, 2000n, 'half-up'));
    // A TTC-stated price is never converted back this way: splitFromGross keeps 1.05 € as stated.
    assert.deepEqual(splitFromGross(105, 2000), { excl: 88, tax: 17, incl: 105 });
  });
});
