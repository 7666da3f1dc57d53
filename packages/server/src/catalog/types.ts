/** Shapes of the public catalog API (mirrored by openapi.ts; tests check that they agree). */

export interface PriceExclTax {
  amount: number;
  currency: string;
  includesTax: false;
}

export interface SellerRef {
  id: string;
  name: string;
}

export interface Offer {
  id: string;
  seller: SellerRef;
  price: PriceExclTax;
  stock: number;
  leadTimeDays: number;
}

export interface CategoryRef {
  id: string;
  slug: string;
  name: string;
}

export interface Category extends CategoryRef {
  vatRate: number;
  productCount: number;
}

export interface ProductSummary {
  id: string;
  sku: string;
  slug: string;
  name: string;
  brand: string;
  category: CategoryRef;
  imageUrl: string;
  vatRate: number;
  bestOffer: Offer | null;
  offerCount: number;
  createdAt: string;
}

export interface ProductSpec {
  name: string;
  value: string;
  unit: string | null;
}

export interface ProductDetail extends ProductSummary {
  description: string;
  specs: ProductSpec[];
  offers: Offer[];
}

export const SORTS = ['relevance', 'price_asc', 'price_desc', 'name_asc', 'newest'] as const;
export type ProductSort = (typeof SORTS)[number];

export interface ProductQuery {
  q?: string;
  category?: string;
  sort: ProductSort;
  page: number;
  pageSize: number;
}

export interface ProductPage {
  items: ProductSummary[];
  total: number;
  page: number;
  pageSize: number;
}

/** Relative, so that it works behind any host or proxy; the image route serves it. */
export function productImageUrl(productId: string): string {
  return `/images/products/${encodeURIComponent(productId)}.svg`;
}
