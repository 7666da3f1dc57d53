import type { Money } from './money.js';
import { decimalMark } from './format.js';
import { decimalFromMinorUnits, minorUnitsFromDecimal } from './money-conversion.js';
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
  /** Published reviews: the mean of 1 to 5 stars (one decimal) and how many; absent: none. */
  readonly rating?: ProductRating;
}

export interface ProductRating {
  readonly average: number;
  readonly count: number;
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

/** One picture of a product (front, detail, in use…) for the product page's gallery. */
export interface ProductImage {
  /** Absolute URL. */
  readonly url: string;
  /** What the picture shows, for people who cannot see it (names the product and the view). */
  readonly alt: string;
}

export interface ProductDetail extends ProductSummary {
  /**
   * Every picture, the main one first. Absent or empty: the summary's `imageUrl` is the only
   * one.
   */
  readonly images?: readonly ProductImage[];
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

/** `rating`: best average first, unrated products last; ties by number of reviews, then name. */
export const SORTS = [
  'relevance',
  'price-asc',
  'price-desc',
  'name-asc',
  'newest',
  'rating',
] as const;
export type CatalogSort = (typeof SORTS)[number];

/**
 * Bounds of the best offer's unit price, in minor units of the shop's currency, both included.
 * Stated the way the visitor saw prices when setting them: VAT rates differ per product, so a
 * TTC bound cannot become one HT bound; the backend converts it with each product's own rate.
 */
export interface PriceRange {
  readonly min?: number;
  readonly max?: number;
  readonly includesTax: boolean;
}

export interface CatalogQuery {
  readonly text: string;
  readonly category: string; // category id, '' for all
  /** Brand name to filter on; absent or '' for all (backends with `capabilities.facets`). */
  readonly brand?: string;
  /** Seller id: products it has an offer for; absent or '' for all (filter `seller`). */
  readonly seller?: string;
  /** Only products whose best offer is in stock (filter `in-stock`). */
  readonly inStock?: boolean;
  /** Absent, or without bounds: any price (filter `price`). */
  readonly price?: PriceRange;
  /**
   * Specification values by specification name, as the facet gives them ("0,4 mm"); a product
   * must have every one (filter `specs`). Specifications differ per category: a new category
   * starts without.
   */
  readonly specs?: Readonly<Record<string, string>>;
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

export interface PriceBounds {
  readonly min: number;
  readonly max: number;
}

/** The cheapest and dearest best-offer unit prices of the results, HT and TTC. */
export interface PriceFacet {
  readonly currency: string;
  readonly exclTax: PriceBounds;
  readonly inclTax: PriceBounds;
}

/** The values of one specification among the results, "0,4 mm" with its unit. */
export interface SpecFacet {
  readonly name: string;
  readonly values: readonly FacetCount[];
}

/**
 * Each facet counts the results of every filter but its own, so that its other values stay
 * selectable; the newer ones are absent from a backend without the matching filter.
 */
export interface CatalogFacets {
  readonly categories: readonly FacetCount[];
  readonly brands: readonly FacetCount[];
  /** By seller id: the products each seller has an offer for. */
  readonly sellers?: readonly FacetCount[];
  /** Absent when the backend does not count stock. */
  readonly availability?: { readonly inStock: number; readonly outOfStock: number };
  /** Absent when no result has a price. */
  readonly price?: PriceFacet;
  /** With a category chosen only: its most telling specifications. */
  readonly specs?: readonly SpecFacet[];
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

// --- Filters ------------------------------------------------------------------------------

/** A price range with at least one bound, else undefined: "no bounds" is no filter. */
function boundedRange(range: PriceRange | undefined): PriceRange | undefined {
  return range && (range.min !== undefined || range.max !== undefined) ? range : undefined;
}

/** The specification filters with a value, by name in code-point order. */
function chosenSpecs(specs: CatalogQuery['specs']): [string, string][] {
  return Object.entries(specs ?? {})
    .filter(([, value]) => value !== '')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** What a query asks, with every way of saying "no filter" (absent, '', false, {}) made one. */
function queryKey(query: CatalogQuery): string {
  const price = boundedRange(query.price);
  return JSON.stringify([
    query.text,
    query.category,
    query.brand ?? '',
    query.seller ?? '',
    query.inStock === true,
    price ? [price.min ?? null, price.max ?? null, price.includesTax] : null,
    chosenSpecs(query.specs),
    query.sort,
    query.page,
    query.pageSize,
  ]);
}

/** Whether two queries ask for the same results (so that nothing needs loading again). */
export function sameQuery(a: CatalogQuery, b: CatalogQuery): boolean {
  return queryKey(a) === queryKey(b);
}

/** Whether anything narrows the results beyond the search words. */
export function hasFilters(query: CatalogQuery): boolean {
  return Boolean(
    query.category ||
    query.brand ||
    query.seller ||
    query.inStock ||
    boundedRange(query.price) ||
    chosenSpecs(query.specs).length > 0,
  );
}

/** An amount as a visitor types it, without symbol or grouping: "12,50" in French. */
export function priceInputText(amount: number, currency: string, locale: string): string {
  return decimalFromMinorUnits(amount, currency).replace('.', decimalMark(locale));
}

/** The most a price bound may be (the reference server's limit too): nine digits. */
const MAX_BOUND = 999_999_999;

/**
 * Minor units of what a visitor typed in a price field: undefined when empty, null when it is
 * not an amount of the currency. "12,50" and "12.50" are read alike in French; in English a
 * comma only groups thousands ("1,249.50"), so "12,50" is refused rather than read as 1250.
 */
export function amountFromInput(
  text: string,
  currency: string,
  locale: string,
): number | null | undefined {
  let digits = text.replace(/[\s\u00a0\u202f]/g, '');
  if (digits === '') return undefined;
  if (decimalMark(locale) === ',') digits = digits.replace(',', '.');
  else if (/^\d{1,3}(,\d{3})+(\.\d*)?$/.test(digits)) digits = digits.replaceAll(',', '');
  if (!/^\d+(\.\d*)?$|^\.\d+$/.test(digits)) return null;
  try {
    const amount = minorUnitsFromDecimal(digits.startsWith('.') ? `0${digits}` : digits, currency);
    return amount <= MAX_BOUND ? amount : null;
  } catch {
    return null; // more decimals than the currency has
  }
}

export type PriceInputProblem = 'min' | 'max' | 'order';

/**
 * The range a visitor typed (either field may be empty), stated in the tax display they see;
 * or which field is wrong: `min` or `max` is not an amount, `order` a minimum above the maximum.
 */
export function priceRangeFromInput(
  text: { readonly min: string; readonly max: string },
  currency: string,
  locale: string,
  includesTax: boolean,
): { readonly range: PriceRange | undefined } | { readonly problem: PriceInputProblem } {
  const min = amountFromInput(text.min, currency, locale);
  if (min === null) return { problem: 'min' };
  const max = amountFromInput(text.max, currency, locale);
  if (max === null) return { problem: 'max' };
  if (min !== undefined && max !== undefined && min > max) return { problem: 'order' };
  if (min === undefined && max === undefined) return { range: undefined };
  return {
    range: {
      ...(min !== undefined && { min }),
      ...(max !== undefined && { max }),
      includesTax,
    },
  };
}
