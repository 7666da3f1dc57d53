import * as v from 'valibot';

/** The Shop API's answers, checked before anything reaches the stores. */
const id = v.pipe(v.string(), v.minLength(1));
const name = v.string();
const count = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
/** Vendure's `Money` scalar: integer minor units. */
const money = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const currency = v.pipe(v.string(), v.regex(/^[A-Z]{3}$/));
/** Tax rates are percentages (`19`, `5.5`); core turns them into basis points. */
const percent = v.pipe(v.number(), v.minValue(0), v.maxValue(100));

const channel = v.object({ code: v.string(), pricesIncludeTax: v.boolean() });

/**
 * `stockLevel` is a String! whose content the shop's StockDisplayStrategy decides: by default
 * "IN_STOCK" / "LOW_STOCK" / "OUT_OF_STOCK", or a count with a custom strategy.
 */
const stockLevel = v.union([v.string(), count]);

const variant = v.object({
  id,
  sku: v.string(),
  name,
  currencyCode: currency,
  price: money,
  priceWithTax: money,
  stockLevel,
  options: v.array(v.object({ code: v.string(), name, group: v.object({ code: v.string() }) })),
  taxRateApplied: v.object({ value: percent }),
});

const product = v.object({
  id,
  name: v.pipe(v.string(), v.minLength(1)),
  slug: v.string(),
  description: v.string(),
  featuredAsset: v.nullable(v.object({ preview: v.string() })),
  facetValues: v.array(v.object({ code: v.string(), name, facet: v.object({ code: v.string() }) })),
  collections: v.array(v.object({ slug: v.string(), name })),
  optionGroups: v.array(
    v.object({ code: v.string(), name, options: v.array(v.object({ code: v.string(), name })) }),
  ),
  variants: v.array(variant),
});

export const channelSchema = v.object({ activeChannel: channel });

export const productsSchema = v.object({
  activeChannel: channel,
  products: v.object({ items: v.array(product) }),
});

export const productSchema = v.object({ activeChannel: channel, product: v.nullable(product) });

const searchItems = { totalItems: count, items: v.array(v.object({ productId: id })) };

export const searchSchema = v.object({ search: v.object(searchItems) });

const facetValueCounts = v.array(
  v.object({
    count,
    facetValue: v.object({ code: v.string(), name, facet: v.object({ code: v.string() }) }),
  }),
);
const collectionCounts = v.array(
  v.object({ count, collection: v.object({ slug: v.string(), name }) }),
);

export const searchWithFacetsSchema = v.object({
  search: v.object({
    ...searchItems,
    facetValues: facetValueCounts,
    collections: collectionCounts,
  }),
});

export const collectionsSchema = v.object({
  collections: v.object({ items: v.array(v.object({ slug: v.string(), name })) }),
});

export const facetValuesSchema = v.object({
  facets: v.object({ items: v.array(v.object({ values: v.array(v.object({ id, name })) })) }),
});

const orderLine = v.object({
  id,
  quantity: v.pipe(count, v.minValue(1)),
  proratedUnitPrice: money,
  proratedUnitPriceWithTax: money,
  taxRate: percent,
  productVariant: v.object({ id, sku: v.string(), name, productId: id }),
});

const order = v.object({ code: id, currencyCode: currency, lines: v.array(orderLine) });

/** Vendure answers "errors as data": an ErrorResult in place of the order. */
const errorResult = v.object({
  __typename: v.pipe(v.string(), v.notValue('Order')),
  errorCode: v.string(),
  message: v.string(),
  quantityAvailable: v.optional(count),
});

const orderOrError = v.variant('__typename', [
  v.object({ __typename: v.literal('Order'), ...order.entries }),
  errorResult,
]);

export const activeOrderSchema = v.object({ activeOrder: v.nullable(order) });
export const addItemSchema = v.object({ addItemToOrder: orderOrError });
export const adjustLineSchema = v.object({ adjustOrderLine: orderOrError });
export const removeLineSchema = v.object({ removeOrderLine: orderOrError });

export const signInSchema = v.object({
  login: v.variant('__typename', [
    v.object({ __typename: v.literal('CurrentUser'), id, identifier: v.string() }),
    errorResult,
  ]),
});

export const signOutSchema = v.object({ logout: v.object({ success: v.boolean() }) });

/** Null for a guest: Vendure has an active customer only for a session with a signed-in user. */
export const activeCustomerSchema = v.object({
  activeCustomer: v.nullable(
    v.object({
      id,
      firstName: v.string(),
      lastName: v.string(),
      emailAddress: v.string(),
      user: v.object({ id }),
    }),
  ),
});

/** The GraphQL envelope: `data`, and `errors` when something failed outside the data. */
export const envelopeSchema = v.object({
  data: v.optional(v.nullable(v.unknown())),
  errors: v.optional(
    v.array(
      v.object({
        message: v.string(),
        path: v.optional(v.array(v.union([v.string(), v.number()]))),
        extensions: v.optional(v.object({ code: v.optional(v.string()) })),
      }),
    ),
  ),
});

export type ChannelPayload = v.InferOutput<typeof channel>;
export type ProductPayload = v.InferOutput<typeof product>;
export type VariantPayload = v.InferOutput<typeof variant>;
export type OrderPayload = v.InferOutput<typeof order>;
export type ErrorResultPayload = v.InferOutput<typeof errorResult>;
export type FacetValueCounts = v.InferOutput<typeof facetValueCounts>;
export type CollectionCounts = v.InferOutput<typeof collectionCounts>;
export type GraphqlErrorPayload = NonNullable<
  v.InferOutput<typeof envelopeSchema>['errors']
>[number];
