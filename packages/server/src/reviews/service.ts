import { randomUUID } from 'node:crypto';
import type { MemberAuth } from '../auth/types.js';
import type { Deps } from '../http/deps.js';
import { ApiError, notFound } from '../http/errors.js';
import { takeRateLimit, type Limit } from '../http/rate-limit.js';
import * as repo from './repository.js';

/*
 * Reviews: only people who bought the product may write one, once per product; it shows on
 * the product once an operator has published it. Writing is rate-limited per account.
 */

export const REVIEW_LIMIT: Limit = { bucket: 'review', max: 5, windowSeconds: 3600 };

export interface Review {
  id: string;
  productId: string;
  productName: string;
  author: string;
  rating: number;
  title: string;
  body: string;
  status: repo.ReviewStatus;
  /** Always true: only buyers may write. Kept explicit for the badge the widgets show. */
  verifiedPurchase: true;
  createdAt: string;
  moderatedAt: string | null;
}

function view(row: repo.ReviewRow): Review {
  return {
    id: row.id,
    productId: row.product_id,
    productName: row.product_name,
    author: row.author_name,
    rating: row.rating,
    title: row.title,
    body: row.body,
    status: row.status,
    verifiedPurchase: true,
    createdAt: new Date(row.created_at).toISOString(),
    moderatedAt: row.moderated_at === null ? null : new Date(row.moderated_at).toISOString(),
  };
}

/** "Camille Dubois" → "Camille D.": reviews never show a full name. */
export function displayName(name: string): string {
  const [first, ...rest] = name.trim().split(/\s+/);
  const last = rest.at(-1);
  return last ? `${first} ${last[0]!.toUpperCase()}.` : (first ?? '');
}

export async function productReviews(
  deps: Deps,
  productId: string,
  page: { page: number; pageSize: number },
) {
  if (!(await repo.productExists(deps.db, productId))) {
    throw notFound(`Unknown product ${productId}`);
  }
  const { rows, total } = await repo.listReviews(deps.db, {
    productId,
    status: 'published',
    limit: page.pageSize,
    offset: (page.page - 1) * page.pageSize,
  });
  return {
    items: rows.map(view),
    total,
    ...page,
    rating: await repo.ratingOf(deps.db, productId),
  };
}

export async function createReview(
  deps: Deps,
  auth: MemberAuth,
  productId: string,
  input: { rating: number; title: string; body: string },
): Promise<Review> {
  return deps.db.transaction(async (tx) => {
    if (!(await repo.productExists(tx, productId))) {
      throw notFound(`Unknown product ${productId}`);
    }
    await takeRateLimit(tx, REVIEW_LIMIT, auth.user.id);
    if (!(await repo.hasBought(tx, auth.user.id, productId))) {
      throw new ApiError('not_verified_buyer', 'Only people who bought this product may review it');
    }
    if (await repo.hasReviewed(tx, auth.user.id, productId)) {
      throw new ApiError('already_reviewed', 'You have already reviewed this product');
    }
    const id = randomUUID();
    await repo.insertReview(tx, {
      id,
      productId,
      userId: auth.user.id,
      authorName: displayName(auth.user.name),
      ...input,
    });
    return view((await repo.findReview(tx, id))!);
  });
}

export async function moderationQueue(
  deps: Deps,
  query: { status: repo.ReviewStatus; page: number; pageSize: number },
) {
  const { rows, total } = await repo.listReviews(deps.db, {
    status: query.status,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return { items: rows.map(view), total, page: query.page, pageSize: query.pageSize };
}

export async function moderateReview(
  deps: Deps,
  auth: MemberAuth,
  id: string,
  status: 'published' | 'rejected',
): Promise<Review> {
  return deps.db.transaction(async (tx) => {
    const review = await repo.findReview(tx, id, true);
    if (review === null) throw notFound(`Unknown review ${id}`);
    await repo.moderate(tx, id, status, auth.user.id);
    return view((await repo.findReview(tx, id))!);
  });
}
