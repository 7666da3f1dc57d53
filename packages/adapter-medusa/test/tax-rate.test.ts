import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isVitrineError } from '@vitrine/core';
import { vatRateFromAmounts, vatRateFromTaxLines } from '../src/tax-rate.js';
import { fixture, type FixtureName } from './support/recorded.js';

interface RecordedPrice {
  calculated_amount_with_tax: number;
  calculated_amount_without_tax: number;
}

function recordedPrices(name: FixtureName): RecordedPrice[] {
  const { products } = fixture(name) as {
    products: { variants: { calculated_price: RecordedPrice }[] }[];
  };
  return products.flatMap((product) => product.variants.map((v) => v.calculated_price));
}

describe('VAT rate from the amounts with and without tax', () => {
  it('reads 19 % from the German prices of the chair: 249 / 209.2436974789916', () => {
    // 249 / 1.19 = 209.24369747899159…: the rate is 249 / 209.2436974789916 − 1 = 0.19.
    assert.equal(vatRateFromAmounts(249, 209.2436974789916), 1900);
  });

  it('gives 1900 for every variant of the recorded German catalog', () => {
    const prices = recordedPrices('products_list_eu_de');
    assert.equal(prices.length, 8); // chair, paper, 4 T-shirts, 2 sweatpants
    for (const price of prices) {
      assert.equal(
        vatRateFromAmounts(price.calculated_amount_with_tax, price.calculated_amount_without_tax),
        1900,
      );
    }
  });

  it('rounds the US rate of 8.875 % to 888 basis points, the same for every variant', () => {
    // 304.8391125 / 279.99 = 1.08875: 887.5 basis points. In floating point the quotient comes
    // out as 887.4999999999995 for the chair but 887.5000000000002 for the paper
    // (29.940625 / 27.5): snapped to tenths first, both are 887.5, rounded half-up to 888.
    const prices = recordedPrices('products_list_us');
    assert.equal(prices.length, 8);
    for (const price of prices) {
      assert.equal(
        vatRateFromAmounts(price.calculated_amount_with_tax, price.calculated_amount_without_tax),
        888,
      );
    }
  });

  it('states 0 % for a free item and when Medusa found no tax', () => {
    assert.equal(vatRateFromAmounts(0, 0), 0);
    assert.equal(vatRateFromAmounts(15, 15), 0);
  });

  it('refuses amounts no rate explains', () => {
    for (const [withTax, withoutTax] of [
      [10, 12],
      [5, 0],
    ] as const) {
      assert.throws(
        () => vatRateFromAmounts(withTax, withoutTax),
        (error) => isVitrineError(error) && error.code === 'invalid-response',
      );
    }
  });
});

describe('VAT rate from the tax lines of a cart line', () => {
  it('reads the recorded German line: rate 19', () => {
    const { cart } = fixture('cart_add_line_item') as {
      cart: { items: { tax_lines: { rate: number }[] }[] };
    };
    assert.equal(vatRateFromTaxLines(cart.items[0]!.tax_lines), 1900);
  });

  it('reads percents through their digits and adds several lines up', () => {
    assert.equal(vatRateFromTaxLines([]), 0);
    assert.equal(vatRateFromTaxLines([{ rate: 5.5 }]), 550);
    assert.equal(vatRateFromTaxLines([{ rate: 2.1 }]), 210);
    // 8.875 % is 887.5 basis points: half-up to 888, as from the amounts.
    assert.equal(vatRateFromTaxLines([{ rate: 8.875 }]), 888);
    // A federal 5 % and a provincial 9.975 % (997.5 → 998): 500 + 998.
    assert.equal(vatRateFromTaxLines([{ rate: 5 }, { rate: 9.975 }]), 1498);
  });
});
