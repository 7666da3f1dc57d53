import type { FacetCount, SearchSuggestions } from '@vitrine/core';
import * as v from 'valibot';

/**
 * Loaded when the visitor first types in the search box: nobody needs it for the page's first
 * paint, and the consumer page's size budget is tight.
 */
const count = v.pipe(v.number(), v.safeInteger(), v.minValue(1));
const values = v.array(v.object({ value: v.string(), label: v.string(), count }));

export const suggestionsSchema = v.object({
  products: v.array(
    v.object({
      id: v.string(),
      name: v.pipe(v.string(), v.minLength(1)),
      sku: v.string(),
      brand: v.optional(v.nullable(v.string())),
    }),
  ),
  categories: values,
  brands: values,
});

type SuggestionsPayload = v.InferOutput<typeof suggestionsSchema>;

const toCounts = (payload: SuggestionsPayload['brands']): FacetCount[] =>
  payload.map(({ value, label, count }) => ({ id: value, name: label, count }));

/** Category ids are slugs and brand ids brand names, as in the facets. */
export function toSuggestions(payload: SuggestionsPayload): SearchSuggestions {
  return {
    products: payload.products.map(({ id, name, sku, brand }) => ({
      id,
      name,
      sku,
      ...(brand && { brand }),
    })),
    categories: toCounts(payload.categories),
    brands: toCounts(payload.brands),
  };
}
