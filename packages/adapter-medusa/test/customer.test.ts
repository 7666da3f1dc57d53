import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_QUERY, isVitrineError } from '@vitrine/core';
import { createMedusaAdapter } from '../src/index.js';
import { BOB, customerRoutes, EMAIL, PASSWORD, TOKEN } from './support/customer.js';
import { BASE_URL, KEY, recordingFetch } from './support/recorded.js';

function adapter() {
  const replay = recordingFetch(customerRoutes());
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
    // customer_create.json: Bob Buyer, company_name ACME GmbH.
    assert.deepEqual(customer, BOB);
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
