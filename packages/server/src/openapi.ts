import { parameters, paths, responses } from './openapi/paths.js';
import { schemas } from './openapi/schemas.js';

/*
 * The OpenAPI 3.1 description of every route, written by hand next to the code it describes
 * (src/openapi/). Tests send real requests and validate every JSON response against these
 * schemas, check that every route of the app is listed here, and that the roles each operation
 * lists (x-vitrine-roles) are the ones the server enforces. Response objects are closed
 * (additionalProperties: false) so that an undocumented field fails the tests.
 */

export function openApiDocument(options: { demoMode?: boolean } = {}) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Vitrine reference marketplace API',
      version: '0.2.0',
      summary:
        'Catalog, offers, carts, quotes, approvals, orders and reviews for the Vitrine storefront components.',
      description: [
        'Money is always an integer amount of minor units with an ISO 4217 currency; prices are HT (excluding VAT) and VAT rates are basis points of a percent. Every error has the shape of the Error schema. CORS is open to any origin on /api/*. Bodies are limited to 64 KB.',
        'Identity: `Authorization: Bearer <token>` (from POST /api/auth/demo-sign-in in demo mode). Without it the caller is a guest. `X-Vitrine-Membership` picks which of the caller’s memberships (and so which role) a request acts through; the server checks it. Each operation lists the roles allowed in `x-vitrine-roles`; objects outside the caller’s reach (another company’s quote…) answer 404.',
        'Money-moving calls (POST /api/orders, POST /api/quotes/{id}/accept) honour `Idempotency-Key`.',
      ].join('\n\n'),
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/' }],
    tags: [
      { name: 'auth', description: 'Sign-in (demo personas) and the caller’s identity' },
      { name: 'catalog', description: 'Categories, products, offers, documents' },
      { name: 'cart', description: 'Carts kept on the server' },
      { name: 'quotes', description: 'Requests for quote between company members and sellers' },
      { name: 'approvals', description: 'Purchase approvals inside a company' },
      { name: 'companies', description: 'Company accounts: members, limits, approval rules' },
      { name: 'orders', description: 'Orders split per seller, invoices, payments' },
      { name: 'reviews', description: 'Ratings and reviews by verified buyers, moderated' },
      { name: 'images', description: 'Generated product pictures' },
      { name: 'meta', description: 'Health and this document' },
    ],
    paths: paths({ demoMode: options.demoMode ?? true }),
    components: {
      schemas,
      responses,
      parameters,
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'A token from POST /api/auth/demo-sign-in (demo mode). Valid 12 hours.',
        },
      },
    },
  };
}
