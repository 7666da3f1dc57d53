import type { Price, SellerRef } from './catalog.js';
import { VitrineError } from './errors.js';
import type { RoundingMode, RoundingPolicy } from './rounding.js';
import {
  documentTotals,
  pricedLineAmounts,
  type DocumentTotals,
  type LineAmounts,
} from './totals.js';

export interface CartLine {
  readonly id: string;
  readonly offerId: string;
  readonly productId: string;
  readonly sku: string;
  readonly name: string;
  readonly imageUrl?: string;
  readonly seller?: SellerRef;
  readonly unitPrice: Price;
  readonly quantity: number;
}

export interface Cart {
  readonly id: string;
  readonly currency: string;
  readonly lines: readonly CartLine[];
  /**
   * How the backend rounds this cart's VAT, when the adapter knows it; cartTotals() follows it
   * so the totals shown match the backend's. Absent: the storefront's `$cartTotals` uses the
   * adapter's `capabilities.rounding`, and cartTotals() alone half-up per line.
   */
  readonly rounding?: RoundingPolicy;
}

export const MAX_LINE_QUANTITY = 999;

export function assertLineQuantity(quantity: unknown): asserts quantity is number {
  if (
    typeof quantity !== 'number' ||
    !Number.isInteger(quantity) ||
    quantity < 1 ||
    quantity > MAX_LINE_QUANTITY
  ) {
    throw new VitrineError(
      'invalid-input',
      `Quantity must be a whole number from 1 to ${MAX_LINE_QUANTITY}, got ${String(quantity)}`,
    );
  }
}

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
