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
  readonly stock: number;
  readonly leadTimeDays?: number;
  /** Quantity breaks the buyer sees (paliers dégressifs); absent: one price at any quantity. */
  readonly tiers?: readonly PriceTier[];
  /** Minimum, increment and pack size; absent: any quantity from 1. */
  readonly quantityRules?: QuantityRules;
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
}

export interface ProductSpec {
  readonly name: string;
  readonly value: string;
  readonly unit?: string;
}

export interface ProductDetail extends ProductSummary {
  readonly description: string;
  readonly specs: readonly ProductSpec[];
  readonly offers: readonly Offer[];
}

export const SORTS = ['relevance', 'price-asc', 'price-desc', 'name-asc', 'newest'] as const;
export type CatalogSort = (typeof SORTS)[number];

export interface CatalogQuery {
  readonly text: string;
  readonly category: string; // category id, '' for all
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

export interface ProductPage {
  readonly items: readonly ProductSummary[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
}

export function pageCount(page: Pick<ProductPage, 'total' | 'pageSize'>): number {
  return Math.max(1, Math.ceil(page.total / page.pageSize));
}
