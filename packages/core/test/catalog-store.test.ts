import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createMemoryAdapter, sampleProducts } from '@vitrine/adapter-memory';
import {
  createCatalogStores,
  createResultList,
  createSuggestionStore,
  VitrineError,
  type ResultList,
  type SuggestionsFor,
  type CatalogQuery,
  type CatalogResults,
  type CommerceAdapter,
  type ListOptions,
  type LoadState,
  type ProductDetail,
} from '../src/index.ts';

/** The memory adapter over the sample catalog, remembering every listProducts call. */
function recordingAdapter(facets = true, options: { latencyMs?: number } = {}) {
  const real = createMemoryAdapter({ products: sampleProducts, ...options });
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

describe('catalog store: seller, stock, price and specification filters', () => {
  it('filters on page 1 and counts within the results, in one request', async () => {
    const { adapter, calls } = recordingAdapter();
    const stores = createCatalogStores(adapter, { pageSize: 5 });
    await results(stores.$catalog);
    stores.setQuery({ page: 2 });
    stores.setQuery({
      category: 'bureau',
      seller: 's-bureau-plus',
      inStock: true,
      price: { max: 1_000, includesTax: true },
    });
    assert.equal(stores.$query.get().page, 1);
    const page = await results(stores.$catalog, (q) => q.seller === 's-bureau-plus');
    // Bureau Plus sells the office products 0, 2, 3, 5 and 6 (sample indexes), all in stock;
    // TTC at 20 % under 10 €: 0 (549 → 659), 2 (329 → 395), 5 (612 → 734); 3 (1890) and 6
    // (2450) are dearer. In name order: Classeur (p-0003), Ramette (p-0001), Surligneurs (p-0006).
    assert.deepEqual(
      page.items.map((item) => item.id),
      ['p-0003', 'p-0001', 'p-0006'],
    );
    // The first page, then one request for the two changes made in one task.
    assert.equal(calls.length, 2);
    assert.deepEqual(calls.at(-1)!.query.price, { max: 1_000, includesTax: true });
  });

  it('drops the specification filters with the category they belong to', async () => {
    const { adapter } = recordingAdapter();
    const stores = createCatalogStores(adapter, {
      category: 'mobilier',
      specs: { Garantie: '2 ans' },
    });
    stores.setQuery({ specs: { Garantie: '2 ans', Matière: 'Métal' } });
    assert.deepEqual(stores.$query.get().specs, { Garantie: '2 ans', Matière: 'Métal' });
    stores.setQuery({ brand: 'Gautier' });
    assert.deepEqual(stores.$query.get().specs, { Garantie: '2 ans', Matière: 'Métal' });
    stores.setQuery({ category: 'bureau' });
    assert.deepEqual(stores.$query.get().specs, {});
    // The URL read back sets a category and its specifications together.
    stores.setQuery({ category: 'epicerie', specs: { Bio: 'Oui' } });
    assert.deepEqual(stores.$query.get().specs, { Bio: 'Oui' });
    // The same category again keeps them.
    stores.setQuery({ category: 'epicerie' });
    assert.deepEqual(stores.$query.get().specs, { Bio: 'Oui' });
  });

  it('makes no request for a change that asks the same results', async () => {
    const { adapter, calls } = recordingAdapter();
    const stores = createCatalogStores(adapter, { inStock: true, specs: { Couleur: 'Noir' } });
    await results(stores.$catalog);
    const before = stores.$query.get();
    stores.setQuery({ specs: { Couleur: 'Noir' }, seller: '', price: { includesTax: true } });
    assert.equal(stores.$query.get(), before);
    await Promise.resolve();
    assert.equal(calls.length, 1);
  });
});

/** The memory adapter over the sample catalog, remembering every suggest call and its signal. */
function suggestingAdapter(options: { latencyMs?: number; failWith?: VitrineError } = {}) {
  const real = createMemoryAdapter({ products: sampleProducts, ...options });
  const calls: { text: string; signal: AbortSignal | undefined }[] = [];
  const adapter: CommerceAdapter = {
    ...real,
    suggest(text, requestOptions) {
      calls.push({ text, signal: requestOptions?.signal });
      return real.suggest!(text, requestOptions);
    },
  };
  return { adapter, calls };
}

/** Resolves with the next value of a store for which `wanted` is true. */
function next<T>(
  store: { listen(cb: (value: T) => void): () => void },
  wanted: (value: T) => boolean,
): Promise<T> {
  return new Promise((resolve) => {
    const unlisten = store.listen((value) => {
      if (!wanted(value)) return;
      unlisten();
      resolve(value);
    });
  });
}

describe('suggestion store', () => {
  it('suggests from two characters on, for the trimmed text', async () => {
    const { adapter, calls } = suggestingAdapter();
    const store = createSuggestionStore(adapter);
    await store.suggest('b');
    assert.equal(calls.length, 0);
    assert.equal(store.$suggestions.get(), undefined);
    await store.suggest(' bureau ');
    assert.deepEqual(
      calls.map((c) => c.text),
      ['bureau'],
    );
    // "bureau" in the sample catalog: products 3, 6 (bureau) and 8, 9, 11 (mobilier).
    const suggestions = store.$suggestions.get();
    assert.equal(suggestions?.text, 'bureau');
    assert.equal(suggestions?.products.length, 5);
    assert.deepEqual(
      suggestions?.categories.map((c) => [c.id, c.count]),
      [
        ['mobilier', 3],
        ['bureau', 2],
      ],
    );
    // Back under two characters: nothing suggested, nothing asked.
    await store.suggest('b');
    assert.equal(store.$suggestions.get(), undefined);
    assert.equal(calls.length, 1);
  });

  it('aborts the request of an older text: suggestions never go back', async () => {
    const { adapter, calls } = suggestingAdapter({ latencyMs: 20 });
    const store = createSuggestionStore(adapter);
    const older = store.suggest('bu');
    const newer = store.suggest('bureau');
    await Promise.all([older, newer]);
    assert.equal(calls[0]!.signal?.aborted, true);
    assert.equal(calls[1]!.signal?.aborted, false);
    assert.equal(store.$suggestions.get()?.text, 'bureau');
  });

  it('suggests nothing, and throws nothing, when the backend fails', async () => {
    const failWith = new VitrineError('server', 'Internal error', { status: 500 });
    const { adapter } = suggestingAdapter({ failWith });
    const store = createSuggestionStore(adapter);
    await store.suggest('bureau');
    assert.equal(store.$suggestions.get(), undefined);
  });

  it('asks nothing of an adapter without suggestions', async () => {
    const { adapter, calls } = suggestingAdapter();
    const store = createSuggestionStore({
      ...adapter,
      capabilities: { ...adapter.capabilities, suggestions: false },
    });
    await store.suggest('bureau');
    assert.equal(calls.length, 0);
    assert.equal(store.$suggestions.get(), undefined);
  });

  it('clears on demand, aborting a request under way', async () => {
    const { adapter, calls } = suggestingAdapter({ latencyMs: 20 });
    const store = createSuggestionStore(adapter);
    const pending = store.suggest('bureau');
    store.clear();
    await pending;
    assert.equal(calls[0]!.signal?.aborted, true);
    assert.equal(store.$suggestions.get() satisfies SuggestionsFor | undefined, undefined);
  });
});

describe('result list', () => {
  /** The catalog (5 products a page) and its list, mounted as an element would. */
  async function listOf(query: Partial<CatalogQuery>, adapter = recordingAdapter()) {
    const stores = createCatalogStores(adapter.adapter, { pageSize: 5, ...query });
    const list = createResultList(adapter.adapter, stores);
    const unmount = list.$list.listen(() => {});
    const first = await next<ResultList | undefined>(list.$list, (l) => l !== undefined);
    return { ...adapter, stores, list, first: first!, unmount };
  }
  const names = (list: ResultList | undefined, from: number, to: number) =>
    list?.items.slice(from, to).map((item) => item?.name);
  /** Without a search the memory adapter lists by name, as the reference server does. */
  const byName = (products: readonly ProductDetail[]) =>
    products.map((p) => p.name).sort(new Intl.Collator().compare);
  const sampleNames = byName(sampleProducts);

  it("starts from the catalog's own page: every row counted, the first five there", async () => {
    const { calls, first, unmount } = await listOf({});
    // 24 sample products, 5 a page: one request, page 1.
    assert.equal(calls.length, 1);
    assert.equal(first.total, 24);
    assert.equal(first.items.length, 24);
    assert.deepEqual(names(first, 0, 5), sampleNames.slice(0, 5));
    assert.equal(first.items[5], undefined);
    unmount();
  });

  it('loads the pages holding the rows in view, once', async () => {
    const { calls, list, unmount } = await listOf({});
    // Rows 7 to 12 are on pages 2 (rows 5–9) and 3 (rows 10–14).
    list.show(7, 12);
    const loaded = await next<ResultList | undefined>(
      list.$list,
      (l) => l?.items[14] !== undefined && l?.items[5] !== undefined,
    );
    assert.deepEqual(
      calls.slice(1).map((c) => c.query.page),
      [2, 3],
    );
    assert.deepEqual(names(loaded, 5, 15), sampleNames.slice(5, 15));
    assert.equal(loaded?.items[15], undefined);
    // Shown again: nothing more to load.
    list.show(5, 14);
    assert.equal(calls.length, 3);
    unmount();
  });

  it('aborts the pages scrolled past before they came', async () => {
    const { calls, list, unmount } = await listOf({}, recordingAdapter(true, { latencyMs: 20 }));
    list.show(5, 9); // page 2
    list.show(20, 23); // page 5 (rows 20–23, the last)
    const loaded = await next<ResultList | undefined>(
      list.$list,
      (l) => l?.items[20] !== undefined,
    );
    assert.deepEqual(
      calls.slice(1).map((c) => [c.query.page, c.options?.signal?.aborted]),
      [
        [2, true],
        [5, false],
      ],
    );
    assert.equal(loaded?.items[5], undefined);
    unmount();
  });

  it('starts again for a new search, keeping its query but not its page', async () => {
    const { list, stores, unmount } = await listOf({});
    stores.setQuery({ category: 'livres' });
    const books = await next<ResultList | undefined>(
      list.$list,
      (l) => l?.query.category === 'livres',
    );
    // The 4 books (products 20–23), on one page.
    assert.equal(books?.total, 4);
    assert.deepEqual(names(books, 0, 4), byName(sampleProducts.slice(20, 24)));
    assert.equal(books?.query.page, 1);
    unmount();
  });

  it('keeps the error of a page that failed, and loads it on retry', async () => {
    const { adapter, calls } = recordingAdapter();
    let failing = false;
    const flaky: CommerceAdapter = {
      ...adapter,
      listProducts: (query, options) =>
        failing
          ? Promise.reject(new VitrineError('server', 'Internal error', { status: 500 }))
          : adapter.listProducts(query, options),
    };
    const { list, unmount } = await listOf({}, { adapter: flaky, calls });
    failing = true;
    list.show(5, 9);
    const failed = await next<ResultList | undefined>(list.$list, (l) => l?.error !== undefined);
    assert.equal(failed?.error?.code, 'server');
    failing = false;
    list.retry();
    assert.equal(list.$list.get()?.error, undefined);
    const loaded = await next<ResultList | undefined>(list.$list, (l) => l?.items[5] !== undefined);
    assert.equal(loaded?.items[5]?.name, sampleNames[5]);
    unmount();
  });
});
