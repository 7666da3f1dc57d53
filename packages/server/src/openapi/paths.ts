import { PERMISSIONS, type OperationId } from '../auth/permissions.js';
import { MEMBERSHIP_HEADER } from '../auth/middleware.js';
import { MAX_PRICE_BOUND } from '../catalog/routes.js';
import { SORTS } from '../catalog/types.js';
import { IDEMPOTENCY_HEADER, REPLAYED_HEADER } from '../http/idempotency.js';
import { QUOTE_STATUSES } from '../quotes/machine.js';
import { json, ref, type Schema } from './common.js';

/*
 * Every operation: its parameters, body and answers. `operation()` adds what every API call
 * shares — the roles allowed (x-vitrine-roles, from the permission table the server enforces),
 * the membership header, and the 401/403/500 answers the middleware can give anywhere.
 */

const errorResponse = (description: string, headers?: Record<string, unknown>) => ({
  description,
  ...(headers ? { headers } : {}),
  content: json(ref('Error')),
});

export const responses = {
  ValidationError: errorResponse(
    'The request is invalid (code "validation"); `fields` names each offending field or header. Nothing was written.',
  ),
  Unauthenticated: errorResponse(
    'No valid bearer token (code "unauthenticated"): sign in, or the token expired. A guest calling an operation that needs an account gets this too.',
    { 'WWW-Authenticate': { schema: { type: 'string' }, description: 'Bearer' } },
  ),
  Forbidden: errorResponse(
    'The caller’s role may not do this (code "forbidden", see x-vitrine-roles), or X-Vitrine-Membership names a membership that is not theirs.',
  ),
  NotFound: errorResponse(
    'No such resource, or not one the caller may see — another company’s ids answer the same (code "not_found").',
  ),
  PayloadTooLarge: errorResponse('The body is larger than 64 KB (code "payload_too_large").'),
  IdempotencyKeyReused: errorResponse(
    'This Idempotency-Key was used for a different request (code "idempotency_key_reused"). Nothing was written.',
  ),
  RateLimited: errorResponse('Too many requests (code "rate_limited"). Nothing was written.', {
    'Retry-After': { schema: { type: 'integer' }, description: 'Seconds to wait.' },
  }),
  InternalError: errorResponse('Unexpected server error (code "internal").'),
};

const errorRef = (name: keyof typeof responses) => ({ $ref: `#/components/responses/${name}` });
const conflict = (description: string) => errorResponse(`${description} Nothing was written.`);

export const parameters = {
  Membership: {
    name: MEMBERSHIP_HEADER,
    in: 'header',
    description:
      'The membership to act through (GET /api/me lists them); default: the first. The server checks it belongs to the token’s user (403 otherwise). The role always comes from the server, never from a header.',
    schema: { type: 'string' },
  },
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
  Id: { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
  Page: {
    name: 'page',
    in: 'query',
    schema: { type: 'integer', minimum: 1, maximum: 1000000, default: 1 },
  },
  PageSize: {
    name: 'pageSize',
    in: 'query',
    schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
  },
  IdempotencyKey: {
    name: IDEMPOTENCY_HEADER,
    in: 'header',
    description:
      'A unique key per intended action (a UUID): the same key with the same body answers the same (header Idempotent-Replayed: true), with another body 422. Only successful answers are kept.',
    schema: { type: 'string', minLength: 8, maxLength: 255, pattern: '^[\\x21-\\x7e]+$' },
  },
};

const paramRef = (name: keyof typeof parameters) => ({ $ref: `#/components/parameters/${name}` });

const ok = (status: string, schema: string, description: string, headers?: object) => ({
  [status]: { description, ...(headers ? { headers } : {}), content: json(ref(schema)) },
});

const replayedHeader = {
  [REPLAYED_HEADER]: {
    schema: { type: 'string', enum: ['true'] },
    description: 'Present when this answer was replayed for a repeated Idempotency-Key.',
  },
};

const body = (schema: string, required = true) => ({ required, content: json(ref(schema)) });

interface OperationSpec {
  tag: string;
  summary: string;
  description?: string;
  parameters?: object[];
  requestBody?: object;
  responses: Record<string, unknown>;
}

function operation(operationId: OperationId, spec: OperationSpec, api = true) {
  const roles: readonly string[] = PERMISSIONS[operationId];
  const signedIn = !roles.includes('guest');
  const responses: Record<string, unknown> = { ...spec.responses };
  if (api) {
    responses['401'] ??= errorRef('Unauthenticated');
    responses['403'] ??= errorRef('Forbidden');
    if (spec.requestBody) responses['413'] ??= errorRef('PayloadTooLarge');
  }
  responses['500'] ??= errorRef('InternalError');
  return {
    tags: [spec.tag],
    operationId,
    summary: spec.summary,
    ...(spec.description ? { description: spec.description } : {}),
    ...(signedIn ? { security: [{ bearer: [] }] } : {}),
    'x-vitrine-roles': [...roles],
    parameters: [...(spec.parameters ?? []), ...(api ? [paramRef('Membership')] : [])],
    ...(spec.requestBody ? { requestBody: spec.requestBody } : {}),
    responses,
  };
}

const pageParams = [paramRef('Page'), paramRef('PageSize')];
const quoteMove = (
  operationId: OperationId,
  summary: string,
  requestSchema: string,
  description: string,
) => ({
  post: operation(operationId, {
    tag: 'quotes',
    summary,
    description,
    parameters: [paramRef('Id')],
    requestBody: body(requestSchema, requestSchema !== 'QuoteRevisionRequest'),
    responses: {
      ...ok('200', 'Quote', 'The quote after the move.'),
      '400': errorRef('ValidationError'),
      '404': errorRef('NotFound'),
      '409': conflict(
        'The quote’s status does not allow this (code "invalid_transition"), or its prices expired (code "quote_expired").',
      ),
    },
  }),
});

export function paths({ demoMode }: { demoMode: boolean }): Record<string, unknown> {
  const demo: Record<string, Record<string, unknown>> = demoMode
    ? {
        '/api/auth/personas': {
          get: operation('listPersonas', {
            tag: 'auth',
            summary: 'The demo personas (demo mode only)',
            responses: { ...ok('200', 'PersonaList', 'Personas to sign in as.') },
          }),
        },
        '/api/auth/demo-sign-in': {
          post: operation('demoSignIn', {
            tag: 'auth',
            summary: 'Sign in as a demo persona, without a password (demo mode only)',
            description:
              'Exists only when the server runs in demo mode (DEMO_MODE is not 0). Answers a bearer token valid 12 hours.',
            requestBody: body('DemoSignInRequest'),
            responses: {
              ...ok('201', 'SignIn', 'A new token and who it signs in.'),
              '400': errorRef('ValidationError'),
              '404': errorRef('NotFound'),
            },
          }),
        },
      }
    : {};

  return {
    '/api/health': {
      get: operation('getHealth', {
        tag: 'meta',
        summary: 'Liveness check',
        responses: { ...ok('200', 'Health', 'The server is up.') },
      }),
    },
    ...demo,
    '/api/auth/sign-out': {
      post: operation('signOut', {
        tag: 'auth',
        summary: 'Revoke the bearer token of this request',
        responses: { '204': { description: 'The token no longer works.' } },
      }),
    },
    '/api/me': {
      get: operation('getMe', {
        tag: 'auth',
        summary: 'Who is calling: the person, their memberships and the active one',
        responses: { ...ok('200', 'Me', 'The caller.') },
      }),
    },
    '/api/categories': {
      get: operation('listCategories', {
        tag: 'catalog',
        summary: 'All categories with their VAT rate and product count',
        responses: { ...ok('200', 'CategoryList', 'Categories in display order.') },
      }),
    },
    '/api/products': {
      get: operation('listProducts', {
        tag: 'catalog',
        summary: 'Search, filter, sort and page the catalog',
        description:
          'Signed-in customers also get `bestOffer.yourPrice`, their own price (price list); the public fields never change with the caller.',
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
            name: 'brand',
            in: 'query',
            description: 'Exact brand name.',
            schema: { type: 'string', maxLength: 100 },
          },
          {
            name: 'seller',
            in: 'query',
            description:
              'Seller id: the products it has an offer for (whichever offer is the best).',
            schema: { type: 'string', maxLength: 100 },
          },
          {
            name: 'inStock',
            in: 'query',
            description: 'true: only products whose best offer is in stock.',
            schema: { type: 'string', enum: ['true', 'false'], default: 'false' },
          },
          {
            name: 'priceMin',
            in: 'query',
            description:
              'Lowest unit price of the best offer (public price), minor units, included. Products without an offer are left out.',
            schema: { type: 'integer', minimum: 0, maximum: MAX_PRICE_BOUND },
          },
          {
            name: 'priceMax',
            in: 'query',
            description:
              'Highest unit price of the best offer, minor units, included; not below priceMin.',
            schema: { type: 'integer', minimum: 0, maximum: MAX_PRICE_BOUND },
          },
          {
            name: 'priceIncludesTax',
            in: 'query',
            description:
              'true: priceMin and priceMax are TTC, as a consumer sees prices. Each product’s own VAT rate turns them into HT bounds (rates differ per category), so a product is kept when its TTC unit price — VAT rounded half up — is within them.',
            schema: { type: 'string', enum: ['true', 'false'], default: 'false' },
          },
          {
            name: 'specs',
            in: 'query',
            description:
              'Specification values, one parameter each: `spec.<name>=<value>`, the value with its unit as the facet labels it (`spec.Pointe=0,7 mm`). A product must have every one. At most 8.',
            style: 'form',
            explode: true,
            schema: {
              type: 'object',
              propertyNames: { pattern: '^spec\\..{1,100}$' },
              additionalProperties: { type: 'string', maxLength: 100 },
              maxProperties: 8,
            },
          },
          {
            name: 'sort',
            in: 'query',
            description:
              'relevance: names starting with the search, then containing it, then by name. Price sorts use the best offer; products without offers come last. rating: best average first (as shown, one decimal), then most reviews, then name; products without reviews last.',
            schema: { type: 'string', enum: [...SORTS], default: 'relevance' },
          },
          {
            name: 'facets',
            in: 'query',
            description:
              'true: add the counts of each filter (`facets`): categories, brands, sellers, availability, price bounds, and with a category its specifications.',
            schema: { type: 'string', enum: ['true', 'false'], default: 'false' },
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
          ...ok('200', 'ProductPage', 'One page of products.'),
          '400': errorRef('ValidationError'),
        },
      }),
    },
    '/api/suggestions': {
      get: operation('suggest', {
        tag: 'catalog',
        summary: 'Suggestions for a search being typed',
        description:
          'Matches like `GET /api/products?q=`: every word must appear in the name, brand or SKU. No prices: the same answer for everyone, cached.',
        parameters: [
          {
            name: 'q',
            in: 'query',
            required: true,
            description: 'What the visitor has typed so far; no words gives empty lists.',
            schema: { type: 'string', maxLength: 200 },
          },
        ],
        responses: {
          ...ok('200', 'Suggestions', 'Products, categories and brands to suggest.'),
          '400': errorRef('ValidationError'),
        },
      }),
    },
    '/api/products/{id}': {
      get: operation('getProduct', {
        tag: 'catalog',
        summary: 'A product with its description, specs, documents and every offer',
        description:
          'Offers carry the quantity tiers the caller sees (`tiers`) and, for signed-in customers, `yourPrice`.',
        parameters: [paramRef('ProductId')],
        responses: {
          ...ok('200', 'ProductDetail', 'The product.'),
          '404': errorRef('NotFound'),
        },
      }),
    },
    '/api/products/{id}/reviews': {
      get: operation('listProductReviews', {
        tag: 'reviews',
        summary: 'Published reviews of a product, with its rating',
        parameters: [
          paramRef('ProductId'),
          paramRef('Page'),
          {
            name: 'pageSize',
            in: 'query',
            schema: { type: 'integer', minimum: 1, maximum: 50, default: 10 },
          },
        ],
        responses: {
          ...ok('200', 'ProductReviewPage', 'Newest first.'),
          '400': errorRef('ValidationError'),
          '404': errorRef('NotFound'),
        },
      }),
      post: operation('createReview', {
        tag: 'reviews',
        summary: 'Review a product you bought (once; shown after moderation)',
        description: 'At most 5 reviews an hour per account.',
        parameters: [paramRef('ProductId')],
        requestBody: body('CreateReviewRequest'),
        responses: {
          ...ok('201', 'Review', 'The review, pending moderation.'),
          '400': errorRef('ValidationError'),
          '403': errorResponse(
            'The role may not review (code "forbidden"), or the caller never bought this product (code "not_verified_buyer").',
          ),
          '404': errorRef('NotFound'),
          '409': conflict('The caller already reviewed this product (code "already_reviewed").'),
          '429': errorRef('RateLimited'),
        },
      }),
    },
    '/api/reviews': {
      get: operation('listReviews', {
        tag: 'reviews',
        summary: 'Reviews by moderation status (the queue: pending, oldest first)',
        parameters: [
          {
            name: 'status',
            in: 'query',
            schema: {
              type: 'string',
              enum: ['pending', 'published', 'rejected'],
              default: 'pending',
            },
          },
          ...pageParams,
        ],
        responses: {
          ...ok('200', 'ReviewPage', 'Reviews.'),
          '400': errorRef('ValidationError'),
        },
      }),
    },
    '/api/reviews/{id}': {
      patch: operation('moderateReview', {
        tag: 'reviews',
        summary: 'Publish or reject a review',
        parameters: [paramRef('Id')],
        requestBody: body('ModerateReviewRequest'),
        responses: {
          ...ok('200', 'Review', 'The review.'),
          '400': errorRef('ValidationError'),
          '404': errorRef('NotFound'),
        },
      }),
    },
    '/api/carts': {
      post: operation('createCart', {
        tag: 'cart',
        summary: 'Create an empty cart',
        description:
          'Created while signed in, the cart belongs to the caller: nobody else can read or change it, and its lines are priced for them (price list, tiers).',
        requestBody: body('CreateCartRequest', false),
        responses: {
          ...ok('201', 'Cart', 'The new, empty cart.'),
          '400': errorRef('ValidationError'),
        },
      }),
    },
    '/api/carts/{id}': {
      get: operation('getCart', {
        tag: 'cart',
        summary: 'A cart with its lines and totals',
        parameters: [paramRef('CartId')],
        responses: { ...ok('200', 'Cart', 'The cart.'), '404': errorRef('NotFound') },
      }),
    },
    '/api/carts/{id}/lines': {
      post: operation('addCartLine', {
        tag: 'cart',
        summary: 'Add an offer to a cart (adds to the quantity if the offer is already there)',
        parameters: [paramRef('CartId')],
        requestBody: body('AddCartLineRequest'),
        responses: {
          ...ok('200', 'Cart', 'The updated cart.'),
          '400': errorRef('ValidationError'),
          '404': errorRef('NotFound'),
          '409': conflict(
            'The offer has no stock (code "out_of_stock"), or the cart became an order (code "cart_checked_out").',
          ),
        },
      }),
    },
    '/api/carts/{id}/lines/{lineId}': {
      patch: operation('updateCartLine', {
        tag: 'cart',
        summary: 'Set the quantity of a cart line',
        parameters: [paramRef('CartId'), paramRef('LineId')],
        requestBody: body('UpdateCartLineRequest'),
        responses: {
          ...ok('200', 'Cart', 'The updated cart.'),
          '400': errorRef('ValidationError'),
          '404': errorRef('NotFound'),
          '409': conflict(
            'Raising the quantity of an offer out of stock (code "out_of_stock"), or the cart became an order (code "cart_checked_out").',
          ),
        },
      }),
      delete: operation('removeCartLine', {
        tag: 'cart',
        summary: 'Remove a line from a cart',
        parameters: [paramRef('CartId'), paramRef('LineId')],
        responses: {
          ...ok('200', 'Cart', 'The updated cart.'),
          '404': errorRef('NotFound'),
          '409': conflict('The cart became an order (code "cart_checked_out").'),
        },
      }),
    },
    '/api/quotes': {
      get: operation('listQuotes', {
        tag: 'quotes',
        summary: 'Quotes the caller may see',
        description:
          'Buyers: their own requests. Approvers, admins, viewers: their company’s. Sellers: requests addressed to them (never drafts). Operator: all.',
        parameters: [
          { name: 'status', in: 'query', schema: { type: 'string', enum: [...QUOTE_STATUSES] } },
          ...pageParams,
        ],
        responses: {
          ...ok('200', 'QuotePage', 'Newest first.'),
          '400': errorRef('ValidationError'),
        },
      }),
      post: operation('createQuote', {
        tag: 'quotes',
        summary: 'Draft a request for quote to one seller',
        requestBody: body('CreateQuoteRequest'),
        responses: {
          ...ok('201', 'Quote', 'The draft.'),
          '400': errorRef('ValidationError'),
        },
      }),
    },
    '/api/quotes/{id}': {
      get: operation('getQuote', {
        tag: 'quotes',
        summary: 'A quote with its lines, thread, history and the caller’s next actions',
        parameters: [paramRef('Id')],
        responses: { ...ok('200', 'Quote', 'The quote.'), '404': errorRef('NotFound') },
      }),
      patch: operation('updateQuote', {
        tag: 'quotes',
        summary: 'Replace the lines (draft or revision requested; requester only)',
        parameters: [paramRef('Id')],
        requestBody: body('UpdateQuoteRequest'),
        responses: {
          ...ok('200', 'Quote', 'The quote.'),
          '400': errorRef('ValidationError'),
          '404': errorRef('NotFound'),
          '409': conflict('The quote can no longer be changed (code "invalid_transition").'),
        },
      }),
    },
    '/api/quotes/{id}/submit': quoteMove(
      'submitQuote',
      'Send the request to the seller',
      'QuoteNoteRequest',
      'draft or revision_requested → submitted. Requester only.',
    ),
    '/api/quotes/{id}/answer': quoteMove(
      'answerQuote',
      'Price every line and set the validity date (seller)',
      'AnswerQuoteRequest',
      'submitted → quoted. The seller of the quote only.',
    ),
    '/api/quotes/{id}/accept': {
      post: {
        ...quoteMove(
          'acceptQuote',
          'Accept the seller’s prices',
          'QuoteNoteRequest',
          'quoted → accepted, then → pending_approval when the company’s approval rules or the requester’s spending limit require it (an approval is opened). Requester only. Honours Idempotency-Key.',
        ).post,
        parameters: [paramRef('Id'), paramRef('IdempotencyKey'), paramRef('Membership')],
        responses: {
          ...quoteMove('acceptQuote', '', 'QuoteNoteRequest', '').post.responses,
          ...ok('200', 'Quote', 'The quote after the move.', replayedHeader),
          '422': errorRef('IdempotencyKeyReused'),
        },
      },
    },
    '/api/quotes/{id}/reject': quoteMove(
      'rejectQuote',
      'Reject the seller’s prices',
      'QuoteNoteRequest',
      'quoted → rejected. Requester only.',
    ),
    '/api/quotes/{id}/request-revision': quoteMove(
      'requestQuoteRevision',
      'Send the quote back to the seller with what should change',
      'QuoteRevisionRequest',
      'quoted → revision_requested; the requester may then change the lines and submit again.',
    ),
    '/api/quotes/{id}/cancel': quoteMove(
      'cancelQuote',
      'Cancel an open quote',
      'QuoteNoteRequest',
      'Any open status → cancelled. The requester, an admin of the company, or the seller.',
    ),
    '/api/quotes/{id}/messages': {
      post: operation('addQuoteMessage', {
        tag: 'quotes',
        summary: 'Write in the quote’s thread',
        parameters: [paramRef('Id')],
        requestBody: body('QuoteMessageRequest'),
        responses: {
          ...ok('201', 'Quote', 'The quote with the new message.'),
          '400': errorRef('ValidationError'),
          '404': errorRef('NotFound'),
        },
      }),
    },
    '/api/approvals': {
      get: operation('listApprovals', {
        tag: 'approvals',
        summary: 'Purchase approvals of the caller’s company',
        description: 'Buyers see the approvals of their own requests.',
        parameters: [
          {
            name: 'status',
            in: 'query',
            schema: { type: 'string', enum: ['pending', 'approved', 'denied', 'cancelled'] },
          },
          ...pageParams,
        ],
        responses: {
          ...ok('200', 'ApprovalPage', 'Newest first.'),
          '400': errorRef('ValidationError'),
        },
      }),
    },
    '/api/approvals/{id}/approve': {
      post: operation('approveApproval', {
        tag: 'approvals',
        summary: 'Approve the current level',
        description:
          'The last level releases the quote (approved) or the order (placed and invoiced). Nobody decides on their own request; one person decides at most one level.',
        parameters: [paramRef('Id')],
        requestBody: body('DecisionRequest', false),
        responses: {
          ...ok('200', 'Approval', 'The approval.'),
          '400': errorRef('ValidationError'),
          '403': errorResponse(
            'Not allowed (code "forbidden": wrong role for this level, or already decided the previous level), or the caller’s own request (code "self_approval").',
          ),
          '404': errorRef('NotFound'),
          '409': conflict('The approval is already decided (code "already_decided").'),
        },
      }),
    },
    '/api/approvals/{id}/deny': {
      post: operation('denyApproval', {
        tag: 'approvals',
        summary: 'Deny: the quote is denied, or the order cancelled and its stock released',
        parameters: [paramRef('Id')],
        requestBody: body('DecisionRequest', false),
        responses: {
          ...ok('200', 'Approval', 'The approval.'),
          '400': errorRef('ValidationError'),
          '403': errorResponse(
            'Not allowed (code "forbidden"), or the caller’s own request (code "self_approval").',
          ),
          '404': errorRef('NotFound'),
          '409': conflict('The approval is already decided (code "already_decided").'),
        },
      }),
    },
    '/api/companies/{id}': {
      get: operation('getCompany', {
        tag: 'companies',
        summary: 'The caller’s company: terms, members, their limits and spending',
        parameters: [paramRef('Id')],
        responses: { ...ok('200', 'Company', 'The company.'), '404': errorRef('NotFound') },
      }),
    },
    '/api/companies/{id}/members/{membershipId}': {
      patch: operation('updateMember', {
        tag: 'companies',
        summary: 'Change a member’s role or spending limit',
        parameters: [
          paramRef('Id'),
          { name: 'membershipId', in: 'path', required: true, schema: { type: 'string' } },
        ],
        requestBody: body('UpdateMemberRequest'),
        responses: {
          ...ok('200', 'Company', 'The company.'),
          '400': errorRef('ValidationError'),
          '404': errorRef('NotFound'),
        },
      }),
    },
    '/api/companies/{id}/approval-rules': {
      get: operation('listApprovalRules', {
        tag: 'companies',
        summary: 'When purchases need approval, and by whom',
        parameters: [paramRef('Id')],
        responses: {
          ...ok('200', 'ApprovalRuleList', 'Level 1 rules first.'),
          '404': errorRef('NotFound'),
        },
      }),
      put: operation('replaceApprovalRules', {
        tag: 'companies',
        summary: 'Replace the approval rules',
        parameters: [paramRef('Id')],
        requestBody: body('ApprovalRulesRequest'),
        responses: {
          ...ok('200', 'ApprovalRuleList', 'The new rules.'),
          '400': errorRef('ValidationError'),
          '404': errorRef('NotFound'),
        },
      }),
    },
    '/api/orders': {
      post: operation('createOrder', {
        tag: 'orders',
        summary: 'Order a cart or an accepted quote',
        description:
          'Prices, taxes and stock are worked out again on the server; the client’s expectedTotal is only compared. One order per call, split into one order per seller. B2C: a card payment record (pending). B2B: payment on invoice, one invoice per seller with the company’s terms — or, when the company’s rules or the buyer’s spending limit require it, status pending_approval until an approver decides.',
        parameters: [{ ...paramRef('IdempotencyKey') }],
        requestBody: body('CreateOrderRequest'),
        responses: {
          ...ok(
            '201',
            'Order',
            'The order (or, for a repeated key, the same order again).',
            replayedHeader,
          ),
          '400': errorRef('ValidationError'),
          '404': errorRef('NotFound'),
          '409': conflict(
            'The server’s figures differ from what the buyer saw (code "price_changed"; `details` has the new figures), stock is short (code "out_of_stock"; `details`), the cart is already an order (code "cart_checked_out"), the quote cannot be ordered (codes "invalid_transition", "quote_expired").',
          ),
          '422': errorRef('IdempotencyKeyReused'),
        },
      }),
      get: operation('listOrders', {
        tag: 'orders',
        summary: 'Orders the caller may see',
        description:
          'Consumers and buyers: their own. Approvers, admins, viewers: their company’s. Operator: all.',
        parameters: pageParams,
        responses: {
          ...ok('200', 'OrderPage', 'Newest first.'),
          '400': errorRef('ValidationError'),
        },
      }),
    },
    '/api/orders/{id}': {
      get: operation('getOrder', {
        tag: 'orders',
        summary: 'An order with its seller orders, invoices and payment',
        parameters: [paramRef('Id')],
        responses: { ...ok('200', 'Order', 'The order.'), '404': errorRef('NotFound') },
      }),
    },
    '/api/seller-orders': {
      get: operation('listSellerOrders', {
        tag: 'orders',
        summary: 'A seller’s orders (the operator sees every seller’s)',
        parameters: pageParams,
        responses: {
          ...ok('200', 'SellerOrderPage', 'Newest first.'),
          '400': errorRef('ValidationError'),
        },
      }),
    },
    '/api/seller-orders/{id}': {
      patch: operation('updateSellerOrder', {
        tag: 'orders',
        summary: 'Accept, ship, deliver or cancel (before shipping) a seller order',
        parameters: [paramRef('Id')],
        requestBody: body('UpdateSellerOrderRequest'),
        responses: {
          ...ok('200', 'SellerOrderView', 'The seller order.'),
          '400': errorRef('ValidationError'),
          '404': errorRef('NotFound'),
          '409': conflict('The status does not allow this move (code "invalid_transition").'),
        },
      }),
    },
    '/api/invoices': {
      get: operation('listInvoices', {
        tag: 'orders',
        summary: 'The company’s invoices with their due dates',
        parameters: pageParams,
        responses: {
          ...ok('200', 'InvoicePage', 'Newest first.'),
          '400': errorRef('ValidationError'),
        },
      }),
    },
    '/images/products/{id}.svg': {
      get: operation(
        'getProductImage',
        {
          tag: 'images',
          summary: 'A generated 4:3 illustration of the product, one of its views',
          parameters: [
            { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
            {
              name: 'view',
              in: 'query',
              required: false,
              description:
                'Which view: the front (default) or one the product has, as listed in the `images` of its detail. A view the product does not have: 404.',
              schema: { type: 'string', enum: ['front', 'detail', 'in-use', 'packaging'] },
            },
          ],
          responses: {
            '200': {
              description: 'SVG image, cacheable for a day.',
              headers: {
                'Cache-Control': {
                  schema: { type: 'string' },
                  description: 'public, max-age=86400',
                },
              },
              content: { 'image/svg+xml': { schema: { type: 'string' } } },
            },
            '404': errorRef('NotFound'),
          },
        },
        false,
      ),
    },
    '/documents/{id}.pdf': {
      get: operation(
        'getProductDocument',
        {
          tag: 'catalog',
          summary: 'A product document (one-page PDF generated from the product’s data)',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            '200': {
              description: 'PDF, cacheable for a day; its size is the document’s sizeBytes.',
              content: { 'application/pdf': { schema: { type: 'string' } } },
            },
            '404': errorRef('NotFound'),
          },
        },
        false,
      ),
    },
    '/openapi.json': {
      get: operation(
        'getOpenApiDocument',
        {
          tag: 'meta',
          summary: 'This OpenAPI document',
          responses: { ...ok('200', 'OpenApiDocument', 'OpenAPI 3.1 document.') },
        },
        false,
      ),
    },
  };
}

export type { Schema };
