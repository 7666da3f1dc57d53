import { escapeLike, searchKey } from '../text.js';
import type { ProductQuery } from './types.js';

/*
 * A product search as SQL conditions on `products p`: the search words, which every figure
 * applies, and the filters, by name, so that each facet can count without its own filter.
 * Each statement numbers its own parameters ($1, $2…): build the conditions once per statement.
 */

/** Conditions on products only (no join), and the parameters they number. */
export interface Filter {
  sql: string[];
  params: unknown[];
}

export const where = (conditions: readonly string[]) =>
  conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';

/** Words of a search, folded like products.search_text; punctuation-only input means no search. */
export function searchWords(q: string | undefined): string[] {
  if (q === undefined) return [];
  return searchKey(q)
    .split(' ')
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/** The search words as conditions on products.search_text. */
export function wordConditions(q: string | undefined, filter: Filter): void {
  for (const word of searchWords(q)) {
    filter.params.push(`%${escapeLike(word)}%`);
    filter.sql.push(`p.search_text LIKE $${filter.params.length} ESCAPE '\\'`);
  }
}

/** A specification as its facet shows it and its filter names it: "0,7 mm", or "Noir". */
export const specLabel = (alias: string) => `${alias}.value || COALESCE(' ' || ${alias}.unit, '')`;

/**
 * The best offer's unit price TTC: VAT on the HT price at the product's rate, rounded half up
 * per unit (taxOnNet of @vitrine/core). Null without an offer.
 */
export const BEST_PRICE_INCL_TAX =
  '(p.best_price + (p.best_price::bigint * p.vat_rate + 5000) / 10000)::int';

/** A facet leaves out the filter of its own name; each specification is a filter of its own. */
export type FilterName = 'category' | 'brand' | 'seller' | 'stock' | 'price' | `spec ${string}`;

/**
 * The price bounds on the best offer. TTC bounds become HT bounds with each product's VAT rate,
 * exactly, in integers: with h the HT price, r the rate and TTC(h) = h + ⌊(h·r + 5000) / 10000⌋,
 *   TTC(h) ≥ min  ⇔  h·(10000 + r) ≥ 10000·min − 5000
 *   TTC(h) ≤ max  ⇔  h·(10000 + r) ≤ 10000·max + 4999
 * (⌊x⌋ ≥ k ⇔ x ≥ k and ⌊x⌋ ≤ k ⇔ x < k + 1 for a whole k). Never null: a product without an
 * offer is out.
 */
function priceCondition(query: ProductQuery, param: (value: unknown) => string): string | null {
  const { priceMin: min, priceMax: max } = query;
  if (min === undefined && max === undefined) return null;
  const bounds = ['p.best_price IS NOT NULL'];
  if (query.priceIncludesTax) {
    const scaled = 'p.best_price::bigint * (10000 + p.vat_rate)';
    if (min !== undefined) bounds.push(`${scaled} >= ${param(10_000 * min - 5_000)}`);
    if (max !== undefined) bounds.push(`${scaled} <= ${param(10_000 * max + 4_999)}`);
  } else {
    if (min !== undefined) bounds.push(`p.best_price >= ${param(min)}`);
    if (max !== undefined) bounds.push(`p.best_price <= ${param(max)}`);
  }
  return `(${bounds.join(' AND ')})`;
}

/**
 * The query's filters as conditions on products p, by name. `category` is the category's id
 * (null: no category filter). A seller filter keeps the products it has an offer for (any
 * variant); specifications must all be there.
 */
export function filterConditions(
  query: ProductQuery,
  category: string | null,
  params: unknown[],
): Map<FilterName, string> {
  const param = (value: unknown) => `$${params.push(value)}`;
  const filters = new Map<FilterName, string>();
  if (category !== null) filters.set('category', `p.category_id = ${param(category)}`);
  if (query.brand !== undefined) filters.set('brand', `p.brand = ${param(query.brand)}`);
  if (query.seller !== undefined) {
    filters.set(
      'seller',
      `EXISTS (SELECT 1 FROM offers so WHERE so.product_id = p.id AND so.seller_id = ${param(query.seller)})`,
    );
  }
  if (query.inStock) filters.set('stock', 'p.in_stock');
  const price = priceCondition(query, param);
  if (price !== null) filters.set('price', price);
  for (const { name, value } of query.specs ?? []) {
    filters.set(
      `spec ${name}`,
      `EXISTS (SELECT 1 FROM product_specs ps WHERE ps.product_id = p.id
         AND ps.name = ${param(name)} AND ${specLabel('ps')} = ${param(value)})`,
    );
  }
  return filters;
}

/** Words and filters of one statement, with its own parameters. */
export interface SearchConditions {
  readonly params: unknown[];
  readonly words: readonly string[];
  readonly filters: ReadonlyMap<FilterName, string>;
  /** Numbers one more parameter of this statement. */
  param(value: unknown): string;
}

/**
 * The conditions of one statement. `omit` leaves a filter out altogether: a statement must use
 * every parameter it numbers, so a count without a filter cannot just skip its condition.
 */
export function searchConditions(
  query: ProductQuery,
  category: string | null,
  omit?: 'seller',
): SearchConditions {
  const words: Filter = { sql: [], params: [] };
  wordConditions(query.q, words);
  const kept = omit === 'seller' ? { ...query, seller: undefined } : query;
  const filters = filterConditions(kept, category, words.params);
  return {
    params: words.params,
    words: words.sql,
    filters,
    param: (value) => `$${words.params.push(value)}`,
  };
}

/** Every filter but the one named `own`, as one condition ('true' when none is left). */
export function allFiltersBut(conditions: SearchConditions, own?: FilterName): string {
  const kept = [...conditions.filters].filter(([name]) => name !== own).map(([, sql]) => sql);
  return kept.length > 0 ? kept.join(' AND ') : 'true';
}
