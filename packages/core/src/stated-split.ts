// Internal: not exported from index.ts. splitPrice's arithmetic for amounts, rates and modes
// already checked, so that resolving thousands of prices does not re-check each one.
import type { RoundingMode } from './rounding.js';
import { divideSmall } from './small-division.js';
import { BASIS, splitFromGross, splitFromNet, type TaxSplit } from './tax.js';

/** Below this many minor units, amount × (BASIS + rate) stays exact as a number. */
const SMALL = Math.floor(2 ** 52 / (2 * BASIS));

/** The same TaxSplit as splitFromNet / splitFromGross, for checked arguments. */
export function splitStated(
  amount: number,
  includesTax: boolean,
  rate: number,
  mode: RoundingMode,
): TaxSplit {
  if (amount > SMALL || amount < -SMALL) {
    return includesTax ? splitFromGross(amount, rate, mode) : splitFromNet(amount, rate, mode);
  }
  if (includesTax) {
    const excl = divideSmall(amount * BASIS, BASIS + rate, mode);
    return { excl, tax: amount - excl, incl: amount };
  }
  const tax = divideSmall(amount * rate, BASIS, mode);
  return { excl: amount, tax, incl: amount + tax };
}

/** Only the VAT of splitStated(), without building the split. */
export function taxOfStated(
  amount: number,
  includesTax: boolean,
  rate: number,
  mode: RoundingMode,
): number {
  if (amount > SMALL || amount < -SMALL) return splitStated(amount, includesTax, rate, mode).tax;
  return includesTax
    ? amount - divideSmall(amount * BASIS, BASIS + rate, mode)
    : divideSmall(amount * rate, BASIS, mode);
}
