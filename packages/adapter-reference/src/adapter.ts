import { VitrineError, type CatalogQuery, type CommerceAdapter } from '@vitrine/core';
import * as v from 'valibot';
import { requestJson, type HttpOptions } from './http.js';
import { createMappers } from './map.js';
import { cartSchema, categoriesSchema, productDetailSchema, productPageSchema } from './schemas.js';

export interface ReferenceAdapterOptions {
  /** Absolute URL of the reference server, e.g. "https://shop.example/". */
  readonly baseUrl: string;
  /** Replaces the global fetch (tests, or a host that adds headers). */
  readonly fetch?: typeof fetch;
}

const SORT_PARAM: Record<CatalogQuery['sort'], string> = {
  relevance: 'relevance',
  'price-asc': 'price_asc',
  'price-desc': 'price_desc',
  'name-asc': 'name_asc',
  newest: 'newest',
};

const MAX_SUGGEST_LENGTH = 200;

/** Adapter for the Vitrine reference marketplace server. */
export function createReferenceAdapter(options: ReferenceAdapterOptions): CommerceAdapter {
  const base = new URL(options.baseUrl);
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  const map = createMappers(base.href);
  const api = (path: string) => new URL(`api/${path}`, base).href;
  const enc = encodeURIComponent;
  /** The signed-in customer's token: their prices and carts. */
  let token: string | undefined;
  const request = <S extends v.GenericSchema>(path: string, schema: S, options: HttpOptions = {}) =>
    requestJson(fetchImpl, api(path), schema, { ...options, token });

  return {
    id: base.href,
    capabilities: {
      search: true,
      categories: true,
      sorts: ['relevance', 'price-asc', 'price-desc', 'name-asc', 'newest'],
      facets: true,
      suggestions: true,
      variants: false,
      tiers: true,
      signIn: ['persona'],
    },

    async listProducts(query, { signal, facets } = {}) {
      const params = new URLSearchParams({
        sort: SORT_PARAM[query.sort],
        page: String(query.page),
        pageSize: String(query.pageSize),
      });
      if (query.text) params.set('q', query.text);
      if (query.category) params.set('category', query.category);
      if (query.brand) params.set('brand', query.brand);
      if (facets) params.set('facets', 'true');
      const { facets: counts, ...page } = await request(`products?${params}`, productPageSchema, {
        signal,
      });
      return {
        ...page,
        items: page.items.map(map.toProduct),
        ...(counts && { facets: map.toFacets(counts) }),
      };
    },

    async getProduct(id, { signal } = {}) {
      const detail = await request(`products/${enc(id)}`, productDetailSchema, { signal });
      return {
        ...map.toProduct(detail),
        description: detail.description,
        specs: detail.specs.map((spec) => ({
          name: spec.name,
          value: spec.value,
          ...(spec.unit && { unit: spec.unit }),
        })),
        offers: detail.offers.map((offer) => map.toOffer(offer, detail.vatRate)),
        documents: detail.documents.map(({ url, ...document }) => ({
          ...document,
          url: map.url(url)!,
        })),
      };
    },

    async listCategories({ signal } = {}) {
      const { items } = await request('categories', categoriesSchema, { signal });
      return items.map(({ slug, name, productCount }) => ({
        id: slug,
        name,
        ...(productCount !== undefined && { productCount }),
      }));
    },

    async suggest(text, { signal } = {}) {
      const { suggestionsSchema, toSuggestions } = await import('./suggestions.js');
      // The server takes at most 200 characters; suggestions for the start are still apt.
      const params = new URLSearchParams({ q: text.slice(0, MAX_SUGGEST_LENGTH) });
      return toSuggestions(await request(`suggestions?${params}`, suggestionsSchema, { signal }));
    },

    async createCart(currency) {
      const body = { currency };
      return map.toCart(await request('carts', cartSchema, { method: 'POST', body }));
    },

    async getCart(cartId) {
      return map.toCart(await request(`carts/${enc(cartId)}`, cartSchema));
    },

    async addCartLine(cartId, offerId, quantity) {
      const body = { offerId, quantity };
      const path = `carts/${enc(cartId)}/lines`;
      return map.toCart(await request(path, cartSchema, { method: 'POST', body }));
    },

    async updateCartLine(cartId, lineId, quantity) {
      const path = `carts/${enc(cartId)}/lines/${enc(lineId)}`;
      const body = { quantity };
      return map.toCart(await request(path, cartSchema, { method: 'PATCH', body }));
    },

    async removeCartLine(cartId, lineId) {
      const path = `carts/${enc(cartId)}/lines/${enc(lineId)}`;
      return map.toCart(await request(path, cartSchema, { method: 'DELETE' }));
    },

    async signIn(credentials) {
      const { signInPersona } = await import('./sign-in.js');
      const session = await signInPersona(fetchImpl, api('auth/demo-sign-in'), credentials);
      token = session.token;
      return session.customer;
    },

    async signOut() {
      const signedIn = token;
      token = undefined;
      if (!signedIn) return;
      const options = { method: 'POST', token: signedIn } as const;
      await requestJson(fetchImpl, api('auth/sign-out'), v.null(), options).catch(
        (error: unknown) => {
          // An expired token is signed out already.
          if (!(error instanceof VitrineError && error.status === 401)) throw error;
        },
      );
    },
  };
}
