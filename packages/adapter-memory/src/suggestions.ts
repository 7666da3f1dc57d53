import {
  filterProducts,
  searchWords,
  sortProducts,
  type ProductDetail,
  type ProductIndex,
  type SearchSuggestions,
} from '@vitrine/core';
import { byName, tally } from './facets.js';

/** As many as the reference server suggests. */
const SUGGESTED_PRODUCTS = 6;
const SUGGESTED_GROUPS = 3;

/**
 * The reference server's suggestions over a catalogue held in memory: the first matches in the
 * order of a search by relevance, and the categories and brands holding the most matches. A
 * text without words ("", "-") suggests nothing, as it does on the server.
 */
export function suggestFrom(index: ProductIndex<ProductDetail>, text: string): SearchSuggestions {
  if (searchWords(text).length === 0) return { products: [], categories: [], brands: [] };
  const found = filterProducts(index, { text });
  const matching = Array.from(found, (position) => index.products[position]!);
  const best = sortProducts(index, found, 'relevance', text).subarray(0, SUGGESTED_PRODUCTS);
  return {
    products: Array.from(best, (position) => {
      const { id, name, sku, brand } = index.products[position]!;
      return { id, name, sku, ...(brand && { brand }) };
    }),
    categories: tally(matching, (p) => (p.category ? [p.category] : []), byName, SUGGESTED_GROUPS),
    brands: tally(
      matching,
      (p) => (p.brand ? [{ id: p.brand, name: p.brand }] : []),
      byName,
      SUGGESTED_GROUPS,
    ),
  };
}
