import { minorUnitsFromDecimal, splitPrice, type Price } from '@vitrine/core';
import type { CalculatedPricePayload } from './schemas.js';
import { vatRateFromAmounts } from './tax-rate.js';

/**
 * A variant's price for the region, the country and the customer of the request: Medusa has
 * already applied the price lists (a sale, a customer group's prices) to `calculated_amount`.
 * Undefined when the variant has no price there.
 */
export function priceFromCalculated(calculated: CalculatedPricePayload): Price | undefined {
  if (calculated.calculated_amount === null) return undefined;
  const currency = calculated.currency_code.toUpperCase();
  const withTax = calculated.calculated_amount_with_tax;
  const withoutTax = calculated.calculated_amount_without_tax;
  return {
    amount: minorUnitsFromDecimal(calculated.calculated_amount, currency),
    currency,
    includesTax: calculated.is_calculated_price_tax_inclusive,
    // Without a tax context (automatic taxes off for the region) Medusa states no tax: 0 %.
    vatRate: withTax != null && withoutTax != null ? vatRateFromAmounts(withTax, withoutTax) : 0,
  };
}

/**
 * The price before Medusa's price lists, when the buyer pays less (a sale, their group's
 * prices): shown struck through. Same rate as the calculated price; undefined otherwise.
 */
export function regularPriceFromCalculated(
  calculated: CalculatedPricePayload,
  price: Price,
): Price | undefined {
  if (calculated.original_amount == null) return undefined;
  const regular: Price = {
    ...price,
    amount: minorUnitsFromDecimal(calculated.original_amount, price.currency),
    includesTax: calculated.is_original_price_tax_inclusive ?? price.includesTax,
  };
  return splitPrice(regular).incl > splitPrice(price).incl ? regular : undefined;
}
