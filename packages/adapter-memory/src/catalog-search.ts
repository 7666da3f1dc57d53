import {
  filterProducts,
  sortProducts,
  type CatalogFilter,
  type CatalogQuery,
  type ProductDetail,
  type ProductFilter,
  type ProductIndex,
  type ProductPage,
  type ProductSummary,
} from '@vitrine/core';
import { countFacets, facetFilters, withFilters } from './facets.js';

/** The facet filters the index applies itself, on its typed arrays; facets.ts applies the rest. */
const INDEXED_FILTERS: ReadonlySet<string> = new Set(['category', 'brand', 'stock']);

export interface CatalogSearchOptions {
  /** The filters beyond category and brand that apply; the query's others are ignored. */
  readonly filters: readonly CatalogFilter[];
  /** Category ids in their order, which breaks ties between category counts. */
  readonly categoryOrder: readonly string[];
  /** Whether to count the facets. */
  readonly facets: boolean;
}

function summary(product: ProductDetail): ProductSummary {
  const { description: _d, specs: _s, offers: _o, ...rest } = product;
  return rest;
}

/** What the index filters by: the search words, category, brand and stock. */
function indexFilter(query: CatalogQuery): ProductFilter {
  return {
    text: query.text,
    ...(query.category && { category: query.category }),
    ...(query.brand && { brand: query.brand }),
    ...(query.inStock && { inStock: true }),
  };
}

/** Positions of the products the query keeps, in catalogue order. */
function resultPositions(index: ProductIndex<ProductDetail>, query: CatalogQuery): Uint32Array {
  const found = filterProducts(index, indexFilter(query));
  const others = [...facetFilters(query)].flatMap(([name, keeps]) =>
    INDEXED_FILTERS.has(name) ? [] : [keeps],
  );
  if (others.length === 0) return found;
  return found.filter((position) => others.every((keeps) => keeps(index.products[position]!)));
}

const productsAt = (index: ProductIndex<ProductDetail>, positions: Uint32Array) =>
  Array.from(positions, (position) => index.products[position]!);

/**
 * One page of a catalogue query, the reference server's way: the index finds the products
 * holding every search word and sorts them in the server's orders (relevance: names starting
 * with the search, then names containing it, then the rest; prices excl. VAT, products without
 * one last; ratings as shown; ties by name). Facets count the search's matches (facets.ts).
 */
export function searchCatalog(
  index: ProductIndex<ProductDetail>,
  query: CatalogQuery,
  options: CatalogSearchOptions,
): ProductPage {
  const applied = withFilters(query, options.filters);
  const sorted = sortProducts(index, resultPositions(index, applied), query.sort, query.text);
  const start = (query.page - 1) * query.pageSize;
  const page = sorted.subarray(start, start + query.pageSize);
  return {
    items: productsAt(index, page).map(summary),
    total: sorted.length,
    page: query.page,
    pageSize: query.pageSize,
    ...(options.facets && {
      facets: countFacets(
        productsAt(index, filterProducts(index, { text: query.text })),
        applied,
        options.categoryOrder,
        options.filters,
      ),
    }),
  };
}
