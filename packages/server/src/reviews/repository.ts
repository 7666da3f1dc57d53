import type { Queryable } from '../db.js';

export type ReviewStatus = 'pending' | 'published' | 'rejected';

export interface ReviewRow {
  id: string;
  product_id: string;
  product_name: string;
  author_name: string;
  rating: number;
  title: string;
  body: string;
  status: ReviewStatus;
  created_at: Date;
  moderated_at: Date | null;
}

const REVIEW_SELECT = `
  SELECT r.id, r.product_id, p.name AS product_name, r.author_name, r.rating, r.title, r.body,
         r.status, r.created_at, r.moderated_at
  FROM reviews r JOIN products p ON p.id = r.product_id`;

export async function productExists(db: Queryable, productId: string): Promise<boolean> {
  return (await db.query('SELECT 1 FROM products WHERE id = $1', [productId])).length > 0;
}

export async function listReviews(
  db: Queryable,
  filter: { productId?: string; status: ReviewStatus; limit: number; offset: number },
): Promise<{ rows: ReviewRow[]; total: number }> {
  const params: unknown[] = [filter.status];
  let where = 'r.status = $1';
  if (filter.productId !== undefined) {
    params.push(filter.productId);
    where += ` AND r.product_id = $${params.length}`;
  }
  const [count] = await db.query<{ total: number }>(
    `SELECT count(*)::int AS total FROM reviews r WHERE ${where}`,
    params,
  );
  // Product pages show the newest first; the moderation queue the oldest first.
  const order = filter.status === 'pending' ? 'ASC' : 'DESC';
  const rows = await db.query<ReviewRow>(
    `${REVIEW_SELECT} WHERE ${where} ORDER BY r.created_at ${order}, r.id
     LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
    [...params, filter.limit, filter.offset],
  );
  return { rows, total: count!.total };
}

export async function ratingOf(
  db: Queryable,
  productId: string,
): Promise<{ average: number; count: number } | null> {
  const [row] = await db.query<{ n: number; average: number | null }>(
    `SELECT count(*)::int AS n, round(avg(rating), 1)::float8 AS average
     FROM reviews WHERE product_id = $1 AND status = 'published'`,
    [productId],
  );
  return row!.n > 0 ? { average: row!.average!, count: row!.n } : null;
}

/** Whether the person bought the product: an order placed (not cancelled) holding it. */
export async function hasBought(db: Queryable, userId: string, productId: string) {
  const rows = await db.query(
    `SELECT 1 FROM orders o
     JOIN seller_orders so ON so.order_id = o.id AND so.status <> 'cancelled'
     JOIN order_lines l ON l.seller_order_id = so.id
     WHERE o.user_id = $1 AND o.status = 'placed' AND l.product_id = $2
     LIMIT 1`,
    [userId, productId],
  );
  return rows.length > 0;
}

export async function hasReviewed(db: Queryable, userId: string, productId: string) {
  const rows = await db.query('SELECT 1 FROM reviews WHERE user_id = $1 AND product_id = $2', [
    userId,
    productId,
  ]);
  return rows.length > 0;
}

export async function insertReview(
  db: Queryable,
  review: {
    id: string;
    productId: string;
    userId: string;
    authorName: string;
    rating: number;
    title: string;
    body: string;
  },
): Promise<void> {
  await db.query(
    `INSERT INTO reviews (id, product_id, user_id, author_name, rating, title, body, status, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, 'pending', clock_timestamp())`,
    [
      review.id,
      review.productId,
      review.userId,
      review.authorName,
      review.rating,
      review.title,
      review.body,
    ],
  );
}

export async function findReview(db: Queryable, id: string, forUpdate = false) {
  const [row] = await db.query<ReviewRow>(
    `${REVIEW_SELECT} WHERE r.id = $1${forUpdate ? ' FOR UPDATE OF r' : ''}`,
    [id],
  );
  return row ?? null;
}

export async function moderate(
  db: Queryable,
  id: string,
  status: 'published' | 'rejected',
  userId: string,
): Promise<void> {
  await db.query(
    `UPDATE reviews SET status = $2, moderated_at = clock_timestamp(), moderated_by = $3
     WHERE id = $1`,
    [id, status, userId],
  );
}
