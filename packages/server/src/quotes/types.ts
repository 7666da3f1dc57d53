import type { CartTotals } from '../cart/types.js';
import type { PriceExclTax } from '../catalog/types.js';
import type { QuoteEvent, QuoteStatus } from './machine.js';

/** Shapes of the public quote API (mirrored by openapi.ts). */

export interface Ref {
  id: string;
  name: string;
}

export interface QuoteLine {
  id: string;
  offerId: string;
  productId: string;
  sku: string;
  name: string;
  imageUrl: string;
  vatRate: number;
  quantity: number;
  /** What the buyer hoped to pay per unit, if they said. */
  targetPrice: PriceExclTax | null;
  /** The buyer's own unit price (price list, tiers) when the request was last submitted. */
  listPrice: PriceExclTax;
  /** The seller's unit price; what an order of the accepted quote charges. */
  quotedPrice: PriceExclTax | null;
}

export interface QuoteMessage {
  id: string;
  side: 'buyer' | 'seller';
  author: string;
  body: string;
  createdAt: string;
}

export interface QuoteHistoryEntry {
  event: QuoteEvent;
  from: QuoteStatus | null;
  to: QuoteStatus;
  /** Who caused it; null when the server did (expiry, approval needed). */
  by: string | null;
  at: string;
}

export interface QuoteSummary {
  id: string;
  number: string;
  status: QuoteStatus;
  company: Ref;
  requester: { membershipId: string; name: string };
  seller: Ref;
  currency: string;
  /** Last day the seller's prices hold (inclusive); null until the seller answers. */
  validUntil: string | null;
  lineCount: number;
  listTotals: CartTotals;
  quotedTotals: CartTotals | null;
  createdAt: string;
  updatedAt: string;
}

export interface Quote extends QuoteSummary {
  lines: QuoteLine[];
  messages: QuoteMessage[];
  history: QuoteHistoryEntry[];
  approvalId: string | null;
  orderId: string | null;
  /** What the caller may do next (POST /api/quotes/{id}/<action>, or an order / approval). */
  actions: QuoteAction[];
}

export const QUOTE_ACTIONS = [
  'update',
  'submit',
  'answer',
  'accept',
  'reject',
  'request-revision',
  'cancel',
  'order',
  'approve',
  'deny',
] as const;
export type QuoteAction = (typeof QUOTE_ACTIONS)[number];

export interface QuotePage {
  items: QuoteSummary[];
  total: number;
  page: number;
  pageSize: number;
}
