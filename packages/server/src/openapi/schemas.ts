import { APPROVAL_STATUSES } from '../approvals/routes.js';
import { PERMISSIONS } from '../auth/permissions.js';
import { COMPANY_ROLES, ROLES, SPENDING_PERIODS } from '../auth/roles.js';
import { MAX_LINE_QUANTITY, SUPPORTED_CURRENCIES } from '../cart/types.js';
import { ERROR_CODES } from '../http/errors.js';
import { SELLER_SETTABLE } from '../orders/seller-machine.js';
import { QUOTE_EVENTS, QUOTE_STATUSES, TRANSITIONS } from '../quotes/machine.js';
import { QUOTE_ACTIONS } from '../quotes/types.js';
import {
  amountRequest,
  closed,
  currency,
  id,
  isoDate,
  minorUnits,
  nullable,
  page,
  quantity,
  ref,
  request,
  text,
  timestamp,
  vatRate,
  type Schema,
} from './common.js';

const priceRule: Schema = {
  type: 'string',
  enum: ['base', 'price-list', 'tier', 'negotiated'],
  description:
    'Which rule gave the unit price: the public base price, the buyer’s price list, a quantity tier, or a negotiated (quote) price.',
};

const productSummaryProperties: Record<string, Schema> = {
  id: { type: 'string', examples: ['p-0001'] },
  sku: { type: 'string', examples: ['VT-10001'] },
  slug: { type: 'string' },
  name: { type: 'string' },
  brand: { type: 'string' },
  category: ref('CategoryRef'),
  imageUrl: { type: 'string', format: 'uri-reference', examples: ['/images/products/p-0001.svg'] },
  vatRate,
  bestOffer: {
    description:
      'The cheapest offer in stock, else the cheapest offer; null when there is none. For a product with variants, over the offers of every variant.',
    oneOf: [ref('Offer'), { type: 'null' }],
  },
  offerCount: { type: 'integer', minimum: 0, description: 'Offers of every variant together.' },
  variantCount: {
    type: 'integer',
    minimum: 0,
    description:
      'How many variants (sizes, colours, packs) the product comes in; 0 when it has none and is bought as it is. Above 1, the buyer chooses one on the product page.',
  },
  createdAt: timestamp,
  rating: {
    description: 'Published reviews; null when there is none.',
    oneOf: [ref('Rating'), { type: 'null' }],
  },
};

const transitionsTable = Object.fromEntries(
  QUOTE_EVENTS.map((event) => [event, { ...TRANSITIONS[event] }]),
);

const totals = ref('CartTotals');
const priceOrNull = nullable(ref('PriceExclTax'));

const quoteSummaryProperties: Record<string, Schema> = {
  id: { type: 'string' },
  number: { type: 'string', examples: ['DEV-1001'] },
  status: ref('QuoteStatus'),
  company: ref('Ref'),
  requester: closed({ membershipId: { type: 'string' }, name: { type: 'string' } }),
  seller: ref('SellerRef'),
  currency,
  validUntil: nullable({
    ...isoDate,
    description: 'Last day the seller’s prices hold (inclusive); null until the seller answers.',
  }),
  lineCount: { type: 'integer', minimum: 0 },
  listTotals: { ...totals, description: 'At the buyer’s own prices (price list, tiers).' },
  quotedTotals: nullable(ref('CartTotals')),
  createdAt: timestamp,
  updatedAt: timestamp,
};

const sellerOrderProperties: Record<string, Schema> = {
  id: { type: 'string' },
  seller: ref('SellerRef'),
  status: {
    type: 'string',
    enum: ['awaiting_approval', 'new', 'accepted', 'shipped', 'delivered', 'cancelled'],
    description:
      'awaiting_approval (the buyer’s approver has not decided; the seller does not see it yet) → new → accepted → shipped → delivered; cancelled by the seller before shipping, or when the approval is denied.',
  },
  lines: { type: 'array', items: ref('OrderLine') },
  totals,
  invoice: nullable(ref('Invoice')),
  createdAt: timestamp,
  updatedAt: timestamp,
};

const listPage = (item: string, description: string) => page(item, description);

const quoteLines: Schema = {
  type: 'array',
  minItems: 1,
  maxItems: 100,
  description: 'Offers of one seller; each offer once.',
  items: request(
    { offerId: id, quantity },
    {
      targetPrice: {
        type: 'integer',
        minimum: 0,
        maximum: 1_000_000_000,
        description: 'Hoped-for unit price HT.',
      },
    },
  ),
};

export const schemas: Record<string, Schema> = {
  // --- Errors ----------------------------------------------------------------------------
  FieldError: closed({
    path: {
      type: 'string',
      description:
        'Dotted path of the offending field ("quantity", "lines.0.offerId"), or a header name; empty for the whole body.',
    },
    message: { type: 'string' },
  }),
  Error: closed({
    error: closed(
      {
        code: { type: 'string', enum: Object.keys(ERROR_CODES) },
        message: { type: 'string' },
        fields: { type: 'array', items: ref('FieldError') },
      },
      undefined,
      {
        details: {
          ...ref('OrderConflict'),
          description:
            'With price_changed and out_of_stock answers to POST /api/orders: what the server would charge now.',
        },
      },
    ),
  }),
  // --- Money and catalog -----------------------------------------------------------------
  Amount: closed({ amount: minorUnits, currency }),
  PriceExclTax: closed(
    { amount: minorUnits, currency, includesTax: { const: false } },
    'A price excluding VAT (HT).',
  ),
  Ref: closed({ id: { type: 'string' }, name: { type: 'string' } }),
  SellerRef: closed({ id: { type: 'string' }, name: { type: 'string' } }),
  YourPrice: closed(
    {
      unitPrice: ref('PriceExclTax'),
      rule: { type: 'string', enum: ['base', 'price-list', 'tier'] },
      listName: { type: ['string', 'null'] },
    },
    'The signed-in customer’s own unit price at quantity 1 (their price list), next to the public price.',
  ),
  QuantityTier: closed(
    { minQuantity: { type: 'integer', minimum: 2 }, unitPrice: ref('PriceExclTax') },
    'From this quantity, this unit price (for the caller: public tiers and their price list’s).',
  ),
  Offer: closed(
    {
      id: { type: 'string', examples: ['o-00001'] },
      seller: ref('SellerRef'),
      price: ref('PriceExclTax'),
      stock: { type: 'integer', minimum: 0 },
      leadTimeDays: { type: 'integer', minimum: 0 },
      variantId: {
        type: ['string', 'null'],
        examples: ['v-0005'],
        description:
          'The variant this offer sells (one of the product’s `variants`); null for a product without variants.',
      },
    },
    "One seller's offer for a product. `price` is the public price, the same for everyone.",
    {
      yourPrice: { ...ref('YourPrice'), description: 'Only for a signed-in customer.' },
      tiers: {
        type: 'array',
        items: ref('QuantityTier'),
        description: 'Product detail only: where the unit price drops with the quantity.',
      },
    },
  ),
  Rating: closed({
    average: { type: 'number', minimum: 1, maximum: 5, description: 'One decimal.' },
    count: { type: 'integer', minimum: 1 },
  }),
  ProductDocument: closed({
    id: { type: 'string' },
    kind: { type: 'string', enum: ['datasheet', 'safety', 'manual', 'certificate'] },
    title: { type: 'string' },
    url: { type: 'string', format: 'uri-reference', examples: ['/documents/d-p-0001-1.pdf'] },
    sizeBytes: { type: 'integer', minimum: 0 },
  }),
  CategoryRef: closed({
    id: { type: 'string' },
    slug: { type: 'string' },
    name: { type: 'string' },
  }),
  Category: closed({
    id: { type: 'string', examples: ['c-01'] },
    slug: { type: 'string', examples: ['fournitures-de-bureau'] },
    name: { type: 'string', examples: ['Fournitures de bureau'] },
    vatRate,
    productCount: { type: 'integer', minimum: 0 },
  }),
  CategoryList: closed({ items: { type: 'array', items: ref('Category') } }),
  ProductSummary: closed(productSummaryProperties),
  ProductSpec: closed({
    name: { type: 'string', examples: ['Poids'] },
    value: { type: 'string', examples: ['1,2'] },
    unit: { type: ['string', 'null'], examples: ['kg'] },
  }),
  ProductVariant: closed(
    {
      id: { type: 'string', examples: ['v-0005'] },
      sku: { type: 'string', examples: ['VT-10265-42'] },
      name: {
        type: 'string',
        examples: ['Pointure 42'],
        description: 'What a cart line adds to the product’s name: "… · Pointure 42".',
      },
      options: {
        type: 'array',
        minItems: 1,
        description: 'One value per option, the options in the order the buyer chooses them.',
        items: closed({
          name: { type: 'string', examples: ['Pointure'] },
          value: { type: 'string', examples: ['42'] },
        }),
      },
    },
    'A buyable form of the product (size, colour, pack); its offers name it by `variantId`.',
  ),
  // A summary plus the detail fields, built from the same properties so the two cannot disagree.
  ProductDetail: closed({
    ...productSummaryProperties,
    description: { type: 'string' },
    specs: { type: 'array', items: ref('ProductSpec') },
    offers: {
      type: 'array',
      items: ref('Offer'),
      description: 'Cheapest first; with variants, the offers of every variant (see `variantId`).',
    },
    documents: { type: 'array', items: ref('ProductDocument') },
    variants: {
      type: 'array',
      items: ref('ProductVariant'),
      description:
        'The forms the product comes in, in the seller’s order; empty for a product without variants.',
    },
    images: {
      type: 'array',
      minItems: 1,
      description:
        'The product’s views for a gallery, the front (`imageUrl`) first; `alt` names the product and the view in the catalogue’s language.',
      items: closed({
        url: {
          type: 'string',
          format: 'uri-reference',
          examples: ['/images/products/p-0001.svg?view=detail'],
        },
        alt: { type: 'string', examples: ['Stylo bille rétractable bleu — détail'] },
      }),
    },
  }),
  FacetValue: closed({
    value: { type: 'string' },
    label: { type: 'string' },
    count: { type: 'integer', minimum: 0 },
  }),
  PriceBounds: closed({ min: minorUnits, max: minorUnits }),
  PriceFacet: closed(
    {
      currency,
      exclTax: ref('PriceBounds'),
      inclTax: {
        ...ref('PriceBounds'),
        description: 'VAT at each product’s rate, rounded half up per unit.',
      },
    },
    'The cheapest and dearest unit prices of the best offers (public prices).',
  ),
  SpecFacet: closed({
    name: { type: 'string', examples: ['Pointe'] },
    values: {
      type: 'array',
      maxItems: 8,
      items: ref('FacetValue'),
      description:
        'Most frequent first. `value` is the value with its unit, what `spec.<name>=` takes.',
    },
  }),
  Facets: closed(
    {
      categories: { type: 'array', items: ref('FacetValue') },
      brands: { type: 'array', items: ref('FacetValue') },
      sellers: {
        type: 'array',
        items: ref('FacetValue'),
        description: 'By seller id: the products each seller has an offer for.',
      },
      availability: closed({
        inStock: { type: 'integer', minimum: 0 },
        outOfStock: { type: 'integer', minimum: 0 },
      }),
      price: {
        description: 'Bounds for the price filter; null when no product has an offer.',
        oneOf: [ref('PriceFacet'), { type: 'null' }],
      },
      specs: {
        type: 'array',
        items: ref('SpecFacet'),
        description:
          'Only with a category: the chosen specifications and up to 4 more, those with 2 values or more, most shared values first.',
      },
    },
    'Counts over the products matching the query; a facet ignores its own filter (so other values stay selectable). Most frequent first, at most 20 values.',
  ),
  Suggestions: closed({
    query: { type: 'string', description: 'The words searched, folded as the search folds them.' },
    products: {
      type: 'array',
      maxItems: 6,
      description: 'Best matches first, ordered like `sort=relevance`.',
      items: closed({
        id: { type: 'string' },
        name: { type: 'string' },
        sku: { type: 'string' },
        brand: { type: 'string' },
      }),
    },
    categories: {
      type: 'array',
      maxItems: 3,
      items: ref('FacetValue'),
      description: 'Categories holding the most matches, with how many.',
    },
    brands: {
      type: 'array',
      maxItems: 3,
      items: ref('FacetValue'),
      description: 'Brands with the most matches, with how many.',
    },
  }),
  ProductPage: closed(
    {
      items: { type: 'array', items: ref('ProductSummary') },
      total: {
        type: 'integer',
        minimum: 0,
        description: 'Products matching the query, over all pages.',
      },
      page: { type: 'integer', minimum: 1 },
      pageSize: { type: 'integer', minimum: 1, maximum: 100 },
    },
    undefined,
    { facets: { ...ref('Facets'), description: 'Only with facets=true.' } },
  ),
  // --- Carts -----------------------------------------------------------------------------
  CartLine: closed({
    id: { type: 'string', format: 'uuid' },
    offerId: { type: 'string' },
    productId: { type: 'string' },
    sku: {
      type: 'string',
      examples: ['VT-10265-42'],
      description: 'The variant’s SKU when the offer sells a variant, else the product’s.',
    },
    name: {
      type: 'string',
      examples: ['Baskets de sécurité S3 basses · Pointure 42'],
      description: 'The product’s name, then the variant’s after " · " when the offer sells one.',
    },
    imageUrl: { type: 'string', format: 'uri-reference' },
    seller: ref('SellerRef'),
    unitPrice: {
      ...ref('PriceExclTax'),
      description:
        'What the cart’s owner pays per unit at this quantity: public price, their price list or a quantity tier.',
    },
    priceRule: { type: 'string', enum: ['base', 'price-list', 'tier'] },
    vatRate,
    quantity,
  }),
  CartTotals: closed(
    { exclTax: ref('Amount'), tax: ref('Amount'), inclTax: ref('Amount') },
    'VAT is computed per line (half-up) and summed; inclTax = exclTax + tax.',
  ),
  Cart: closed({
    id: { type: 'string', format: 'uuid' },
    currency,
    lines: { type: 'array', items: ref('CartLine'), description: 'In the order they were added.' },
    totals: ref('CartTotals'),
    createdAt: timestamp,
    updatedAt: timestamp,
  }),
  CreateCartRequest: request(
    {},
    { currency: { type: 'string', enum: [...SUPPORTED_CURRENCIES], default: 'EUR' } },
  ),
  AddCartLineRequest: request({
    offerId: { type: 'string', minLength: 1, maxLength: 100 },
    quantity: {
      ...quantity,
      description: `Added to the quantity already in the cart for this offer; the sum may not exceed ${MAX_LINE_QUANTITY}.`,
    },
  }),
  UpdateCartLineRequest: request({ quantity }),
  // --- Identity --------------------------------------------------------------------------
  Persona: closed({
    key: { type: 'string', examples: ['lea'] },
    name: { type: 'string' },
    description: { type: 'string' },
    roles: { type: 'array', items: { type: 'string', enum: ROLES.filter((r) => r !== 'guest') } },
  }),
  PersonaList: closed({ items: { type: 'array', items: ref('Persona') } }),
  DemoSignInRequest: request({ persona: text(50, 'A persona key from GET /api/auth/personas.') }),
  Spending: closed(
    {
      period: { type: 'string', enum: [...SPENDING_PERIODS] },
      limit: ref('Amount'),
      spent: {
        ...ref('Amount'),
        description: 'HT committed this period: orders placed or awaiting approval.',
      },
      remaining: ref('Amount'),
      periodStart: timestamp,
    },
    'A member’s spending limit (HT) and where they stand in the current period (UTC; weeks start on Monday).',
  ),
  Membership: closed({
    id: { type: 'string', description: 'Send it as X-Vitrine-Membership to act through it.' },
    role: { type: 'string', enum: ROLES.filter((r) => r !== 'guest') },
    company: nullable(ref('Ref')),
    seller: nullable(ref('Ref')),
    spending: nullable(ref('Spending')),
  }),
  Me: closed({
    user: closed({ id: { type: 'string' }, name: { type: 'string' }, email: { type: 'string' } }),
    memberships: { type: 'array', items: ref('Membership'), minItems: 1 },
    activeMembershipId: {
      type: 'string',
      description:
        'The membership this request acted through (X-Vitrine-Membership, else the first).',
    },
    role: { type: 'string', enum: ROLES.filter((r) => r !== 'guest') },
    permissions: {
      type: 'array',
      items: { type: 'string', enum: Object.keys(PERMISSIONS) },
      uniqueItems: true,
      description:
        'The operationIds the active membership’s role may call, in this document’s order: a page shows only the actions the server accepts (the server still checks every request).',
    },
  }),
  SignIn: closed({
    token: {
      type: 'string',
      description: 'Send as `Authorization: Bearer <token>`. Never logged, stored only hashed.',
    },
    tokenType: { const: 'Bearer' },
    expiresAt: timestamp,
    me: ref('Me'),
  }),
  // --- Quotes ----------------------------------------------------------------------------
  QuoteStatus: {
    type: 'string',
    enum: [...QUOTE_STATUSES],
    description:
      'draft → submitted → quoted → accepted | rejected | revision_requested (→ submitted) | expired; accepted → pending_approval (when the company’s rules or the spending limit require it) → approved | denied; accepted or approved → ordered; cancelled from any open status. `x-transitions` lists every move; docs/quotes.md draws it.',
    'x-transitions': transitionsTable,
  },
  QuoteLine: closed({
    id: { type: 'string' },
    offerId: { type: 'string' },
    productId: { type: 'string' },
    sku: { type: 'string' },
    name: { type: 'string' },
    imageUrl: { type: 'string', format: 'uri-reference' },
    vatRate,
    quantity,
    targetPrice: { ...priceOrNull, description: 'What the buyer hoped to pay per unit.' },
    listPrice: {
      ...ref('PriceExclTax'),
      description: 'The buyer’s own unit price when the request was last submitted.',
    },
    quotedPrice: {
      ...priceOrNull,
      description: 'The seller’s unit price: what an order of the accepted quote charges.',
    },
  }),
  QuoteMessage: closed({
    id: { type: 'string' },
    side: { type: 'string', enum: ['buyer', 'seller'] },
    author: { type: 'string' },
    body: { type: 'string' },
    createdAt: timestamp,
  }),
  QuoteHistoryEntry: closed({
    event: { type: 'string', enum: [...QUOTE_EVENTS] },
    from: nullable(ref('QuoteStatus')),
    to: ref('QuoteStatus'),
    by: {
      type: ['string', 'null'],
      description: 'null when the server moved it (expiry, approval needed).',
    },
    at: timestamp,
  }),
  QuoteSummary: closed(quoteSummaryProperties),
  Quote: closed({
    ...quoteSummaryProperties,
    lines: { type: 'array', items: ref('QuoteLine') },
    messages: { type: 'array', items: ref('QuoteMessage') },
    history: { type: 'array', items: ref('QuoteHistoryEntry') },
    approvalId: { type: ['string', 'null'] },
    orderId: { type: ['string', 'null'] },
    actions: {
      type: 'array',
      items: { type: 'string', enum: [...QUOTE_ACTIONS] },
      description: 'What the caller may do next.',
    },
  }),
  QuotePage: listPage('QuoteSummary', 'Newest first.'),
  CreateQuoteRequest: request(
    { lines: quoteLines },
    { message: text(2000, 'Opens the message thread.') },
  ),
  UpdateQuoteRequest: request({ lines: quoteLines }),
  AnswerQuoteRequest: request(
    {
      lines: {
        type: 'array',
        minItems: 1,
        maxItems: 100,
        description: 'A unit price HT for every line of the quote.',
        items: request({
          lineId: id,
          unitPrice: { type: 'integer', minimum: 0, maximum: 1_000_000_000 },
        }),
      },
      validUntil: { ...isoDate, description: 'Today up to a year ahead.' },
    },
    { message: text(2000) },
  ),
  QuoteNoteRequest: request({}, { message: text(2000, 'Added to the thread.') }),
  QuoteRevisionRequest: request({ message: text(2000, 'What should change.') }),
  QuoteMessageRequest: request({ body: text(2000) }),
  // --- Approvals and companies -----------------------------------------------------------
  ApprovalLevel: closed({
    level: { type: 'integer', enum: [1, 2] },
    requiredRole: { type: 'string', enum: ['approver', 'admin'] },
    decision: nullable(
      closed({
        by: { type: 'string' },
        decision: { type: 'string', enum: ['approved', 'denied'] },
        comment: { type: 'string' },
        at: timestamp,
      }),
    ),
  }),
  Approval: closed({
    id: { type: 'string' },
    status: { type: 'string', enum: [...APPROVAL_STATUSES] },
    company: ref('Ref'),
    subject: closed({
      kind: { type: 'string', enum: ['quote', 'order'] },
      id: { type: 'string' },
      number: { type: 'string' },
    }),
    requestedBy: closed({ membershipId: { type: 'string' }, name: { type: 'string' } }),
    total: { ...ref('Amount'), description: 'HT.' },
    reasons: { type: 'array', items: { type: 'string' } },
    levels: { type: 'array', items: ref('ApprovalLevel'), minItems: 1, maxItems: 2 },
    currentLevel: { type: ['integer', 'null'] },
    actions: { type: 'array', items: { type: 'string', enum: ['approve', 'deny'] } },
    createdAt: timestamp,
    decidedAt: nullable(timestamp),
  }),
  ApprovalPage: listPage('Approval', 'Newest first.'),
  DecisionRequest: request({}, { comment: text(2000) }),
  CompanyMember: closed({
    membershipId: { type: 'string' },
    name: { type: 'string' },
    email: { type: 'string' },
    role: { type: 'string', enum: [...COMPANY_ROLES] },
    spending: nullable(ref('Spending')),
  }),
  Company: closed({
    id: { type: 'string' },
    name: { type: 'string' },
    vatNumber: { type: ['string', 'null'] },
    country: { type: 'string' },
    address: ref('Address'),
    customerGroup: nullable(ref('Ref')),
    paymentTerms: closed({
      kind: { type: 'string', enum: ['net', 'end-of-month'] },
      days: { type: 'integer', minimum: 0 },
      earlyPayment: nullable(
        closed({
          discount: { type: 'integer', description: 'Basis points (200 = 2 %).' },
          withinDays: { type: 'integer', minimum: 0 },
        }),
      ),
    }),
    members: { type: 'array', items: ref('CompanyMember') },
  }),
  UpdateMemberRequest: request(
    {},
    {
      role: { type: 'string', enum: [...COMPANY_ROLES] },
      spendingLimit: { oneOf: [amountRequest, { type: 'null' }], description: 'null: no limit.' },
      spendingPeriod: { type: 'string', enum: [...SPENDING_PERIODS] },
    },
  ),
  ApprovalRule: closed({
    id: { type: 'string' },
    level: { type: 'integer', enum: [1, 2] },
    minTotal: nullable(ref('Amount')),
    categoryId: { type: ['string', 'null'] },
    approverRole: { type: 'string', enum: ['approver', 'admin'] },
  }),
  ApprovalRuleList: closed({ items: { type: 'array', items: ref('ApprovalRule') } }),
  ApprovalRulesRequest: request({
    rules: {
      type: 'array',
      maxItems: 20,
      items: request(
        {
          level: { type: 'integer', enum: [1, 2] },
          approverRole: { type: 'string', enum: ['approver', 'admin'] },
        },
        {
          minTotal: {
            oneOf: [amountRequest, { type: 'null' }],
            description: 'From this total HT.',
          },
          categoryId: { type: ['string', 'null'], description: 'When a line is in this category.' },
        },
      ),
    },
  }),
  // --- Orders ----------------------------------------------------------------------------
  Address: {
    type: 'object',
    required: ['name', 'line1', 'postalCode', 'city', 'country'],
    properties: {
      name: text(100),
      line1: text(200),
      line2: text(200),
      postalCode: { type: 'string', pattern: '^[A-Za-z0-9 -]{2,10}$' },
      city: text(100),
      country: { type: 'string', pattern: '^[A-Z]{2}$' },
    },
    additionalProperties: false,
  },
  CreateOrderRequest: request(
    {
      expectedTotal: {
        ...amountRequest,
        description:
          'The total incl. VAT the buyer was shown. The server prices everything again; when its total differs it answers 409 price_changed with its figures.',
      },
    },
    {
      cartId: { ...id, description: 'Order this cart (give cartId or quoteId).' },
      quoteId: { ...id, description: 'Order this accepted (or approved) quote at its prices.' },
      email: {
        type: 'string',
        format: 'email',
        maxLength: 254,
        description: 'Required for guests.',
      },
      shippingAddress: {
        ...ref('Address'),
        description: 'Required except for company members (default: the company’s address).',
      },
      purchaseOrderNumber: text(35, 'The buyer’s own reference (B2B).'),
    },
  ),
  OrderLine: closed({
    id: { type: 'string' },
    offerId: { type: 'string' },
    productId: { type: 'string' },
    sku: { type: 'string' },
    name: { type: 'string' },
    vatRate,
    quantity: { type: 'integer', minimum: 1 },
    unitPrice: ref('PriceExclTax'),
    priceRule,
    totals,
  }),
  Invoice: closed({
    id: { type: 'string' },
    number: { type: 'string', examples: ['FAC-2025-000001'] },
    orderId: { type: 'string' },
    orderNumber: { type: 'string' },
    seller: ref('SellerRef'),
    company: ref('Ref'),
    issuedOn: isoDate,
    dueOn: {
      ...isoDate,
      description: 'From the company’s payment terms (net 30, 45 end of month…).',
    },
    earlyPayment: nullable(
      closed(
        { deadline: isoDate, discount: ref('Amount'), payable: ref('Amount') },
        'Escompte: pay `payable` by `deadline` instead of the total.',
      ),
    ),
    totals,
    status: { type: 'string', enum: ['open', 'paid', 'cancelled'] },
  }),
  SellerOrder: closed(sellerOrderProperties),
  Payment: closed(
    {
      id: { type: 'string' },
      method: { const: 'card' },
      status: { type: 'string', enum: ['pending', 'succeeded', 'failed', 'cancelled'] },
      amount: ref('Amount'),
    },
    'A card payment record. No payment provider is wired into the reference server: it stays pending.',
  ),
  Buyer: closed({
    name: { type: ['string', 'null'] },
    email: { type: ['string', 'null'], description: 'Guests only.' },
    company: nullable(ref('Ref')),
  }),
  Order: closed({
    id: { type: 'string' },
    number: { type: 'string', examples: ['CMD-100001'] },
    status: {
      type: 'string',
      enum: ['pending_approval', 'placed', 'cancelled'],
      description: 'pending_approval: stock is held until the company’s approver decides.',
    },
    channel: { type: 'string', enum: ['b2c', 'b2b'] },
    source: { type: 'string', enum: ['cart', 'quote'] },
    cartId: { type: ['string', 'null'] },
    quoteId: { type: ['string', 'null'] },
    buyer: ref('Buyer'),
    paymentMethod: { type: 'string', enum: ['card', 'invoice'] },
    currency,
    totals,
    sellerOrders: {
      type: 'array',
      items: ref('SellerOrder'),
      description: 'One per seller.',
    },
    payment: nullable(ref('Payment')),
    approvalId: { type: ['string', 'null'] },
    shippingAddress: ref('Address'),
    purchaseOrderNumber: { type: ['string', 'null'] },
    createdAt: timestamp,
  }),
  OrderPage: listPage('Order', 'Newest first.'),
  SellerOrderView: closed({
    ...sellerOrderProperties,
    order: closed({
      id: { type: 'string' },
      number: { type: 'string' },
      buyer: ref('Buyer'),
      shippingAddress: ref('Address'),
      purchaseOrderNumber: { type: ['string', 'null'] },
      paymentMethod: { type: 'string', enum: ['card', 'invoice'] },
    }),
  }),
  SellerOrderPage: listPage('SellerOrderView', 'Newest first.'),
  UpdateSellerOrderRequest: request({ status: { type: 'string', enum: [...SELLER_SETTABLE] } }),
  InvoicePage: listPage('Invoice', 'Newest first.'),
  OrderConflict: closed({
    lines: {
      type: 'array',
      items: closed({
        offerId: { type: 'string' },
        quantity: { type: 'integer', minimum: 1 },
        available: { type: 'integer', minimum: 0 },
        unitPrice: ref('PriceExclTax'),
        priceRule,
      }),
    },
    totals,
  }),
  // --- Reviews ---------------------------------------------------------------------------
  Review: closed({
    id: { type: 'string' },
    productId: { type: 'string' },
    productName: { type: 'string' },
    author: { type: 'string', examples: ['Camille D.'] },
    rating: { type: 'integer', minimum: 1, maximum: 5 },
    title: { type: 'string' },
    body: { type: 'string' },
    status: { type: 'string', enum: ['pending', 'published', 'rejected'] },
    verifiedPurchase: { const: true },
    createdAt: timestamp,
    moderatedAt: nullable(timestamp),
  }),
  ProductReviewPage: page('Review', 'Published reviews, newest first.', {
    rating: nullable(ref('Rating')),
  }),
  ReviewPage: listPage('Review', 'Moderation queue: oldest first when pending.'),
  CreateReviewRequest: request({
    rating: { type: 'integer', minimum: 1, maximum: 5 },
    title: text(120),
    body: text(4000),
  }),
  ModerateReviewRequest: request({ status: { type: 'string', enum: ['published', 'rejected'] } }),
  // --- Meta ------------------------------------------------------------------------------
  Health: closed({ status: { const: 'ok' } }),
  OpenApiDocument: { type: 'object', description: 'This document.' },
};
