import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createMemoryAdapter, sampleProducts } from '@vitrine/adapter-memory';
import {
  createProductStores,
  VitrineError,
  type CommerceAdapter,
  type LoadState,
  type ProductDetail,
} from '../src/index.ts';

/* p-0001 (Ramette papier A4 80 g): one offer, o-1-1 at Bureau Plus, 549 cents HT. */
const paper = sampleProducts.find((p) => p.id === 'p-0001')!;
const pen = sampleProducts.find((p) => p.id === 'p-0002')!;

/** The same paper as a buyer with 10 % off reads it: 549 − 54.9 → 549 − 55 = 494 cents HT. */
const paperForBuyer: ProductDetail = {
  ...paper,
  offers: paper.offers.map((offer) => ({ ...offer, price: { ...offer.price, amount: 494 } })),
};

interface PendingRequest {
  readonly id: string;
  readonly signal: AbortSignal | undefined;
  answer(detail: ProductDetail): void;
  fail(error: unknown): void;
}

/** A backend whose product answers the test gives, one request at a time. */
function scriptedAdapter() {
  const requests: PendingRequest[] = [];
  const adapter: CommerceAdapter = {
    ...createMemoryAdapter({ products: sampleProducts }),
    getProduct: (id, options) =>
      new Promise<ProductDetail>((resolve, reject) => {
        requests.push({ id, signal: options?.signal, answer: resolve, fail: reject });
      }),
  };
  return { adapter, requests };
}

/** What a watcher sees: the status, and the price of the first offer when there is data. */
function watch(store: { listen(cb: (state: LoadState<ProductDetail>) => void): () => void }) {
  const seen: string[] = [];
  const stop = store.listen((state) => {
    const data = 'data' in state ? state.data : undefined;
    seen.push(data ? `${state.status} ${data.offers[0]!.price.amount}` : state.status);
  });
  return { seen, stop };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('product stores', () => {
  it('keeps the product shown while it is read again for another role', async () => {
    const { adapter, requests } = scriptedAdapter();
    const stores = createProductStores(adapter);
    const { seen, stop } = watch(stores.$product(paper.id));
    assert.deepEqual(stores.$product(paper.id).get(), { status: 'loading' });
    requests[0]!.answer(paper);
    await settled();

    const reloading = stores.reloadOpenProducts();
    // Still the guest's 549 while the buyer's price is on its way: no skeleton.
    assert.equal(stores.$product(paper.id).get().status, 'loading');
    requests[1]!.answer(paperForBuyer);
    await reloading;

    assert.deepEqual(seen, ['ready 549', 'loading 549', 'ready 494']);
    stop();
  });

  it('keeps the data and says what failed when reading it again fails', async () => {
    const { adapter, requests } = scriptedAdapter();
    const stores = createProductStores(adapter);
    const { stop } = watch(stores.$product(paper.id));
    requests[0]!.answer(paper);
    await settled();
    const reloading = stores.reloadProduct(paper.id);
    requests[1]!.fail(new VitrineError('server', 'HTTP 503', { status: 503 }));
    await reloading;
    const state = stores.$product(paper.id).get();
    assert.equal(state.status, 'error');
    assert.equal(state.status === 'error' && state.error.code, 'server');
    assert.equal('data' in state && state.data?.offers[0]!.price.amount, 549);
    stop();
  });

  it('never goes back: a newer request aborts the older one, whose late answer is ignored', async () => {
    const { adapter, requests } = scriptedAdapter();
    const stores = createProductStores(adapter);
    const { seen, stop } = watch(stores.$product(paper.id));
    requests[0]!.answer(paper);
    await settled();

    const first = stores.reloadProduct(paper.id);
    const second = stores.reloadProduct(paper.id);
    assert.equal(requests[1]!.signal?.aborted, true, 'the older request is aborted');
    assert.equal(requests[2]!.signal?.aborted, false);
    requests[2]!.answer(paperForBuyer);
    await second;
    requests[1]!.answer(paper); // a backend that answers anyway, late
    await first;

    assert.equal(stores.$product(paper.id).get().status, 'ready');
    assert.deepEqual(seen.at(-1), 'ready 494');
    assert.ok(!seen.slice(seen.indexOf('ready 494')).includes('ready 549'));
    stop();
  });

  it('reads again the products on screen now, and the others when they are next shown', async () => {
    const { adapter, requests } = scriptedAdapter();
    const stores = createProductStores(adapter);
    const onScreen = watch(stores.$product(paper.id));
    const shownBefore = watch(stores.$product(pen.id));
    requests[0]!.answer(paper);
    requests[1]!.answer(pen);
    await settled();
    shownBefore.stop();

    void stores.reloadOpenProducts();
    assert.deepEqual(
      requests.slice(2).map((r) => r.id),
      [paper.id],
      'only the product watched is requested',
    );
    requests[2]!.answer(paperForBuyer);
    await settled();

    // Shown again within a second (before nanostores would unmount it): read again all the same.
    const again = watch(stores.$product(pen.id));
    assert.deepEqual(
      requests.slice(3).map((r) => r.id),
      [pen.id],
    );
    assert.equal(stores.$product(pen.id).get().status, 'loading');
    assert.ok('data' in stores.$product(pen.id).get(), 'with the last data meanwhile');
    requests[3]!.answer(pen);
    await settled();
    assert.equal(stores.$product(pen.id).get().status, 'ready');

    // Watched again without a change of role: nothing to read.
    again.stop();
    const once = watch(stores.$product(pen.id));
    assert.equal(requests.length, 4);
    once.stop();
    onScreen.stop();
  });

  it('loads nothing until something watches', () => {
    const { adapter, requests } = scriptedAdapter();
    const stores = createProductStores(adapter);
    stores.$product(paper.id);
    void stores.reloadOpenProducts();
    assert.equal(requests.length, 0);
  });
});
