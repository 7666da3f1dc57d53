import {
  REQUEST_QUOTE,
  VitrineError,
  type Offer,
  type ProductDetail,
  type QuoteDraft,
  type QuoteLineInput,
} from '@vitrine/core';
import type { MemoryMembership } from './accounts.js';

interface StoredDraft extends QuoteDraft {
  readonly membershipId: string;
}

/**
 * Draft quote requests kept in memory, with the reference server's rules: only a membership
 * whose role may ask for quotes creates them, each one seller's, each seen by its author only.
 */
export function createQuoteMethods(
  offers: ReadonlyMap<string, { product: ProductDetail; offer: Offer }>,
  signed: () => { membership: MemoryMembership } | undefined,
  settle: () => Promise<void>,
) {
  const drafts = new Map<string, StoredDraft>();
  let sequence = 0;

  function requester(): MemoryMembership {
    const membership = signed()?.membership;
    if (!membership) throw new VitrineError('validation', 'Sign in to do this', { status: 401 });
    if (!membership.permissions.includes(REQUEST_QUOTE)) {
      throw new VitrineError('validation', `The ${membership.role} role may not do this`, {
        status: 403,
      });
    }
    return membership;
  }

  /** The lines priced nowhere (the seller answers later), checked like the server does. */
  function linesOf(inputs: readonly QuoteLineInput[], sellerId?: string) {
    const fields: { path: string; message: string }[] = [];
    const lines = inputs.map((input, index) => {
      const found = offers.get(input.offerId);
      if (!found) fields.push({ path: `lines.${index}.offerId`, message: 'No such offer' });
      else if ((sellerId ??= found.offer.seller.id) !== found.offer.seller.id) {
        fields.push({ path: `lines.${index}.offerId`, message: 'Another seller’s offer' });
      } else if (inputs.findIndex((other) => other.offerId === input.offerId) !== index) {
        fields.push({ path: `lines.${index}.offerId`, message: 'Already on another line' });
      }
      return {
        ...input,
        id: `quote-line-${++sequence}`,
        productId: found?.product.id ?? '',
        sku: found?.product.sku ?? '',
        name: found?.product.name ?? '',
      };
    });
    if (inputs.length === 0) fields.push({ path: 'lines', message: 'Must hold at least one line' });
    if (fields.length > 0) throw new VitrineError('validation', 'Invalid lines', { fields });
    return lines;
  }

  function own(quoteId: string): StoredDraft {
    const draft = drafts.get(quoteId);
    if (!draft || draft.membershipId !== signed()?.membership.id) {
      throw new VitrineError('not-found', `Unknown quote ${quoteId}`, { status: 404 });
    }
    return draft;
  }

  const answer = ({ membershipId: _m, ...draft }: StoredDraft): QuoteDraft =>
    structuredClone(draft);

  return {
    async getQuoteDraft(quoteId: string): Promise<QuoteDraft> {
      await settle();
      return answer(own(quoteId));
    },

    async createQuoteDraft(inputs: readonly QuoteLineInput[]): Promise<QuoteDraft> {
      await settle();
      const membership = requester();
      const lines = linesOf(inputs);
      const { offer } = offers.get(inputs[0]!.offerId)!;
      const id = `quote-${++sequence}`;
      const draft: StoredDraft = {
        id,
        number: `DEV-${1000 + drafts.size + 1}`,
        seller: offer.seller,
        currency: offer.price.currency,
        lines,
        draft: true,
        membershipId: membership.id,
      };
      drafts.set(id, draft);
      return answer(draft);
    },

    async replaceQuoteDraftLines(
      quoteId: string,
      inputs: readonly QuoteLineInput[],
    ): Promise<QuoteDraft> {
      await settle();
      requester();
      const draft = own(quoteId);
      if (!draft.draft) {
        throw new VitrineError('conflict', 'A submitted quote cannot be changed', { status: 409 });
      }
      const updated = { ...draft, lines: linesOf(inputs, draft.seller.id) };
      drafts.set(quoteId, updated);
      return answer(updated);
    },
  };
}
