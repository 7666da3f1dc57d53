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

/** The caller's own unit price at quantity 1 (price list or tier), for signed-in customers. */
export interface YourPrice {
  unitPrice: PriceExclTax;
  rule: 'base' | 'price-list' | 'tier';
  listName: string | null;
}

/** "From 10 units: 11.40 € HT" for the caller (public tiers and their price list's). */
export interface QuantityTier {
  minQuantity: number;
  unitPrice: PriceExclTax;
}

export interface Offer {
  id: string;
  seller: SellerRef;
  price: PriceExclTax;
  stock: number;
  leadTimeDays: number;
  /** Only for a signed-in customer with a price list or customer group. */
  yourPrice?: YourPrice;
  /** Product detail only: where the unit price drops with the quantity. */
  tiers?: QuantityTier[];
}

export interface Rating {
  /** Mean of the published ratings, one decimal (4.3). */
  average: number;
  count: number;
}

export interface ProductDocument {
  id: string;
  kind: 'datasheet' | 'safety' | 'manual' | 'certificate';
  title: string;
  url: string;
  sizeBytes: number;
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
  /** Published reviews; null when there is none. */
  rating: Rating | null;
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
  documents: ProductDocument[];
}

export const SORTS = ['relevance', 'price_asc', 'price_desc', 'name_asc', 'newest'] as const;
export type ProductSort = (typeof SORTS)[number];

export interface ProductQuery {
  q?: string | undefined;
  category?: string | undefined;
  brand?: string | undefined;
  sort: ProductSort;
  page: number;
  pageSize: number;
  facets?: boolean;
}

export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

export interface Facets {
  categories: FacetValue[];
  brands: FacetValue[];
  availability: { inStock: number; outOfStock: number };
}

/** What the search box offers while the visitor types. */
export interface Suggestions {
  /** The words searched, folded (what the suggestions answer). */
  query: string;
  /** Best matches first, at most 6. */
  products: { id: string; name: string; sku: string; brand: string }[];
  /** Where the matching products are: search within one of them. At most 3 each. */
  categories: FacetValue[];
  brands: FacetValue[];
}

export interface ProductPage {
  items: ProductSummary[];
  total: number;
  page: number;
  pageSize: number;
  /** Only when asked for (facets=true). */
  facets?: Facets;
}

/** Relative, so that it works behind any host or proxy; the image route serves it. */
export function productImageUrl(productId: string): string {
  return `/images/products/${encodeURIComponent(productId)}.svg`;
}
