import type { Price } from './catalog.js';
import { assertCurrencyCode } from './currency.js';
import { VitrineError } from './errors.js';
import { assertMinorUnits } from './money.js';
import { assertRoundingMode, type RoundingMode } from './rounding.js';
import { splitStated } from './stated-split.js';
import { assertVatRate, BASIS, netFromGross, type TaxSplit } from './tax.js';

/** A price times a quantity, seen excl. and incl. VAT, however the backend stated it. */
export function splitPrice(price: Price, quantity = 1, mode: RoundingMode = 'half-up'): TaxSplit {
  const extended = price.amount * quantity;
  const rate = price.vatRate;
  // One test for the valid case keeps this function small enough to be inlined where it is
  // called in loops; the errors and their messages are in refuseSplit.
  if (
    !Number.isSafeInteger(extended) ||
    !Number.isSafeInteger(price.amount) ||
    !Number.isSafeInteger(quantity) ||
    !Number.isInteger(rate) ||
    rate < 0 ||
    rate > BASIS ||
    (mode !== 'half-up' && mode !== 'half-even')
  ) {
    refuseSplit(price, quantity, mode);
  }
  return splitStated(extended, price.includesTax, rate, mode);
}

function refuseSplit(price: Price, quantity: number, mode: RoundingMode): never {
  assertMinorUnits(price.amount, 'price');
  assertMinorUnits(quantity, 'quantity');
  assertVatRate(price.vatRate);
  assertRoundingMode(mode);
  throw new VitrineError('invalid-input', 'Amount is too large to be exact');
}

/** Checks everything a Price carries; `what` names it in the message. */
export function assertPrice(price: Price, what = 'price', mode: RoundingMode = 'half-up'): void {
  if (typeof price !== 'object' || price === null) {
    throw new VitrineError('invalid-input', `${what} is missing`);
  }
  assertMinorUnits(price.amount, what);
  assertCurrencyCode(price.currency);
  assertVatRate(price.vatRate);
  if (typeof price.includesTax !== 'boolean') {
    throw new VitrineError('invalid-input', `${what} must say whether it includes VAT`);
  }
  const eco = price.ecoContribution;
  if (eco !== undefined) {
    assertMinorUnits(eco, `eco-participation of ${what}`);
    if (eco < 0) {
      throw new VitrineError('invalid-input', `eco-participation of ${what} cannot be negative`);
    }
    if (ecoPart(price, mode) > price.amount) {
      throw new VitrineError(
        'invalid-input',
        `${what} (${price.amount}) is smaller than its eco-participation (${eco} incl. VAT)`,
      );
    }
  }
}

/**
 * The eco-participation of one unit in the price's own terms: as stated when the price includes
 * VAT, else its net part (rounded once with `mode`).
 */
export function ecoPart(price: Price, mode: RoundingMode = 'half-up'): number {
  const eco = price.ecoContribution;
  if (!eco) return 0;
  return price.includesTax ? eco : netFromGross(eco, price.vatRate, mode);
}

/** What discounts may touch: the price without its eco-participation. */
export function productPart(price: Price, mode: RoundingMode = 'half-up'): number {
  return price.amount - ecoPart(price, mode);
}
