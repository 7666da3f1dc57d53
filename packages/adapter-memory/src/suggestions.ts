import type { FacetCount, ProductDetail, SearchSuggestions } from '@vitrine/core';
import { searchMatcher } from './search.js';

/** As many as the reference server suggests. */
const SUGGESTED_PRODUCTS = 6;
const SUGGESTED_GROUPS = 3;

/** Code-point order, as the server compares names on a tie. */
const byName = (a: FacetCount, b: FacetCount) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

function mostFrequent(
  products: readonly ProductDetail[],
  valueOf: (product: ProductDetail) => { id: string; name: string } | undefined,
): FacetCount[] {
  const counts = new Map<string, FacetCount>();
  for (const product of products) {
    const value = valueOf(product);
    if (!value) continue;
    const seen = counts.get(value.id);
    counts.set(value.id, { ...value, count: (seen?.count ?? 0) + 1 });
  }
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || byName(a, b))
    .slice(0, SUGGESTED_GROUPS);
}

/**
 * The reference server's suggestions over products held in memory: the first matches in the
 * order of a search by relevance (the catalog's own), and the categories and brands holding the
 * most matches. A text without words suggests nothing, as it does on the server.
 */
export function suggestFrom(products: readonly ProductDetail[], text: string): SearchSuggestions {
  if (!text.trim()) return { products: [], categories: [], brands: [] };
  const matching = products.filter(searchMatcher(text));
  return {
    products: matching.slice(0, SUGGESTED_PRODUCTS).map(({ id, name, sku, brand }) => ({
      id,
      name,
      sku,
      ...(brand && { brand }),
    })),
    categories: mostFrequent(matching, (p) => p.category),
    brands: mostFrequent(matching, (p) => (p.brand ? { id: p.brand, name: p.brand } : undefined)),
  };
}
