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
});

/** Most frequent first; a facet's counts ignore its own filter (the server's rule). */
const facetValues = v.array(v.object({ value: v.string(), label: v.string(), count: nonNegative }));

const facets = v.object({
  categories: facetValues,
  brands: facetValues,
  availability: v.object({ inStock: nonNegative, outOfStock: nonNegative }),
});

export const productPageSchema = v.object({
  items: v.array(productSummary),
  total: nonNegative,
  page: v.pipe(minor, v.minValue(1)),
  pageSize: v.pipe(minor, v.minValue(1)),
  /** Only with facets=true. */
  facets: v.optional(facets),
});

export const productDetailSchema = v.object({
  ...productSummary.entries,
  description: v.optional(v.string(), ''),
  specs: v.array(
    v.object({ name: v.string(), value: v.string(), unit: v.optional(v.nullable(v.string())) }),
  ),
  offers: v.array(offer),
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
export type CartPayload = v.InferOutput<typeof cartSchema>;
export type FacetsPayload = v.InferOutput<typeof facets>;
