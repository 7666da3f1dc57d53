import { SUPPORTED_CURRENCIES } from '../cart/types.js';
import type { Queryable } from '../db.js';
import {
  allFiltersBut,
  BEST_PRICE_INCL_TAX,
  searchConditions,
  specLabel,
  where,
  type FilterName,
} from './filters.js';
import type { FacetValue, Facets, PriceFacet, ProductQuery, SpecFacet } from './types.js';

/*
 * Facet counts: each counts the products that match the words and every filter but its own, so
 * that its other values stay selectable (a product counts once per value it has).
 */

const FACET_SIZE = 20;
/** Specifications shown for a category, besides the ones chosen, and values per specification. */
const SPEC_FACETS = 4;
const SPEC_VALUES = 8;

const codePoints = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const mostFirst = (a: FacetValue, b: FacetValue) =>
  b.count - a.count || codePoints(a.label, b.label) || codePoints(a.value, b.value);

interface MainRow {
  category_id: string | null;
  brand: string | null;
  grouped_by: number;
  by_category: number;
  by_brand: number;
  total: number;
  in_stock: number;
  out_of_stock: number;
  min_excl: number | null;
  max_excl: number | null;
  min_incl: number | null;
  max_incl: number | null;
}

/**
 * Total, categories, brands, availability and price bounds: one pass over the products. Each
 * filter is worked out once per product (a column `ok_<n>`). Categories count without the
 * specifications too: they belong to the category chosen, and choosing another drops them.
 * Only the products failing at most one filter are read (the category and its specifications
 * taken as one): with two an OR that indexes can serve, with more a sum.
 */
async function countProducts(db: Queryable, query: ProductQuery, category: string | null) {
  const c = searchConditions(query, category);
  const names = [...c.filters.keys()];
  const ok = (name: FilterName) => `ok_${names.indexOf(name)}`;
  const ofCategory = (name: FilterName) => name === 'category' || name.startsWith('spec ');
  const but = (own?: FilterName) => {
    const kept = names.filter((name) => (own === 'category' ? !ofCategory(name) : name !== own));
    return kept.length === 0 ? 'true' : kept.map(ok).join(' AND ');
  };
  // Each unit as names of filters: the category with its specifications, then one per filter.
  const units = [
    ...(names.some(ofCategory) ? [names.filter(ofCategory)] : []),
    ...names.filter((name) => !ofCategory(name)).map((name) => [name]),
  ];
  const inner = [...c.words];
  if (units.length === 2) {
    const met = units.map((unit) => unit.map((name) => c.filters.get(name)!).join(' AND '));
    inner.push(`((${met.join(') OR (')}))`);
  }
  const outer =
    units.length > 2
      ? [
          `(${units.map((unit) => `(${unit.map(ok).join(' AND ')})::int`).join(' + ')}) >= ${units.length - 1}`,
        ]
      : [];
  const rows = await db.query<MainRow>(
    `SELECT category_id, brand,
            GROUPING(category_id, brand)::int AS grouped_by,
            count(*) FILTER (WHERE ${but('category')})::int AS by_category,
            count(*) FILTER (WHERE ${but('brand')})::int AS by_brand,
            count(*) FILTER (WHERE ${but()})::int AS total,
            count(*) FILTER (WHERE ${but('stock')} AND in_stock)::int AS in_stock,
            count(*) FILTER (WHERE ${but('stock')} AND NOT in_stock)::int AS out_of_stock,
            min(price_excl) FILTER (WHERE ${but('price')}) AS min_excl,
            max(price_excl) FILTER (WHERE ${but('price')}) AS max_excl,
            min(price_incl) FILTER (WHERE ${but('price')}) AS min_incl,
            max(price_incl) FILTER (WHERE ${but('price')}) AS max_incl
     FROM (
       SELECT p.category_id, p.brand, p.in_stock, p.best_price AS price_excl,
              ${BEST_PRICE_INCL_TAX} AS price_incl
              ${names.map((name) => `, ${c.filters.get(name)!} AS ${ok(name)}`).join('\n')}
       FROM products p ${where(inner)}
     ) counted ${where(outer)}
     GROUP BY GROUPING SETS ((category_id), (brand), ())`,
    c.params,
  );
  // GROUPING(): 1 = grouped by category only, 2 = by brand only, 3 = the grand total.
  return {
    byCategory: rows.filter((r) => r.grouped_by === 1 && r.by_category > 0),
    byBrand: rows.filter((r) => r.grouped_by === 2 && r.by_brand > 0),
    all: rows.find((r) => r.grouped_by === 3),
  };
}

/** Sellers by the products they have an offer for (a product counts once per seller). */
async function countSellers(
  db: Queryable,
  query: ProductQuery,
  category: string | null,
): Promise<FacetValue[]> {
  const c = searchConditions(query, category, 'seller');
  const rows = await db.query<{ id: string; name: string; count: number }>(
    `SELECT s.id, s.name, count(DISTINCT p.id)::int AS count
     FROM products p JOIN offers o ON o.product_id = p.id JOIN sellers s ON s.id = o.seller_id
     ${where([...c.words, allFiltersBut(c)])}
     GROUP BY s.id, s.name`,
    c.params,
  );
  return rows
    .map((r) => ({ value: r.id, label: r.name, count: r.count }))
    .sort(mostFirst)
    .slice(0, FACET_SIZE);
}

interface SpecRow {
  /** `rank`: within the category and the words only; `count`: as the facet counts. */
  scope: 'rank' | 'count';
  name: string;
  label: string;
  count: number;
}

/**
 * Specification values within the chosen category, twice: as the facet counts them (a chosen
 * specification without its own filter, so its other values stay selectable; the others within
 * the results), and within the category alone, which decides the specifications worth showing
 * whatever the other filters narrow.
 */
async function countSpecs(
  db: Queryable,
  query: ProductQuery,
  category: string,
): Promise<SpecRow[]> {
  const c = searchConditions(query, category);
  const chosen = (query.specs ?? []).map((spec) => spec.name);
  // Grouped in code-point order ("C"): the values are sorted here anyway, and a locale's
  // collation costs more than the rest of the query.
  const branch = (scope: SpecRow['scope'], conditions: string[]) =>
    `SELECT '${scope}' AS scope, s.name COLLATE "C" AS name,
            (${specLabel('s')}) COLLATE "C" AS label, count(*)::int AS count
     FROM products p JOIN product_specs s ON s.product_id = p.id
     ${where([...c.words, ...conditions])}
     GROUP BY 2, 3`;
  // The category alone: counting and ranking read the same products, once.
  if (c.filters.size === 1) {
    const rows = await db.query<SpecRow>(branch('rank', [c.filters.get('category')!]), c.params);
    return [...rows, ...rows.map((row) => ({ ...row, scope: 'count' as const }))];
  }
  const branches = chosen.map((name) =>
    branch('count', [allFiltersBut(c, `spec ${name}`), `s.name = ${c.param(name)}`]),
  );
  const others = chosen.length > 0 ? [`s.name <> ALL(${c.param(chosen)}::text[])`] : [];
  branches.push(branch('count', [allFiltersBut(c), ...others]));
  branches.push(branch('rank', [c.filters.get('category')!]));
  return db.query(branches.join('\nUNION ALL\n'), c.params);
}

/**
 * The specifications worth filtering by, ranked within the category: with 2 values or more, by
 * how many products share a value with another one (a value held by one product only narrows to
 * that product, as a reference number would), then by name. At most SPEC_FACETS of them besides
 * the chosen ones, each with 2 values or more among the results; a chosen one always shows, as
 * does its chosen value beyond the SPEC_VALUES kept.
 */
export function telling(
  rows: readonly SpecRow[],
  chosen: ReadonlyMap<string, string>,
): SpecFacet[] {
  const grouped = (scope: SpecRow['scope']) => {
    const byName = new Map<string, FacetValue[]>();
    for (const row of rows.filter((r) => r.scope === scope)) {
      const values = byName.get(row.name) ?? [];
      values.push({ value: row.label, label: row.label, count: row.count });
      byName.set(row.name, values);
    }
    return byName;
  };
  const counted = grouped('count');
  const shared = (values: readonly FacetValue[]) =>
    values.reduce((sum, v) => sum + (v.count >= 2 ? v.count : 0), 0);
  const ranked = [...grouped('rank')]
    .filter(([name, values]) => chosen.has(name) || (values.length >= 2 && shared(values) > 0))
    .sort(([a, x], [b, y]) => shared(y) - shared(x) || codePoints(a, b))
    .map(([name]) => name);
  let others = SPEC_FACETS;
  return ranked.flatMap((name) => {
    const values = (counted.get(name) ?? []).sort(mostFirst);
    const value = chosen.get(name);
    if (value === undefined && (values.length < 2 || others-- <= 0)) return [];
    if (values.length === 0) return [];
    const kept = values.slice(0, SPEC_VALUES);
    const beyond = values.slice(SPEC_VALUES).find((v) => v.value === value);
    return [{ name, values: beyond ? [...kept.slice(0, -1), beyond] : kept }];
  });
}

function priceFacet(row: MainRow | undefined): PriceFacet | null {
  if (row?.min_excl == null) return null;
  return {
    // The catalog is priced in the one currency carts take.
    currency: SUPPORTED_CURRENCIES[0],
    exclTax: { min: row.min_excl, max: row.max_excl! },
    inclTax: { min: row.min_incl!, max: row.max_incl! },
  };
}

/**
 * The total and every facet of a search. `category` is the chosen category's id (null: none);
 * specifications are counted only within one.
 */
export async function countsAndFacets(
  db: Queryable,
  query: ProductQuery,
  category: string | null,
): Promise<{ total: number; facets: Facets }> {
  const [products, sellers, specRows, categories] = await Promise.all([
    countProducts(db, query, category),
    countSellers(db, query, category),
    category === null ? Promise.resolve([]) : countSpecs(db, query, category),
    db.query<{ id: string; slug: string; name: string }>(
      'SELECT id, slug, name FROM categories ORDER BY position, name, id',
    ),
  ]);
  const position = new Map(categories.map((c, index) => [c.id, index]));
  const categoryFacet = products.byCategory
    .map((r) => {
      const c = categories[position.get(r.category_id!)!]!;
      return { value: c.slug, label: c.name, count: r.by_category, position: position.get(c.id)! };
    })
    .sort((a, b) => b.count - a.count || a.position - b.position)
    .slice(0, FACET_SIZE)
    .map(({ value, label, count }) => ({ value, label, count }));
  const brandFacet = products.byBrand
    .map((r) => ({ value: r.brand!, label: r.brand!, count: r.by_brand }))
    .sort(mostFirst)
    .slice(0, FACET_SIZE);
  const chosen = new Map((query.specs ?? []).map(({ name, value }) => [name, value]));
  return {
    total: products.all?.total ?? 0,
    facets: {
      categories: categoryFacet,
      brands: brandFacet,
      sellers,
      availability: {
        inStock: products.all?.in_stock ?? 0,
        outOfStock: products.all?.out_of_stock ?? 0,
      },
      price: priceFacet(products.all),
      specs: telling(specRows, chosen),
    },
  };
}
