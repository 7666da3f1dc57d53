import { atom, onMount } from 'nanostores';
import type { CommerceAdapter } from './adapter.js';
import type { CatalogQuery, ProductPage, ProductSummary } from './catalog.js';
import type { CatalogStores } from './catalog-store.js';
import { toVitrineError, type VitrineError } from './errors.js';

/** Every result of a search as one long list, for scrolling through thousands of products. */
export interface ResultList {
  /** The search every loaded row answers (its `page` aside). */
  readonly query: CatalogQuery;
  readonly total: number;
  /** Rows by their position in the results, `total` long; undefined: not loaded yet. */
  readonly items: readonly (ProductSummary | undefined)[];
  /** Why the last page asked for could not load; cleared when rows are asked for again. */
  readonly error?: VitrineError;
}

const sameSearch = (a: CatalogQuery, b: CatalogQuery) =>
  a.text === b.text &&
  a.category === b.category &&
  (a.brand ?? '') === (b.brand ?? '') &&
  a.sort === b.sort &&
  a.pageSize === b.pageSize;

/**
 * The results of the catalog's query as one list loaded a page at a time, only where the
 * visitor looks: `show(first, last)` loads the pages holding those rows and aborts the pages no
 * longer near the view, so dragging the scrollbar across 10,000 products asks for the pages it
 * stops on, not for every page on the way. The catalog's own page (with its counts) is taken as it
 * comes: no second request for it. A new search starts a new list.
 */
export function createResultList(
  adapter: CommerceAdapter,
  { $catalog }: Pick<CatalogStores, '$catalog'>,
) {
  const $list = atom<ResultList | undefined>(undefined);
  const loading = new Map<number, AbortController>();
  let lastRange: [first: number, last: number] = [0, 0];

  function abortAll(): void {
    for (const controller of loading.values()) controller.abort();
    loading.clear();
  }

  function put(query: CatalogQuery, page: ProductPage): void {
    let list = $list.get();
    if (!list || !sameSearch(list.query, query)) {
      abortAll();
      list = { query: { ...query, page: 1 }, total: page.total, items: [] };
    }
    const items = list.items.slice(0, page.total);
    items.length = page.total;
    const start = (page.page - 1) * page.pageSize;
    page.items.forEach((item, index) => (items[start + index] = item));
    $list.set({ query: list.query, total: page.total, items });
  }

  async function load(query: CatalogQuery, page: number): Promise<void> {
    const controller = new AbortController();
    loading.set(page, controller);
    try {
      put(query, await adapter.listProducts({ ...query, page }, { signal: controller.signal }));
    } catch (error) {
      const list = $list.get();
      if (!controller.signal.aborted && list) $list.set({ ...list, error: toVitrineError(error) });
    } finally {
      if (loading.get(page) === controller) loading.delete(page);
    }
  }

  /** Loads what rows `first` to `last` (from 0) need, and drops what they no longer need. */
  function show(first: number, last: number): void {
    lastRange = [first, last];
    const list = $list.get();
    if (!list || list.total === 0) return;
    const size = list.query.pageSize;
    const from = Math.floor(Math.max(0, first) / size) + 1;
    const to = Math.floor(Math.min(last, list.total - 1) / size) + 1;
    // A page next to the rows in view is kept: estimated heights make the range jitter.
    for (const [page, controller] of loading) {
      if (page < from - 1 || page > to + 1) {
        controller.abort();
        loading.delete(page);
      }
    }
    if (list.error) $list.set({ query: list.query, total: list.total, items: list.items });
    for (let page = from; page <= to; page++) {
      const loaded = list.items[(page - 1) * size] !== undefined;
      if (!loaded && !loading.has(page)) void load(list.query, page);
    }
  }

  onMount($list, () => {
    const unsubscribe = $catalog.subscribe((state) => {
      if (state.status === 'ready') put(state.data.query, state.data);
    });
    return () => {
      unsubscribe();
      abortAll();
      $list.set(undefined);
    };
  });

  return { $list, show, retry: () => show(...lastRange) };
}
