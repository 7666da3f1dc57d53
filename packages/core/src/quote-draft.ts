import { MAX_LINE_QUANTITY } from './cart.js';
import type { SellerRef } from './catalog.js';
import { VitrineError } from './errors.js';

/** One line of a quote request as the buyer sends it. */
export interface QuoteLineInput {
  readonly offerId: string;
  readonly quantity: number;
  /** The unit price the buyer hopes for, HT, in minor units. */
  readonly targetPrice?: number;
}

export interface QuoteDraftLine extends QuoteLineInput {
  readonly id: string;
  readonly productId: string;
  readonly sku: string;
  readonly name: string;
}

/**
 * A quote request being put together: one seller (every line is that seller's offer), sent to
 * nobody yet. The buyer adds offers to it from product pages, then submits it.
 */
export interface QuoteDraft {
  readonly id: string;
  /** The number people quote ("DEV-1001"), when the backend gives one. */
  readonly number?: string;
  readonly seller: SellerRef;
  readonly currency: string;
  readonly lines: readonly QuoteDraftLine[];
  /** Still a draft: its lines may be replaced. False once submitted, cancelled… */
  readonly draft: boolean;
}

/**
 * The lines with `quantity` more of `offerId`: added to its line when the offer is
 * there already (target price kept), else as a new last line.
 */
export function withQuoteLine(
  lines: readonly QuoteLineInput[],
  offerId: string,
  quantity: number,
): QuoteLineInput[] {
  const inputs = lines.map(({ offerId, quantity, targetPrice }) => ({
    offerId,
    quantity,
    ...(targetPrice !== undefined && { targetPrice }),
  }));
  const existing = inputs.find((line) => line.offerId === offerId);
  if (!existing) return [...inputs, { offerId, quantity }];
  const total = existing.quantity + quantity;
  if (total > MAX_LINE_QUANTITY) {
    throw new VitrineError(
      'invalid-input',
      `The quote request already asks for ${existing.quantity}: at most ${MAX_LINE_QUANTITY - existing.quantity} more can be added`,
      { fields: [{ path: 'quantity', message: `At most ${MAX_LINE_QUANTITY} in all` }] },
    );
  }
  return inputs.map((line) => (line === existing ? { ...line, quantity: total } : line));
}
