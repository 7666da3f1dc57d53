import {
  VitrineError,
  type CatalogQuery,
  type CatalogSort,
  type CommerceAdapter,
  type ProductPage,
} from '@vitrine/core';
import type { ChannelCache } from './channel.js';
import {
  COLLECTIONS,
  FACET_VALUES,
  PRODUCT,
  PRODUCTS,
  SEARCH,
  SEARCH_WITH_FACETS,
} from './documents.js';
import type { GraphqlRequest } from './graphql.js';
import {
  toFacets,
  toProductDetail,
  toProductSummary,
  type CatalogMapping,
  type CatalogSettings,
} from './map-catalog.js';
import {
  collectionsSchema,
  facetValuesSchema,
  productSchema,
  productsSchema,
  searchSchema,
  searchWithFacetsSchema,
  type ChannelPayload,
} from './schemas.js';

/** Vendure's search sorts by name or price only; relevance is its order without a sort. */
const SEARCH_SORT: Partial<Record<CatalogSort, Record<string, 'ASC' | 'DESC'>>> = {
  'price-asc': { price: 'ASC' },
  'price-desc': { price: 'DESC' },
  'name-asc': { name: 'ASC' },
};

export const CATALOG_SORTS: readonly CatalogSort[] = [
  'relevance',
  'price-asc',
  'price-desc',
  'name-asc',
];

interface CatalogContext {
  readonly request: GraphqlRequest;
  readonly channel: ChannelCache;
  readonly settings: CatalogSettings;
}

type CatalogMethods = Pick<CommerceAdapter, 'listProducts' | 'getProduct' | 'listCategories'>;

/**
 * Listing and search go through `search` (grouped by product): it pages, sorts, filters by
 * collection and facet value, and counts facets. Its items carry price ranges without tax rate
 * or variant, so the page's products are then read with their variants, which carry both.
 */
export function createCatalog(context: CatalogContext): CatalogMethods {
  const { request, channel, settings } = context;
  const brandIds = new Map<string, readonly string[]>();

  function mappingFor(payload: ChannelPayload, categorySlug?: string): CatalogMapping {
    return { ...settings, channel: channel.remember(payload), categorySlug };
  }

  /** Search filters facet values by id; the storefront names a brand. */
  async function idsOfBrand(brand: string, signal?: AbortSignal): Promise<readonly string[]> {
    const known = brandIds.get(brand);
    if (known) return known;
    const { facets } = await request(
      FACET_VALUES,
      { code: settings.brandFacetCode },
      facetValuesSchema,
      { signal },
    );
    const ids = facets.items
      .flatMap((facet) => facet.values)
      .filter((value) => value.name === brand)
      .map((value) => value.id);
    if (ids.length > 0) brandIds.set(brand, ids);
    return ids;
  }

  function searchInput(query: CatalogQuery): Record<string, unknown> {
    if (!CATALOG_SORTS.includes(query.sort)) {
      throw new VitrineError('invalid-input', `Vendure's search cannot sort by ${query.sort}`);
    }
    const sort = SEARCH_SORT[query.sort];
    return {
      term: query.text,
      groupByProduct: true,
      take: query.pageSize,
      skip: (query.page - 1) * query.pageSize,
      ...(sort && { sort }),
      ...(query.category && { collectionSlug: query.category }),
    };
  }

  return {
    async listProducts(query, { signal, facets = false } = {}) {
      const input = searchInput(query);
      const pageOf = { page: query.page, pageSize: query.pageSize };
      if (query.brand) {
        const ids = await idsOfBrand(query.brand, signal);
        if (ids.length === 0) {
          const none = { categories: [], brands: [] };
          return { items: [], total: 0, ...pageOf, ...(facets && { facets: none }) };
        }
        input.facetValueFilters = [{ or: ids }];
      }
      let found: { totalItems: number; items: { productId: string }[] };
      let pageFacets: ProductPage['facets'];
      if (facets) {
        const { search } = await request(SEARCH_WITH_FACETS, { input }, searchWithFacetsSchema, {
          signal,
        });
        found = search;
        pageFacets = toFacets(search.facetValues, search.collections, settings.brandFacetCode);
      } else {
        found = (await request(SEARCH, { input }, searchSchema, { signal })).search;
      }
      const ids = found.items.map((item) => item.productId);
      if (ids.length === 0) {
        return {
          items: [],
          total: found.totalItems,
          ...pageOf,
          ...(pageFacets && { facets: pageFacets }),
        };
      }
      const details = await request(PRODUCTS, { ids, take: ids.length }, productsSchema, {
        signal,
      });
      const mapping = mappingFor(details.activeChannel, query.category || undefined);
      const byId = new Map(details.products.items.map((product) => [product.id, product]));
      // In the search's order; a product the index still lists but the shop no longer sells
      // is left out rather than shown without a price.
      const items = ids.flatMap((id) => {
        const product = byId.get(id);
        return product ? [toProductSummary(product, mapping)] : [];
      });
      return {
        items,
        total: found.totalItems,
        ...pageOf,
        ...(pageFacets && { facets: pageFacets }),
      };
    },

    async getProduct(id, { signal } = {}) {
      const data = await request(PRODUCT, { id }, productSchema, { signal });
      if (!data.product) {
        throw new VitrineError('not-found', 'This product no longer exists.', {
          status: 404,
          fields: [{ path: 'id', message: `No product ${id}` }],
        });
      }
      return toProductDetail(data.product, mappingFor(data.activeChannel));
    },

    async listCategories({ signal } = {}) {
      const { collections } = await request(COLLECTIONS, {}, collectionsSchema, { signal });
      // The slug is what search filters by (collectionSlug), so it is the category's id.
      return collections.items.map(({ slug, name }) => ({ id: slug, name }));
    },
  };
}
