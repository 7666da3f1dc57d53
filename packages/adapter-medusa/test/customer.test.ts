import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_QUERY, isVitrineError } from '@vitrine/core';
import type { ReplayRoute } from '@vitrine/conformance';
import { createMedusaAdapter } from '../src/index.js';
import {
  BASE_URL,
  catalogRoutes,
  fixture,
  KEY,
  productListAnswer,
  recordingFetch,
} from './support/recorded.js';

const EMAIL = 'buyer+1795354410@acme.example';
const PASSWORD = 'right password';
/** Stands for the JWT Medusa issues; its content is Medusa's business, not the adapter's. */
const TOKEN = 'token-of-the-wholesale-buyer';

const signedIn = ({ headers }: { headers: Headers }) =>
  headers.get('authorization') === `Bearer ${TOKEN}`;

/**
 * The customer's answers. The sign-in answer was not recorded: Medusa's route answers
 * `{ token }` on success and 401 on wrong credentials, with its error body { type, message }.
 * The customer is the recorded one (customer_create.json: Bob Buyer of ACME GmbH), whose
 * catalog was recorded signed in (products_list_eu_wholesale_customer.json).
 */
const routes: ReplayRoute[] = [
  {
    method: 'POST',
    path: /^\/auth\/customer\/emailpass$/,
    when: ({ body }) => (body as { password?: string }).password === PASSWORD,
    response: { token: TOKEN },
  },
  {
    method: 'POST',
    path: /^\/auth\/customer\/emailpass$/,
    status: 401,
    response: { type: 'unauthorized', message: 'Invalid email or password' },
  },
  {
    method: 'GET',
    path: /^\/store\/customers\/me$/,
    when: signedIn,
    response: fixture('customer_create'),
  },
  {
    method: 'GET',
    path: /^\/store\/products$/,
    when: signedIn,
    response: productListAnswer('products_list_eu_wholesale_customer'),
  },
  ...catalogRoutes(),
];

function adapter() {
  const replay = recordingFetch(routes);
  return {
    adapter: createMedusaAdapter({
      baseUrl: BASE_URL,
      publishableKey: KEY,
      countryCode: 'de',
      fetch: replay.fetch,
    }),
    sent: replay.sent,
  };
}

describe('customer sign-in', () => {
  it('signs in by e-mail and password, then reads the customer with the token', async () => {
    const { adapter: medusa, sent } = adapter();
    assert.deepEqual(medusa.capabilities.signIn, ['password']);
    const customer = await medusa.signIn!({ kind: 'password', email: EMAIL, password: PASSWORD });
    assert.deepEqual(customer, {
      id: 'cus_01M81QCG4YYEPZSGV8ZE7H13YT',
      name: 'Bob Buyer',
      email: EMAIL,
      company: { id: 'ACME GmbH', name: 'ACME GmbH' },
    });
    const [auth, me] = sent;
    assert.equal(auth?.path, '/auth/customer/emailpass');
    assert.deepEqual(auth?.body, { email: EMAIL, password: PASSWORD });
    assert.equal(auth?.headers.get('authorization'), null);
    assert.equal(me?.path, '/store/customers/me');
    assert.equal(me?.headers.get('authorization'), `Bearer ${TOKEN}`);
    assert.equal(me?.headers.get('x-publishable-api-key'), KEY);
  });

  it('shows the signed-in customer their group’s prices, and a guest’s after sign-out', async () => {
    const { adapter: medusa } = adapter();
    const chairPrice = async () =>
      (await medusa.listProducts(DEFAULT_QUERY)).items[0]?.bestOffer?.price.amount;
    assert.equal(await chairPrice(), 24900); // 249 € for a guest
    await medusa.signIn!({ kind: 'password', email: EMAIL, password: PASSWORD });
    assert.equal(await chairPrice(), 18900); // 189 € in the Wholesale EUR price list
    await medusa.signOut!();
    assert.equal(await chairPrice(), 24900);
  });

  it('refuses wrong credentials as a validation error and stays a guest', async () => {
    const { adapter: medusa, sent } = adapter();
    await assert.rejects(
      medusa.signIn!({ kind: 'password', email: EMAIL, password: 'wrong' }),
      (error) =>
        isVitrineError(error) &&
        error.code === 'validation' &&
        error.status === 401 &&
        error.message === 'Invalid email or password',
    );
    await medusa.listProducts(DEFAULT_QUERY);
    assert.equal(sent.at(-1)?.headers.get('authorization'), null);
  });

  it('refuses a kind of sign-in Medusa does not have', async () => {
    const { adapter: medusa, sent } = adapter();
    await assert.rejects(
      medusa.signIn!({ kind: 'persona', persona: 'camille' }),
      (error) => isVitrineError(error) && error.code === 'invalid-input',
    );
    assert.equal(sent.length, 0);
  });
});
