import type { Queryable } from '../db.js';
import { LINE_NAME, LINE_SKU, LINE_VARIANT_JOIN } from './line-label.js';

export interface CartRow {
  id: string;
  currency: string;
  user_id: string | null;
  membership_id: string | null;
  checked_out_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

export interface CartLineRow {
  id: string;
  offer_id: string;
  product_id: string;
  sku: string;
  name: string;
  seller_id: string;
  seller_name: string;
  price_excl_tax: number;
  currency: string;
  vat_rate: number;
  quantity: number;
}

export interface OfferForCart {
  id: string;
  productId: string;
  currency: string;
  stock: number;
}

export async function insertCart(
  db: Queryable,
  cart: { id: string; currency: string; userId: string | null; membershipId: string | null },
): Promise<void> {
  await db.query(
    'INSERT INTO carts (id, currency, user_id, membership_id) VALUES ($1, $2, $3, $4)',
    [cart.id, cart.currency, cart.userId, cart.membershipId],
  );
}

/** forUpdate locks the cart row until the transaction ends: concurrent edits of one cart queue up. */
export async function findCart(
  db: Queryable,
  id: string,
  forUpdate = false,
): Promise<CartRow | null> {
  const [row] = await db.query<CartRow>(
    `SELECT id, currency, user_id, membership_id, checked_out_at, created_at, updated_at
     FROM carts WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`,
    [id],
  );
  return row ?? null;
}

export async function touchCart(db: Queryable, id: string): Promise<void> {
  // clock_timestamp(), not now(): now() is frozen at the start of the transaction.
  await db.query('UPDATE carts SET updated_at = clock_timestamp() WHERE id = $1', [id]);
}

export async function markCheckedOut(db: Queryable, id: string): Promise<void> {
  await db.query(
    'UPDATE carts SET checked_out_at = clock_timestamp(), updated_at = clock_timestamp() WHERE id = $1',
    [id],
  );
}

/** Lines in insertion order, with the offers' current base price (HT) and what they sell. */
export async function findCartLines(db: Queryable, cartId: string): Promise<CartLineRow[]> {
  return db.query<CartLineRow>(
    `SELECT l.id, l.offer_id, p.id AS product_id, ${LINE_SKU} AS sku, ${LINE_NAME} AS name,
            s.id AS seller_id, s.name AS seller_name, o.price_excl_tax, o.currency, p.vat_rate,
            l.quantity
     FROM cart_lines l
     JOIN offers o ON o.id = l.offer_id
     JOIN products p ON p.id = o.product_id
     JOIN sellers s ON s.id = o.seller_id
     ${LINE_VARIANT_JOIN}
     WHERE l.cart_id = $1
     ORDER BY l.position`,
    [cartId],
  );
}

export async function findOffer(db: Queryable, offerId: string): Promise<OfferForCart | null> {
  const [row] = await db.query<{ id: string; product_id: string; currency: string; stock: number }>(
    'SELECT id, product_id, currency, stock FROM offers WHERE id = $1',
    [offerId],
  );
  return row
    ? { id: row.id, productId: row.product_id, currency: row.currency.trim(), stock: row.stock }
    : null;
}

export async function findLine(
  db: Queryable,
  cartId: string,
  lineId: string,
): Promise<{ id: string; offerId: string; quantity: number } | null> {
  const [row] = await db.query<{ id: string; offer_id: string; quantity: number }>(
    'SELECT id, offer_id, quantity FROM cart_lines WHERE cart_id = $1 AND id = $2',
    [cartId, lineId],
  );
  return row ? { id: row.id, offerId: row.offer_id, quantity: row.quantity } : null;
}

export async function findLineByOffer(
  db: Queryable,
  cartId: string,
  offerId: string,
): Promise<{ id: string; quantity: number } | null> {
  const [row] = await db.query<{ id: string; quantity: number }>(
    'SELECT id, quantity FROM cart_lines WHERE cart_id = $1 AND offer_id = $2',
    [cartId, offerId],
  );
  return row ?? null;
}

export async function insertLine(
  db: Queryable,
  line: { id: string; cartId: string; offerId: string; quantity: number },
): Promise<void> {
  await db.query(
    'INSERT INTO cart_lines (id, cart_id, offer_id, quantity) VALUES ($1, $2, $3, $4)',
    [line.id, line.cartId, line.offerId, line.quantity],
  );
}

export async function setLineQuantity(
  db: Queryable,
  lineId: string,
  quantity: number,
): Promise<void> {
  await db.query('UPDATE cart_lines SET quantity = $2 WHERE id = $1', [lineId, quantity]);
}

export async function deleteLine(db: Queryable, lineId: string): Promise<void> {
  await db.query('DELETE FROM cart_lines WHERE id = $1', [lineId]);
}
