import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createMemoryAdapter, sampleProducts, samplePersonas } from '@vitrine/adapter-memory';
import {
  createStorefront,
  memoryStorage,
  VitrineError,
  type CommerceAdapter,
  type KeyValueStorage,
  type SessionState,
} from '../src/index.ts';

const SESSION_KEY = 'vitrine:session:memory';

/** The memory backend with the sample personas, counting the calls the tests look at. */
function countingAdapter(overrides: Partial<CommerceAdapter> = {}) {
  const real = createMemoryAdapter({ products: sampleProducts, personas: samplePersonas });
  const calls = { listProducts: 0, getProduct: 0, getCart: 0, currentCustomer: 0, signIn: 0 };
  let signingIn = 0;
  let mostAtOnce = 0;
  const adapter: CommerceAdapter = {
    ...real,
    listProducts: (...args) => (calls.listProducts++, real.listProducts(...args)),
    getProduct: (...args) => (calls.getProduct++, real.getProduct(...args)),
    getCart: (...args) => (calls.getCart++, real.getCart(...args)),
    currentCustomer: (...args) => (calls.currentCustomer++, real.currentCustomer!(...args)),
    signIn: async (credentials) => {
      calls.signIn++;
      mostAtOnce = Math.max(mostAtOnce, ++signingIn);
      try {
        return await real.signIn!(credentials);
      } finally {
        signingIn--;
      }
    },
    ...overrides,
  };
  return { adapter, calls, mostAtOnce: () => mostAtOnce };
}

function until(
  store: { get(): SessionState; subscribe(cb: (v: SessionState) => void): () => void },
  ready: (v: SessionState) => boolean,
): Promise<SessionState> {
  return new Promise((resolve) => {
    const unsubscribe = store.subscribe((value) => {
      if (ready(value)) {
        queueMicrotask(() => unsubscribe());
        resolve(value);
      }
    });
  });
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

function shop(adapter: CommerceAdapter, storage: KeyValueStorage = memoryStorage()) {
  return createStorefront({ adapter, storage });
}

describe('session store', () => {
  it('a guest costs nothing: ready at once, no request', () => {
    const { adapter, calls } = countingAdapter();
    const storefront = shop(adapter);
    const stop = storefront.$customer.listen(() => {});
    assert.deepEqual(storefront.$customer.get(), { status: 'ready', pending: false });
    assert.equal(calls.currentCustomer, 0);
    stop();
  });

  it('signs in with a persona: role, memberships, permissions; the session is kept', async () => {
    const { adapter } = countingAdapter();
    const storage = memoryStorage();
    const storefront = shop(adapter, storage);
    const customer = await storefront.signIn({ kind: 'persona', persona: 'lea' });
    assert.equal(customer?.name, 'Léa Fontaine');
    assert.equal(customer?.role, 'buyer');
    assert.equal(customer?.activeMembershipId, 'm-lea-buyer');
    assert.deepEqual(
      customer?.memberships.map((m) => [m.id, m.role, m.company?.name]),
      [
        ['m-lea-buyer', 'buyer', 'Atelier Martin SARL'],
        ['m-lea-consumer', 'consumer', undefined],
      ],
    );
    assert.ok(customer?.permissions.includes('createQuote'));
    assert.equal(storefront.$customer.get().customer, customer);
    assert.ok(storage.get(SESSION_KEY), 'the adapter kept its session in the storefront storage');
  });

  it('survives a reload: a new storefront on the same storage reads the customer again', async () => {
    const { adapter } = countingAdapter();
    const storage = memoryStorage();
    await shop(adapter, storage).signIn({ kind: 'persona', persona: 'lea' });
    await shop(adapter, storage).switchMembership('m-lea-consumer');

    const reloaded = countingAdapter();
    // The same backend data, a fresh adapter object: only the storage carries the session.
    const again = shop(reloaded.adapter, storage);
    assert.equal(again.$customer.get().status, 'loading');
    const state = await until(again.$customer, (s) => s.status === 'ready');
    assert.equal(reloaded.calls.currentCustomer, 1);
    assert.equal(state.customer?.name, 'Léa Fontaine');
    assert.equal(state.customer?.activeMembershipId, 'm-lea-consumer', 'the role chosen stays');
    assert.ok(!state.customer?.permissions.includes('createQuote'));
  });

  it('switches role: the permissions follow the membership', async () => {
    const { adapter } = countingAdapter();
    const storefront = shop(adapter);
    await storefront.signIn({ kind: 'persona', persona: 'lea' });
    const consumer = await storefront.switchMembership('m-lea-consumer');
    assert.equal(consumer?.role, 'consumer');
    assert.equal(consumer?.company, undefined);
    assert.deepEqual(consumer?.permissions, ['addCartLine', 'createReview']);
    await assert.rejects(storefront.switchMembership('m-paul'), { code: 'validation' });
    assert.equal(storefront.$customer.get().customer?.activeMembershipId, 'm-lea-consumer');
    assert.equal(storefront.$customer.get().error?.code, 'validation');
  });

  it('reads the catalog, the open product and the cart again after each change', async () => {
    const { adapter, calls } = countingAdapter();
    const storefront = shop(adapter);
    const stops = [
      storefront.$catalog.listen(() => {}),
      storefront.$product('p-0001').listen(() => {}),
      storefront.$cart.listen(() => {}),
    ];
    await storefront.addLine('o-1-1', 1);
    await settled();
    const before = { ...calls };
    await storefront.signIn({ kind: 'persona', persona: 'lea' });
    await settled();
    assert.equal(calls.listProducts, before.listProducts + 1);
    assert.equal(calls.getProduct, before.getProduct + 1);
    assert.equal(calls.getCart, before.getCart + 1);
    await storefront.switchMembership('m-lea-consumer');
    await storefront.signOut();
    await settled();
    assert.equal(calls.listProducts, before.listProducts + 3, 'sign-in, switch, sign-out');
    for (const stop of stops) stop();
  });

  it('does not load what nothing shows', async () => {
    const { adapter, calls } = countingAdapter();
    const storefront = shop(adapter);
    await storefront.signIn({ kind: 'persona', persona: 'lea' });
    await settled();
    assert.deepEqual([calls.listProducts, calls.getProduct, calls.getCart], [0, 0, 0]);
  });

  it('signs out: a guest again, here and after a reload', async () => {
    const { adapter, calls } = countingAdapter();
    const storage = memoryStorage();
    const storefront = shop(adapter, storage);
    await storefront.signIn({ kind: 'persona', persona: 'paul' });
    await storefront.signOut();
    assert.equal(storefront.$customer.get().customer, undefined);
    assert.equal(storage.get(SESSION_KEY), undefined);
    const again = shop(adapter, storage);
    assert.equal(again.$customer.get().status, 'ready');
    assert.equal(calls.currentCustomer, 0);
  });

  it('keeps the customer and says why when sign-in is refused', async () => {
    const { adapter } = countingAdapter();
    const storefront = shop(adapter);
    await assert.rejects(storefront.signIn({ kind: 'persona', persona: 'mallory' }), {
      name: 'VitrineError',
      code: 'validation',
    });
    const state = storefront.$customer.get();
    assert.equal(state.customer, undefined);
    assert.equal(state.pending, false);
    assert.equal(state.error?.code, 'validation');
    storefront.dismissSessionError();
    assert.equal(storefront.$customer.get().error, undefined);
  });

  it('runs one change at a time: a double click signs in once after the other', async () => {
    const { adapter, calls, mostAtOnce } = countingAdapter();
    const storefront = shop(adapter);
    const both = await Promise.all([
      storefront.signIn({ kind: 'persona', persona: 'lea' }),
      storefront.signIn({ kind: 'persona', persona: 'lea' }),
    ]);
    assert.equal(calls.signIn, 2);
    assert.equal(mostAtOnce(), 1);
    assert.deepEqual(
      both.map((c) => c?.id),
      ['u-lea', 'u-lea'],
    );
  });

  it('shows the failure to read a kept session, and reads it again on demand', async () => {
    const storage = memoryStorage();
    await shop(countingAdapter().adapter, storage).signIn({ kind: 'persona', persona: 'lea' });
    let failing = true;
    const { adapter } = countingAdapter();
    const flaky: CommerceAdapter = {
      ...adapter,
      currentCustomer: (options) =>
        failing
          ? Promise.reject(new VitrineError('network', 'offline'))
          : adapter.currentCustomer!(options),
    };
    const storefront = shop(flaky, storage);
    const failed = await until(storefront.$customer, (s) => s.status === 'ready');
    assert.equal(failed.error?.code, 'network');
    failing = false;
    await storefront.reloadCustomer();
    assert.equal(storefront.$customer.get().customer?.id, 'u-lea');
  });

  it('refuses to sign in where the backend takes guests only', async () => {
    const storefront = shop(createMemoryAdapter({ products: sampleProducts }));
    await assert.rejects(storefront.signIn({ kind: 'persona', persona: 'lea' }), {
      code: 'invalid-input',
    });
  });
});
