import * as v from 'valibot';

/** The reference server's payloads, checked before anything reaches the stores. */
const minor = v.pipe(v.number(), v.safeInteger());
const nonNegative = v.pipe(minor, v.minValue(0));
const currency = v.pipe(v.string(), v.regex(/^[A-Z]{3}$/));

const money = v.object({ amount: minor, currency });
const price = v.object({ amount: nonNegative, currency, includesTax: v.boolean() });
const vatRate = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000));
const seller = v.object({ id: v.string(), name: v.string() });

const offer = v.object({
  id: v.string(),
  seller,
  price,
  stock: nonNegative,
  leadTimeDays: v.optional(v.nullable(nonNegative)),
  /** For a signed-in customer: their own unit price (price list), next to the public one. */
  yourPrice: v.optional(v.object({ unitPrice: price })),
  /** Product detail only: quantities from which the unit price drops. */
  tiers: v.optional(
    v.array(v.object({ minQuantity: v.pipe(minor, v.minValue(2)), unitPrice: price })),
  ),
  /** The variant sold, one of the product's `variants`; null (or absent) for a simple product. */
  variantId: v.optional(v.nullable(v.pipe(v.string(), v.minLength(1)))),
});

/** A form of the product (size, colour…); an older server sends none. */
const variant = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  sku: v.string(),
  name: v.string(),
  options: v.pipe(
    v.array(v.object({ name: v.pipe(v.string(), v.minLength(1)), value: v.string() })),
    v.minLength(1),
  ),
});

const productSummary = v.object({
  id: v.string(),
  sku: v.string(),
  name: v.pipe(v.string(), v.minLength(1)),
  brand: v.optional(v.nullable(v.string())),
  imageUrl: v.optional(v.nullable(v.string())),
  category: v.optional(v.nullable(v.object({ slug: v.string(), name: v.string() }))),
  vatRate,
  bestOffer: v.nullable(offer),
  offerCount: nonNegative,
  /** 0: no variants; an older server sends none. */
  variantCount: v.optional(nonNegative),
  /** Published reviews, 1 to 5 stars on average; null: none. */
  rating: v.optional(
    v.nullable(
      v.object({
        average: v.pipe(v.number(), v.minValue(1), v.maxValue(5)),
        count: v.pipe(minor, v.minValue(1)),
      }),
    ),
  ),
});

/** Most frequent first; a facet's counts ignore its own filter (the server's rule). */
const facetValues = v.array(v.object({ value: v.string(), label: v.string(), count: nonNegative }));

const priceBounds = v.pipe(
  v.object({ min: nonNegative, max: nonNegative }),
  v.check(({ min, max }) => min <= max, 'The lowest price is above the highest'),
);

/** Sellers, price bounds and specifications: absent from an older server. */
const facets = v.object({
  categories: facetValues,
  brands: facetValues,
  sellers: v.optional(facetValues),
  availability: v.object({ inStock: nonNegative, outOfStock: nonNegative }),
  price: v.optional(v.nullable(v.object({ currency, exclTax: priceBounds, inclTax: priceBounds }))),
  specs: v.optional(v.array(v.object({ name: v.string(), values: facetValues }))),
});

export const productPageSchema = v.object({
  items: v.array(productSummary),
  total: nonNegative,
  page: v.pipe(minor, v.minValue(1)),
  pageSize: v.pipe(minor, v.minValue(1)),
  /** Only with facets=true. */
  facets: v.optional(facets),
});

const productImages = v.array(v.object({ url: v.string(), alt: v.string() }));

export const productDetailSchema = v.object({
  ...productSummary.entries,
  description: v.optional(v.string(), ''),
  specs: v.array(
    v.object({ name: v.string(), value: v.string(), unit: v.optional(v.nullable(v.string())) }),
  ),
  offers: v.array(offer),
  /** In the seller's order; empty (or absent) for a product without variants. */
  variants: v.optional(v.array(variant), []),
  documents: v.optional(
    v.array(
      v.object({
        id: v.string(),
        kind: v.picklist(['datasheet', 'safety', 'manual', 'certificate']),
        title: v.string(),
        url: v.string(),
        sizeBytes: nonNegative,
      }),
    ),
    [],
  ),
  /** The gallery, front first; a server without one sends none (the summary's picture then). */
  images: v.optional(productImages, []),
});

export const categoriesSchema = v.object({
  items: v.array(
    v.object({ slug: v.string(), name: v.string(), productCount: v.optional(nonNegative) }),
  ),
});

export const cartSchema = v.object({
  id: v.string(),
  currency,
  lines: v.array(
    v.object({
      id: v.string(),
      offerId: v.string(),
      productId: v.string(),
      sku: v.string(),
      name: v.string(),
      imageUrl: v.optional(v.nullable(v.string())),
      seller: v.optional(v.nullable(seller)),
      unitPrice: price,
      vatRate,
      quantity: v.pipe(minor, v.minValue(1)),
    }),
  ),
  totals: v.optional(v.object({ exclTax: money, tax: money, inclTax: money })),
});

export const errorSchema = v.object({
  error: v.object({
    code: v.string(),
    message: v.string(),
    fields: v.optional(v.array(v.object({ path: v.string(), message: v.string() }))),
  }),
});

export type ProductSummaryPayload = v.InferOutput<typeof productSummary>;
export type OfferPayload = v.InferOutput<typeof offer>;
export type VariantPayload = v.InferOutput<typeof variant>;
export type ProductImagesPayload = v.InferOutput<typeof productImages>;
export type CartPayload = v.InferOutput<typeof cartSchema>;
export type FacetsPayload = v.InferOutput<typeof facets>;
