import * as v from 'valibot';

/**
 * The Medusa 2 Store API payloads this adapter reads, checked before anything reaches the
 * stores. Objects accept the many fields we do not read (valibot's `object` drops them).
 * Amounts are major-unit numbers (12.61), as Medusa serialises its BigNumbers.
 */
const amount = v.pipe(v.number(), v.finite(), v.minValue(0));
const currencyCode = v.pipe(v.string(), v.regex(/^[a-z]{3}$/i));
const count = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const text = v.nullish(v.string());

const country = v.object({ iso_2: v.pipe(v.string(), v.length(2)) });

export const regionSchema = v.object({
  id: v.string(),
  name: v.string(),
  currency_code: currencyCode,
  countries: v.optional(v.nullable(v.array(country)), []),
});

export const regionsSchema = v.object({ regions: v.array(regionSchema) });

const calculatedPrice = v.object({
  calculated_amount: v.nullable(amount),
  currency_code: currencyCode,
  is_calculated_price_tax_inclusive: v.boolean(),
  /** Present only when Medusa knows the buyer's country (the tax context). */
  calculated_amount_with_tax: v.optional(v.nullable(amount)),
  calculated_amount_without_tax: v.optional(v.nullable(amount)),
  /** The price before a price list (a sale, a customer group's prices) applied. */
  original_amount: v.optional(v.nullable(amount)),
  is_original_price_tax_inclusive: v.optional(v.boolean()),
});

const variantOptionValue = v.object({
  value: v.string(),
  option_id: text,
  option: v.optional(v.nullable(v.object({ title: v.string() }))),
});

const variant = v.object({
  id: v.string(),
  title: text,
  sku: text,
  manage_inventory: v.optional(v.nullable(v.boolean()), false),
  allow_backorder: v.optional(v.nullable(v.boolean()), false),
  /** Sent only when asked for with `+variants.inventory_quantity`. */
  inventory_quantity: v.optional(v.nullable(v.pipe(v.number(), v.safeInteger()))),
  options: v.optional(v.nullable(v.array(variantOptionValue)), []),
  calculated_price: v.optional(v.nullable(calculatedPrice)),
});

const categoryRef = v.object({ id: v.string(), name: v.string() });

const product = v.object({
  id: v.string(),
  title: v.pipe(v.string(), v.minLength(1)),
  description: text,
  handle: text,
  thumbnail: text,
  material: text,
  origin_country: text,
  /** Medusa orders a product's images by `rank` (0 first); it keeps no alt text. */
  images: v.optional(
    v.nullable(v.array(v.object({ url: v.string(), rank: v.optional(v.nullable(v.number())) }))),
    [],
  ),
  options: v.optional(v.nullable(v.array(v.object({ id: v.string(), title: v.string() }))), []),
  categories: v.optional(v.nullable(v.array(categoryRef)), []),
  variants: v.optional(v.nullable(v.array(variant)), []),
});

export const productListSchema = v.object({
  products: v.array(product),
  count,
  offset: count,
  limit: count,
});

export const categoryListSchema = v.object({
  product_categories: v.array(categoryRef),
  count,
  offset: count,
  limit: count,
});

const taxLine = v.object({ rate: v.pipe(v.number(), v.finite(), v.minValue(0)) });

const lineItem = v.object({
  id: v.string(),
  title: text,
  product_title: text,
  variant_title: text,
  variant_id: text,
  product_id: text,
  variant_sku: text,
  thumbnail: text,
  quantity: v.pipe(v.number(), v.safeInteger(), v.minValue(1)),
  unit_price: amount,
  is_tax_inclusive: v.boolean(),
  tax_lines: v.optional(v.nullable(v.array(taxLine)), []),
});

const cart = v.object({
  id: v.string(),
  currency_code: currencyCode,
  items: v.optional(v.nullable(v.array(lineItem)), []),
});

export const cartResponseSchema = v.object({ cart });

/** DELETE of a line answers with the line's id and the cart it left (`parent`). */
export const lineDeletedSchema = v.object({
  id: v.string(),
  deleted: v.literal(true),
  parent: cart,
});

export const tokenSchema = v.object({ token: v.pipe(v.string(), v.minLength(1)) });

export const customerResponseSchema = v.object({
  customer: v.object({
    id: v.string(),
    email: v.string(),
    first_name: text,
    last_name: text,
    company_name: text,
  }),
});

/** Medusa's error body, e.g. `{ "type": "not_allowed", "message": "…" }`. */
export const errorSchema = v.object({ type: v.optional(v.string()), message: v.string() });

export type RegionPayload = v.InferOutput<typeof regionSchema>;
export type ProductPayload = v.InferOutput<typeof product>;
export type VariantPayload = v.InferOutput<typeof variant>;
export type CalculatedPricePayload = v.InferOutput<typeof calculatedPrice>;
export type CartPayload = v.InferOutput<typeof cart>;
export type LineItemPayload = v.InferOutput<typeof lineItem>;
export type CustomerPayload = v.InferOutput<typeof customerResponseSchema>['customer'];
