import { randomUUID } from 'node:crypto';
import { approvalNeedFor, openApproval } from '../approvals/need.js';
import { cancelPendingApprovalsOfQuote } from '../approvals/repository.js';
import { pricingCustomerOf, type Auth, type MemberAuth } from '../auth/types.js';
import { cartTotals } from '../cart/totals.js';
import { productImageUrl } from '../catalog/types.js';
import type { Queryable } from '../db.js';
import { isoDay, type Deps } from '../http/deps.js';
import { ApiError, forbidden, notFound, validationError } from '../http/errors.js';
import { idempotent } from '../http/idempotency.js';
import { loadOfferPricing } from '../pricing/repository.js';
import { resolveOfferPrice } from '../pricing/resolve.js';
import {
  eventsFor,
  nextStatus,
  OPEN_STATUSES,
  type QuoteEvent,
  type QuoteStatus,
} from './machine.js';
import * as repo from './repository.js';
import type { Quote, QuoteAction, QuotePage, QuoteSummary } from './types.js';

/*
 * Quote rules on top of the state machine: who sees a quote, who may move it, what each move
 * writes. Every mutation runs in one transaction that locks the quote row first, so a rejected
 * request writes nothing and two people cannot move the same quote at once.
 */

/** How the caller stands to a quote; null: they may not see it (404). */
export type Relation = 'requester' | 'company' | 'seller' | 'operator';

export function relationTo(
  quote: Pick<repo.QuoteRow, 'company_id' | 'membership_id' | 'seller_id' | 'status'>,
  auth: Auth,
): Relation | null {
  const { membership } = auth;
  if (membership === null) return null;
  if (membership.role === 'operator') return 'operator';
  if (membership.role === 'seller') {
    return membership.seller?.id === quote.seller_id && quote.status !== 'draft' ? 'seller' : null;
  }
  if (membership.company?.id !== quote.company_id) return null;
  if (membership.id === quote.membership_id) return 'requester';
  // Buyers see their own requests only; approvers, admins and viewers the company's.
  return membership.role === 'buyer' ? null : 'company';
}

const EVENT_ACTIONS: Partial<Record<QuoteEvent, QuoteAction>> = {
  submit: 'submit',
  answer: 'answer',
  accept: 'accept',
  reject: 'reject',
  request_revision: 'request-revision',
  cancel: 'cancel',
  order: 'order',
};

function actionsFor(status: QuoteStatus, relation: Relation, auth: Auth): QuoteAction[] {
  const actions: QuoteAction[] = [];
  if (relation === 'requester') {
    if (status === 'draft' || status === 'revision_requested') actions.push('update');
    for (const event of eventsFor(status, 'buyer')) actions.push(EVENT_ACTIONS[event]!);
  } else if (relation === 'seller') {
    for (const event of eventsFor(status, 'seller')) actions.push(EVENT_ACTIONS[event]!);
  } else if (relation === 'company') {
    if (status === 'pending_approval' && (auth.role === 'approver' || auth.role === 'admin')) {
      actions.push('approve', 'deny');
    }
    if (auth.role === 'admin' && OPEN_STATUSES.includes(status)) actions.push('cancel');
  }
  return actions;
}

const money = (amount: number, currency: string) => ({
  amount,
  currency,
  includesTax: false as const,
});

function summaryOf(row: repo.QuoteRow, lines: readonly repo.QuoteLineRow[]): QuoteSummary {
  const currency = row.currency.trim();
  const priced = (price: (l: repo.QuoteLineRow) => number) =>
    lines.map((l) => ({
      unitPrice: { amount: price(l) },
      quantity: l.quantity,
      vatRate: l.vat_rate,
    }));
  const quoted = lines.length > 0 && lines.every((l) => l.quoted_price !== null);
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    company: { id: row.company_id, name: row.company_name },
    requester: { membershipId: row.membership_id, name: row.requester_name },
    seller: { id: row.seller_id, name: row.seller_name },
    currency,
    validUntil: row.valid_until,
    lineCount: lines.length,
    listTotals: cartTotals(
      priced((l) => l.list_price),
      currency,
    ),
    quotedTotals: quoted
      ? cartTotals(
          priced((l) => l.quoted_price!),
          currency,
        )
      : null,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

async function view(
  tx: Queryable,
  row: repo.QuoteRow,
  relation: Relation,
  auth: Auth,
): Promise<Quote> {
  const lines = await repo.findLines(tx, row.id);
  const currency = row.currency.trim();
  const [messages, events, outcome] = [
    await repo.findMessages(tx, row.id),
    await repo.findEvents(tx, row.id),
    await repo.findOutcome(tx, row.id),
  ];
  return {
    ...summaryOf(row, lines),
    lines: lines.map((l) => ({
      id: l.id,
      offerId: l.offer_id,
      productId: l.product_id,
      sku: l.sku,
      name: l.name,
      imageUrl: productImageUrl(l.product_id),
      vatRate: l.vat_rate,
      quantity: l.quantity,
      targetPrice: l.target_price === null ? null : money(l.target_price, currency),
      listPrice: money(l.list_price, currency),
      quotedPrice: l.quoted_price === null ? null : money(l.quoted_price, currency),
    })),
    messages: messages.map((m) => ({
      id: m.id,
      side: m.side,
      author: m.author_name,
      body: m.body,
      createdAt: new Date(m.created_at).toISOString(),
    })),
    history: events.map((e) => ({
      event: e.event,
      from: e.from_status,
      to: e.to_status,
      by: e.author_name,
      at: new Date(e.created_at).toISOString(),
    })),
    approvalId: outcome.approvalId,
    orderId: outcome.orderId,
    actions: actionsFor(row.status, relation, auth),
  };
}

/** The quote if the caller may see it (else 404), locked when the caller is about to move it. */
async function visibleQuote(
  tx: Queryable,
  auth: Auth,
  id: string,
  forUpdate: boolean,
): Promise<{ quote: repo.QuoteRow; relation: Relation }> {
  const quote = await repo.findQuote(tx, id, forUpdate);
  const relation = quote === null ? null : relationTo(quote, auth);
  if (quote === null || relation === null) throw notFound(`Unknown quote ${id}`);
  return { quote, relation };
}

function requireRelation(relation: Relation, allowed: readonly Relation[], what: string): void {
  if (!allowed.includes(relation)) {
    throw forbidden(
      relation === 'company'
        ? `Only the member who requested this quote may ${what} it`
        : `You may not ${what} this quote`,
    );
  }
}

const PAST: Record<QuoteEvent, string> = {
  submit: 'submitted',
  answer: 'answered',
  accept: 'accepted',
  reject: 'rejected',
  request_revision: 'sent back for revision',
  require_approval: 'sent for approval',
  approve: 'approved',
  deny: 'denied',
  order: 'ordered',
  expire: 'expired',
  cancel: 'cancelled',
};

/** Moves the quote along the machine, or answers 409 naming the status. */
export async function move(
  tx: Queryable,
  quote: repo.QuoteRow,
  event: QuoteEvent,
  membershipId: string | null,
): Promise<QuoteStatus> {
  const to = nextStatus(quote.status, event);
  if (to === null) {
    if (quote.status === 'expired') {
      throw new ApiError('quote_expired', `Quote ${quote.number} expired on ${quote.valid_until}`);
    }
    throw new ApiError(
      'invalid_transition',
      `A quote that is ${quote.status.replace('_', ' ')} cannot be ${PAST[event]}`,
    );
  }
  await repo.setStatus(tx, quote, event, to, membershipId);
  quote.status = to;
  return to;
}

export interface LineInput {
  offerId: string;
  quantity: number;
  targetPrice?: number | undefined;
}

/** Checks the requested lines (known offers, one seller, no repeats) and prices them for the buyer. */
async function priceRequestLines(tx: Queryable, auth: MemberAuth, lines: readonly LineInput[]) {
  const customer = pricingCustomerOf(auth);
  const pricing = await loadOfferPricing(
    tx,
    lines.map((l) => l.offerId),
    customer,
  );
  const fields: { path: string; message: string }[] = [];
  const seen = new Set<string>();
  let sellerId: string | undefined;
  lines.forEach((line, i) => {
    const offer = pricing.get(line.offerId);
    if (offer === undefined) {
      fields.push({ path: `lines.${i}.offerId`, message: 'No such offer' });
    } else if (seen.has(line.offerId)) {
      fields.push({ path: `lines.${i}.offerId`, message: 'This offer is already on another line' });
    } else if (sellerId !== undefined && offer.sellerId !== sellerId) {
      fields.push({
        path: `lines.${i}.offerId`,
        message:
          'Every line of a quote must be offered by the same seller: request one quote per seller',
      });
    }
    seen.add(line.offerId);
    sellerId ??= offer?.sellerId;
  });
  if (fields.length > 0) throw validationError(fields);
  return {
    sellerId: sellerId!,
    currency: pricing.get(lines[0]!.offerId)!.currency,
    lines: lines.map((line) => ({
      id: randomUUID(),
      offerId: line.offerId,
      quantity: line.quantity,
      targetPrice: line.targetPrice ?? null,
      listPrice: resolveOfferPrice(pricing.get(line.offerId)!, line.quantity, customer).amount,
    })),
  };
}

async function addMessageRow(
  tx: Queryable,
  auth: MemberAuth,
  quoteId: string,
  side: 'buyer' | 'seller',
  body: string | undefined,
): Promise<void> {
  if (body === undefined || body === '') return;
  await repo.insertMessage(tx, {
    id: randomUUID(),
    quoteId,
    userId: auth.user.id,
    membershipId: auth.membership.id,
    side,
    body,
  });
}

const today = (deps: Deps) => isoDay(deps.clock());

export async function listQuotes(
  deps: Deps,
  auth: MemberAuth,
  query: { status?: QuoteStatus | undefined; page: number; pageSize: number },
): Promise<QuotePage> {
  const { membership } = auth;
  const scope: Partial<repo.QuoteFilter> =
    membership.role === 'operator'
      ? {}
      : membership.role === 'seller'
        ? { sellerId: membership.seller!.id, excludeDrafts: true }
        : membership.role === 'buyer'
          ? { membershipId: membership.id }
          : { companyId: membership.company!.id };
  return deps.db.transaction(async (tx) => {
    await repo.expireDue(tx, today(deps));
    const { rows, total } = await repo.listQuotes(tx, {
      ...scope,
      ...(query.status !== undefined ? { status: query.status } : {}),
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    });
    const lines = await repo.findLinesOf(
      tx,
      rows.map((r) => r.id),
    );
    return {
      items: rows.map((row) => summaryOf(row, lines.get(row.id) ?? [])),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  });
}

export async function getQuote(deps: Deps, auth: MemberAuth, id: string): Promise<Quote> {
  return deps.db.transaction(async (tx) => {
    await repo.expireDue(tx, today(deps));
    const { quote, relation } = await visibleQuote(tx, auth, id, false);
    return view(tx, quote, relation, auth);
  });
}

export async function createQuote(
  deps: Deps,
  auth: MemberAuth,
  body: { lines: LineInput[]; message?: string | undefined },
): Promise<Quote> {
  const company = auth.membership.company;
  if (company === null) throw forbidden('Quotes are requested by company members');
  return deps.db.transaction(async (tx) => {
    const priced = await priceRequestLines(tx, auth, body.lines);
    const id = randomUUID();
    await repo.insertQuote(tx, {
      id,
      number: await repo.nextQuoteNumber(tx),
      companyId: company.id,
      membershipId: auth.membership.id,
      sellerId: priced.sellerId,
      currency: priced.currency,
    });
    await repo.replaceLines(tx, id, priced.lines);
    await addMessageRow(tx, auth, id, 'buyer', body.message);
    const { quote, relation } = await visibleQuote(tx, auth, id, false);
    return view(tx, quote, relation, auth);
  });
}

/** A requester's edit of the lines, while the quote is a draft or back for revision. */
export async function updateQuote(
  deps: Deps,
  auth: MemberAuth,
  id: string,
  body: { lines: LineInput[] },
): Promise<Quote> {
  return deps.db.transaction(async (tx) => {
    const { quote, relation } = await visibleQuote(tx, auth, id, true);
    requireRelation(relation, ['requester'], 'change');
    if (quote.status !== 'draft' && quote.status !== 'revision_requested') {
      throw new ApiError(
        'invalid_transition',
        `A quote that is ${quote.status.replace('_', ' ')} cannot be changed`,
      );
    }
    const priced = await priceRequestLines(tx, auth, body.lines);
    if (priced.sellerId !== quote.seller_id) {
      throw validationError([
        { path: 'lines', message: `Every line must be offered by ${quote.seller_name}` },
      ]);
    }
    await repo.replaceLines(tx, quote.id, priced.lines);
    await repo.touchQuote(tx, quote.id);
    return view(tx, (await repo.findQuote(tx, quote.id))!, relation, auth);
  });
}

/** Shared shape of the simple moves: lock, check who, move, note the message, answer. */
async function simpleMove(
  deps: Deps,
  auth: MemberAuth,
  id: string,
  event: QuoteEvent,
  options: { by: readonly Relation[]; what: string; message?: string | undefined },
  extra?: (tx: Queryable, quote: repo.QuoteRow, relation: Relation) => Promise<void>,
): Promise<Quote> {
  return deps.db.transaction(async (tx) => {
    await repo.expireDue(tx, today(deps));
    const { quote, relation } = await visibleQuote(tx, auth, id, true);
    requireRelation(relation, options.by, options.what);
    await extra?.(tx, quote, relation);
    await move(tx, quote, event, auth.membership.id);
    await addMessageRow(
      tx,
      auth,
      quote.id,
      relation === 'seller' ? 'seller' : 'buyer',
      options.message,
    );
    return view(tx, (await repo.findQuote(tx, quote.id))!, relation, auth);
  });
}

export function submitQuote(deps: Deps, auth: MemberAuth, id: string, message?: string) {
  return simpleMove(
    deps,
    auth,
    id,
    'submit',
    { by: ['requester'], what: 'submit', message },
    async (tx, quote) => {
      if (nextStatus(quote.status, 'submit') === null) return;
      // The reference price is the buyer's own price at the time of asking.
      const customer = pricingCustomerOf(auth);
      const lines = await repo.findLines(tx, quote.id);
      const pricing = await loadOfferPricing(
        tx,
        lines.map((l) => l.offer_id),
        customer,
      );
      for (const line of lines) {
        const price = resolveOfferPrice(pricing.get(line.offer_id)!, line.quantity, customer);
        await repo.setListPrice(tx, line.id, price.amount);
      }
    },
  );
}

export interface AnswerInput {
  lines: { lineId: string; unitPrice: number }[];
  validUntil: string;
  message?: string | undefined;
}

/** The seller prices every line and says until when the prices hold. */
export function answerQuote(deps: Deps, auth: MemberAuth, id: string, body: AnswerInput) {
  return simpleMove(
    deps,
    auth,
    id,
    'answer',
    { by: ['seller'], what: 'answer', message: body.message },
    async (tx, quote) => {
      if (nextStatus(quote.status, 'answer') === null) return;
      const first = today(deps);
      const last = isoDay(new Date(deps.clock().getTime() + 365 * 86_400_000));
      if (body.validUntil < first || body.validUntil > last) {
        throw validationError([
          { path: 'validUntil', message: `Must be from ${first} to ${last}` },
        ]);
      }
      const lines = await repo.findLines(tx, quote.id);
      const given = new Map(body.lines.map((l) => [l.lineId, l.unitPrice]));
      const fields = body.lines.flatMap((l, i) =>
        lines.some((line) => line.id === l.lineId)
          ? []
          : [{ path: `lines.${i}.lineId`, message: 'Not a line of this quote' }],
      );
      if (given.size !== body.lines.length) {
        fields.push({ path: 'lines', message: 'Each line may be priced once' });
      }
      for (const line of lines) {
        if (!given.has(line.id)) {
          fields.push({
            path: 'lines',
            message: `Line ${line.position} (${line.sku}) has no price`,
          });
        }
      }
      if (fields.length > 0) throw validationError(fields);
      for (const line of lines) await repo.setQuotedPrice(tx, line.id, given.get(line.id)!);
      await repo.setValidUntil(tx, quote.id, body.validUntil);
    },
  );
}

/**
 * The requester accepts the seller's prices. When the company's rules or the requester's
 * spending limit call for it, the quote waits for approval (an approval is opened). Honours an
 * Idempotency-Key: a repeated accept answers the same.
 */
export async function acceptQuote(
  deps: Deps,
  auth: MemberAuth,
  id: string,
  body: { message?: string | undefined },
  idempotencyKey: string | undefined,
): Promise<{ status: 200; body: Quote; replayed: boolean }> {
  return deps.db.transaction(async (tx) => {
    await repo.expireDue(tx, today(deps));
    const answer = await idempotent(
      tx,
      { scope: auth.user.id, key: idempotencyKey, operation: `acceptQuote ${id}`, request: body },
      async () => {
        const { quote, relation } = await visibleQuote(tx, auth, id, true);
        requireRelation(relation, ['requester'], 'accept');
        await move(tx, quote, 'accept', auth.membership.id);
        await addMessageRow(tx, auth, quote.id, 'buyer', body.message);
        const lines = await repo.findLines(tx, quote.id);
        const total = summaryOf(quote, lines).quotedTotals!.exclTax.amount;
        const need = await approvalNeedFor(
          tx,
          auth.membership,
          { total, categoryIds: lines.map((l) => l.category_id) },
          deps.clock(),
        );
        if (need !== null) {
          await move(tx, quote, 'require_approval', null);
          await openApproval(tx, {
            companyId: quote.company_id,
            requestedBy: auth.membership.id,
            total,
            currency: quote.currency.trim(),
            need,
            quoteId: quote.id,
          });
        }
        return {
          status: 200 as const,
          body: await view(tx, (await repo.findQuote(tx, quote.id))!, relation, auth),
        };
      },
    );
    return { status: 200, body: answer.body, replayed: answer.replayed };
  });
}

export function rejectQuote(deps: Deps, auth: MemberAuth, id: string, message?: string) {
  return simpleMove(deps, auth, id, 'reject', { by: ['requester'], what: 'reject', message });
}

export function requestRevision(deps: Deps, auth: MemberAuth, id: string, message: string) {
  return simpleMove(deps, auth, id, 'request_revision', {
    by: ['requester'],
    what: 'send back',
    message,
  });
}

/** The requester, an admin of the company or the seller may cancel an open quote. */
export function cancelQuote(deps: Deps, auth: MemberAuth, id: string, message?: string) {
  return simpleMove(
    deps,
    auth,
    id,
    'cancel',
    { by: ['requester', 'company', 'seller'], what: 'cancel', message },
    async (tx, quote, relation) => {
      if (relation === 'company' && auth.role !== 'admin') {
        throw forbidden('Only the requester or an admin of the company may cancel this quote');
      }
      if (nextStatus(quote.status, 'cancel') !== null) {
        await cancelPendingApprovalsOfQuote(tx, quote.id);
      }
    },
  );
}

export async function addMessage(
  deps: Deps,
  auth: MemberAuth,
  id: string,
  body: string,
): Promise<Quote> {
  return deps.db.transaction(async (tx) => {
    const { quote, relation } = await visibleQuote(tx, auth, id, true);
    requireRelation(relation, ['requester', 'company', 'seller'], 'write on');
    await addMessageRow(tx, auth, quote.id, relation === 'seller' ? 'seller' : 'buyer', body);
    await repo.touchQuote(tx, quote.id);
    return view(tx, (await repo.findQuote(tx, quote.id))!, relation, auth);
  });
}

/** For orders: the quote, locked, if the caller requested it and it can be ordered now. */
export async function quoteForOrder(
  tx: Queryable,
  deps: Deps,
  auth: MemberAuth,
  id: string,
): Promise<{ quote: repo.QuoteRow; lines: repo.QuoteLineRow[] }> {
  await repo.expireDue(tx, today(deps));
  const quote = await repo.findQuote(tx, id, true);
  const relation = quote === null ? null : relationTo(quote, auth);
  if (quote === null || relation === null) {
    throw new ApiError('not_found', `Unknown quote ${id}`, [
      { path: 'quoteId', message: 'No such quote' },
    ]);
  }
  requireRelation(relation, ['requester'], 'order');
  if (quote.status === 'expired') {
    throw new ApiError('quote_expired', `Quote ${quote.number} expired on ${quote.valid_until}`);
  }
  if (nextStatus(quote.status, 'order') === null) {
    throw new ApiError(
      'invalid_transition',
      `A quote that is ${quote.status.replace('_', ' ')} cannot be ordered`,
    );
  }
  return { quote, lines: await repo.findLines(tx, quote.id) };
}

export async function markOrdered(tx: Queryable, quote: repo.QuoteRow, membershipId: string) {
  await move(tx, quote, 'order', membershipId);
}
