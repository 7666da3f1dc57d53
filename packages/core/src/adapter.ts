import type { Cart } from './cart.js';
import type {
  CatalogQuery,
  Category,
  ProductDetail,
  ProductPage,
  SearchSuggestions,
} from './catalog.js';
import type { Customer, Persona, SessionSlot, SignInCredentials, SignInKind } from './customer.js';
import type { QuoteDraft, QuoteLineInput } from './quote-draft.js';
import type { RoundingPolicy } from './rounding.js';

/** Filters a backend may apply, and the query fields they read (see CatalogQuery). */
export const CATALOG_FILTERS = ['seller', 'in-stock', 'price', 'specs'] as const;
export type CatalogFilter = (typeof CATALOG_FILTERS)[number];

/** Whether the backend applies (and counts) a filter. */
export function supportsFilter(capabilities: AdapterCapabilities, filter: CatalogFilter): boolean {
  return capabilities.facets && (capabilities.filters?.includes(filter) ?? false);
}

/** What a backend can do; elements hide what it cannot instead of failing. */
export interface AdapterCapabilities {
  readonly search: boolean;
  readonly categories: boolean;
  readonly sorts: readonly CatalogQuery['sort'][];
  /** listProducts counts categories and brands (and stock) when asked, and filters by brand. */
  readonly facets: boolean;
  /**
   * The filters beyond category and brand that listProducts applies, each counted in the facets
   * when asked (sellers, availability, price bounds, specifications). Absent: none.
   */
  readonly filters?: readonly CatalogFilter[];
  /** `suggest` answers while the visitor types in the search box. */
  readonly suggestions: boolean;
  /** Products may come in variants (size, colour…), each with its own offers. */
  readonly variants: boolean;
  /** Offers may carry quantity tiers. */
  readonly tiers: boolean;
  /** The kinds of sign-in the backend takes; empty: guests only (no signIn method). */
  readonly signIn: readonly SignInKind[];
  /**
   * Company members may ask sellers for quotes: the quote-draft methods exist. Whether the
   * customer signed in may is in their `permissions`. Absent: no quotes.
   */
  readonly quotes?: boolean;
  /**
   * How the backend rounds VAT on every cart, when it is the same for all (a cart's own
   * `rounding` wins). Absent: half-up per line.
   */
  readonly rounding?: RoundingPolicy;
}

export interface RequestOptions {
  readonly signal?: AbortSignal;
}

export interface ListOptions extends RequestOptions {
  /** Ask for `facets` with the page (ignored without `capabilities.facets`). */
  readonly facets?: boolean;
}

/**
 * The contract every backend adapter implements. Adapters validate what the backend sends and
 * turn it into these types; anything wrong becomes a VitrineError. Adapters never touch the DOM.
 */
export interface CommerceAdapter {
  /** Identifies the backend (e.g. its base URL); keys what is persisted for it. */
  readonly id: string;
  readonly capabilities: AdapterCapabilities;

  listProducts(query: CatalogQuery, options?: ListOptions): Promise<ProductPage>;
  getProduct(id: string, options?: RequestOptions): Promise<ProductDetail>;
  listCategories(options?: RequestOptions): Promise<readonly Category[]>;
  /** Suggestions for a search being typed (`capabilities.suggestions`). */
  suggest?(text: string, options?: RequestOptions): Promise<SearchSuggestions>;

  createCart(currency: string): Promise<Cart>;
  /** Rejects with a not-found VitrineError when the cart no longer exists. */
  getCart(cartId: string): Promise<Cart>;
  addCartLine(cartId: string, offerId: string, quantity: number): Promise<Cart>;
  updateCartLine(cartId: string, lineId: string, quantity: number): Promise<Cart>;
  removeCartLine(cartId: string, lineId: string): Promise<Cart>;

  /**
   * Signs in (kinds listed in `capabilities.signIn`); later requests act for the customer, whose
   * prices may differ. Wrong credentials reject with a validation VitrineError.
   */
  signIn?(credentials: SignInCredentials): Promise<Customer>;
  /** Forgets the customer; later requests are a guest's. */
  signOut?(): Promise<void>;
  /**
   * Gives the adapter a place in the storefront's storage for its session (token, membership),
   * before any request: a reload keeps the customer signed in.
   */
  keepSessionIn?(slot: SessionSlot): void;
  /** The customer of the session kept in the slot, read again; undefined: a guest. */
  currentCustomer?(options?: RequestOptions): Promise<Customer | undefined>;
  /** The demo personas (`capabilities.signIn` includes 'persona'). */
  listPersonas?(options?: RequestOptions): Promise<readonly Persona[]>;
  /**
   * Acts through another of the customer's memberships from now on (the role switcher); answers
   * the customer as that membership sees it. Another person's membership: a validation error.
   */
  switchMembership?(membershipId: string): Promise<Customer>;

  /** A quote the customer asked for (`capabilities.quotes`); not-found when it is not theirs. */
  getQuoteDraft?(quoteId: string): Promise<QuoteDraft>;
  /** Starts a draft quote request to the one seller of every line. */
  createQuoteDraft?(lines: readonly QuoteLineInput[]): Promise<QuoteDraft>;
  /** Replaces every line of a draft; a conflict when it is no longer a draft. */
  replaceQuoteDraftLines?(quoteId: string, lines: readonly QuoteLineInput[]): Promise<QuoteDraft>;
}
