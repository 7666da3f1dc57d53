import {
  assertLineQuantity,
  CATALOG_FILTERS,
  VitrineError,
  type Cart,
  type CartLine,
  type CatalogFilter,
  type Category,
  type CommerceAdapter,
  type ProductDetail,
} from '@vitrine/core';
import { createAccountMethods, type MemoryPersona } from './accounts.js';
import { catalogIndex } from './catalog-index.js';
import { searchCatalog } from './catalog-search.js';
import { createQuoteMethods } from './quotes.js';
import { suggestFrom } from './suggestions.js';

export interface MemoryAdapterOptions {
  /** The catalogue, indexed on the first search: changes to the array after it are not seen. */
  readonly products: readonly ProductDetail[];
  readonly categories?: readonly Category[];
  /** Simulated network time, so loading states can be seen. */
  readonly latencyMs?: number;
  /** When set, every call fails with this error (to show error states). */
  readonly failWith?: VitrineError;
  readonly id?: string;
  /**
   * The filters beyond category and brand it applies and counts, as a backend with fewer would
   * (the others in a query are ignored); absent: all of them.
   */
  readonly filters?: readonly CatalogFilter[];
  /** People who may sign in (persona sign-in) and ask for quotes; absent: guests only. */
  readonly personas?: readonly MemoryPersona[];
}

function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (ms <= 0) return resolve();
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });
}

/**
 * A complete adapter over data held in memory: the catalog is searched, sorted and paged in the
 * reference server's orders (through core's product index), and carts are kept per id, exactly
 * as a backend would. Used by Storybook and component tests.
 */
export function createMemoryAdapter(options: MemoryAdapterOptions): CommerceAdapter {
  const carts = new Map<string, Cart>();
  const offers = new Map(
    options.products.flatMap((product) =>
      product.offers.map((offer) => [offer.id, { product, offer }]),
    ),
  );
  // Facet ties go in the categories' order, as the server's go in its category positions.
  const categoryOrder = (
    options.categories ?? options.products.flatMap((p) => (p.category ? [p.category] : []))
  ).map((category) => category.id);
  const filters = options.filters ?? CATALOG_FILTERS;
  let sequence = 0;

  async function settle(signal?: AbortSignal): Promise<void> {
    await wait(options.latencyMs ?? 0, signal);
    if (options.failWith) throw options.failWith;
  }

  function cartOf(cartId: string): Cart {
    const cart = carts.get(cartId);
    if (!cart) throw new VitrineError('not-found', `Unknown cart ${cartId}`, { status: 404 });
    return cart;
  }

  function save(cart: Cart): Cart {
    carts.set(cart.id, cart);
    return structuredClone(cart);
  }

  function withLine(cart: Cart, lineId: string, change: (line: CartLine) => CartLine | null): Cart {
    if (!cart.lines.some((line) => line.id === lineId)) {
      throw new VitrineError('not-found', `Unknown line ${lineId}`, { status: 404 });
    }
    const lines = cart.lines.flatMap((line) => {
      if (line.id !== lineId) return [line];
      const next = change(line);
      return next ? [next] : [];
    });
    return save({ ...cart, lines });
  }

  return {
    id: options.id ?? 'memory',
    capabilities: {
      search: true,
      categories: true,
      sorts: ['relevance', 'price-asc', 'price-desc', 'name-asc', 'rating'],
      facets: true,
      filters,
      suggestions: true,
      variants: false,
      tiers: true,
      signIn: options.personas ? ['persona'] : [],
      quotes: options.personas !== undefined,
    },

    async listProducts(query, { signal, facets = false } = {}) {
      await settle(signal);
      return searchCatalog(catalogIndex(options.products), query, {
        filters,
        categoryOrder,
        facets,
      });
    },

    async getProduct(id, { signal } = {}) {
      await settle(signal);
      const product = options.products.find((p) => p.id === id);
      if (!product) throw new VitrineError('not-found', `Unknown product ${id}`, { status: 404 });
      return product;
    },

    async listCategories({ signal } = {}) {
      await settle(signal);
      return (
        options.categories ?? [
          ...new Map(
            options.products.flatMap((p) => (p.category ? [[p.category.id, p.category]] : [])),
          ).values(),
        ]
      );
    },

    async suggest(text, { signal } = {}) {
      await settle(signal);
      return suggestFrom(catalogIndex(options.products), text);
    },

    async createCart(currency) {
      await settle();
      sequence += 1;
      return save({ id: `cart-${sequence}`, currency, lines: [] });
    },

    async getCart(cartId) {
      await settle();
      return structuredClone(cartOf(cartId));
    },

    async addCartLine(cartId, offerId, quantity) {
      await settle();
      assertLineQuantity(quantity);
      const cart = cartOf(cartId);
      const found = offers.get(offerId);
      if (!found) {
        throw new VitrineError('not-found', `Unknown offer ${offerId}`, {
          status: 404,
          fields: [{ path: 'offerId', message: 'Unknown offer' }],
        });
      }
      if (found.offer.stock <= 0) {
        throw new VitrineError('conflict', `${found.product.name} is out of stock`, {
          status: 409,
        });
      }
      const existing = cart.lines.find((line) => line.offerId === offerId);
      if (existing) {
        return withLine(cart, existing.id, (line) => ({
          ...line,
          quantity: line.quantity + quantity,
        }));
      }
      sequence += 1;
      const { product, offer } = found;
      const line: CartLine = {
        id: `line-${sequence}`,
        offerId,
        productId: product.id,
        sku: product.sku,
        name: product.name,
        seller: offer.seller,
        unitPrice: offer.price,
        quantity,
        ...(product.imageUrl && { imageUrl: product.imageUrl }),
      };
      return save({ ...cart, lines: [...cart.lines, line] });
    },

    async updateCartLine(cartId, lineId, quantity) {
      await settle();
      assertLineQuantity(quantity);
      return withLine(cartOf(cartId), lineId, (line) => ({ ...line, quantity }));
    },

    async removeCartLine(cartId, lineId) {
      await settle();
      return withLine(cartOf(cartId), lineId, () => null);
    },

    ...(options.personas && accountAndQuoteMethods(options.personas, offers, settle)),
  };
}

function accountAndQuoteMethods(
  personas: readonly MemoryPersona[],
  offers: Parameters<typeof createQuoteMethods>[0],
  settle: () => Promise<void>,
): Partial<CommerceAdapter> {
  const { signed, ...accounts } = createAccountMethods(personas, settle);
  return { ...accounts, ...createQuoteMethods(offers, signed, settle) };
}
