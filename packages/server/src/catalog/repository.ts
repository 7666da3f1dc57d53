import type { Queryable } from '../db.js';
import { escapeLike, searchKey } from '../text.js';
import {
  productImageUrl,
  type Category,
  type Offer,
  type ProductDetail,
  type ProductPage,
  type ProductQuery,
  type ProductSort,
  type ProductSummary,
} from './types.js';

interface OfferRow {
  offer_id: string | null;
  seller_id: string | null;
  seller_name: string | null;
  price_excl_tax: number | null;
  currency: string | null;
  stock: number | null;
  lead_time_days: number | null;
}

interface SummaryRow extends OfferRow {
  id: string;
  sku: string;
  slug: string;
  name: string;
  brand: string;
  vat_rate: number;
  created_at: Date;
  category_id: string;
  category_slug: string;
  category_name: string;
  offer_count: number;
}

/**
 * A product with its category, offer count and best offer: the cheapest offer in stock,
 * else the cheapest offer (ties by offer id, so the choice is stable).
 */
const SUMMARY_FROM = `
  FROM products p
  JOIN categories c ON c.id = p.category_id
  LEFT JOIN LATERAL (
    SELECT o.id, o.seller_id, o.price_excl_tax, o.currency, o.stock, o.lead_time_days
    FROM offers o
    WHERE o.product_id = p.id
    ORDER BY (o.stock > 0) DESC, o.price_excl_tax, o.id
    LIMIT 1
  ) b ON true
  LEFT JOIN sellers s ON s.id = b.seller_id`;

const SUMMARY_COLUMNS = `
  p.id, p.sku, p.slug, p.name, p.brand, p.vat_rate, p.created_at,
  c.id AS category_id, c.slug AS category_slug, c.name AS category_name,
  b.id AS offer_id, b.seller_id, s.name AS seller_name, b.price_excl_tax, b.currency,
  b.stock, b.lead_time_days,
  (SELECT count(*)::int FROM offers oc WHERE oc.product_id = p.id) AS offer_count`;

function toOffer(row: OfferRow): Offer | null {
  if (row.offer_id === null) return null;
  return {
    id: row.offer_id,
    seller: { id: row.seller_id!, name: row.seller_name! },
    price: { amount: row.price_excl_tax!, currency: row.currency!.trim(), includesTax: false },
    stock: row.stock!,
    leadTimeDays: row.lead_time_days!,
  };
}

function toSummary(row: SummaryRow): ProductSummary {
  return {
    id: row.id,
    sku: row.sku,
    slug: row.slug,
    name: row.name,
    brand: row.brand,
    category: { id: row.category_id, slug: row.category_slug, name: row.category_name },
    imageUrl: productImageUrl(row.id),
    vatRate: row.vat_rate,
    bestOffer: toOffer(row),
    offerCount: row.offer_count,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

export async function listCategories(db: Queryable): Promise<Category[]> {
  const rows = await db.query<{
    id: string;
    slug: string;
    name: string;
    vat_rate: number;
    product_count: number;
  }>(
    `SELECT c.id, c.slug, c.name, c.vat_rate,
            (SELECT count(*)::int FROM products p WHERE p.category_id = c.id) AS product_count
     FROM categories c
     ORDER BY c.position, c.name, c.id`,
  );
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    name: r.name,
    vatRate: r.vat_rate,
    productCount: r.product_count,
  }));
}

/** Words of a search, folded like products.search_text; punctuation-only input means no search. */
export function searchWords(q: string | undefined): string[] {
  if (q === undefined) return [];
  return searchKey(q)
    .split(' ')
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
}

function orderBy(sort: ProductSort, phrase: { prefix: number; contains: number } | null): string {
  // Every order ends on a unique key so that pages never repeat or skip a product.
  switch (sort) {
    case 'price_asc':
      return 'b.price_excl_tax ASC NULLS LAST, p.name_key, p.id';
    case 'price_desc':
      return 'b.price_excl_tax DESC NULLS LAST, p.name_key, p.id';
    case 'newest':
      return 'p.created_at DESC, p.id DESC';
    case 'name_asc':
      return 'p.name_key, p.id';
    case 'relevance':
      if (phrase === null) return 'p.name_key, p.id';
      return `CASE WHEN p.name_key LIKE $${phrase.prefix} ESCAPE '\\' THEN 0
                   WHEN p.name_key LIKE $${phrase.contains} ESCAPE '\\' THEN 1
                   ELSE 2 END, p.name_key, p.id`;
  }
}

/**
 * One page of products. Every search word must appear in the name, brand or SKU (accents
 * and case ignored); relevance puts names starting with the search first, then names
 * containing it, then the rest, each group by name. Price sorts use the best offer's price.
 */
export async function searchProducts(db: Queryable, query: ProductQuery): Promise<ProductPage> {
  const params: unknown[] = [];
  const param = (value: unknown): number => params.push(value);
  const where: string[] = [];

  if (query.category !== undefined) where.push(`c.slug = $${param(query.category)}`);
  const words = searchWords(query.q);
  for (const word of words) {
    where.push(`p.search_text LIKE $${param(`%${escapeLike(word)}%`)} ESCAPE '\\'`);
  }
  const whereSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';

  const [count] = await db.query<{ total: number }>(
    `SELECT count(*)::int AS total FROM products p JOIN categories c ON c.id = p.category_id ${whereSql}`,
    params,
  );

  const pageParams = [...params];
  const pageParam = (value: unknown): number => pageParams.push(value);
  let phrase: { prefix: number; contains: number } | null = null;
  if (query.sort === 'relevance' && words.length > 0) {
    const whole = escapeLike(words.join(' '));
    phrase = { prefix: pageParam(`${whole}%`), contains: pageParam(`%${whole}%`) };
  }
  const limit = pageParam(query.pageSize);
  const offset = pageParam((query.page - 1) * query.pageSize);
  const rows = await db.query<SummaryRow>(
    `SELECT ${SUMMARY_COLUMNS} ${SUMMARY_FROM} ${whereSql}
     ORDER BY ${orderBy(query.sort, phrase)}
     LIMIT $${limit} OFFSET $${offset}`,
    pageParams,
  );

  return {
    items: rows.map(toSummary),
    total: count!.total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function getProduct(db: Queryable, id: string): Promise<ProductDetail | null> {
  const [row] = await db.query<SummaryRow & { description: string }>(
    `SELECT ${SUMMARY_COLUMNS}, p.description ${SUMMARY_FROM} WHERE p.id = $1`,
    [id],
  );
  if (row === undefined) return null;
  const specs = await db.query<{ name: string; value: string; unit: string | null }>(
    'SELECT name, value, unit FROM product_specs WHERE product_id = $1 ORDER BY position',
    [id],
  );
  const offers = await db.query<OfferRow>(
    `SELECT o.id AS offer_id, o.seller_id, s.name AS seller_name, o.price_excl_tax, o.currency,
            o.stock, o.lead_time_days
     FROM offers o JOIN sellers s ON s.id = o.seller_id
     WHERE o.product_id = $1
     ORDER BY o.price_excl_tax, o.id`,
    [id],
  );
  return {
    ...toSummary(row),
    description: row.description,
    specs: specs.map(({ name, value, unit }) => ({ name, value, unit })),
    offers: offers.map((offer) => toOffer(offer)!),
  };
}

/** What the image route needs to draw a product. */
export async function getProductLook(
  db: Queryable,
  id: string,
): Promise<{ name: string; brand: string; categorySlug: string } | null> {
  const [row] = await db.query<{ name: string; brand: string; category_slug: string }>(
    `SELECT p.name, p.brand, c.slug AS category_slug
     FROM products p JOIN categories c ON c.id = p.category_id WHERE p.id = $1`,
    [id],
  );
  return row ? { name: row.name, brand: row.brand, categorySlug: row.category_slug } : null;
}

export async function countProducts(db: Queryable): Promise<number> {
  const [row] = await db.query<{ count: number }>('SELECT count(*)::int AS count FROM products');
  return row!.count;
}
