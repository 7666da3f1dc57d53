import type { Queryable } from '../db.js';
import { escapeLike } from '../text.js';
import { countsAndFacets } from './facets.js';
import { searchConditions, searchWords, where, wordConditions, type Filter } from './filters.js';
import {
  productImageUrl,
  type Category,
  type Facets,
  type Offer,
  type ProductDetail,
  type ProductDocument,
  type ProductPage,
  type ProductQuery,
  type ProductSort,
  type ProductSummary,
  type ProductVariant,
  type Suggestions,
  type VariantOption,
} from './types.js';

interface OfferRow {
  offer_id: string | null;
  seller_id: string | null;
  seller_name: string | null;
  price_excl_tax: number | null;
  currency: string | null;
  stock: number | null;
  lead_time_days: number | null;
  variant_id: string | null;
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
  variant_count: number;
  review_count: number;
  rating_average: number | null;
}

/**
 * A product with its category, offer count and best offer: the cheapest offer in stock, else
 * the cheapest offer (ties by offer id, so the choice is stable). The best offer is kept on the
 * product by triggers (migration 009), so sorting by price reads an index.
 */
const SUMMARY_FROM = `
  FROM products p
  JOIN categories c ON c.id = p.category_id
  LEFT JOIN offers b ON b.id = p.best_offer_id
  LEFT JOIN sellers s ON s.id = b.seller_id
  LEFT JOIN LATERAL (
    SELECT count(*)::int AS review_count, round(avg(r.rating), 1)::float8 AS rating_average
    FROM reviews r
    WHERE r.product_id = p.id AND r.status = 'published'
  ) rv ON true`;

const SUMMARY_COLUMNS = `
  p.id, p.sku, p.slug, p.name, p.brand, p.vat_rate, p.created_at,
  c.id AS category_id, c.slug AS category_slug, c.name AS category_name,
  b.id AS offer_id, b.seller_id, s.name AS seller_name, b.price_excl_tax, b.currency,
  b.stock, b.lead_time_days, b.variant_id,
  (SELECT count(*)::int FROM offers oc WHERE oc.product_id = p.id) AS offer_count,
  (SELECT count(*)::int FROM product_variants pv WHERE pv.product_id = p.id) AS variant_count,
  rv.review_count, rv.rating_average`;

function toOffer(row: OfferRow): Offer | null {
  if (row.offer_id === null) return null;
  return {
    id: row.offer_id,
    seller: { id: row.seller_id!, name: row.seller_name! },
    price: { amount: row.price_excl_tax!, currency: row.currency!.trim(), includesTax: false },
    stock: row.stock!,
    leadTimeDays: row.lead_time_days!,
    variantId: row.variant_id,
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
    variantCount: row.variant_count,
    createdAt: new Date(row.created_at).toISOString(),
    rating: row.review_count > 0 ? { average: row.rating_average!, count: row.review_count } : null,
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

export { searchWords };

function orderBy(sort: ProductSort, phrase: { prefix: number; contains: number } | null): string {
  // Every order ends on a unique key so that pages never repeat or skip a product.
  switch (sort) {
    case 'price_asc':
      return 'p.best_price ASC NULLS LAST, p.name_key, p.id';
    case 'price_desc':
      return 'p.best_price DESC NULLS LAST, p.name_key, p.id';
    case 'newest':
      return 'p.created_at DESC, p.id DESC';
    case 'name_asc':
      return 'p.name_key, p.id';
    case 'rating':
      // The average as shown (one decimal); unrated products last.
      return 'rv.rating_average DESC NULLS LAST, rv.review_count DESC, p.name_key, p.id';
    case 'relevance':
      if (phrase === null) return 'p.name_key, p.id';
      return `CASE WHEN p.name_key LIKE $${phrase.prefix} ESCAPE '\\' THEN 0
                   WHEN p.name_key LIKE $${phrase.contains} ESCAPE '\\' THEN 1
                   ELSE 2 END, p.name_key, p.id`;
  }
}

/** The category's id, or null when no category has that slug (the search then finds nothing). */
async function categoryId(db: Queryable, slug: string | undefined): Promise<string | null> {
  if (slug === undefined) return null;
  const [row] = await db.query<{ id: string }>('SELECT id FROM categories WHERE slug = $1', [slug]);
  return row?.id ?? '';
}

/**
 * One page of products. Every search word must appear in the name, brand or SKU (accents
 * and case ignored); relevance puts names starting with the search first, then names
 * containing it, then the rest, each group by name. Price sorts and the price filter use the
 * best offer's price; the rating sort the average as shown. With facets, the counts of
 * facets.ts over the matching products.
 */
export async function searchProducts(db: Queryable, query: ProductQuery): Promise<ProductPage> {
  const category = await categoryId(db, query.category);
  const conditions = searchConditions(query, category);
  const filter: Filter = {
    sql: [...conditions.words, ...conditions.filters.values()],
    params: conditions.params,
  };

  let total: number;
  let facets: Facets | undefined;
  if (query.facets) {
    ({ total, facets } = await countsAndFacets(db, query, category));
  } else {
    const [count] = await db.query<{ total: number }>(
      `SELECT count(*)::int AS total FROM products p ${where(filter.sql)}`,
      filter.params,
    );
    total = count!.total;
  }

  const pageParams = [...filter.params];
  const pageParam = (value: unknown): number => pageParams.push(value);
  const words = searchWords(query.q);
  let phrase: { prefix: number; contains: number } | null = null;
  if (query.sort === 'relevance' && words.length > 0) {
    const whole = escapeLike(words.join(' '));
    phrase = { prefix: pageParam(`${whole}%`), contains: pageParam(`%${whole}%`) };
  }
  const limit = pageParam(query.pageSize);
  const offset = pageParam((query.page - 1) * query.pageSize);
  const rows = await db.query<SummaryRow>(
    `SELECT ${SUMMARY_COLUMNS} ${SUMMARY_FROM} ${where(filter.sql)}
     ORDER BY ${orderBy(query.sort, phrase)}
     LIMIT $${limit} OFFSET $${offset}`,
    pageParams,
  );

  const page: ProductPage = {
    items: rows.map(toSummary),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
  if (facets !== undefined) page.facets = facets;
  return page;
}

const SUGGESTED_PRODUCTS = 6;
const SUGGESTED_GROUPS = 3;

/**
 * Suggestions for a search being typed: the best matching products (ordered like relevance),
 * and the categories and brands holding the most matches. The last word counts as a prefix
 * of a word too, like every word of the search.
 */
export async function suggest(db: Queryable, q: string): Promise<Suggestions> {
  const words = searchWords(q);
  const empty = { query: words.join(' '), products: [], categories: [], brands: [] };
  if (words.length === 0) return empty;
  const filter: Filter = { sql: [], params: [] };
  wordConditions(q, filter);
  const whole = escapeLike(words.join(' '));
  const prefix = filter.params.push(`${whole}%`);
  const contains = filter.params.push(`%${whole}%`);
  const products = await db.query<{ id: string; name: string; sku: string; brand: string }>(
    `SELECT p.id, p.name, p.sku, p.brand FROM products p ${where(filter.sql)}
     ORDER BY ${orderBy('relevance', { prefix, contains })}
     LIMIT ${SUGGESTED_PRODUCTS}`,
    filter.params,
  );
  const params = filter.params.slice(0, -2);
  const [categories, brands] = await Promise.all([
    db.query<{ slug: string; name: string; count: number }>(
      `SELECT c.slug, c.name, count(*)::int AS count
       FROM products p JOIN categories c ON c.id = p.category_id ${where(filter.sql)}
       GROUP BY c.slug, c.name ORDER BY count DESC, c.name LIMIT ${SUGGESTED_GROUPS}`,
      params,
    ),
    db.query<{ brand: string; count: number }>(
      `SELECT p.brand, count(*)::int AS count FROM products p ${where(filter.sql)}
       GROUP BY p.brand ORDER BY count DESC, p.brand LIMIT ${SUGGESTED_GROUPS}`,
      params,
    ),
  ]);
  return {
    query: empty.query,
    products,
    categories: categories.map((c) => ({ value: c.slug, label: c.name, count: c.count })),
    brands: brands.map((b) => ({ value: b.brand, label: b.brand, count: b.count })),
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
            o.stock, o.lead_time_days, o.variant_id
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
    documents: await findDocuments(db, id),
    variants: await findVariants(db, id),
  };
}

/** The product's variants in the seller's order; none for a product without. */
export async function findVariants(db: Queryable, productId: string): Promise<ProductVariant[]> {
  const rows = await db.query<{ id: string; sku: string; name: string; options: VariantOption[] }>(
    'SELECT id, sku, name, options FROM product_variants WHERE product_id = $1 ORDER BY position',
    [productId],
  );
  return rows.map((r) => ({
    id: r.id,
    sku: r.sku,
    name: r.name,
    options: r.options.map(({ name, value }) => ({ name, value })),
  }));
}

export async function findDocuments(db: Queryable, productId: string): Promise<ProductDocument[]> {
  const rows = await db.query<{
    id: string;
    kind: ProductDocument['kind'];
    title: string;
    url: string;
    size_bytes: number;
  }>(
    `SELECT id, kind, title, url, size_bytes FROM product_documents
     WHERE product_id = $1 ORDER BY position`,
    [productId],
  );
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    title: r.title,
    url: r.url,
    sizeBytes: r.size_bytes,
  }));
}

/** What a document's PDF shows: the document's title and its product's name, SKU and specs. */
export async function findDocumentContent(db: Queryable, documentId: string) {
  const [row] = await db.query<{
    title: string;
    product_id: string;
    name: string;
    brand: string;
    sku: string;
  }>(
    `SELECT d.title, p.id AS product_id, p.name, p.brand, p.sku
     FROM product_documents d JOIN products p ON p.id = d.product_id WHERE d.id = $1`,
    [documentId],
  );
  if (row === undefined) return null;
  const specs = await db.query<{ name: string; value: string; unit: string | null }>(
    'SELECT name, value, unit FROM product_specs WHERE product_id = $1 ORDER BY position',
    [row.product_id],
  );
  return { title: row.title, productName: row.name, brand: row.brand, sku: row.sku, specs };
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
