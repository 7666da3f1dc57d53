import type { CatalogQuery } from '@vitrine/core';

const SORT_PARAM: Record<CatalogQuery['sort'], string> = {
  relevance: 'relevance',
  'price-asc': 'price_asc',
  'price-desc': 'price_desc',
  'name-asc': 'name_asc',
  newest: 'newest',
  rating: 'rating',
};

/**
 * The query string of `GET /api/products` for a catalog query: filters left empty are left
 * out, price bounds go in minor units with the tax display they were typed in, and each
 * specification is a `spec.<name>=<value>` parameter.
 */
export function listParams(query: CatalogQuery, facets: boolean | undefined): URLSearchParams {
  const params = new URLSearchParams({
    sort: SORT_PARAM[query.sort],
    page: String(query.page),
    pageSize: String(query.pageSize),
  });
  if (query.text) params.set('q', query.text);
  if (query.category) params.set('category', query.category);
  if (query.brand) params.set('brand', query.brand);
  if (query.seller) params.set('seller', query.seller);
  if (query.inStock) params.set('inStock', 'true');
  const { min, max, includesTax } = query.price ?? {};
  if (min !== undefined) params.set('priceMin', String(min));
  if (max !== undefined) params.set('priceMax', String(max));
  if ((min !== undefined || max !== undefined) && includesTax) {
    params.set('priceIncludesTax', 'true');
  }
  for (const [name, value] of Object.entries(query.specs ?? {})) {
    if (value) params.set(`spec.${name}`, value);
  }
  if (facets) params.set('facets', 'true');
  return params;
}
