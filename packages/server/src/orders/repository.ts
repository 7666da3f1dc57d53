import type { Queryable } from '../db.js';

export type OrderStatus = 'pending_approval' | 'placed' | 'cancelled';
export type SellerOrderStatus =
  'awaiting_approval' | 'new' | 'accepted' | 'shipped' | 'delivered' | 'cancelled';

export interface OrderRow {
  id: string;
  number: string;
  user_id: string | null;
  membership_id: string | null;
  company_id: string | null;
  company_name: string | null;
  buyer_name: string | null;
  guest_email: string | null;
  source: 'cart' | 'quote';
  cart_id: string | null;
  quote_id: string | null;
  status: OrderStatus;
  payment_method: 'card' | 'invoice';
  currency: string;
  total_excl: number;
  total_tax: number;
  total_incl: number;
  shipping_address: Record<string, string>;
  purchase_order_number: string | null;
  created_at: Date;
}

export interface SellerOrderRow {
  id: string;
  order_id: string;
  seller_id: string;
  seller_name: string;
  status: SellerOrderStatus;
  total_excl: number;
  total_tax: number;
  total_incl: number;
  created_at: Date;
  updated_at: Date;
}

export interface OrderLineRow {
  id: string;
  seller_order_id: string;
  position: number;
  offer_id: string;
  product_id: string;
  sku: string;
  name: string;
  vat_rate: number;
  quantity: number;
  unit_price: number;
  price_rule: 'base' | 'price-list' | 'tier' | 'negotiated';
  line_excl: number;
  line_tax: number;
  line_incl: number;
}

export interface InvoiceRow {
  id: string;
  number: string;
  seller_order_id: string;
  order_id: string;
  order_number: string;
  seller_id: string;
  seller_name: string;
  company_id: string;
  company_name: string;
  issued_on: string;
  due_on: string;
  early_payment_deadline: string | null;
  early_payment_discount: number | null;
  currency: string;
  total_excl: number;
  total_tax: number;
  total_incl: number;
  status: 'open' | 'paid' | 'cancelled';
}

export interface PaymentRow {
  id: string;
  order_id: string;
  method: 'card';
  status: 'pending' | 'succeeded' | 'failed' | 'cancelled';
  amount: number;
  currency: string;
}

// ---------------------------------------------------------------------------------------------
// Writing

export async function nextNumber(db: Queryable, sequence: 'order' | 'invoice'): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    `SELECT nextval('${sequence === 'order' ? 'order_numbers' : 'invoice_numbers'}')::int AS n`,
  );
  return row!.n;
}

export async function insertOrder(
  db: Queryable,
  order: {
    id: string;
    number: string;
    userId: string | null;
    membershipId: string | null;
    companyId: string | null;
    guestEmail: string | null;
    source: 'cart' | 'quote';
    cartId: string | null;
    quoteId: string | null;
    status: OrderStatus;
    paymentMethod: 'card' | 'invoice';
    currency: string;
    totals: { excl: number; tax: number; incl: number };
    shippingAddress: object;
    purchaseOrderNumber: string | null;
  },
): Promise<void> {
  await db.query(
    `INSERT INTO orders (id, number, user_id, membership_id, company_id, guest_email, source,
       cart_id, quote_id, status, payment_method, currency, total_excl, total_tax, total_incl,
       shipping_address, purchase_order_number, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, clock_timestamp())`,
    [
      order.id,
      order.number,
      order.userId,
      order.membershipId,
      order.companyId,
      order.guestEmail,
      order.source,
      order.cartId,
      order.quoteId,
      order.status,
      order.paymentMethod,
      order.currency,
      order.totals.excl,
      order.totals.tax,
      order.totals.incl,
      JSON.stringify(order.shippingAddress),
      order.purchaseOrderNumber,
    ],
  );
}

export async function insertSellerOrder(
  db: Queryable,
  sellerOrder: {
    id: string;
    orderId: string;
    sellerId: string;
    status: SellerOrderStatus;
    totals: { excl: number; tax: number; incl: number };
  },
): Promise<void> {
  await db.query(
    `INSERT INTO seller_orders (id, order_id, seller_id, status, total_excl, total_tax, total_incl)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      sellerOrder.id,
      sellerOrder.orderId,
      sellerOrder.sellerId,
      sellerOrder.status,
      sellerOrder.totals.excl,
      sellerOrder.totals.tax,
      sellerOrder.totals.incl,
    ],
  );
}

export async function insertLine(db: Queryable, line: Omit<OrderLineRow, never>): Promise<void> {
  await db.query(
    `INSERT INTO order_lines (id, seller_order_id, position, offer_id, product_id, sku, name,
       vat_rate, quantity, unit_price, price_rule, line_excl, line_tax, line_incl)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
    [
      line.id,
      line.seller_order_id,
      line.position,
      line.offer_id,
      line.product_id,
      line.sku,
      line.name,
      line.vat_rate,
      line.quantity,
      line.unit_price,
      line.price_rule,
      line.line_excl,
      line.line_tax,
      line.line_incl,
    ],
  );
}

export async function insertInvoice(
  db: Queryable,
  invoice: {
    id: string;
    number: string;
    sellerOrderId: string;
    companyId: string;
    issuedOn: string;
    dueOn: string;
    earlyPaymentDeadline: string | null;
    earlyPaymentDiscount: number | null;
    currency: string;
    totals: { excl: number; tax: number; incl: number };
  },
): Promise<void> {
  await db.query(
    `INSERT INTO invoices (id, number, seller_order_id, company_id, issued_on, due_on,
       early_payment_deadline, early_payment_discount, currency, total_excl, total_tax,
       total_incl, status)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'open')`,
    [
      invoice.id,
      invoice.number,
      invoice.sellerOrderId,
      invoice.companyId,
      invoice.issuedOn,
      invoice.dueOn,
      invoice.earlyPaymentDeadline,
      invoice.earlyPaymentDiscount,
      invoice.currency,
      invoice.totals.excl,
      invoice.totals.tax,
      invoice.totals.incl,
    ],
  );
}

export async function insertPayment(
  db: Queryable,
  payment: { id: string; orderId: string; amount: number; currency: string },
): Promise<void> {
  await db.query(
    `INSERT INTO payments (id, order_id, method, status, amount, currency)
     VALUES ($1, $2, 'card', 'pending', $3, $4)`,
    [payment.id, payment.orderId, payment.amount, payment.currency],
  );
}

export async function setOrderStatus(db: Queryable, id: string, status: OrderStatus) {
  await db.query('UPDATE orders SET status = $2 WHERE id = $1', [id, status]);
}

export async function setSellerOrderStatus(db: Queryable, id: string, status: SellerOrderStatus) {
  await db.query(
    'UPDATE seller_orders SET status = $2, updated_at = clock_timestamp() WHERE id = $1',
    [id, status],
  );
}

export async function cancelInvoiceOf(db: Queryable, sellerOrderId: string) {
  await db.query(
    `UPDATE invoices SET status = 'cancelled' WHERE seller_order_id = $1 AND status = 'open'`,
    [sellerOrderId],
  );
}

export async function cancelPaymentOf(db: Queryable, orderId: string) {
  await db.query(
    `UPDATE payments SET status = 'cancelled' WHERE order_id = $1 AND status = 'pending'`,
    [orderId],
  );
}

/** Takes `quantity` out of stock; false (and nothing written) when there is not enough. */
export async function takeStock(db: Queryable, offerId: string, quantity: number) {
  const rows = await db.query(
    'UPDATE offers SET stock = stock - $2 WHERE id = $1 AND stock >= $2 RETURNING id',
    [offerId, quantity],
  );
  return rows.length === 1;
}

export async function returnStock(db: Queryable, sellerOrderId: string) {
  await db.query(
    `UPDATE offers o SET stock = o.stock + l.quantity
     FROM order_lines l WHERE l.seller_order_id = $1 AND l.offer_id = o.id`,
    [sellerOrderId],
  );
}

/** Locks the offers in a fixed order (no deadlock between two checkouts) and reads them. */
export async function lockOffers(db: Queryable, offerIds: readonly string[]) {
  return db.query<{ id: string; stock: number }>(
    'SELECT id, stock FROM offers WHERE id = ANY($1::text[]) ORDER BY id FOR UPDATE',
    [offerIds],
  );
}

// ---------------------------------------------------------------------------------------------
// Reading

const ORDER_SELECT = `
  SELECT o.id, o.number, o.user_id, o.membership_id, o.company_id, c.name AS company_name,
         u.name AS buyer_name, o.guest_email, o.source, o.cart_id, o.quote_id, o.status,
         o.payment_method, o.currency, o.total_excl, o.total_tax, o.total_incl,
         o.shipping_address, o.purchase_order_number, o.created_at
  FROM orders o
  LEFT JOIN companies c ON c.id = o.company_id
  LEFT JOIN users u ON u.id = o.user_id`;

export async function findOrder(
  db: Queryable,
  id: string,
  forUpdate = false,
): Promise<OrderRow | null> {
  const [row] = await db.query<OrderRow>(
    `${ORDER_SELECT} WHERE o.id = $1${forUpdate ? ' FOR UPDATE OF o' : ''}`,
    [id],
  );
  return row ?? null;
}

export interface OrderFilter {
  userId?: string;
  consumerOnly?: boolean;
  membershipId?: string;
  companyId?: string;
  limit: number;
  offset: number;
}

export async function listOrders(
  db: Queryable,
  filter: OrderFilter,
): Promise<{ rows: OrderRow[]; total: number }> {
  const params: unknown[] = [];
  const where: string[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  if (filter.userId !== undefined) where.push(`o.user_id = ${param(filter.userId)}`);
  if (filter.consumerOnly) where.push('o.company_id IS NULL');
  if (filter.membershipId !== undefined)
    where.push(`o.membership_id = ${param(filter.membershipId)}`);
  if (filter.companyId !== undefined) where.push(`o.company_id = ${param(filter.companyId)}`);
  const whereSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const [count] = await db.query<{ total: number }>(
    `SELECT count(*)::int AS total FROM orders o ${whereSql}`,
    params,
  );
  const rows = await db.query<OrderRow>(
    `${ORDER_SELECT} ${whereSql} ORDER BY o.created_at DESC, o.id
     LIMIT ${param(filter.limit)} OFFSET ${param(filter.offset)}`,
    params,
  );
  return { rows, total: count!.total };
}

export async function findSellerOrders(
  db: Queryable,
  orderIds: readonly string[],
): Promise<SellerOrderRow[]> {
  if (orderIds.length === 0) return [];
  return db.query<SellerOrderRow>(
    `SELECT so.id, so.order_id, so.seller_id, s.name AS seller_name, so.status, so.total_excl,
            so.total_tax, so.total_incl, so.created_at, so.updated_at
     FROM seller_orders so JOIN sellers s ON s.id = so.seller_id
     WHERE so.order_id = ANY($1::text[]) ORDER BY so.order_id, s.name, so.id`,
    [orderIds],
  );
}

export async function findSellerOrder(
  db: Queryable,
  id: string,
  forUpdate = false,
): Promise<SellerOrderRow | null> {
  const [row] = await db.query<SellerOrderRow>(
    `SELECT so.id, so.order_id, so.seller_id, s.name AS seller_name, so.status, so.total_excl,
            so.total_tax, so.total_incl, so.created_at, so.updated_at
     FROM seller_orders so JOIN sellers s ON s.id = so.seller_id
     WHERE so.id = $1${forUpdate ? ' FOR UPDATE OF so' : ''}`,
    [id],
  );
  return row ?? null;
}

export async function listSellerOrders(
  db: Queryable,
  filter: { sellerId?: string; limit: number; offset: number },
): Promise<{ rows: SellerOrderRow[]; total: number }> {
  const params: unknown[] = [];
  // Orders still waiting for the buyer's approver are not the seller's business yet.
  const where = [`so.status <> 'awaiting_approval'`];
  if (filter.sellerId !== undefined) {
    params.push(filter.sellerId);
    where.push(`so.seller_id = $${params.length}`);
  }
  const whereSql = `WHERE ${where.join(' AND ')}`;
  const [count] = await db.query<{ total: number }>(
    `SELECT count(*)::int AS total FROM seller_orders so ${whereSql}`,
    params,
  );
  const rows = await db.query<SellerOrderRow>(
    `SELECT so.id, so.order_id, so.seller_id, s.name AS seller_name, so.status, so.total_excl,
            so.total_tax, so.total_incl, so.created_at, so.updated_at
     FROM seller_orders so JOIN sellers s ON s.id = so.seller_id
     ${whereSql} ORDER BY so.created_at DESC, so.id
     LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
    [...params, filter.limit, filter.offset],
  );
  return { rows, total: count!.total };
}

export async function findLines(
  db: Queryable,
  sellerOrderIds: readonly string[],
): Promise<OrderLineRow[]> {
  if (sellerOrderIds.length === 0) return [];
  return db.query<OrderLineRow>(
    `SELECT id, seller_order_id, position, offer_id, product_id, sku, name, vat_rate, quantity,
            unit_price, price_rule, line_excl, line_tax, line_incl
     FROM order_lines WHERE seller_order_id = ANY($1::text[])
     ORDER BY seller_order_id, position`,
    [sellerOrderIds],
  );
}

const INVOICE_SELECT = `
  SELECT i.id, i.number, i.seller_order_id, so.order_id, o.number AS order_number, so.seller_id,
         s.name AS seller_name, i.company_id, c.name AS company_name, i.issued_on, i.due_on,
         i.early_payment_deadline, i.early_payment_discount, i.currency, i.total_excl,
         i.total_tax, i.total_incl, i.status
  FROM invoices i
  JOIN seller_orders so ON so.id = i.seller_order_id
  JOIN orders o ON o.id = so.order_id
  JOIN sellers s ON s.id = so.seller_id
  JOIN companies c ON c.id = i.company_id`;

export async function findInvoicesOf(
  db: Queryable,
  sellerOrderIds: readonly string[],
): Promise<InvoiceRow[]> {
  if (sellerOrderIds.length === 0) return [];
  return db.query<InvoiceRow>(`${INVOICE_SELECT} WHERE i.seller_order_id = ANY($1::text[])`, [
    sellerOrderIds,
  ]);
}

export async function listInvoices(
  db: Queryable,
  filter: { companyId?: string; limit: number; offset: number },
): Promise<{ rows: InvoiceRow[]; total: number }> {
  const params: unknown[] = [];
  let whereSql = '';
  if (filter.companyId !== undefined) {
    params.push(filter.companyId);
    whereSql = 'WHERE i.company_id = $1';
  }
  const [count] = await db.query<{ total: number }>(
    `SELECT count(*)::int AS total FROM invoices i ${whereSql}`,
    params,
  );
  const rows = await db.query<InvoiceRow>(
    `${INVOICE_SELECT} ${whereSql} ORDER BY i.issued_on DESC, i.number DESC
     LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
    [...params, filter.limit, filter.offset],
  );
  return { rows, total: count!.total };
}

export async function findPayments(
  db: Queryable,
  orderIds: readonly string[],
): Promise<PaymentRow[]> {
  if (orderIds.length === 0) return [];
  return db.query<PaymentRow>(
    `SELECT id, order_id, method, status, amount, currency FROM payments
     WHERE order_id = ANY($1::text[])`,
    [orderIds],
  );
}

export async function findApprovalIdOfOrder(db: Queryable, orderId: string) {
  const [row] = await db.query<{ id: string }>(
    'SELECT id FROM approvals WHERE order_id = $1 ORDER BY created_at DESC LIMIT 1',
    [orderId],
  );
  return row?.id ?? null;
}

export interface CompanyTerms {
  kind: 'net' | 'end-of-month';
  days: number;
  earlyDiscount: number | null;
  earlyDays: number | null;
  address: Record<string, string>;
}

export async function findCompanyTerms(db: Queryable, companyId: string): Promise<CompanyTerms> {
  const [row] = await db.query<{
    payment_terms_kind: 'net' | 'end-of-month';
    payment_terms_days: number;
    early_payment_discount: number | null;
    early_payment_days: number | null;
    address: Record<string, string>;
  }>(
    `SELECT payment_terms_kind, payment_terms_days, early_payment_discount, early_payment_days,
            address FROM companies WHERE id = $1`,
    [companyId],
  );
  return {
    kind: row!.payment_terms_kind,
    days: row!.payment_terms_days,
    earlyDiscount: row!.early_payment_discount,
    earlyDays: row!.early_payment_days,
    address: row!.address,
  };
}
