import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Me, SignIn } from '../src/auth/service.js';
import { startTestServer, type TestServer } from './helpers.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

const me = (headers: Record<string, string>) =>
  server.call<Me>('GET', '/api/me', undefined, headers);

/** A quote request the buyer may send: one line of a seeded offer. */
const QUOTE = { lines: [{ offerId: 'o-00001', quantity: 2 }] };

describe('GET /api/me lists what the active role may do', () => {
  test('a viewer reads the company’s orders, quotes and invoices, and asks for nothing', async () => {
    const paul = await server.signIn('paul');
    const reply = await me(paul.headers);
    assert.equal(reply.status, 200);
    assert.equal(reply.body.role, 'viewer');
    // Read by hand from auth/permissions.ts, in its order: the public catalog and sign-in rows,
    // the signed-in rows, then the rows that name the viewer (orders, invoices, quotes,
    // approvals, the company). No cart (viewers do not buy), no quote request.
    assert.deepEqual(reply.body.permissions, [
      'getHealth',
      'getOpenApiDocument',
      'listCategories',
      'listProducts',
      'suggest',
      'getProduct',
      'getProductImage',
      'getProductDocument',
      'listProductReviews',
      'listPersonas',
      'demoSignIn',
      'signOut',
      'getMe',
      'listOrders',
      'getOrder',
      'listInvoices',
      'listQuotes',
      'getQuote',
      'listApprovals',
      'getCompany',
      'listApprovalRules',
    ]);
    // The list says what the server enforces: the viewer's quote request is refused.
    const refused = await server.call('POST', '/api/quotes', QUOTE, paul.headers);
    assert.equal(refused.status, 403);
  });

  test('a buyer may request quotes; the same person as a consumer may not', async () => {
    const lea = await server.signIn('lea');
    const asBuyer = await me(lea.headers);
    assert.equal(asBuyer.body.activeMembershipId, 'm-lea-buyer');
    for (const operation of ['createQuote', 'updateQuote', 'submitQuote', 'addCartLine']) {
      assert.ok(asBuyer.body.permissions.includes(operation as never), operation);
    }
    for (const operation of ['answerQuote', 'approveApproval', 'listInvoices', 'moderateReview']) {
      assert.ok(!asBuyer.body.permissions.includes(operation as never), operation);
    }
    const created = await server.call('POST', '/api/quotes', QUOTE, lea.headers);
    assert.equal(created.status, 201, created.text);

    const asConsumer = await me(lea.as('m-lea-consumer'));
    assert.equal(asConsumer.body.role, 'consumer');
    assert.ok(asConsumer.body.permissions.includes('createReview'));
    assert.ok(!asConsumer.body.permissions.includes('createQuote'));
    assert.ok(!asConsumer.body.permissions.includes('listQuotes'));
    const refused = await server.call('POST', '/api/quotes', QUOTE, lea.as('m-lea-consumer'));
    assert.equal(refused.status, 403);
  });

  test('the sign-in answer carries the same list as GET /api/me', async () => {
    const signIn = await server.call<SignIn>('POST', '/api/auth/demo-sign-in', {
      persona: 'julien',
    });
    assert.equal(signIn.status, 201);
    const again = await me({ Authorization: `Bearer ${signIn.body.token}` });
    assert.equal(signIn.body.me.role, 'approver');
    assert.deepEqual(signIn.body.me.permissions, again.body.permissions);
    // Approvers both request quotes and decide on approvals.
    assert.ok(signIn.body.me.permissions.includes('createQuote'));
    assert.ok(signIn.body.me.permissions.includes('approveApproval'));
  });
});
