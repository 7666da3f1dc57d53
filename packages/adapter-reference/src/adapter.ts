import { VitrineError, type CommerceAdapter } from '@vitrine/core';
import * as v from 'valibot';
import { requestJson } from './http.js';
import { listParams } from './list-query.js';
import { createMappers } from './map.js';
import { cartSchema, categoriesSchema, productDetailSchema, productPageSchema } from './schemas.js';
import { createSession, sessionRequester } from './session.js';
import { toVariants } from './variants.js';

export interface ReferenceAdapterOptions {
  /** Absolute URL of the reference server, e.g. "https://shop.example/". */
  readonly baseUrl: string;
  /** Replaces the global fetch (tests, or a host that adds headers). */
  readonly fetch?: typeof fetch;
}

const MAX_SUGGEST_LENGTH = 200;

/** Adapter for the Vitrine reference marketplace server. */
export function createReferenceAdapter(options: ReferenceAdapterOptions): CommerceAdapter {
  const base = new URL(options.baseUrl);
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  const map = createMappers(base.href);
  const api = (path: string) => new URL(`api/${path}`, base).href;
  const enc = encodeURIComponent;
  /** The signed-in customer's token and membership: their prices, carts and quotes. */
  const session = createSession();
  const request = sessionRequester(fetchImpl, api, session);

  return {
    id: base.href,
    capabilities: {
      search: true,
      categories: true,
      sorts: ['relevance', 'price-asc', 'price-desc', 'name-asc', 'newest', 'rating'],
      facets: true,
      filters: ['seller', 'in-stock', 'price', 'specs'],
      suggestions: true,
      variants: true,
      tiers: true,
      signIn: ['persona'],
      quotes: true,
    },

    async listProducts(query, { signal, facets } = {}) {
      const params = listParams(query, facets);
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
      const variants = toVariants(detail.variants, detail.offers);
      return {
        ...map.toProduct(detail),
        ...(variants && { variants }),
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
      const url = api('auth/demo-sign-in');
      return (await import('./sign-in.js')).signInPersona(fetchImpl, url, credentials, session);
    },

    async signOut() {
      const signedIn = session.credentials()?.token;
      session.forget();
      if (!signedIn) return;
      const options = { method: 'POST', token: signedIn } as const;
      await requestJson(fetchImpl, api('auth/sign-out'), v.null(), options).catch(
        (error: unknown) => {
          // An expired token is signed out already.
          if (!(error instanceof VitrineError && error.status === 401)) throw error;
        },
      );
    },

    keepSessionIn: (slot) => session.use(slot),

    async currentCustomer({ signal } = {}) {
      if (!session.credentials()) return undefined;
      return (await import('./sign-in.js')).currentCustomer(request, session, signal);
    },

    async switchMembership(membership) {
      const { switchMembership } = await import('./sign-in.js');
      return switchMembership(fetchImpl, api('me'), session, membership);
    },

    async listPersonas({ signal } = {}) {
      return (await import('./sign-in.js')).listPersonas(request, signal);
    },

    async getQuoteDraft(quoteId) {
      return (await import('./quotes.js')).getQuoteDraft(request, quoteId);
    },

    async createQuoteDraft(lines) {
      return (await import('./quotes.js')).createQuoteDraft(request, lines);
    },

    async replaceQuoteDraftLines(quoteId, lines) {
      return (await import('./quotes.js')).replaceQuoteDraftLines(request, quoteId, lines);
    },
  };
}
