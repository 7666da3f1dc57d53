import {
  assertLineQuantity,
  memoryStorage,
  VitrineError,
  type CatalogQuery,
  type Category,
  type CommerceAdapter,
  type KeyValueStorage,
  type SellerRef,
  sessionToken,
} from '@vitrine/core';
import { createCustomerMethods } from './customer.js';
import { createMedusaClient } from './http.js';
import { toCart } from './map-cart.js';
import { toProductDetail, toProductSummary } from './map-product.js';
import { chooseMarket, type Market } from './region.js';
import {
  cartResponseSchema,
  categoryListSchema,
  lineDeletedSchema,
  productListSchema,
  regionsSchema,
} from './schemas.js';

export interface MedusaAdapterOptions {
  /** The Medusa server's URL, e.g. "https://shop.example/" (the Store API is under /store). */
  readonly baseUrl: string;
  /** A publishable API key of the sales channel to sell through; sent with every request. */
  readonly publishableKey: string;
  /** The region to sell in; when it spans several countries, also pass `countryCode`. */
  readonly regionId?: string;
  /** The buyer's country (ISO 3166-1 alpha-2): picks the region holding it and its VAT. */
  readonly countryCode?: string;
  /** The seller's name on offers and cart lines; default the server's host name. */
  readonly storeName?: string;
  /** Replaces the global fetch (tests, or a host that adds headers). */
  readonly fetch?: typeof fetch;
  /**
   * Where the signed-in customer's token is kept when the adapter is used without a storefront
   * (memory by default: a reload signs the customer out); pass `browserStorage()` to keep it
   * across reloads and tabs. A storefront keeps it in its own storage instead (`keepSessionIn`).
   */
  readonly sessionStore?: KeyValueStorage;
}

/**
 * Sorts the Store API really offers. It cannot order by price: the price is calculated per
 * request (region, customer, price lists), not a column it sorts on. 'relevance' is Medusa's
 * own order.
 */
const ORDER: Partial<Record<CatalogQuery['sort'], string>> = {
  relevance: '',
  'name-asc': 'title',
  newest: '-created_at',
};

/** What a product list asks for beyond the defaults: prices, stock and categories. */
const PRODUCT_FIELDS = '*variants.calculated_price,+variants.inventory_quantity,*categories';

/** Categories read per request; a shop with more is read page after page. */
const CATEGORY_PAGE = 100;

/** Adapter for a Medusa 2 server's Store API. */
export function createMedusaAdapter(options: MedusaAdapterOptions): CommerceAdapter {
  const base = new URL(options.baseUrl);
  // A customer signs in to the server, whatever the region: one token per server.
  const token = sessionToken(
    options.sessionStore ?? memoryStorage(),
    `vitrine:medusa:${base.href}`,
  );
  const request = createMedusaClient({
    baseUrl: base.href,
    publishableKey: options.publishableKey,
    fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
    session: token,
  });
  const seller: SellerRef = { id: 'store', name: options.storeName ?? base.hostname };
  const enc = encodeURIComponent;

  // Read once; a failure is not kept, so the next call asks again.
  let market: Promise<Market> | undefined;
  function marketOf(): Promise<Market> {
    market ??= request({ path: '/store/regions' }, regionsSchema).then(
      ({ regions }) => chooseMarket(regions, options),
      (error: unknown) => {
        market = undefined;
        throw error;
      },
    );
    return market;
  }

  async function productQuery(params: Record<string, string>): Promise<URLSearchParams> {
    const { regionId, countryCode } = await marketOf();
    return new URLSearchParams({
      ...params,
      region_id: regionId,
      country_code: countryCode,
      fields: PRODUCT_FIELDS,
    });
  }

  const cartPath = (cartId: string, rest = '') => `/store/carts/${enc(cartId)}${rest}`;

  return {
    // Carts belong to a region: another region or country is another backend for persistence.
    id: `medusa:${base.href}#${options.regionId ?? ''}:${options.countryCode?.toLowerCase() ?? ''}`,
    capabilities: {
      search: true,
      categories: true,
      sorts: Object.keys(ORDER) as CatalogQuery['sort'][],
      facets: false,
      suggestions: false,
      variants: true,
      // The Store API prices one unit; quantity prices only show once in a cart (README).
      tiers: false,
      signIn: ['password'],
      quotes: false,
    },

    async listProducts(query, { signal } = {}) {
      const order = ORDER[query.sort];
      if (order === undefined) {
        throw new VitrineError('invalid-input', `Medusa cannot sort by ${query.sort}`);
      }
      const params = await productQuery({
        limit: String(query.pageSize),
        offset: String((query.page - 1) * query.pageSize),
        ...(query.text && { q: query.text }),
        ...(order && { order }),
        ...(query.category && { category_id: query.category }),
      });
      const page = await request({ path: `/store/products?${params}`, signal }, productListSchema);
      return {
        items: page.products.map((product) => toProductSummary(product, seller, query.category)),
        total: page.count,
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    async getProduct(id, { signal } = {}) {
      // The list filtered by id carries the same calculated prices as the catalog.
      const params = await productQuery({ id });
      const { products } = await request(
        { path: `/store/products?${params}`, signal },
        productListSchema,
      );
      const product = products.find((candidate) => candidate.id === id);
      if (!product) throw new VitrineError('not-found', `No product ${id}`, { status: 404 });
      return toProductDetail(product, seller);
    },

    async listCategories({ signal } = {}) {
      const categories: Category[] = [];
      for (let offset = 0; ; offset += CATEGORY_PAGE) {
        const params = new URLSearchParams({
          fields: 'id,name',
          limit: String(CATEGORY_PAGE),
          offset: String(offset),
        });
        const page = await request(
          { path: `/store/product-categories?${params}`, signal },
          categoryListSchema,
        );
        categories.push(...page.product_categories.map(({ id, name }) => ({ id, name })));
        if (page.product_categories.length === 0 || categories.length >= page.count) {
          return categories;
        }
      }
    },

    async createCart(currency) {
      const { regionId, countryCode, currency: regionCurrency } = await marketOf();
      if (currency.toUpperCase() !== regionCurrency) {
        throw new VitrineError(
          'invalid-input',
          `This shop's region sells in ${regionCurrency}, not ${currency}`,
        );
      }
      // The shipping country lets Medusa put tax lines on the items from the first one.
      const body = { region_id: regionId, shipping_address: { country_code: countryCode } };
      const { cart } = await request(
        { method: 'POST', path: '/store/carts', body },
        cartResponseSchema,
      );
      return toCart(cart, seller);
    },

    async getCart(cartId) {
      const { cart } = await request({ path: cartPath(cartId) }, cartResponseSchema);
      return toCart(cart, seller);
    },

    async addCartLine(cartId, offerId, quantity) {
      assertLineQuantity(quantity);
      const body = { variant_id: offerId, quantity };
      const { cart } = await request(
        { method: 'POST', path: cartPath(cartId, '/line-items'), body },
        cartResponseSchema,
      );
      return toCart(cart, seller);
    },

    async updateCartLine(cartId, lineId, quantity) {
      // Medusa would take 0 as a removal: refused here, removeCartLine says it plainly.
      assertLineQuantity(quantity);
      const { cart } = await request(
        {
          method: 'POST',
          path: cartPath(cartId, `/line-items/${enc(lineId)}`),
          body: { quantity },
        },
        cartResponseSchema,
      );
      return toCart(cart, seller);
    },

    async removeCartLine(cartId, lineId) {
      const { parent } = await request(
        { method: 'DELETE', path: cartPath(cartId, `/line-items/${enc(lineId)}`) },
        lineDeletedSchema,
      );
      return toCart(parent, seller);
    },

    ...createCustomerMethods({ request, token }),
  };
}
