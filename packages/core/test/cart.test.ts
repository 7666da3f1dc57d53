import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cartTotals, type Cart, type CartLine } from '../src/index.ts';

function line(
  id: string,
  amount: number,
  vatRate: number,
  quantity: number,
  includesTax = false,
): CartLine {
  return {
    id,
    offerId: `o-${id}`,
    productId: `p-${id}`,
    sku: id,
    name: id,
    unitPrice: { amount, currency: 'EUR', includesTax, vatRate },
    quantity,
  };
}

describe('cart totals', () => {
  it('adds per-line VAT by rate and keeps HT + VAT = TTC', () => {
    const cart: Cart = {
      id: 'c',
      currency: 'EUR',
      lines: [line('a', 549, 2000, 3), line('b', 2290, 550, 2), line('c', 99, 2000, 3)],
    };
    const totals = cartTotals(cart);
    // a: 16.47 HT, VAT 3.294 → 3.29; b: 45.80 HT, VAT 2.519 → 2.52; c: 2.97 HT, VAT 0.594 → 0.59
    assert.equal(totals.exclTax.amount, 1647 + 4580 + 297);
    assert.equal(totals.tax.amount, 329 + 252 + 59);
    assert.equal(totals.inclTax.amount, totals.exclTax.amount + totals.tax.amount);
    assert.equal(totals.itemCount, 8);
    assert.deepEqual(
      totals.byRate.map((row) => [row.rate, row.excl, row.tax, row.incl]),
      [
        [2000, 1944, 388, 2332],
        [550, 4580, 252, 4832],
      ],
    );
  });

  it('takes prices stated incl. VAT as they are and derives the VAT from them', () => {
    const totals = cartTotals({
      id: 'c',
      currency: 'EUR',
      lines: [line('a', 1999, 2000, 2, true)],
    });
    assert.equal(totals.inclTax.amount, 3998);
    assert.equal(totals.exclTax.amount + totals.tax.amount, 3998);
    assert.equal(totals.exclTax.amount, 3332);
  });

  it('totals an empty cart to zero', () => {
    const totals = cartTotals({ id: 'c', currency: 'JPY', lines: [] });
    assert.deepEqual(totals.inclTax, { amount: 0, currency: 'JPY' });
    assert.deepEqual(totals.byRate, []);
  });
});
