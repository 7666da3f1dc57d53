import type { CatalogFacets, CatalogQuery, FacetCount, ProductDetail } from '@vitrine/core';

/** As many values per facet as the reference server sends. */
const FACET_SIZE = 20;

type Filter = (product: ProductDetail) => boolean;

/** The query's two filters, apart, since each facet applies only the other one. */
export function facetFilters(query: CatalogQuery): { category: Filter; brand: Filter } {
  return {
    category: (p) => !query.category || p.category?.id === query.category,
    brand: (p) => !query.brand || p.brand === query.brand,
  };
}

/** Values by how many products have them: most first, then `tie` (a fixed order), `limit` at most. */
export function tally(
  products: readonly ProductDetail[],
  valueOf: (product: ProductDetail) => { id: string; name: string } | undefined,
  tie: (a: FacetCount, b: FacetCount) => number,
  limit = FACET_SIZE,
): FacetCount[] {
  const counts = new Map<string, FacetCount>();
  for (const product of products) {
    const value = valueOf(product);
    if (!value) continue;
    const seen = counts.get(value.id);
    counts.set(value.id, { id: value.id, name: value.name, count: (seen?.count ?? 0) + 1 });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || tie(a, b)).slice(0, limit);
}

/** Code-point order of names, as the server compares them on a tie. */
export const byName = (a: FacetCount, b: FacetCount) =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : 0;

/**
 * Counts over the products that match the search words, the reference server's way: a facet
 * ignores its own filter so that its other values stay selectable (categories are counted within
 * the chosen brand, brands within the chosen category), and availability counts the results.
 * Values without products are left out; ties go to the categories' order and to brand names.
 */
export function countFacets(
  matching: readonly ProductDetail[],
  query: CatalogQuery,
  categoryOrder: readonly string[],
): CatalogFacets {
  const filters = facetFilters(query);
  const position = (id: string) => {
    const index = categoryOrder.indexOf(id);
    return index === -1 ? categoryOrder.length : index;
  };
  const results = matching.filter((p) => filters.category(p) && filters.brand(p));
  const inStock = results.filter((p) => p.offers.some((offer) => offer.stock > 0)).length;
  return {
    categories: tally(
      matching.filter(filters.brand),
      (p) => p.category,
      (a, b) => position(a.id) - position(b.id),
    ),
    brands: tally(
      matching.filter(filters.category),
      (p) => (p.brand ? { id: p.brand, name: p.brand } : undefined),
      byName,
    ),
    availability: { inStock, outOfStock: results.length - inStock },
  };
}
