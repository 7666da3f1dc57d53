import type { ProductDetail, SearchSuggestions } from '@vitrine/core';
import { byName, tally } from './facets.js';
import { searchMatcher } from './search.js';

/** As many as the reference server suggests. */
const SUGGESTED_PRODUCTS = 6;
const SUGGESTED_GROUPS = 3;

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
    categories: tally(matching, (p) => (p.category ? [p.category] : []), byName, SUGGESTED_GROUPS),
    brands: tally(
      matching,
      (p) => (p.brand ? [{ id: p.brand, name: p.brand }] : []),
      byName,
      SUGGESTED_GROUPS,
    ),
  };
}
