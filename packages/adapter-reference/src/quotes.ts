import type { QuoteDraft, QuoteLineInput } from '@vitrine/core';
import * as v from 'valibot';
import type { SessionRequest } from './session.js';

/*
 * Draft quote requests (POST /api/quotes, PATCH /api/quotes/{id}). Loaded on the first quote
 * only: guests and consumers never ask for one. The server checks the role, the seller and the
 * lines; its refusals arrive as VitrineErrors (403 and 400: validation, 409: conflict).
 */

const quoteSchema = v.object({
  id: v.string(),
  number: v.string(),
  status: v.string(),
  seller: v.object({ id: v.string(), name: v.string() }),
  currency: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/)),
  lines: v.array(
    v.object({
      id: v.string(),
      offerId: v.string(),
      productId: v.string(),
      sku: v.string(),
      name: v.string(),
      quantity: v.pipe(v.number(), v.integer(), v.minValue(1)),
      targetPrice: v.nullable(v.object({ amount: v.pipe(v.number(), v.safeInteger()) })),
    }),
  ),
});

function toDraft(quote: v.InferOutput<typeof quoteSchema>): QuoteDraft {
  return {
    id: quote.id,
    number: quote.number,
    seller: quote.seller,
    currency: quote.currency,
    draft: quote.status === 'draft',
    lines: quote.lines.map(({ targetPrice, ...line }) => ({
      ...line,
      ...(targetPrice && { targetPrice: targetPrice.amount }),
    })),
  };
}

const enc = encodeURIComponent;

export async function getQuoteDraft(request: SessionRequest, quoteId: string) {
  return toDraft(await request(`quotes/${enc(quoteId)}`, quoteSchema));
}

export async function createQuoteDraft(request: SessionRequest, lines: readonly QuoteLineInput[]) {
  return toDraft(await request('quotes', quoteSchema, { method: 'POST', body: { lines } }));
}

export async function replaceQuoteDraftLines(
  request: SessionRequest,
  quoteId: string,
  lines: readonly QuoteLineInput[],
) {
  const path = `quotes/${enc(quoteId)}`;
  return toDraft(await request(path, quoteSchema, { method: 'PATCH', body: { lines } }));
}
