import {
  CATALOG_FILTERS,
  splitPrice,
  type CatalogFacets,
  type CatalogFilter,
  type CatalogQuery,
  type FacetCount,
  type PriceFacet,
  type ProductDetail,
  type ProductSpec,
  type SpecFacet,
} from '@vitrine/core';

/*
 * The reference server's filters and counts (packages/server/src/catalog/facets.ts), over data
 * held in memory: each facet counts the products matching every filter but its own.
 */

/** As many values per facet as the reference server sends. */
const FACET_SIZE = 20;
/** Specifications besides the chosen ones, and values per specification, as the server. */
const SPEC_FACETS = 4;
const SPEC_VALUES = 8;

type Filter = (product: ProductDetail) => boolean;

/** A filter's name; each specification is a filter of its own. */
type FilterName = 'category' | 'brand' | 'seller' | 'stock' | 'price' | `spec ${string}`;

/** "0,7 mm": a specification value as its facet shows it and its filter names it. */
export const specLabel = (spec: ProductSpec) =>
  spec.unit ? `${spec.value} ${spec.unit}` : spec.value;

/** The best offer's unit price HT and TTC, whichever way it is stated. */
function unitPrices(product: ProductDetail): { excl: number; incl: number } | undefined {
  return product.bestOffer && splitPrice(product.bestOffer.price);
}

function priceFilter(range: CatalogQuery['price']): Filter | undefined {
  if (range?.min === undefined && range?.max === undefined) return undefined;
  const { min, max, includesTax } = range;
  return (product) => {
    const prices = unitPrices(product);
    if (!prices) return false;
    const amount = includesTax ? prices.incl : prices.excl;
    return (min === undefined || amount >= min) && (max === undefined || amount <= max);
  };
}

/** The query without the filters a backend lacking them would ignore. */
export function withFilters(query: CatalogQuery, filters: readonly CatalogFilter[]): CatalogQuery {
  const { seller, inStock, price, specs, ...rest } = query;
  return {
    ...rest,
    ...(filters.includes('seller') && seller !== undefined && { seller }),
    ...(filters.includes('in-stock') && inStock !== undefined && { inStock }),
    ...(filters.includes('price') && price !== undefined && { price }),
    ...(filters.includes('specs') && specs !== undefined && { specs }),
  };
}

/** The query's filters by name, those set only. */
export function facetFilters(query: CatalogQuery): Map<FilterName, Filter> {
  const filters = new Map<FilterName, Filter>();
  if (query.category) filters.set('category', (p) => p.category?.id === query.category);
  if (query.brand) filters.set('brand', (p) => p.brand === query.brand);
  if (query.seller) {
    filters.set('seller', (p) => p.offers.some((offer) => offer.seller.id === query.seller));
  }
  if (query.inStock) filters.set('stock', (p) => (p.bestOffer?.stock ?? 0) > 0);
  const price = priceFilter(query.price);
  if (price) filters.set('price', price);
  for (const [name, value] of Object.entries(query.specs ?? {})) {
    if (!value) continue;
    filters.set(`spec ${name}`, (p) =>
      p.specs.some((spec) => spec.name === name && specLabel(spec) === value),
    );
  }
  return filters;
}

/**
 * Whether a product passes every filter but the one named `own`. Categories count without the
 * specifications too: they belong to the category chosen, and choosing another drops them.
 */
function passesAllBut(filters: Map<FilterName, Filter>, own?: FilterName): Filter {
  const skipped = (name: FilterName) =>
    name === own || (own === 'category' && name.startsWith('spec '));
  return (product) => [...filters].every(([name, filter]) => skipped(name) || filter(product));
}

/** Values by how many products have them: most first, then `tie` (a fixed order), `limit` at most. */
export function tally(
  products: readonly ProductDetail[],
  valuesOf: (product: ProductDetail) => readonly { id: string; name: string }[],
  tie: (a: FacetCount, b: FacetCount) => number,
  limit = FACET_SIZE,
): FacetCount[] {
  const counts = new Map<string, FacetCount>();
  for (const product of products) {
    for (const value of valuesOf(product)) {
      const seen = counts.get(value.id);
      counts.set(value.id, { id: value.id, name: value.name, count: (seen?.count ?? 0) + 1 });
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || tie(a, b)).slice(0, limit);
}

const codePoints = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Code-point order of names (then ids), as the server compares them on a tie. */
export const byName = (a: FacetCount, b: FacetCount) =>
  codePoints(a.name, b.name) || codePoints(a.id, b.id);

function priceFacet(products: readonly ProductDetail[]): PriceFacet | undefined {
  const priced = products.flatMap((p) => {
    const prices = unitPrices(p);
    return prices ? [{ ...prices, currency: p.bestOffer!.price.currency }] : [];
  });
  if (priced.length === 0) return undefined;
  const bounds = (amounts: number[]) => ({ min: Math.min(...amounts), max: Math.max(...amounts) });
  return {
    currency: priced[0]!.currency,
    exclTax: bounds(priced.map((p) => p.excl)),
    inclTax: bounds(priced.map((p) => p.incl)),
  };
}

/**
 * The specifications worth filtering by, the server's way: ranked within the category (and the
 * search words) by how many products share a value with another one, then by name, with 2 values
 * or more; SPEC_FACETS at most besides the chosen ones, each with 2 values or more among the
 * results. A chosen one always shows, as does its chosen value beyond the SPEC_VALUES kept.
 */
function specFacets(
  matching: readonly ProductDetail[],
  filters: Map<FilterName, Filter>,
  chosen: Readonly<Record<string, string>>,
): SpecFacet[] {
  const valuesOf = (products: readonly ProductDetail[], name: string) =>
    tally(
      products,
      (p) =>
        p.specs
          .filter((spec) => spec.name === name)
          .map((spec) => ({ id: specLabel(spec), name: specLabel(spec) })),
      byName,
      Number.POSITIVE_INFINITY,
    );
  const shared = (values: readonly FacetCount[]) =>
    values.reduce((sum, v) => sum + (v.count >= 2 ? v.count : 0), 0);
  const inCategory = matching.filter(filters.get('category') ?? (() => true));
  const results = matching.filter(passesAllBut(filters));
  const ranked = [...new Set(inCategory.flatMap((p) => p.specs.map((spec) => spec.name)))]
    .map((name) => ({ name, values: valuesOf(inCategory, name) }))
    .filter(({ name, values }) => chosen[name] || (values.length >= 2 && shared(values) > 0))
    .sort((a, b) => shared(b.values) - shared(a.values) || codePoints(a.name, b.name));
  let others = SPEC_FACETS;
  return ranked.flatMap(({ name }) => {
    const value = chosen[name];
    // A chosen specification counts without its own filter; the others count the results.
    const values = valuesOf(
      value ? matching.filter(passesAllBut(filters, `spec ${name}`)) : results,
      name,
    );
    if (!value && (values.length < 2 || others-- <= 0)) return [];
    if (values.length === 0) return [];
    const kept = values.slice(0, SPEC_VALUES);
    const beyond = values.slice(SPEC_VALUES).find((v) => v.id === value);
    return [{ name, values: beyond ? [...kept.slice(0, -1), beyond] : kept }];
  });
}

/**
 * Counts over the products that match the search words, the reference server's way (sellers,
 * price and specifications only for the `supported` filters): a facet
 * ignores its own filter so that its other values stay selectable (categories are counted within
 * the chosen brand, brands within the chosen category…). Values without products are left out;
 * ties go to the categories' order and to names. Specifications only within a category.
 */
export function countFacets(
  matching: readonly ProductDetail[],
  query: CatalogQuery,
  categoryOrder: readonly string[],
  supported: readonly CatalogFilter[] = CATALOG_FILTERS,
): CatalogFacets {
  const filters = facetFilters(query);
  const counted = (own?: FilterName) => matching.filter(passesAllBut(filters, own));
  const position = (id: string) => {
    const index = categoryOrder.indexOf(id);
    return index === -1 ? categoryOrder.length : index;
  };
  const stockCounted = counted('stock');
  const inStock = stockCounted.filter((p) => (p.bestOffer?.stock ?? 0) > 0).length;
  const price = priceFacet(counted('price'));
  return {
    categories: tally(
      counted('category'),
      (p) => (p.category ? [p.category] : []),
      (a, b) => position(a.id) - position(b.id),
    ),
    brands: tally(
      counted('brand'),
      (p) => (p.brand ? [{ id: p.brand, name: p.brand }] : []),
      byName,
    ),
    ...(supported.includes('seller') && {
      sellers: tally(
        counted('seller'),
        (p) => [...new Map(p.offers.map((offer) => [offer.seller.id, offer.seller])).values()],
        byName,
      ),
    }),
    availability: { inStock, outOfStock: stockCounted.length - inStock },
    ...(supported.includes('price') && price && { price }),
    ...(supported.includes('specs') && {
      specs: query.category ? specFacets(matching, filters, query.specs ?? {}) : [],
    }),
  };
}
