import type { Money } from './money.js';
import type { PriceTier } from './price-resolution.js';
import type { QuantityRules } from './quantity.js';
import type { VatRate } from './tax.js';

/** A price as a backend states it: either net (HT) or gross (TTC), with its VAT rate. */
export interface Price extends Money {
  readonly includesTax: boolean;
  readonly vatRate: VatRate;
  /**
   * Eco-participation per unit, in minor units incl. VAT (French law states it TTC). It is part
   * of `amount` already ("dont éco-participation"), never discounted, and multiplied by the
   * quantity unchanged. Absent: none.
   */
  readonly ecoContribution?: number;
}

export interface SellerRef {
  readonly id: string;
  readonly name: string;
}

export interface CategoryRef {
  readonly id: string;
  readonly name: string;
}

export interface Category extends CategoryRef {
  readonly productCount?: number;
}

export interface Offer {
  readonly id: string;
  readonly seller: SellerRef;
  readonly price: Price;
  /**
   * The public price when the buyer pays less (their price list, a sale): shown struck through
   * next to `price`. Absent: `price` is everyone's.
   */
  readonly regularPrice?: Price;
  readonly stock: number;
  readonly leadTimeDays?: number;
  /** Quantity breaks the buyer sees (paliers dégressifs); absent: one price at any quantity. */
  readonly tiers?: readonly PriceTier[];
  /** Minimum, increment and pack size; absent: any quantity from 1. */
  readonly quantityRules?: QuantityRules;
  /** The variant this offer sells, when the product has variants (see ProductDetail). */
  readonly variantId?: string;
}

export interface ProductSummary {
  readonly id: string;
  readonly sku: string;
  readonly name: string;
  readonly brand?: string;
  readonly imageUrl?: string;
  readonly category?: CategoryRef;
  /** The offer shown and added by default (cheapest in stock); absent when nobody sells it. */
  readonly bestOffer?: Offer;
  readonly offerCount: number;
  /**
   * How many variants (sizes, colours…) the product comes in; above 1 the buyer chooses on the
   * product page, so a card does not add one at random. Absent: one.
   */
  readonly variantCount?: number;
}

export interface ProductSpec {
  readonly name: string;
  readonly value: string;
  readonly unit?: string;
}

/** One choice of a variant, e.g. { name: 'Size', value: 'M' }. */
export interface VariantOption {
  readonly name: string;
  readonly value: string;
}

/** A buyable form of a product (size, colour…); its offers point at it by `variantId`. */
export interface ProductVariant {
  readonly id: string;
  readonly sku: string;
  readonly name: string;
  readonly options: readonly VariantOption[];
}

/** A file the buyer may need: datasheet, safety sheet (FDS), manual, certificate. */
export interface ProductDocument {
  readonly id: string;
  readonly kind: 'datasheet' | 'safety' | 'manual' | 'certificate' | 'other';
  readonly title: string;
  /** Absolute URL of the file. */
  readonly url: string;
  readonly sizeBytes?: number;
}

export interface ProductDetail extends ProductSummary {
  /** Plain text. */
  readonly description: string;
  /**
   * The same description as HTML, when the backend keeps rich text (Vendure does). Untrusted:
   * elements sanitise it before showing it, and show `description` until then.
   */
  readonly descriptionHtml?: string;
  readonly documents?: readonly ProductDocument[];
  readonly specs: readonly ProductSpec[];
  readonly offers: readonly Offer[];
  /** Present when the product comes in several forms; absent: the product is its own variant. */
  readonly variants?: readonly ProductVariant[];
}

export const SORTS = ['relevance', 'price-asc', 'price-desc', 'name-asc', 'newest'] as const;
export type CatalogSort = (typeof SORTS)[number];

export interface CatalogQuery {
  readonly text: string;
  readonly category: string; // category id, '' for all
  /** Brand name to filter on; absent or '' for all (backends with `capabilities.facets`). */
  readonly brand?: string;
  readonly sort: CatalogSort;
  readonly page: number; // from 1
  readonly pageSize: number;
}

export const DEFAULT_QUERY: CatalogQuery = {
  text: '',
  category: '',
  sort: 'relevance',
  page: 1,
  pageSize: 24,
};

/** How many products of the current search fall under one value of a facet. */
export interface FacetCount {
  readonly id: string; // what the query filters by (category id, brand name)
  readonly name: string;
  readonly count: number;
}

export interface CatalogFacets {
  readonly categories: readonly FacetCount[];
  readonly brands: readonly FacetCount[];
  /** Absent when the backend does not count stock. */
  readonly availability?: { readonly inStock: number; readonly outOfStock: number };
}

/** What the search box offers while the visitor types. */
export interface SearchSuggestions {
  /** Best matches first: opening one goes to the product. */
  readonly products: readonly Pick<ProductSummary, 'id' | 'name' | 'sku' | 'brand'>[];
  /** Where the matches are, with how many: searching within one narrows the query. */
  readonly categories: readonly FacetCount[];
  readonly brands: readonly FacetCount[];
}

export interface ProductPage {
  readonly items: readonly ProductSummary[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
  /** Only when asked for (`facets: true`) from a backend with `capabilities.facets`. */
  readonly facets?: CatalogFacets;
}

export function pageCount(page: Pick<ProductPage, 'total' | 'pageSize'>): number {
  return Math.max(1, Math.ceil(page.total / page.pageSize));
}
