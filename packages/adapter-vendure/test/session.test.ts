import {
  createStorefront,
  isVitrineError,
  memoryStorage,
  type KeyValueStorage,
} from '@vitrine/core';
import { settledSession } from '@vitrine/conformance';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createVendureAdapter } from '../src/index.js';
import { recording } from './support/recordings.js';
import { graphqlError, scriptedShop, type ScriptedCall } from './support/scripted-shop.js';
import { SHOP_URL } from './support/shop-replay.js';

const EMAIL = 'buyer+1795354736229@acme.example';
/** The recordings keep no headers: the token values are the test's own. */
const CUSTOMER_TOKEN = 'customer-session';
const GUEST_TOKEN = 'guest-session';

const login = recording('customer_login').response.data.login as { id: string; identifier: string };

/**
 * Not recorded: `activeCustomer` was not asked of the recorded shop. This answer is built from
 * the recorded `login` answer: the user's id ("2") and its identifier, which is the customer's
 * e-mail address under Vendure's native strategy. The customer's own id and names were not
 * recorded: "1" is made up, and the names are left empty (Vendure's `String!` allows it).
 */
const ACTIVE_CUSTOMER = {
  id: '1',
  firstName: '',
  lastName: '',
  emailAddress: login.identifier,
  user: { id: login.id },
};

/** The customer as sign-in shows it (customer.test.ts): the same after a reload. */
const SIGNED_IN = { id: '2', name: EMAIL, email: EMAIL };

/**
 * A shop that knows one customer's session: `login` answers as recorded and hands out its token;
 * `activeCustomer` is that customer for that token and null for any other session (a guest's).
 */
function shop(answer?: (call: ScriptedCall) => Response | undefined) {
  return scriptedShop((call) => {
    const scripted = answer?.(call);
    if (scripted) return scripted;
    switch (call.operationName) {
      case 'SignIn':
        return Response.json(recording('customer_login').response, {
          headers: { 'vendure-auth-token': CUSTOMER_TOKEN },
        });
      case 'ActiveCustomer':
        return Response.json({
          data: {
            activeCustomer:
              call.authorization === `Bearer ${CUSTOMER_TOKEN}` ? ACTIVE_CUSTOMER : null,
          },
        });
      case 'SignOut':
        // Not recorded: `logout` answers Success { success: true }.
        return Response.json({ data: { logout: { success: true } } });
      default:
        return new Response('Not scripted', { status: 500 });
    }
  });
}

/** One page's adapter; a second one over the same storage is the page after a reload. */
function pageOn(sessionStore?: KeyValueStorage, answer?: Parameters<typeof shop>[0]) {
  const { fetch, calls } = shop(answer);
  const adapter = createVendureAdapter({
    baseUrl: SHOP_URL,
    fetch,
    ...(sessionStore && { sessionStore }),
  });
  return { adapter, calls };
}

const SESSION_KEY = `vitrine:session:${SHOP_URL}`;
const STORE_KEY = `vitrine:vendure:${SHOP_URL}`;

describe('the session token in a storefront', () => {
  it('lives in the storefront’s storage: the customer is shown again after a reload', async () => {
    const storage = memoryStorage();
    const sessionStore = memoryStorage();
    const first = createStorefront({ adapter: pageOn(sessionStore).adapter, storage });
    await first.signIn({ kind: 'password', email: EMAIL, password: 'secret' });
    assert.equal(storage.get(SESSION_KEY), CUSTOMER_TOKEN);
    assert.equal(
      sessionStore.get(STORE_KEY),
      undefined,
      'the storefront’s place, not the option’s',
    );

    const reloaded = pageOn();
    const storefront = createStorefront({ adapter: reloaded.adapter, storage });
    assert.equal(storefront.$customer.get().status, 'loading');
    const session = await settledSession(storefront);
    assert.equal(session.error, undefined);
    assert.equal(session.customer?.id, SIGNED_IN.id, 'the user’s id, as sign-in gave it');
    assert.equal(session.customer?.name, SIGNED_IN.name);
    assert.equal(session.customer?.email, SIGNED_IN.email);
    assert.deepEqual(
      reloaded.calls.map((call) => [call.operationName, call.authorization]),
      [['ActiveCustomer', `Bearer ${CUSTOMER_TOKEN}`]],
    );
  });

  it('shows a guest when Vendure has no active customer for the kept token', async () => {
    const storage = memoryStorage();
    // A guest's session: Vendure opened it for the cart, nobody signed in.
    storage.set(SESSION_KEY, GUEST_TOKEN);

    const page = pageOn();
    const storefront = createStorefront({ adapter: page.adapter, storage });
    const session = await settledSession(storefront);
    assert.equal(session.customer, undefined);
    assert.equal(session.error, undefined);
    assert.deepEqual(
      page.calls.map((call) => [call.operationName, call.authorization]),
      [['ActiveCustomer', `Bearer ${GUEST_TOKEN}`]],
    );
    assert.equal(storage.get(SESSION_KEY), GUEST_TOKEN, 'the guest’s session (and cart) is kept');
  });

  it('forgets the token on sign-out: the next page is a guest’s, asked nothing', async () => {
    const storage = memoryStorage();
    const first = pageOn();
    const storefront = createStorefront({ adapter: first.adapter, storage });
    await storefront.signIn({ kind: 'password', email: EMAIL, password: 'secret' });
    assert.equal(storage.get(SESSION_KEY), CUSTOMER_TOKEN);
    await storefront.signOut();
    assert.equal(first.calls.at(-1)?.operationName, 'SignOut');
    assert.equal(first.calls.at(-1)?.authorization, `Bearer ${CUSTOMER_TOKEN}`);
    assert.equal(storage.get(SESSION_KEY), undefined);

    const next = pageOn();
    const reloaded = createStorefront({ adapter: next.adapter, storage });
    assert.equal(reloaded.$customer.get().status, 'ready');
    assert.equal(reloaded.$customer.get().customer, undefined);
    assert.equal(await next.adapter.currentCustomer!(), undefined);
    assert.equal(next.calls.length, 0);
  });
});

/** Not recorded: the FORBIDDEN error as Vendure's ForbiddenError sends it, for activeCustomer. */
const refusingTheSession = (call: ScriptedCall) =>
  call.operationName === 'ActiveCustomer'
    ? graphqlError(
        'FORBIDDEN',
        'You are not currently authorized to perform this action',
        'activeCustomer',
      )
    : undefined;

describe('the session token in the sessionStore option', () => {
  it('keeps the customer after a reload without a storefront', async () => {
    const store = memoryStorage();
    await pageOn(store).adapter.signIn!({ kind: 'password', email: EMAIL, password: 'secret' });
    assert.equal(store.get(STORE_KEY), CUSTOMER_TOKEN);

    const reloaded = pageOn(store);
    assert.deepEqual(await reloaded.adapter.currentCustomer!(), SIGNED_IN);
    assert.equal(reloaded.calls[0]?.authorization, `Bearer ${CUSTOMER_TOKEN}`);
  });

  it('is a guest without a token, known without asking Vendure', async () => {
    const page = pageOn(memoryStorage());
    assert.equal(await page.adapter.currentCustomer!(), undefined);
    assert.equal(page.calls.length, 0);
  });

  it('forgets a token Vendure refuses (FORBIDDEN) and reads it as a guest', async () => {
    const store = memoryStorage();
    store.set(STORE_KEY, CUSTOMER_TOKEN);
    const page = pageOn(store, refusingTheSession);
    assert.equal(await page.adapter.currentCustomer!(), undefined);
    assert.equal(page.calls[0]?.authorization, `Bearer ${CUSTOMER_TOKEN}`);
    assert.equal(store.get(STORE_KEY), undefined);
  });

  it('is not signed in when Vendure refuses the session right after login', async () => {
    const store = memoryStorage();
    const page = pageOn(store, refusingTheSession);
    await assert.rejects(
      page.adapter.signIn!({ kind: 'password', email: EMAIL, password: 'secret' }),
      isVitrineError,
    );
    assert.equal(store.get(STORE_KEY), undefined, 'no token kept for a refused session');
    assert.equal(await page.adapter.currentCustomer!(), undefined);
  });

  it('reports other failures to read the customer', async () => {
    const store = memoryStorage();
    store.set(STORE_KEY, CUSTOMER_TOKEN);
    const page = pageOn(store, () => new Response('Bad gateway', { status: 502 }));
    await assert.rejects(
      page.adapter.currentCustomer!(),
      (error) => isVitrineError(error) && error.code === 'server',
    );
    assert.equal(store.get(STORE_KEY), CUSTOMER_TOKEN, 'a failing shop ends no session');
  });
});
