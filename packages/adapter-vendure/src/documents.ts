/**
 * The Shop API operations the adapter sends, each selecting only what the mapping reads. The
 * recorded answers in test/fixtures select more, except `productVariant.productId` on order
 * lines and the search's `collections` counts (see the README).
 */

const CHANNEL = 'activeChannel { code pricesIncludeTax }';

const PRODUCT_FIELDS = `fragment ProductFields on Product {
  id name slug description
  featuredAsset { preview }
  facetValues { code name facet { code } }
  collections { slug name }
  optionGroups { code name options { code name } }
  variants { id sku name currencyCode price priceWithTax stockLevel
    options { code name group { code } } taxRateApplied { value } }
}`;

const ORDER_FIELDS = `fragment OrderFields on Order {
  code currencyCode
  lines { id quantity proratedUnitPrice proratedUnitPriceWithTax taxRate
    productVariant { id sku name productId } }
}`;

/** What every order mutation may answer instead of the order. */
const ORDER_ERRORS = `... on ErrorResult { errorCode message }
    ... on InsufficientStockError { quantityAvailable }`;

export const SEARCH = `query Search($input: SearchInput!) {
  search(input: $input) { totalItems items { productId } }
}`;

export const SEARCH_WITH_FACETS = `query SearchWithFacets($input: SearchInput!) {
  search(input: $input) {
    totalItems items { productId }
    facetValues { count facetValue { code name facet { code } } }
    collections { count collection { slug name } }
  }
}`;

export const PRODUCTS = `query Products($ids: [String!]!, $take: Int!) {
  ${CHANNEL}
  products(options: { filter: { id: { in: $ids } }, take: $take }) { items { ...ProductFields } }
}
${PRODUCT_FIELDS}`;

export const PRODUCT = `query Product($id: ID!) {
  ${CHANNEL}
  product(id: $id) { ...ProductFields }
}
${PRODUCT_FIELDS}`;

export const COLLECTIONS = `query Collections {
  collections(options: { take: 100 }) { items { slug name } }
}`;

export const FACET_VALUES = `query FacetValues($code: String!) {
  facets(options: { filter: { code: { eq: $code } } }) { items { values { id name } } }
}`;

export const CHANNEL_INFO = `query Channel { ${CHANNEL} }`;

export const ACTIVE_ORDER = `query ActiveOrder { activeOrder { ...OrderFields } }
${ORDER_FIELDS}`;

export const ADD_ITEM = `mutation AddItem($variantId: ID!, $quantity: Int!) {
  addItemToOrder(productVariantId: $variantId, quantity: $quantity) {
    __typename ...OrderFields
    ${ORDER_ERRORS}
  }
}
${ORDER_FIELDS}`;

export const ADJUST_LINE = `mutation AdjustLine($lineId: ID!, $quantity: Int!) {
  adjustOrderLine(orderLineId: $lineId, quantity: $quantity) {
    __typename ...OrderFields
    ${ORDER_ERRORS}
  }
}
${ORDER_FIELDS}`;

export const REMOVE_LINE = `mutation RemoveLine($lineId: ID!) {
  removeOrderLine(orderLineId: $lineId) {
    __typename ...OrderFields
    ... on ErrorResult { errorCode message }
  }
}
${ORDER_FIELDS}`;

export const SIGN_IN = `mutation SignIn($username: String!, $password: String!) {
  login(username: $username, password: $password) {
    __typename
    ... on CurrentUser { id identifier }
    ... on ErrorResult { errorCode message }
  }
}`;

export const SIGN_OUT = `mutation SignOut { logout { success } }`;

/** `user { id }`: the id `login` answers, so that the customer keeps one id across a reload. */
export const ACTIVE_CUSTOMER = `query ActiveCustomer {
  activeCustomer { id firstName lastName emailAddress user { id } }
}`;
