// The amounts of a cart: apart from cart.ts (its shape) so that a page that only keeps a cart
// does not load the VAT arithmetic.
import type { Cart, CartLine } from './cart.js';
import type { RoundingMode, RoundingPolicy } from './rounding.js';
import {
  documentTotals,
  pricedLineAmounts,
  type DocumentTotals,
  type LineAmounts,
} from './totals.js';

/**
 * A line's amounts, rounded per line by default (the VAT of each line is rounded once), or per
 * unit. With document-level rounding, read the lines of cartTotals() instead.
 */
export function lineAmounts(
  line: CartLine,
  rounding?: RoundingMode | Partial<RoundingPolicy>,
): LineAmounts {
  return pricedLineAmounts(line, rounding);
}

export type CartTotals = DocumentTotals;

/**
 * Line amounts and totals of the cart, rounded with `rounding` if given, else the cart's own
 * policy (set by the adapter from its backend), else half-up per line. HT + VAT = TTC holds on
 * every line and every total, at every level; `byRate` keeps the VAT breakdown.
 */
export function cartTotals(
  cart: Cart,
  rounding?: RoundingMode | Partial<RoundingPolicy>,
): CartTotals {
  return documentTotals(cart.lines, cart.currency, rounding ?? cart.rounding);
}
