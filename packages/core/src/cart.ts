import type { Price, SellerRef } from './catalog.js';
import { VitrineError } from './errors.js';
import type { RoundingPolicy } from './rounding.js';

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
   * so the totals shown match the backend's. Absent: `cartTotalsStore()` uses the
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
