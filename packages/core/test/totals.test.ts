import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  cartTotals,
  documentTotals,
  formatMoney,
  isVitrineError,
  lineAmounts,
  type Cart,
  type CartLine,
  type Price,
} from '../src/index.ts';
import { assertCartsMatchReference } from './support/cart-property.ts';

function line(id: string, unitPrice: Partial<Price> & { amount: number }, quantity = 1): CartLine {
  return {
    id,
    offerId: `o-${id}`,
    productId: `p-${id}`,
    sku: id,
    name: id,
    unitPrice: { currency: 'EUR', includesTax: false, vatRate: 2000, ...unitPrice },
    quantity,
  };
}

const cart = (lines: CartLine[], currency = 'EUR'): Cart => ({ id: 'c', currency, lines });
const triple = (t: { excl: number; tax: number; incl: number }) => [t.excl, t.tax, t.incl];
const invalid = (e: unknown) => isVitrineError(e) && e.code === 'invalid-input';

describe('rounding levels: 0.99 € excl. VAT at 20 %', () => {
  // Exact VAT of one unit: 0.198 €; of three: 0.594 €.
  const oneLineOfThree = cart([line('a', { amount: 99 }, 3)]);
  const threeLinesOfOne = cart([
    line('a', { amount: 99 }),
    line('b', { amount: 99 }),
    line('c', { amount: 99 }),
  ]);

  it('per unit: 0.20 € of VAT per unit, 0.60 € for three', () => {
    const totals = cartTotals(oneLineOfThree, { level: 'unit' });
    assert.deepEqual(triple(totals.lines[0]!), [297, 60, 357]);
    assert.equal(totals.tax.amount, 60);
  });

  it('per line: 3 × 0.99 € is one line of 2.97 €, VAT 0.594 → 0.59 €', () => {
    const totals = cartTotals(oneLineOfThree);
    assert.deepEqual(triple(totals.lines[0]!), [297, 59, 356]);
  });

  it('per line on three lines of one: 0.20 € each, 0.60 € in all', () => {
    const totals = cartTotals(threeLinesOfOne, { level: 'line' });
    assert.deepEqual(
      totals.lines.map((l) => l.tax),
      [20, 20, 20],
    );
    assert.deepEqual(
      triple({ excl: totals.exclTax.amount, tax: totals.tax.amount, incl: totals.inclTax.amount }),
      [297, 60, 357],
    );
  });

  it('per document: VAT once on 2.97 € = 0.59 €, allocated 0.20 + 0.20 + 0.19 to the lines', () => {
    const totals = cartTotals(threeLinesOfOne, { level: 'document' });
    assert.equal(totals.tax.amount, 59);
    assert.deepEqual(totals.lines.map(triple), [
      [99, 20, 119],
      [99, 20, 119],
      [99, 19, 118],
    ]);
    assert.deepEqual(totals.byRate, [{ rate: 2000, excl: 297, tax: 59, incl: 356 }]);
  });

  it('per document, one VAT amount per rate (EN 16931), each row adding up', () => {
    const totals = cartTotals(
      cart([
        line('a', { amount: 99 }),
        line('b', { amount: 99, vatRate: 550 }),
        line('c', { amount: 99 }),
        line('d', { amount: 99, vatRate: 550 }),
      ]),
      { level: 'document' },
    );
    // 20 %: 1.98 € → 0.396 → 0.40 €; 5.5 %: 1.98 € → 0.1089 → 0.11 €.
    assert.deepEqual(
      totals.byRate.map((r) => [r.rate, r.excl, r.tax, r.incl]),
      [
        [2000, 198, 40, 238],
        [550, 198, 11, 209],
      ],
    );
    assert.deepEqual(
      totals.lines.map((l) => l.tax),
      [20, 6, 20, 5],
    );
  });
});

describe('rounding mode', () => {
  it('rounds a VAT of exactly half a cent up or to even, as the policy says', () => {
    // 0.25 € at 10 % = 0.025 €; 0.35 € at 10 % = 0.035 €.
    const c = cart([
      line('a', { amount: 25, vatRate: 1000 }),
      line('b', { amount: 35, vatRate: 1000 }),
    ]);
    assert.deepEqual(
      cartTotals(c, { mode: 'half-up' }).lines.map((l) => l.tax),
      [3, 4],
    );
    assert.deepEqual(
      cartTotals(c, { mode: 'half-even' }).lines.map((l) => l.tax),
      [2, 4],
    );
    // Old call shape: a mode alone, per line.
    assert.deepEqual(
      cartTotals(c, 'half-even').lines.map((l) => l.tax),
      [2, 4],
    );
    assert.equal(lineAmounts(c.lines[0]!, 'half-even').tax, 2);
  });
});

describe('prices stated incl. VAT', () => {
  it('keeps the TTC price as stated at every level; only the VAT split moves', () => {
    const c = cart([
      line('a', { amount: 119, includesTax: true }),
      line('b', { amount: 119, includesTax: true }),
      line('c', { amount: 119, includesTax: true }),
    ]);
    for (const level of ['unit', 'line', 'document'] as const) {
      const totals = cartTotals(c, { level });
      assert.equal(totals.inclTax.amount, 357, level);
      for (const l of totals.lines) assert.equal(l.incl, 119);
    }
    // Per line: 1.19 / 1.2 = 0.991666 → 0.99 HT each; per document: 3.57 / 1.2 = 2.975 → 2.98.
    assert.equal(cartTotals(c).exclTax.amount, 297);
    assert.equal(cartTotals(c, { level: 'document' }).exclTax.amount, 298);
    assert.equal(cartTotals(c, { level: 'document', mode: 'half-even' }).exclTax.amount, 298);
  });

  it('rounds HT-stated and TTC-stated lines of one rate separately, in one byRate row', () => {
    const totals = cartTotals(
      cart([line('a', { amount: 99 }), line('b', { amount: 119, includesTax: true })]),
      { level: 'document' },
    );
    assert.equal(totals.byRate.length, 1);
    const row = totals.byRate[0]!;
    assert.equal(row.excl + row.tax, row.incl);
    assert.equal(row.incl, 119 + 119);
  });
});

describe('KWD, three decimals', () => {
  it('computes VAT to the fils and formats three decimals', () => {
    // 0.333 KWD × 3 at 5 % (a Gulf rate): line 0.999, VAT 0.04995 → 0.050.
    const c = cart([line('a', { amount: 333, currency: 'KWD', vatRate: 500 }, 3)], 'KWD');
    const totals = cartTotals(c);
    assert.deepEqual(triple(totals.lines[0]!), [999, 50, 1049]);
    assert.equal(formatMoney(totals.inclTax, 'en-GB'), 'KWD\u00a01.049');
    // Per unit: 0.01665 → 0.017 per unit, 0.051 for three.
    assert.equal(cartTotals(c, { level: 'unit' }).tax.amount, 51);
  });
});

describe('eco-participation in totals', () => {
  it('is carried per line times the quantity and summed, never rounded', () => {
    const c = cart([
      line('a', { amount: 41_667, ecoContribution: 1_000 }, 3),
      line('b', { amount: 999 }),
    ]);
    const totals = cartTotals(c);
    assert.equal(totals.lines[0]!.ecoContribution, 3_000);
    assert.equal(totals.lines[1]!.ecoContribution, undefined);
    assert.deepEqual(totals.ecoContribution, { amount: 3_000, currency: 'EUR' });
  });
});

describe('policy sources', () => {
  const c = cart([line('a', { amount: 99 }), line('b', { amount: 99 }), line('c', { amount: 99 })]);

  it("follows the cart's own policy, and an explicit one over it", () => {
    const documentCart = { ...c, rounding: { mode: 'half-up', level: 'document' } as const };
    assert.equal(cartTotals(documentCart).tax.amount, 59);
    assert.deepEqual(cartTotals(documentCart).rounding, { mode: 'half-up', level: 'document' });
    assert.equal(cartTotals(documentCart, { level: 'line' }).tax.amount, 60);
    assert.deepEqual(cartTotals(c).rounding, { mode: 'half-up', level: 'line' });
  });

  it('refuses a per-line answer at document level, unknown policies and mixed currencies', () => {
    assert.throws(
      () => lineAmounts(c.lines[0]!, { level: 'document' }),
      /read the lines of cartTotals/,
    );
    assert.throws(
      () => cartTotals(c, { level: 'invoice' as never }),
      /Rounding level must be one of/,
    );
    assert.throws(() => cartTotals(c, 'bankers' as never), /Rounding mode must be one of/);
    assert.throws(
      () => cartTotals(cart([line('a', { amount: 1, currency: 'USD' })])),
      /priced in USD, the document in EUR/,
    );
  });

  it('allocates credits at document level, but not credits mixed with charges of one rate', () => {
    const credits = cartTotals(
      cart([line('a', { amount: -99 }), line('b', { amount: -99 }), line('c', { amount: -99 })]),
      { level: 'document' },
    );
    assert.deepEqual(
      credits.lines.map((l) => l.tax),
      [-20, -20, -19],
    );
    assert.throws(
      () =>
        cartTotals(cart([line('a', { amount: 99 }), line('b', { amount: -50 })]), {
          level: 'document',
        }),
      /all charges or all credits/,
    );
  });

  it('refuses amounts past exact numbers instead of rounding them', () => {
    assert.throws(() => cartTotals(cart([line('a', { amount: 2 ** 52 }, 3)])), invalid);
    assert.throws(
      () =>
        documentTotals([line('a', { amount: 2 ** 52 }), line('b', { amount: 2 ** 52 })], 'EUR', {
          level: 'document',
        }),
      invalid,
    );
  });
});

describe('property: cart totals equal the BigInt reference', () => {
  it('random carts (EUR, JPY, KWD; both modes) at unit, line and document level: 0 differences', () => {
    assertCartsMatchReference();
  });
});
