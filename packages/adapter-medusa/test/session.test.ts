import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  createStorefront,
  DEFAULT_QUERY,
  isVitrineError,
  memoryStorage,
  type CommerceAdapter,
  type KeyValueStorage,
} from '@vitrine/core';
import { settledSession, type ReplayRoute } from '@vitrine/conformance';
import { createMedusaAdapter } from '../src/index.js';
import {
  BOB,
  customerRoutes,
  EMAIL,
  expiredTokenRoutes,
  PASSWORD,
  TOKEN,
} from './support/customer.js';
import { BASE_URL, KEY, recordingFetch } from './support/recorded.js';

/** One page's adapter; a second one on the same store is the page after a reload. */
function pageOn(
  sessionStore: KeyValueStorage | undefined,
  routes: ReplayRoute[] = customerRoutes(),
) {
  const replay = recordingFetch(routes);
  const adapter = createMedusaAdapter({
    baseUrl: BASE_URL,
    publishableKey: KEY,
    countryCode: 'de',
    fetch: replay.fetch,
    ...(sessionStore && { sessionStore }),
  });
  return { adapter, sent: replay.sent };
}

const signIn = (adapter: CommerceAdapter) =>
  adapter.signIn!({ kind: 'password', email: EMAIL, password: PASSWORD });

/** The chair's price in the first page of the catalog, in cents. */
const chairPrice = async (adapter: CommerceAdapter) =>
  (await adapter.listProducts(DEFAULT_QUERY)).items[0]?.bestOffer?.price.amount;

// The recorded chair: 249 € for a guest (products_list_eu_de.json), 189 € in the Wholesale
// price list the signed-in customer's group gets (products_list_eu_wholesale_customer.json).
const GUEST_PRICE = 24900;
const WHOLESALE_PRICE = 18900;

describe('the customer’s token kept in the session store', () => {
  it('keeps the customer signed in after a reload', async () => {
    const store = memoryStorage();
    await signIn(pageOn(store).adapter);

    const reloaded = pageOn(store);
    assert.deepEqual(await reloaded.adapter.currentCustomer!(), BOB);
    assert.equal(reloaded.sent[0]?.path, '/store/customers/me');
    assert.equal(reloaded.sent[0]?.headers.get('authorization'), `Bearer ${TOKEN}`);
    assert.equal(await chairPrice(reloaded.adapter), WHOLESALE_PRICE);
  });

  it('forgets it on sign-out: the next page is a guest’s', async () => {
    const store = memoryStorage();
    const page = pageOn(store);
    await signIn(page.adapter);
    await page.adapter.signOut!();

    const reloaded = pageOn(store);
    assert.equal(await reloaded.adapter.currentCustomer!(), undefined);
    assert.equal(reloaded.sent.length, 0, 'a guest is known without asking Medusa');
    assert.equal(await chairPrice(reloaded.adapter), GUEST_PRICE);
    assert.equal(reloaded.sent[0]?.headers.get('authorization'), null);
  });

  it('keeps nothing after wrong credentials', async () => {
    const store = memoryStorage();
    await assert.rejects(
      pageOn(store).adapter.signIn!({ kind: 'password', email: EMAIL, password: 'wrong' }),
      (error) => isVitrineError(error) && error.code === 'validation' && error.status === 401,
    );
    const reloaded = pageOn(store);
    assert.equal(await reloaded.adapter.currentCustomer!(), undefined);
    assert.equal(reloaded.sent.length, 0);
  });

  it('forgets a token Medusa refuses, and shows the shop to a guest', async () => {
    const store = memoryStorage();
    await signIn(pageOn(store).adapter);

    // Days later the token has expired: Medusa answers 401 to it, even for the catalog.
    const later = pageOn(store, expiredTokenRoutes());
    assert.equal(await chairPrice(later.adapter), GUEST_PRICE);
    const [refused, asGuest] = later.sent;
    assert.equal(refused?.headers.get('authorization'), `Bearer ${TOKEN}`);
    assert.equal(asGuest?.path, refused?.path, 'the same request, made again');
    assert.equal(asGuest?.headers.get('authorization'), null);
    // The regions were asked first: the product list went out once with the token, once without.
    assert.deepEqual(
      later.sent.map(({ path, headers }) => [path, headers.has('authorization')]),
      [
        ['/store/regions', true],
        ['/store/regions', false],
        ['/store/products', false],
      ],
    );

    const next = pageOn(store, expiredTokenRoutes());
    assert.equal(await next.adapter.currentCustomer!(), undefined);
    assert.equal(next.sent.length, 0, 'the refused token is gone from the store');
  });

  it('reads a refused token as a guest when the page opens', async () => {
    const store = memoryStorage();
    await signIn(pageOn(store).adapter);

    const later = pageOn(store, expiredTokenRoutes());
    assert.equal(await later.adapter.currentCustomer!(), undefined);
    // Asked once with the token; a guest has no record of their own to ask for again.
    assert.deepEqual(
      later.sent.map(({ path, headers }) => [path, headers.get('authorization')]),
      [['/store/customers/me', `Bearer ${TOKEN}`]],
    );
  });
});

describe('the customer’s token in a storefront', () => {
  it('lives in the storefront’s storage: the storefront shows the customer after a reload', async () => {
    const storage = memoryStorage();
    const first = createStorefront({ adapter: pageOn(undefined).adapter, storage });
    await first.signIn({ kind: 'password', email: EMAIL, password: PASSWORD });

    const reloaded = pageOn(undefined);
    const storefront = createStorefront({ adapter: reloaded.adapter, storage });
    assert.equal(storefront.$customer.get().status, 'loading');
    const session = await settledSession(storefront);
    assert.equal(session.customer?.name, 'Bob Buyer');
    assert.equal(session.customer?.company?.name, 'ACME GmbH');
    assert.equal(reloaded.sent[0]?.headers.get('authorization'), `Bearer ${TOKEN}`);

    await storefront.signOut();
    const signedOut = createStorefront({ adapter: pageOn(undefined).adapter, storage });
    assert.equal(signedOut.$customer.get().status, 'ready');
    assert.equal(signedOut.$customer.get().customer, undefined);
  });
});
