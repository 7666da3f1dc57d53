import { LINE_NAME, LINE_SKU, LINE_VARIANT_JOIN } from '../cart/line-label.js';
import type { Queryable } from '../db.js';
import type { QuoteEvent, QuoteStatus } from './machine.js';
import { PRICED_STATUSES } from './machine.js';

export interface QuoteRow {
  id: string;
  number: string;
  company_id: string;
  company_name: string;
  membership_id: string;
  requester_user_id: string;
  requester_name: string;
  seller_id: string;
  seller_name: string;
  status: QuoteStatus;
  currency: string;
  valid_until: string | null;
  created_at: Date;
  updated_at: Date;
}

export interface QuoteLineRow {
  id: string;
  position: number;
  offer_id: string;
  product_id: string;
  category_id: string;
  sku: string;
  name: string;
  vat_rate: number;
  quantity: number;
  target_price: number | null;
  list_price: number;
  quoted_price: number | null;
}

const QUOTE_SELECT = `
  SELECT q.id, q.number, q.company_id, c.name AS company_name, q.membership_id,
         u.id AS requester_user_id, u.name AS requester_name, q.seller_id, s.name AS seller_name,
         q.status, q.currency, q.valid_until, q.created_at, q.updated_at
  FROM quotes q
  JOIN companies c ON c.id = q.company_id
  JOIN memberships m ON m.id = q.membership_id
  JOIN users u ON u.id = m.user_id
  JOIN sellers s ON s.id = q.seller_id`;

export async function nextQuoteNumber(db: Queryable): Promise<string> {
  const [row] = await db.query<{ n: number }>(`SELECT nextval('quote_numbers')::int AS n`);
  return `DEV-${row!.n}`;
}

export async function insertQuote(
  db: Queryable,
  quote: {
    id: string;
    number: string;
    companyId: string;
    membershipId: string;
    sellerId: string;
    currency: string;
  },
): Promise<void> {
  await db.query(
    `INSERT INTO quotes (id, number, company_id, membership_id, seller_id, status, currency)
     VALUES ($1, $2, $3, $4, $5, 'draft', $6)`,
    [quote.id, quote.number, quote.companyId, quote.membershipId, quote.sellerId, quote.currency],
  );
}

export async function findQuote(
  db: Queryable,
  id: string,
  forUpdate = false,
): Promise<QuoteRow | null> {
  const [row] = await db.query<QuoteRow>(
    `${QUOTE_SELECT} WHERE q.id = $1${forUpdate ? ' FOR UPDATE OF q' : ''}`,
    [id],
  );
  return row ?? null;
}

export interface QuoteFilter {
  /** Only this requester's quotes. */
  membershipId?: string;
  companyId?: string;
  sellerId?: string;
  /** Sellers never see drafts. */
  excludeDrafts?: boolean;
  status?: QuoteStatus;
  limit: number;
  offset: number;
}

export async function listQuotes(
  db: Queryable,
  filter: QuoteFilter,
): Promise<{ rows: QuoteRow[]; total: number }> {
  const params: unknown[] = [];
  const where: string[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  if (filter.membershipId !== undefined)
    where.push(`q.membership_id = ${param(filter.membershipId)}`);
  if (filter.companyId !== undefined) where.push(`q.company_id = ${param(filter.companyId)}`);
  if (filter.sellerId !== undefined) where.push(`q.seller_id = ${param(filter.sellerId)}`);
  if (filter.excludeDrafts) where.push(`q.status <> 'draft'`);
  if (filter.status !== undefined) where.push(`q.status = ${param(filter.status)}`);
  const whereSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const [count] = await db.query<{ total: number }>(
    `SELECT count(*)::int AS total FROM quotes q ${whereSql}`,
    params,
  );
  const rows = await db.query<QuoteRow>(
    `${QUOTE_SELECT} ${whereSql} ORDER BY q.created_at DESC, q.id
     LIMIT ${param(filter.limit)} OFFSET ${param(filter.offset)}`,
    params,
  );
  return { rows, total: count!.total };
}

/** A quote line's columns; its SKU and name are the variant's, as on the cart line it came from. */
const LINE_SELECT = `
  SELECT l.id, l.position, l.offer_id, p.id AS product_id, p.category_id, ${LINE_SKU} AS sku,
         ${LINE_NAME} AS name, p.vat_rate, l.quantity, l.target_price, l.list_price, l.quoted_price`;
const LINE_FROM = `
  FROM quote_lines l
  JOIN offers o ON o.id = l.offer_id
  JOIN products p ON p.id = o.product_id
  ${LINE_VARIANT_JOIN}`;

export async function findLines(db: Queryable, quoteId: string): Promise<QuoteLineRow[]> {
  return db.query<QuoteLineRow>(
    `${LINE_SELECT} ${LINE_FROM}
     WHERE l.quote_id = $1
     ORDER BY l.position`,
    [quoteId],
  );
}

/** Lines of several quotes at once (lists), grouped by quote id. */
export async function findLinesOf(
  db: Queryable,
  quoteIds: readonly string[],
): Promise<Map<string, QuoteLineRow[]>> {
  const byQuote = new Map<string, QuoteLineRow[]>();
  if (quoteIds.length === 0) return byQuote;
  const rows = await db.query<QuoteLineRow & { quote_id: string }>(
    `${LINE_SELECT}, l.quote_id ${LINE_FROM}
     WHERE l.quote_id = ANY($1::text[])
     ORDER BY l.quote_id, l.position`,
    [quoteIds],
  );
  for (const row of rows) {
    const list = byQuote.get(row.quote_id) ?? [];
    list.push(row);
    byQuote.set(row.quote_id, list);
  }
  return byQuote;
}

export async function replaceLines(
  db: Queryable,
  quoteId: string,
  lines: readonly {
    id: string;
    offerId: string;
    quantity: number;
    targetPrice: number | null;
    listPrice: number;
  }[],
): Promise<void> {
  await db.query('DELETE FROM quote_lines WHERE quote_id = $1', [quoteId]);
  for (const [index, line] of lines.entries()) {
    await db.query(
      `INSERT INTO quote_lines (id, quote_id, position, offer_id, quantity, target_price, list_price)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [line.id, quoteId, index + 1, line.offerId, line.quantity, line.targetPrice, line.listPrice],
    );
  }
}

export async function setListPrice(
  db: Queryable,
  lineId: string,
  listPrice: number,
): Promise<void> {
  await db.query('UPDATE quote_lines SET list_price = $2 WHERE id = $1', [lineId, listPrice]);
}

export async function setQuotedPrice(db: Queryable, lineId: string, price: number): Promise<void> {
  await db.query('UPDATE quote_lines SET quoted_price = $2 WHERE id = $1', [lineId, price]);
}

export async function setValidUntil(db: Queryable, quoteId: string, date: string): Promise<void> {
  await db.query('UPDATE quotes SET valid_until = $2 WHERE id = $1', [quoteId, date]);
}

export async function setStatus(
  db: Queryable,
  quote: { id: string; status: QuoteStatus },
  event: QuoteEvent,
  to: QuoteStatus,
  membershipId: string | null,
): Promise<void> {
  await db.query('UPDATE quotes SET status = $2, updated_at = clock_timestamp() WHERE id = $1', [
    quote.id,
    to,
  ]);
  await db.query(
    `INSERT INTO quote_events (quote_id, event, from_status, to_status, membership_id)
     VALUES ($1, $2, $3, $4, $5)`,
    [quote.id, event, quote.status, to, membershipId],
  );
}

export async function touchQuote(db: Queryable, quoteId: string): Promise<void> {
  await db.query('UPDATE quotes SET updated_at = clock_timestamp() WHERE id = $1', [quoteId]);
}

/**
 * Quotes whose seller prices ran out (validity date before `today`) become expired, with an
 * event, and their pending approvals are cancelled. Run before reading or moving quotes, so
 * nobody acts on a lapsed price; idempotent, safe on several instances.
 */
export async function expireDue(db: Queryable, today: string): Promise<void> {
  const due = await db.query<{ id: string; status: QuoteStatus }>(
    `SELECT id, status FROM quotes
     WHERE status = ANY($1::text[]) AND valid_until < $2::date
     FOR UPDATE`,
    [PRICED_STATUSES, today],
  );
  for (const quote of due) {
    await setStatus(db, quote, 'expire', 'expired', null);
    await db.query(
      `UPDATE approvals SET status = 'cancelled', decided_at = clock_timestamp()
       WHERE quote_id = $1 AND status = 'pending'`,
      [quote.id],
    );
  }
}

export interface MessageRow {
  id: string;
  side: 'buyer' | 'seller';
  author_name: string;
  body: string;
  created_at: Date;
}

export async function findMessages(db: Queryable, quoteId: string): Promise<MessageRow[]> {
  return db.query<MessageRow>(
    `SELECT qm.id, qm.side, u.name AS author_name, qm.body, qm.created_at
     FROM quote_messages qm JOIN users u ON u.id = qm.user_id
     WHERE qm.quote_id = $1 ORDER BY qm.position`,
    [quoteId],
  );
}

export async function insertMessage(
  db: Queryable,
  message: {
    id: string;
    quoteId: string;
    userId: string;
    membershipId: string;
    side: 'buyer' | 'seller';
    body: string;
  },
): Promise<void> {
  await db.query(
    `INSERT INTO quote_messages (id, quote_id, user_id, membership_id, side, body)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [message.id, message.quoteId, message.userId, message.membershipId, message.side, message.body],
  );
}

export interface EventRow {
  event: QuoteEvent;
  from_status: QuoteStatus | null;
  to_status: QuoteStatus;
  author_name: string | null;
  created_at: Date;
}

export async function findEvents(db: Queryable, quoteId: string): Promise<EventRow[]> {
  return db.query<EventRow>(
    `SELECT e.event, e.from_status, e.to_status, u.name AS author_name, e.created_at
     FROM quote_events e
     LEFT JOIN memberships m ON m.id = e.membership_id
     LEFT JOIN users u ON u.id = m.user_id
     WHERE e.quote_id = $1 ORDER BY e.id`,
    [quoteId],
  );
}

/** The approval and the order that came out of a quote, if any. */
export async function findOutcome(
  db: Queryable,
  quoteId: string,
): Promise<{ approvalId: string | null; orderId: string | null }> {
  const [row] = await db.query<{ approval_id: string | null; order_id: string | null }>(
    `SELECT (SELECT id FROM approvals WHERE quote_id = $1 ORDER BY created_at DESC LIMIT 1) AS approval_id,
            (SELECT id FROM orders WHERE quote_id = $1 AND status <> 'cancelled'
             ORDER BY created_at DESC LIMIT 1) AS order_id`,
    [quoteId],
  );
  return { approvalId: row?.approval_id ?? null, orderId: row?.order_id ?? null };
}
