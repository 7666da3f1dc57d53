import { isVitrineError, memoryStorage } from '@vitrine/core';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createVendureAdapter } from '../src/index.js';
import { recording } from './support/recordings.js';
import { scriptedShop } from './support/scripted-shop.js';
import { recordedShop, SHOP_URL } from './support/shop-replay.js';

const EMAIL = 'buyer+1795354736229@acme.example';

describe('customers', () => {
  it('signs in with the login mutation, by e-mail when the shop does not name the customer', async () => {
    const shop = recordedShop();
    const adapter = createVendureAdapter({ baseUrl: SHOP_URL, fetch: shop.fetch });
    assert.deepEqual(adapter.capabilities.signIn, ['password']);

    const customer = await adapter.signIn!({ kind: 'password', email: EMAIL, password: 'secret' });
    assert.deepEqual(shop.sent[0]?.body.variables, { username: EMAIL, password: 'secret' });
    // The recorded answer: CurrentUser { id: "2", identifier: the e-mail }. `activeCustomer`
    // was not recorded (the replay answers 501): signed in all the same, named by the e-mail.
    assert.match(shop.sent[1]?.body.query ?? '', /activeCustomer/);
    assert.deepEqual(customer, { id: '2', name: EMAIL, email: EMAIL });
  });

  it('names the customer as the session’s customer, in the signed-in session', async () => {
    const { fetch, calls } = scriptedShop((call) =>
      call.operationName === 'SignIn'
        ? Response.json(recording('customer_login').response, {
            headers: { 'vendure-auth-token': 'customer-session' },
          })
        : // Not recorded: the customer of the recorded user ("2"), named.
          Response.json({
            data: {
              activeCustomer: {
                id: '1',
                firstName: 'Bob',
                lastName: 'Buyer',
                emailAddress: EMAIL,
                user: { id: '2' },
              },
            },
          }),
    );
    const adapter = createVendureAdapter({ baseUrl: SHOP_URL, fetch });
    const customer = await adapter.signIn!({ kind: 'password', email: EMAIL, password: 'secret' });
    assert.deepEqual(customer, { id: '2', name: 'Bob Buyer', email: EMAIL });
    assert.deepEqual(
      calls.map((call) => [call.operationName, call.authorization]),
      [
        ['SignIn', null],
        ['ActiveCustomer', 'Bearer customer-session'],
      ],
    );
  });

  it('turns wrong credentials into a validation error', async () => {
    // Not recorded: InvalidCredentialsError as Vendure's NativeAuthenticationResult sends it.
    const { fetch } = scriptedShop(() =>
      Response.json({
        data: {
          login: {
            __typename: 'InvalidCredentialsError',
            errorCode: 'INVALID_CREDENTIALS_ERROR',
            message: 'The provided credentials are invalid',
          },
        },
      }),
    );
    const adapter = createVendureAdapter({ baseUrl: SHOP_URL, fetch });
    await assert.rejects(
      adapter.signIn!({ kind: 'password', email: EMAIL, password: 'wrong' }),
      (error) =>
        isVitrineError(error) &&
        error.code === 'validation' &&
        error.message === 'The e-mail address or the password is wrong.',
    );
  });

  it('takes passwords only', async () => {
    const shop = recordedShop();
    const adapter = createVendureAdapter({ baseUrl: SHOP_URL, fetch: shop.fetch });
    await assert.rejects(
      adapter.signIn!({ kind: 'persona', persona: 'buyer' }),
      (error) => isVitrineError(error) && error.code === 'invalid-input',
    );
    assert.equal(shop.sent.length, 0);
  });

  it('signs out and forgets the session token, even when the shop cannot be told', async () => {
    const store = memoryStorage();
    const { fetch, calls } = scriptedShop((call) =>
      call.operationName === 'SignIn'
        ? Response.json(recording('customer_login').response, {
            // The recordings keep no headers: the token value is the test's own.
            headers: { 'vendure-auth-token': 'customer-session' },
          })
        : new Response('Bad gateway', { status: 502 }),
    );
    const adapter = createVendureAdapter({ baseUrl: SHOP_URL, fetch, sessionStore: store });
    await adapter.signIn!({ kind: 'password', email: EMAIL, password: 'secret' });
    await assert.rejects(adapter.signOut!());

    assert.equal(calls.at(-1)?.operationName, 'SignOut');
    assert.equal(calls.at(-1)?.authorization, 'Bearer customer-session');
    assert.equal(store.get(`vitrine:vendure:${SHOP_URL}`), undefined);
  });
});
