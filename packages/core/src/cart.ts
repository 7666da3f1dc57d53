import { VitrineError } from './errors.js';
import type { Money } from './money.js';
import type { Price, SellerRef } from './catalog.js';
import type { RoundingMode } from './rounding.js';
import { splitPrice } from './price.js';
import type { TaxSplit, VatRate } from './tax.js';

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

/** A line's amounts, rounded per line: the VAT of each line is rounded once. */
export function lineAmounts(line: CartLine, mode: RoundingMode = 'half-up'): TaxSplit {
  return splitPrice(line.unitPrice, line.quantity, mode);
}

export interface VatBreakdownRow extends TaxSplit {
  readonly rate: VatRate;
}

export interface CartTotals {
  readonly exclTax: Money;
  readonly tax: Money;
  readonly inclTax: Money;
  readonly itemCount: number;
  /** One row per VAT rate, highest rate first. */
  readonly byRate: readonly VatBreakdownRow[];
}

/** Sums of the per-line amounts, so HT + VAT = TTC holds on every line and every total. */
export function cartTotals(cart: Cart, mode: RoundingMode = 'half-up'): CartTotals {
  let excl = 0;
  let tax = 0;
  let itemCount = 0;
  const rates = new Map<VatRate, { excl: number; tax: number }>();
  for (const line of cart.lines) {
    const split = lineAmounts(line, mode);
    excl += split.excl;
    tax += split.tax;
    itemCount += line.quantity;
    const row = rates.get(line.unitPrice.vatRate) ?? { excl: 0, tax: 0 };
    row.excl += split.excl;
    row.tax += split.tax;
    rates.set(line.unitPrice.vatRate, row);
  }
  const currency = cart.currency;
  return {
    exclTax: { amount: excl, currency },
    tax: { amount: tax, currency },
    inclTax: { amount: excl + tax, currency },
    itemCount,
    byRate: [...rates.entries()]
      .sort(([a], [b]) => b - a)
      .map(([rate, row]) => ({ rate, excl: row.excl, tax: row.tax, incl: row.excl + row.tax })),
  };
}
