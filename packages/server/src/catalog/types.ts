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
  /** The variant this offer sells (see ProductDetail.variants); null for a product without. */
  variantId: string | null;
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
  /** How many variants (sizes, colours…) the product comes in; 0: none, bought as it is. */
  variantCount: number;
  createdAt: string;
  /** Published reviews; null when there is none. */
  rating: Rating | null;
}

export interface ProductSpec {
  name: string;
  value: string;
  unit: string | null;
}

/** One choice that makes a variant, e.g. { name: 'Pointure', value: '42' }. */
export interface VariantOption {
  name: string;
  value: string;
}

/** A buyable form of a product (size, colour, pack…); its offers name it by `variantId`. */
export interface ProductVariant {
  id: string;
  sku: string;
  /** What a cart line or an order adds to the product's name: "Pointure 42". */
  name: string;
  /** One value per option, options in the order the buyer chooses them. */
  options: VariantOption[];
}

/** One picture of the product page's gallery; `alt` is in the catalogue's language. */
export interface ProductImage {
  url: string;
  alt: string;
}

export interface ProductDetail extends ProductSummary {
  description: string;
  specs: ProductSpec[];
  offers: Offer[];
  documents: ProductDocument[];
  /** In the seller's order; empty for a product without variants. */
  variants: ProductVariant[];
  /**
   * Views of the product, the front (`imageUrl`) first. Always in answers; optional here
   * because the views are drawn, not stored: the catalog service adds them to the stored detail.
   */
  images?: ProductImage[];
}

export const SORTS = [
  'relevance',
  'price_asc',
  'price_desc',
  'name_asc',
  'newest',
  'rating',
] as const;
export type ProductSort = (typeof SORTS)[number];

/** One specification a product must have, e.g. { name: 'Pointe', value: '0,7 mm' }. */
export interface SpecFilter {
  name: string;
  /** The value with its unit, as the facet labels it. */
  value: string;
}

export interface ProductQuery {
  q?: string | undefined;
  category?: string | undefined;
  brand?: string | undefined;
  /** A seller id: products it has an offer for. */
  seller?: string | undefined;
  /** Only products whose best offer is in stock. */
  inStock?: boolean;
  /** Bounds of the best offer's unit price, minor units, both included. */
  priceMin?: number | undefined;
  priceMax?: number | undefined;
  /** The bounds are TTC: each product's VAT rate turns them into HT bounds for it. */
  priceIncludesTax?: boolean;
  specs?: SpecFilter[];
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

export interface PriceBounds {
  min: number;
  max: number;
}

/** The cheapest and dearest best-offer unit prices, HT and TTC (each product's VAT rate). */
export interface PriceFacet {
  currency: string;
  exclTax: PriceBounds;
  inclTax: PriceBounds;
}

/** One specification's values ("0,7 mm": value and unit), most products first. */
export interface SpecFacet {
  name: string;
  values: FacetValue[];
}

/** Each facet counts the products matching every filter but its own. */
export interface Facets {
  categories: FacetValue[];
  brands: FacetValue[];
  /** By seller id: the products the seller has an offer for. */
  sellers: FacetValue[];
  availability: { inStock: number; outOfStock: number };
  /** Null when no product has an offer. */
  price: PriceFacet | null;
  /** Only with a category chosen: its most telling specifications. */
  specs: SpecFacet[];
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

/**
 * One view of the product (see images/views.ts). The front keeps the summary's URL, so the
 * gallery's first picture is the one the card already loaded.
 */
export function productViewImageUrl(productId: string, view: string): string {
  const url = productImageUrl(productId);
  return view === 'front' ? url : `${url}?view=${encodeURIComponent(view)}`;
}
