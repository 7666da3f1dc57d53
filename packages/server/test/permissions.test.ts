import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { PERMISSIONS, type OperationId } from '../src/auth/permissions.js';
import { ROLES, type Role } from '../src/auth/roles.js';
import type { SignIn } from '../src/auth/service.js';
import type { Cart } from '../src/cart/types.js';
import type { Quote } from '../src/quotes/types.js';
import { loadDocument } from './contract.js';
import { startTestServer, type TestServer } from './helpers.js';

/*
 * The role × endpoint matrix. Every cell states, independently of the permission table, the
 * status a role gets when it calls the operation on something within its own reach:
 *   2xx / 400 / 404 — the role may call it (mutations are probed with an invalid body, so the
 *                     answer is a 400 that proves the request got past the permission check
 *                     without changing anything);
 *   401             — a guest who must sign in;
 *   403             — the role may not.
 * The test then checks that these expectations and the table the server enforces agree.
 */

/** Roles in the order of the columns below. */
const COLUMNS: readonly Role[] = [
  'guest',
  'consumer',
  'buyer',
  'approver',
  'admin',
  'viewer',
  'seller',
  'operator',
];
/** The persona playing each role (their first membership). */
const PLAYER: Record<Exclude<Role, 'guest'>, string> = {
  consumer: 'camille',
  buyer: 'lea',
  approver: 'julien',
  admin: 'sophie',
  viewer: 'paul',
  seller: 'antoine',
  operator: 'claire',
};

const row = (statuses: string): Record<Role, number> => {
  const numbers = statuses.trim().split(/\s+/).map(Number);
  assert.equal(numbers.length, COLUMNS.length, statuses);
  return Object.fromEntries(COLUMNS.map((role, i) => [role, numbers[i]!])) as Record<Role, number>;
};

//                        guest consumer buyer approver admin viewer seller operator
const EXPECTED: Record<OperationId, Record<Role, number>> = {
  getHealth: row('         200   200     200   200      200   200    200    200'),
  getOpenApiDocument: row('200   200     200   200      200   200    200    200'),
  listCategories: row('    200   200     200   200      200   200    200    200'),
  listProducts: row('      200   200     200   200      200   200    200    200'),
  suggest: row('           200   200     200   200      200   200    200    200'),
  getProduct: row('        200   200     200   200      200   200    200    200'),
  getProductImage: row('   200   200     200   200      200   200    200    200'),
  getProductDocument: row('200   200     200   200      200   200    200    200'),
  listProductReviews: row('200   200     200   200      200   200    200    200'),
  listPersonas: row('      200   200     200   200      200   200    200    200'),
  demoSignIn: row('        400   400     400   400      400   400    400    400'),
  signOut: row('           401   204     204   204      204   204    204    204'),
  getMe: row('             401   200     200   200      200   200    200    200'),
  createCart: row('        400   400     400   400      400   403    403    403'),
  getCart: row('           200   200     200   200      200   403    403    403'),
  addCartLine: row('       400   400     400   400      400   403    403    403'),
  updateCartLine: row('    400   400     400   400      400   403    403    403'),
  removeCartLine: row('    404   404     404   404      404   403    403    403'),
  createOrder: row('       400   400     400   400      400   403    403    403'),
  listOrders: row('        401   200     200   200      200   200    403    200'),
  getOrder: row('          401   200     200   200      200   200    403    200'),
  listSellerOrders: row('  401   403     403   403      403   403    200    200'),
  updateSellerOrder: row(' 401   403     403   403      403   403    400    403'),
  listInvoices: row('      401   403     403   200      200   200    403    200'),
  listQuotes: row('        401   403     200   200      200   200    200    200'),
  getQuote: row('          401   403     200   200      200   200    200    200'),
  createQuote: row('       401   403     400   400      400   403    403    403'),
  updateQuote: row('       401   403     400   400      400   403    403    403'),
  submitQuote: row('       401   403     400   400      400   403    403    403'),
  answerQuote: row('       401   403     403   403      403   403    400    403'),
  acceptQuote: row('       401   403     400   400      400   403    403    403'),
  rejectQuote: row('       401   403     400   400      400   403    403    403'),
  requestQuoteRevision: row('401 403     400   400      400   403    403    403'),
  cancelQuote: row('       401   403     400   400      400   403    400    403'),
  addQuoteMessage: row('   401   403     400   400      400   403    400    403'),
  listApprovals: row('     401   403     200   200      200   200    403    403'),
  approveApproval: row('   401   403     403   400      400   403    403    403'),
  denyApproval: row('      401   403     403   400      400   403    403    403'),
  getCompany: row('        401   403     200   200      200   200    403    403'),
  updateMember: row('      401   403     403   403      400   403    403    403'),
  listApprovalRules: row(' 401   403     200   200      200   200    403    403'),
  replaceApprovalRules: row('401 403     403   403      400   403    403    403'),
  createReview: row('      401   400     400   400      400   403    403    403'),
  listReviews: row('       401   403     403   403      403   403    403    200'),
  moderateReview: row('    401   403     403   403      403   403    403    400'),
};

let server: TestServer;
const headers: Partial<Record<Role, Record<string, string>>> = { guest: {} };
const carts: Partial<Record<Role, string>> = {};
let quoteId: string;
let companyOrderId: string;
let consumerOrderId: string;
let anonymousCart: string;

before(async () => {
  server = await startTestServer();
  for (const role of COLUMNS) {
    if (role !== 'guest') headers[role] = (await server.signIn(PLAYER[role])).headers;
  }
  for (const role of ['guest', 'consumer', 'buyer', 'approver', 'admin'] as const) {
    const cart = await server.call<Cart>('POST', '/api/carts', {}, headers[role]);
    assert.equal(cart.status, 201);
    carts[role] = cart.body.id;
  }
  anonymousCart = carts.guest!;
  // Léa's request to Bureau Plus, submitted so that the seller sees it.
  const offer = (
    await server.db.query<{ id: string }>(
      `SELECT id FROM offers WHERE seller_id = 's-01' AND stock > 0 ORDER BY id LIMIT 1`,
    )
  )[0]!.id;
  const quote = await server.call<Quote>(
    'POST',
    '/api/quotes',
    { lines: [{ offerId: offer, quantity: 3 }] },
    headers.buyer,
  );
  assert.equal(quote.status, 201, quote.text);
  quoteId = quote.body.id;
  const submitted = await server.call<Quote>(
    'POST',
    `/api/quotes/${quoteId}/submit`,
    {},
    headers.buyer,
  );
  assert.equal(submitted.status, 200, submitted.text);
  companyOrderId = (
    await server.db.query<{ id: string }>(
      `SELECT id FROM orders WHERE company_id = 'co-atelier-martin' ORDER BY id LIMIT 1`,
    )
  )[0]!.id;
  consumerOrderId = (
    await server.db.query<{ id: string }>(
      `SELECT id FROM orders WHERE user_id = 'u-camille' ORDER BY id LIMIT 1`,
    )
  )[0]!.id;
});
after(() => server.close());

interface Probe {
  method: string;
  path: string;
  body?: unknown;
  extraHeaders?: Record<string, string>;
}

const SHOPPER = new Set<Role>(['guest', 'consumer', 'buyer', 'approver', 'admin']);
const cartOf = (role: Role) => (SHOPPER.has(role) ? carts[role]! : anonymousCart);
const orderOf = (role: Role) => (role === 'consumer' ? consumerOrderId : companyOrderId);

/** One request per operation, aimed at something within the role's own reach. */
const PROBES: Record<OperationId, (role: Role) => Probe> = {
  getHealth: () => ({ method: 'GET', path: '/api/health' }),
  getOpenApiDocument: () => ({ method: 'GET', path: '/openapi.json' }),
  listCategories: () => ({ method: 'GET', path: '/api/categories' }),
  listProducts: () => ({ method: 'GET', path: '/api/products?pageSize=2' }),
  suggest: () => ({ method: 'GET', path: '/api/suggestions?q=cahier' }),
  getProduct: () => ({ method: 'GET', path: '/api/products/p-0001' }),
  getProductImage: () => ({ method: 'GET', path: '/images/products/p-0001.svg' }),
  getProductDocument: () => ({ method: 'GET', path: '/documents/d-p-0001-1.pdf' }),
  listProductReviews: () => ({ method: 'GET', path: '/api/products/p-0001/reviews' }),
  listPersonas: () => ({ method: 'GET', path: '/api/auth/personas' }),
  demoSignIn: () => ({ method: 'POST', path: '/api/auth/demo-sign-in', body: { persona: 5 } }),
  signOut: () => ({ method: 'POST', path: '/api/auth/sign-out' }),
  getMe: () => ({ method: 'GET', path: '/api/me' }),
  createCart: () => ({ method: 'POST', path: '/api/carts', body: { currency: 'USD' } }),
  getCart: (role) => ({ method: 'GET', path: `/api/carts/${cartOf(role)}` }),
  addCartLine: (role) => ({
    method: 'POST',
    path: `/api/carts/${cartOf(role)}/lines`,
    body: { offerId: '', quantity: 1 },
  }),
  updateCartLine: (role) => ({
    method: 'PATCH',
    path: `/api/carts/${cartOf(role)}/lines/${randomUUID()}`,
    body: { quantity: 0 },
  }),
  removeCartLine: (role) => ({
    method: 'DELETE',
    path: `/api/carts/${cartOf(role)}/lines/${randomUUID()}`,
  }),
  createOrder: (role) => ({ method: 'POST', path: '/api/orders', body: { cartId: cartOf(role) } }),
  listOrders: () => ({ method: 'GET', path: '/api/orders' }),
  getOrder: (role) => ({ method: 'GET', path: `/api/orders/${orderOf(role)}` }),
  listSellerOrders: () => ({ method: 'GET', path: '/api/seller-orders' }),
  updateSellerOrder: () => ({
    method: 'PATCH',
    path: '/api/seller-orders/so-1',
    body: { status: 'teleported' },
  }),
  listInvoices: () => ({ method: 'GET', path: '/api/invoices' }),
  listQuotes: () => ({ method: 'GET', path: '/api/quotes' }),
  getQuote: () => ({ method: 'GET', path: `/api/quotes/${quoteId}` }),
  createQuote: () => ({ method: 'POST', path: '/api/quotes', body: { lines: [] } }),
  updateQuote: () => ({ method: 'PATCH', path: `/api/quotes/${quoteId}`, body: { lines: [] } }),
  submitQuote: () => ({
    method: 'POST',
    path: `/api/quotes/${quoteId}/submit`,
    body: { message: 5 },
  }),
  answerQuote: () => ({ method: 'POST', path: `/api/quotes/${quoteId}/answer`, body: {} }),
  acceptQuote: () => ({
    method: 'POST',
    path: `/api/quotes/${quoteId}/accept`,
    body: { message: 5 },
  }),
  rejectQuote: () => ({
    method: 'POST',
    path: `/api/quotes/${quoteId}/reject`,
    body: { message: 5 },
  }),
  requestQuoteRevision: () => ({
    method: 'POST',
    path: `/api/quotes/${quoteId}/request-revision`,
    body: {},
  }),
  cancelQuote: () => ({
    method: 'POST',
    path: `/api/quotes/${quoteId}/cancel`,
    body: { message: 5 },
  }),
  addQuoteMessage: () => ({ method: 'POST', path: `/api/quotes/${quoteId}/messages`, body: {} }),
  listApprovals: () => ({ method: 'GET', path: '/api/approvals' }),
  approveApproval: () => ({
    method: 'POST',
    path: '/api/approvals/a-1/approve',
    body: { comment: 5 },
  }),
  denyApproval: () => ({ method: 'POST', path: '/api/approvals/a-1/deny', body: { comment: 5 } }),
  getCompany: () => ({ method: 'GET', path: '/api/companies/co-atelier-martin' }),
  updateMember: () => ({
    method: 'PATCH',
    path: '/api/companies/co-atelier-martin/members/m-karim',
    body: { role: 'boss' },
  }),
  listApprovalRules: () => ({
    method: 'GET',
    path: '/api/companies/co-atelier-martin/approval-rules',
  }),
  replaceApprovalRules: () => ({
    method: 'PUT',
    path: '/api/companies/co-atelier-martin/approval-rules',
    body: { rules: 'none' },
  }),
  createReview: () => ({
    method: 'POST',
    path: '/api/products/p-0001/reviews',
    body: { rating: 9, title: 'x', body: 'y' },
  }),
  listReviews: () => ({ method: 'GET', path: '/api/reviews' }),
  moderateReview: () => ({
    method: 'PATCH',
    path: '/api/reviews/rev-seed-001',
    body: { status: 'hidden' },
  }),
};

async function probe(operation: OperationId, role: Role): Promise<number> {
  const request = PROBES[operation](role);
  let roleHeaders = headers[role]!;
  if (operation === 'signOut' && role !== 'guest') {
    // Signing out revokes the token: use a throwaway one.
    const fresh = await server.call<SignIn>('POST', '/api/auth/demo-sign-in', {
      persona: PLAYER[role],
    });
    roleHeaders = { Authorization: `Bearer ${fresh.body.token}` };
  }
  const reply = await server.call(request.method, request.path, request.body, {
    ...roleHeaders,
    ...request.extraHeaders,
  });
  if (reply.status === 500) assert.fail(`${operation} as ${role}: ${reply.text}`);
  return reply.status;
}

describe('role × endpoint matrix', () => {
  test('covers every operation of the permission table and of the OpenAPI document', () => {
    const documented = Object.values(loadDocument().paths).flatMap((item) =>
      Object.values(item).map((operation) => operation.operationId),
    );
    assert.deepEqual(Object.keys(EXPECTED).sort(), Object.keys(PERMISSIONS).sort());
    assert.deepEqual([...documented].sort(), Object.keys(PERMISSIONS).sort());
    assert.deepEqual([...COLUMNS].sort(), [...ROLES].sort());
  });

  test('the expectations and the enforced table agree on who may call what', () => {
    for (const [operation, cells] of Object.entries(EXPECTED) as [
      OperationId,
      Record<Role, number>,
    ][]) {
      const allowed = COLUMNS.filter((role) => cells[role] !== 401 && cells[role] !== 403);
      assert.deepEqual(
        allowed,
        COLUMNS.filter((r) => PERMISSIONS[operation].includes(r as never)),
        operation,
      );
      // A guest who may not is asked to sign in; a signed-in role is refused.
      for (const role of COLUMNS) {
        if (PERMISSIONS[operation].includes(role as never)) continue;
        assert.equal(cells[role], role === 'guest' ? 401 : 403, `${operation} × ${role}`);
      }
    }
  });

  test('the x-vitrine-roles of every operation are the roles enforced', () => {
    for (const item of Object.values(loadDocument().paths)) {
      for (const operation of Object.values(item) as unknown as Record<string, unknown>[]) {
        const id = operation.operationId as OperationId;
        assert.deepEqual(operation['x-vitrine-roles'], [...PERMISSIONS[id]], id);
      }
    }
  });

  for (const operation of Object.keys(EXPECTED) as OperationId[]) {
    test(`${operation}`, async () => {
      const got: Record<string, number> = {};
      for (const role of COLUMNS) got[role] = await probe(operation, role);
      assert.deepEqual(got, EXPECTED[operation]);
    });
  }

  test('a refused mutation changed nothing', async () => {
    const quote = await server.call<Quote>(
      'GET',
      `/api/quotes/${quoteId}`,
      undefined,
      headers.buyer,
    );
    assert.equal(quote.body.status, 'submitted');
    assert.deepEqual(quote.body.messages, []);
    const rules = await server.db.query(
      `SELECT id FROM approval_rules WHERE company_id = 'co-atelier-martin'`,
    );
    assert.equal(rules.length, 3);
    const karim = await server.db.query<{ role: string }>(
      `SELECT role FROM memberships WHERE id = 'm-karim'`,
    );
    assert.equal(karim[0]!.role, 'buyer');
  });
});

describe('objects outside the caller’s reach are 404, whatever the role allows', () => {
  test('another company’s quote, company, order and members', async () => {
    const marc = (await server.signIn('marc')).headers;
    for (const [method, path, body] of [
      ['GET', `/api/quotes/${quoteId}`],
      ['POST', `/api/quotes/${quoteId}/cancel`, {}],
      ['POST', `/api/quotes/${quoteId}/messages`, { body: 'Bonjour' }],
      ['GET', '/api/companies/co-atelier-martin'],
      ['GET', '/api/companies/co-atelier-martin/approval-rules'],
      ['PATCH', '/api/companies/co-atelier-martin/members/m-karim', { role: 'admin' }],
      ['PUT', '/api/companies/co-atelier-martin/approval-rules', { rules: [] }],
      ['GET', `/api/orders/${companyOrderId}`],
    ] as const) {
      const reply = await server.call(method, path, body, marc);
      assert.equal(reply.status, 404, `${method} ${path}`);
      assert.equal(reply.body.error.code, 'not_found');
    }
    const theirs = await server.call<{ items: { id: string }[] }>(
      'GET',
      '/api/quotes',
      undefined,
      marc,
    );
    assert.ok(!theirs.body.items.some((q) => q.id === quoteId));
  });

  test('a buyer sees only their own requests; another seller sees nothing', async () => {
    const karim = (await server.signIn('karim')).headers;
    assert.equal(
      (await server.call('GET', `/api/quotes/${quoteId}`, undefined, karim)).status,
      404,
    );
    const list = await server.call<{ items: { id: string }[] }>(
      'GET',
      '/api/quotes',
      undefined,
      karim,
    );
    assert.ok(!list.body.items.some((q) => q.id === quoteId));

    const ines = (await server.signIn('ines')).headers;
    assert.equal((await server.call('GET', `/api/quotes/${quoteId}`, undefined, ines)).status, 404);
    const answer = await server.call(
      'POST',
      `/api/quotes/${quoteId}/answer`,
      {
        lines: [{ lineId: 'x', unitPrice: 1 }],
        validUntil: new Date(Date.now() + 86_400_000).toISOString().slice(0, 10),
      },
      ines,
    );
    assert.equal(answer.status, 404);
  });

  test('a cart belongs to whoever created it while signed in', async () => {
    for (const role of ['guest', 'consumer', 'approver'] as const) {
      const reply = await server.call('GET', `/api/carts/${carts.buyer}`, undefined, headers[role]);
      assert.equal(reply.status, 404, role);
    }
    const add = await server.call(
      'POST',
      `/api/carts/${carts.buyer}/lines`,
      { offerId: 'o-00001', quantity: 1 },
      headers.consumer,
    );
    assert.equal(add.status, 404);
    // An anonymous cart is open to whoever holds its id.
    assert.equal(
      (await server.call('GET', `/api/carts/${anonymousCart}`, undefined, headers.buyer)).status,
      200,
    );
  });

  test('a consumer does not see company orders, nor a company member consumer orders', async () => {
    assert.equal(
      (await server.call('GET', `/api/orders/${companyOrderId}`, undefined, headers.consumer))
        .status,
      404,
    );
    assert.equal(
      (await server.call('GET', `/api/orders/${consumerOrderId}`, undefined, headers.admin)).status,
      404,
    );
  });

  test('sellers never see drafts', async () => {
    const draft = await server.call<Quote>(
      'POST',
      '/api/quotes',
      { lines: [{ offerId: 'o-00001', quantity: 1 }] },
      headers.buyer,
    );
    assert.equal(draft.status, 201);
    const seller = await server.call(
      'GET',
      `/api/quotes/${draft.body.id}`,
      undefined,
      (await server.signIn('antoine')).headers,
    );
    assert.equal(seller.status, 404);
  });
});
