import type { Price } from './catalog.js';
import { assertMinorUnits } from './money.js';
import type { RoundingMode } from './rounding.js';
import { splitFromGross, splitFromNet, type TaxSplit } from './tax.js';

/** A price times a quantity, seen excl. and incl. VAT, however the backend stated it. */
export function splitPrice(price: Price, quantity = 1, mode: RoundingMode = 'half-up'): TaxSplit {
  assertMinorUnits(price.amount, 'price');
  assertMinorUnits(quantity, 'quantity');
  const extended = price.amount * quantity;
  return price.includesTax
    ? splitFromGross(extended, price.vatRate, mode)
    : splitFromNet(extended, price.vatRate, mode);
}
