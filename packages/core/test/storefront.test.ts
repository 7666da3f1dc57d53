import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createMemoryAdapter, sampleProducts } from '@vitrine/adapter-memory';
import {
  cartTotalsStore,
  createStorefront,
  memoryStorage,
  VitrineError,
  type CommerceAdapter,
  type KeyValueStorage,
} from '../src/index.ts';

const inStock = sampleProducts.filter((p) => (p.bestOffer?.stock ?? 0) > 0);
const [first, second] = inStock.map((p) => p.bestOffer!.id);

/** Resolves when the store has reached a state for which `ready` is true. */
function until<T>(
  store: { get(): T; subscribe(cb: (v: T) => void): () => void },
  ready: (v: T) => boolean,
): Promise<T> {
  return new Promise((resolve) => {
    let unsubscribe: (() => void) | undefined = undefined;
    unsubscribe = store.subscribe((value) => {
      if (ready(value)) {
        queueMicrotask(() => unsubscribe?.());
        resolve(value);
      }
    });
  });
}

function setup(storage: KeyValueStorage = memoryStorage(), adapter?: CommerceAdapter) {
  return createStorefront({
    adapter: adapter ?? createMemoryAdapter({ products: sampleProducts }),
    storage,
  });
}

describe('storefront catalog', () => {
  it('loads the first page when something subscribes, and reloads on a new query', async () => {
    const shop = setup();
    const ready = await until(shop.$catalog, (s) => s.status === 'ready');
    assert.equal(ready.status === 'ready' && ready.data.total, sampleProducts.length);
    shop.setQuery({ text: 'cafe' });
    const found = await until(
      shop.$catalog,
      (s) => s.status === 'ready' && s.data.total !== sampleProducts.length,
    );
    assert.deepEqual(found.status === 'ready' && found.data.items.map((p) => p.name), [
      'Café grains Éthiopie Moka 1 kg',
    ]);
  });

  it('goes back to page 1 when the search changes', () => {
    const shop = setup();
    shop.setQuery({ page: 3 });
    shop.setQuery({ text: 'stylo' });
    assert.equal(shop.$query.get().page, 1);
  });

  it('keeps the last results and reports the error when loading fails', async () => {
    const failing = createMemoryAdapter({
      products: sampleProducts,
      failWith: new VitrineError('server', 'boom', { status: 500 }),
    });
    const shop = setup(memoryStorage(), failing);
    const state = await until(shop.$catalog, (s) => s.status === 'error');
    assert.equal(state.status === 'error' && state.error.code, 'server');
  });
});

describe('storefront cart', () => {
  it('creates the cart on the first add and keeps adding to it', async () => {
    const shop = setup();
    shop.$cart.listen(() => {});
    await shop.addLine(first!, 2);
    await shop.addLine(second!, 1);
    const cart = await shop.addLine(first!, 1);
    assert.deepEqual(
      cart.lines.map((l) => [l.offerId, l.quantity]),
      [
        [first, 3],
        [second, 1],
      ],
    );
    assert.equal(cartTotalsStore(shop).get()?.itemCount, 4);
  });

  it('restores the saved cart in a new storefront sharing the same storage (a reload)', async () => {
    const storage = memoryStorage();
    const adapter = createMemoryAdapter({ products: sampleProducts });
    const before = setup(storage, adapter);
    before.$cart.listen(() => {});
    await before.addLine(first!, 2);
    const after = setup(storage, adapter);
    const state = await until(after.$cart, (s) => s.status === 'ready');
    assert.equal(state.cart?.lines[0]?.quantity, 2);
  });

  it('starts a new cart when the saved one no longer exists on the backend', async () => {
    const storage = memoryStorage();
    storage.set('vitrine:cart:memory', 'cart-that-was-deleted');
    const shop = setup(storage);
    const state = await until(shop.$cart, (s) => s.status === 'ready');
    assert.equal(state.cart, undefined);
    assert.equal(storage.get('vitrine:cart:memory'), undefined);
    const cart = await shop.addLine(first!, 1);
    assert.equal(storage.get('vitrine:cart:memory'), cart.id);
  });

  it('runs a double click as two ordered adds, never interleaved', async () => {
    const shop = setup(
      memoryStorage(),
      createMemoryAdapter({ products: sampleProducts, latencyMs: 5 }),
    );
    shop.$cart.listen(() => {});
    await Promise.all([shop.addLine(first!, 1), shop.addLine(first!, 1)]);
    const cart = shop.$cart.get().cart!;
    assert.equal(cart.lines.length, 1);
    assert.equal(cart.lines[0]!.quantity, 2);
  });

  it('keeps the confirmed cart and reports the error when a change fails', async () => {
    const shop = setup();
    shop.$cart.listen(() => {});
    const cart = await shop.addLine(first!, 1);
    const outOfStock = sampleProducts.find((p) => p.bestOffer && p.bestOffer.stock === 0)!;
    await assert.rejects(
      shop.addLine(outOfStock.bestOffer!.id, 1),
      (e) => e instanceof VitrineError && e.code === 'conflict',
    );
    const state = shop.$cart.get();
    assert.deepEqual(state.cart, cart);
    assert.equal(state.error?.code, 'conflict');
    assert.equal(state.pending, false);
  });

  it('shows the cart the backend now holds after a conflict, with the error', async () => {
    // Like Vendure when stock runs short: it adds what it has, then answers with an error.
    const real = createMemoryAdapter({ products: sampleProducts });
    const adapter: CommerceAdapter = {
      ...real,
      async addCartLine(cartId, offerId, quantity) {
        if (quantity <= 5) return real.addCartLine(cartId, offerId, quantity);
        await real.addCartLine(cartId, offerId, 5);
        throw new VitrineError('conflict', 'Only 5 could be added to the cart.', { status: 409 });
      },
    };
    const shop = setup(memoryStorage(), adapter);
    shop.$cart.listen(() => {});
    await shop.addLine(first!, 1);
    await assert.rejects(shop.addLine(second!, 40), { code: 'conflict' });
    const state = shop.$cart.get();
    assert.deepEqual(
      state.cart?.lines.map((line) => [line.offerId, line.quantity]),
      [
        [first, 1],
        [second, 5],
      ],
      'the five added show',
    );
    assert.equal(state.error?.message, 'Only 5 could be added to the cart.');
    assert.equal(state.pending, false);
  });

  it('refuses quantities outside 1–999 before calling the backend', async () => {
    const shop = setup();
    assert.throws(() => shop.addLine(first!, 0), /Quantity must be a whole number from 1 to 999/);
    assert.throws(() => shop.setLineQuantity('x', 1.5), /Quantity/);
  });
});
