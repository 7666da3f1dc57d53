import type { ProductSummary } from '@vitrine/core';

/** Lower-case, without accents: "Café" matches "cafe". */
function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Whether a product matches a search: every word of it appears in the name, brand or SKU
 * (accents and case ignored). The same rule for the results and for the suggestions.
 */
export function searchMatcher(text: string): (product: ProductSummary) => boolean {
  const words = normalise(text).split(/\s+/).filter(Boolean);
  return (product) => {
    const haystack = normalise(`${product.name} ${product.brand ?? ''} ${product.sku}`);
    return words.every((word) => haystack.includes(word));
  };
}
