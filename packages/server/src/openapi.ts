import { SORTS } from './catalog/types.js';
import { MAX_LINE_QUANTITY, SUPPORTED_CURRENCIES } from './cart/types.js';

/*
 * The OpenAPI 3.1 description of every route, written by hand next to the code it describes.
 * Tests send real requests and validate every JSON response against these schemas, and check
 * that every route of the app is listed here, so the two cannot drift apart unnoticed.
 * Response objects are closed (additionalProperties: false) so that a field added to a
 * response without being documented fails the tests.
 */

type Schema = Record<string, unknown>;

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });

const closed = (properties: Record<string, Schema>, description?: string): Schema => ({
  type: 'object',
  ...(description ? { description } : {}),
  required: Object.keys(properties),
  additionalProperties: false,
  properties,
});

const json = (schema: Schema) => ({ 'application/json': { schema } });

const minorUnits: Schema = {
  type: 'integer',
  description: 'Amount in minor units of the currency (cents for EUR). Never a decimal number.',
};
const currency: Schema = {
  type: 'string',
  pattern: '^[A-Z]{3}$',
  description: 'ISO 4217 code',
  examples: ['EUR'],
};
const vatRate: Schema = {
  type: 'integer',
  minimum: 0,
  maximum: 10000,
  description: 'VAT rate in basis points of a percent: 2000 is 20 %, 550 is 5.5 %.',
  examples: [2000, 1000, 550],
};
const timestamp: Schema = { type: 'string', format: 'date-time' };
const quantity: Schema = { type: 'integer', minimum: 1, maximum: MAX_LINE_QUANTITY };

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
    description: 'The cheapest offer in stock, else the cheapest offer; null when there is none.',
    oneOf: [ref('Offer'), { type: 'null' }],
  },
  offerCount: { type: 'integer', minimum: 0 },
  createdAt: timestamp,
};

const schemas: Record<string, Schema> = {
  FieldError: closed({
    path: {
      type: 'string',
      description: 'Dotted path of the offending field ("quantity"); empty for the whole body.',
    },
    message: { type: 'string' },
  }),
  Error: closed({
    error: closed({
      code: {
        type: 'string',
        enum: ['validation', 'not_found', 'out_of_stock', 'payload_too_large', 'internal'],
      },
      message: { type: 'string' },
      fields: { type: 'array', items: ref('FieldError') },
    }),
  }),
  Amount: closed({ amount: minorUnits, currency }),
  PriceExclTax: closed(
    { amount: minorUnits, currency, includesTax: { const: false } },
    'A price excluding VAT (HT).',
  ),
  SellerRef: closed({ id: { type: 'string' }, name: { type: 'string' } }),
  Offer: closed(
    {
      id: { type: 'string', examples: ['o-00001'] },
      seller: ref('SellerRef'),
      price: ref('PriceExclTax'),
      stock: { type: 'integer', minimum: 0 },
      leadTimeDays: { type: 'integer', minimum: 0 },
    },
    "One seller's offer for a product.",
  ),
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
  // A summary plus the detail fields, built from the same properties so the two cannot disagree.
  ProductDetail: closed({
    ...productSummaryProperties,
    description: { type: 'string' },
    specs: { type: 'array', items: ref('ProductSpec') },
    offers: { type: 'array', items: ref('Offer'), description: 'Cheapest first.' },
  }),
  ProductPage: closed({
    items: { type: 'array', items: ref('ProductSummary') },
    total: {
      type: 'integer',
      minimum: 0,
      description: 'Products matching the query, over all pages.',
    },
    page: { type: 'integer', minimum: 1 },
    pageSize: { type: 'integer', minimum: 1, maximum: 100 },
  }),
  CartLine: closed({
    id: { type: 'string', format: 'uuid' },
    offerId: { type: 'string' },
    productId: { type: 'string' },
    sku: { type: 'string' },
    name: { type: 'string' },
    imageUrl: { type: 'string', format: 'uri-reference' },
    seller: ref('SellerRef'),
    unitPrice: ref('PriceExclTax'),
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
  CreateCartRequest: {
    type: 'object',
    properties: { currency: { type: 'string', enum: [...SUPPORTED_CURRENCIES], default: 'EUR' } },
  },
  AddCartLineRequest: {
    type: 'object',
    required: ['offerId', 'quantity'],
    properties: {
      offerId: { type: 'string', minLength: 1, maxLength: 100 },
      quantity: {
        ...quantity,
        description: `Added to the quantity already in the cart for this offer; the sum may not exceed ${MAX_LINE_QUANTITY}.`,
      },
    },
  },
  UpdateCartLineRequest: { type: 'object', required: ['quantity'], properties: { quantity } },
  Health: closed({ status: { const: 'ok' } }),
  OpenApiDocument: { type: 'object', description: 'This document.' },
};

const errorResponse = (description: string) => ({ description, content: json(ref('Error')) });

const responses = {
  ValidationError: errorResponse(
    'The request is invalid (code "validation"); `fields` names each offending field. Nothing was written.',
  ),
  NotFound: errorResponse('No such resource (code "not_found").'),
  OutOfStock: errorResponse('The offer has no stock (code "out_of_stock"). Nothing was written.'),
  PayloadTooLarge: errorResponse('The body is larger than 64 KB (code "payload_too_large").'),
  InternalError: errorResponse('Unexpected server error (code "internal").'),
};

const errorRef = (name: keyof typeof responses) => ({ $ref: `#/components/responses/${name}` });

const parameters = {
  CartId: {
    name: 'id',
    in: 'path',
    required: true,
    description: 'Cart id (a UUID).',
    schema: { type: 'string' },
  },
  LineId: {
    name: 'lineId',
    in: 'path',
    required: true,
    description: 'Cart line id (a UUID).',
    schema: { type: 'string' },
  },
  ProductId: {
    name: 'id',
    in: 'path',
    required: true,
    schema: { type: 'string' },
    examples: { first: { value: 'p-0001' } },
  },
};

const paramRef = (name: keyof typeof parameters) => ({ $ref: `#/components/parameters/${name}` });

const cartResult = (status: string, description: string) => ({
  [status]: { description, content: json(ref('Cart')) },
});

const jsonBody = (schemaName: string, required = true) => ({
  required,
  content: json(ref(schemaName)),
});

const paths = {
  '/api/health': {
    get: {
      tags: ['meta'],
      operationId: 'getHealth',
      summary: 'Liveness check',
      responses: { '200': { description: 'The server is up.', content: json(ref('Health')) } },
    },
  },
  '/api/categories': {
    get: {
      tags: ['catalog'],
      operationId: 'listCategories',
      summary: 'All categories with their VAT rate and product count',
      responses: {
        '200': { description: 'Categories in display order.', content: json(ref('CategoryList')) },
        '500': errorRef('InternalError'),
      },
    },
  },
  '/api/products': {
    get: {
      tags: ['catalog'],
      operationId: 'listProducts',
      summary: 'Search, filter, sort and page the catalog',
      parameters: [
        {
          name: 'q',
          in: 'query',
          description:
            'Words that must all appear in the name, brand or SKU; case and accents are ignored.',
          schema: { type: 'string', maxLength: 200 },
        },
        {
          name: 'category',
          in: 'query',
          description: 'Category slug; an unknown slug gives an empty page, not an error.',
          schema: { type: 'string', maxLength: 100 },
        },
        {
          name: 'sort',
          in: 'query',
          description:
            'relevance: names starting with the search, then containing it, then by name. Price sorts use the best offer; products without offers come last.',
          schema: { type: 'string', enum: [...SORTS], default: 'relevance' },
        },
        {
          name: 'page',
          in: 'query',
          schema: { type: 'integer', minimum: 1, maximum: 1000000, default: 1 },
        },
        {
          name: 'pageSize',
          in: 'query',
          schema: { type: 'integer', minimum: 1, maximum: 100, default: 24 },
        },
      ],
      responses: {
        '200': { description: 'One page of products.', content: json(ref('ProductPage')) },
        '400': errorRef('ValidationError'),
        '500': errorRef('InternalError'),
      },
    },
  },
  '/api/products/{id}': {
    get: {
      tags: ['catalog'],
      operationId: 'getProduct',
      summary: 'A product with its description, specs and every offer',
      parameters: [paramRef('ProductId')],
      responses: {
        '200': { description: 'The product.', content: json(ref('ProductDetail')) },
        '404': errorRef('NotFound'),
        '500': errorRef('InternalError'),
      },
    },
  },
  '/api/carts': {
    post: {
      tags: ['cart'],
      operationId: 'createCart',
      summary: 'Create an empty cart',
      requestBody: jsonBody('CreateCartRequest', false),
      responses: {
        ...cartResult('201', 'The new, empty cart.'),
        '400': errorRef('ValidationError'),
        '413': errorRef('PayloadTooLarge'),
        '500': errorRef('InternalError'),
      },
    },
  },
  '/api/carts/{id}': {
    get: {
      tags: ['cart'],
      operationId: 'getCart',
      summary: 'A cart with its lines and totals',
      parameters: [paramRef('CartId')],
      responses: {
        ...cartResult('200', 'The cart.'),
        '404': errorRef('NotFound'),
        '500': errorRef('InternalError'),
      },
    },
  },
  '/api/carts/{id}/lines': {
    post: {
      tags: ['cart'],
      operationId: 'addCartLine',
      summary: 'Add an offer to a cart (adds to the quantity if the offer is already there)',
      parameters: [paramRef('CartId')],
      requestBody: jsonBody('AddCartLineRequest'),
      responses: {
        ...cartResult('200', 'The updated cart.'),
        '400': errorRef('ValidationError'),
        '404': errorRef('NotFound'),
        '409': errorRef('OutOfStock'),
        '413': errorRef('PayloadTooLarge'),
        '500': errorRef('InternalError'),
      },
    },
  },
  '/api/carts/{id}/lines/{lineId}': {
    patch: {
      tags: ['cart'],
      operationId: 'updateCartLine',
      summary: 'Set the quantity of a cart line',
      parameters: [paramRef('CartId'), paramRef('LineId')],
      requestBody: jsonBody('UpdateCartLineRequest'),
      responses: {
        ...cartResult('200', 'The updated cart.'),
        '400': errorRef('ValidationError'),
        '404': errorRef('NotFound'),
        '409': errorRef('OutOfStock'),
        '413': errorRef('PayloadTooLarge'),
        '500': errorRef('InternalError'),
      },
    },
    delete: {
      tags: ['cart'],
      operationId: 'removeCartLine',
      summary: 'Remove a line from a cart',
      parameters: [paramRef('CartId'), paramRef('LineId')],
      responses: {
        ...cartResult('200', 'The updated cart.'),
        '404': errorRef('NotFound'),
        '500': errorRef('InternalError'),
      },
    },
  },
  '/images/products/{id}.svg': {
    get: {
      tags: ['images'],
      operationId: 'getProductImage',
      summary: 'A generated 4:3 illustration of the product',
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      responses: {
        '200': {
          description: 'SVG image, cacheable for a day.',
          headers: {
            'Cache-Control': { schema: { type: 'string' }, description: 'public, max-age=86400' },
          },
          content: { 'image/svg+xml': { schema: { type: 'string' } } },
        },
        '404': errorRef('NotFound'),
      },
    },
  },
  '/openapi.json': {
    get: {
      tags: ['meta'],
      operationId: 'getOpenApiDocument',
      summary: 'This OpenAPI document',
      responses: {
        '200': { description: 'OpenAPI 3.1 document.', content: json(ref('OpenApiDocument')) },
      },
    },
  },
};

export function openApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Vitrine reference marketplace API',
      version: '0.1.0',
      summary: 'Catalog, offers and carts for the Vitrine storefront components.',
      description:
        'Money is always an integer amount of minor units with an ISO 4217 currency; prices are HT (excluding VAT) and VAT rates are basis points of a percent. Every error has the shape of the Error schema. CORS is open to any origin on /api/*. Bodies are limited to 64 KB.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/' }],
    tags: [
      { name: 'catalog', description: 'Categories, products and their offers' },
      { name: 'cart', description: 'Carts kept on the server' },
      { name: 'images', description: 'Generated product pictures' },
      { name: 'meta', description: 'Health and this document' },
    ],
    paths,
    components: { schemas, responses, parameters },
  };
}
