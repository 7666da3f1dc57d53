import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createMemoryAdapter, sampleProducts } from '@vitrine/adapter-memory';
import {
  createCatalogStores,
  type CatalogQuery,
  type CatalogResults,
  type CommerceAdapter,
  type ListOptions,
  type LoadState,
} from '../src/index.ts';

/** The memory adapter over the sample catalog, remembering every listProducts call. */
function recordingAdapter(facets = true) {
  const real = createMemoryAdapter({ products: sampleProducts });
  const calls: { query: CatalogQuery; options: ListOptions | undefined }[] = [];
  const adapter: CommerceAdapter = {
    ...real,
    capabilities: { ...real.capabilities, facets },
    listProducts(query, options) {
      calls.push({ query, options });
      return real.listProducts(query, options);
    },
  };
  return { adapter, calls };
}

/** Resolves with the first ready results answering a query for which `wanted` is true. */
function results(
  store: { subscribe(cb: (v: LoadState<CatalogResults>) => void): () => void },
  wanted: (query: CatalogQuery) => boolean = () => true,
): Promise<CatalogResults> {
  return new Promise((resolve) => {
    const unsubscribe = store.subscribe((state) => {
      if (state.status === 'ready' && wanted(state.data.query)) {
        queueMicrotask(() => unsubscribe());
        resolve(state.data);
      }
    });
  });
}

describe('catalog store: facets and brand', () => {
  it('asks for the counts with the page itself when the adapter has them: one request', async () => {
    const { adapter, calls } = recordingAdapter();
    const stores = createCatalogStores(adapter, {});
    const page = await results(stores.$catalog);
    assert.equal(calls.length, 1);
    assert.equal(calls[0]!.options?.facets, true);
    // The sample catalog: bureau 8, mobilier 6, epicerie 6, livres 4 (= 24 products).
    assert.deepEqual(
      page.facets?.categories.map((c) => c.count),
      [8, 6, 6, 4],
    );
  });

  it('does not ask an adapter that cannot count', async () => {
    const { adapter, calls } = recordingAdapter(false);
    const stores = createCatalogStores(adapter, {});
    const page = await results(stores.$catalog);
    assert.equal(calls[0]!.options?.facets, false);
    assert.equal(page.facets, undefined);
  });

  it('filters by brand, back on page 1, and counts within the new results', async () => {
    const { adapter, calls } = recordingAdapter();
    const stores = createCatalogStores(adapter, { pageSize: 5 });
    await results(stores.$catalog);
    stores.setQuery({ page: 3 });
    stores.setQuery({ brand: 'Bic' });
    assert.equal(stores.$query.get().page, 1);
    const page = await results(stores.$catalog, (q) => q.brand === 'Bic');
    assert.equal(calls.at(-1)!.query.brand, 'Bic');
    // Bic makes one product of the sample catalog, a pen in "bureau"; brands ignore their own
    // filter, so all 24 sample brands still count (20 kept).
    assert.equal(page.total, 1);
    assert.deepEqual(page.facets?.categories, [
      { id: 'bureau', name: 'Fournitures de bureau', count: 1 },
    ]);
    assert.equal(page.facets?.brands.length, 20);
  });

  it('makes one request for the changes of one task, whoever subscribed first', async () => {
    const { adapter, calls } = recordingAdapter();
    const stores = createCatalogStores(adapter, {});
    // The filters subscribe before the catalog has set its page size and read the URL.
    const loaded = results(stores.$catalog);
    stores.setQuery({ pageSize: 12 });
    stores.setQuery({ brand: 'Bic' });
    const page = await loaded;
    assert.equal(calls.length, 1);
    assert.deepEqual([calls[0]!.query.pageSize, calls[0]!.query.brand], [12, 'Bic']);
    assert.equal(page.query.brand, 'Bic');
  });

  it('treats no brand and an empty brand alike: no second request', async () => {
    const { adapter, calls } = recordingAdapter();
    const stores = createCatalogStores(adapter, {});
    await results(stores.$catalog);
    const before = stores.$query.get();
    stores.setQuery({ brand: '' });
    assert.equal(stores.$query.get(), before);
    assert.equal(calls.length, 1);
  });
});
