import { atom, map, onMount } from 'nanostores';
import type { CommerceAdapter } from './adapter.js';
import {
  DEFAULT_QUERY,
  sameQuery,
  type CatalogQuery,
  type Category,
  type ProductPage,
} from './catalog.js';
import { toVitrineError } from './errors.js';
import type { LoadState } from './load-state.js';

export type CatalogStores = ReturnType<typeof createCatalogStores>;

/** A page of results with the query it answers (the query may have moved on while loading). */
export interface CatalogResults extends ProductPage {
  readonly query: CatalogQuery;
}

/**
 * The catalog query and its results. Results load when something first subscribes and again
 * whenever the query changes (once for the changes of one task); a newer query aborts the older
 * request so results never go back.
 */
export function createCatalogStores(adapter: CommerceAdapter, initial: Partial<CatalogQuery>) {
  const $query = map<CatalogQuery>({ ...DEFAULT_QUERY, ...initial });
  const $catalog = atom<LoadState<CatalogResults>>({ status: 'idle' });
  const $categories = atom<LoadState<readonly Category[]>>({ status: 'idle' });
  let controller: AbortController | undefined;

  async function loadCatalog(): Promise<void> {
    controller?.abort();
    const current = new AbortController();
    controller = current;
    const previous = $catalog.get();
    const data = 'data' in previous ? previous.data : undefined;
    $catalog.set(data ? { status: 'loading', data } : { status: 'loading' });
    try {
      const query = $query.get();
      // The counts come with the page the grid shows: one request, not two.
      const page = await adapter.listProducts(query, {
        signal: current.signal,
        facets: adapter.capabilities.facets,
      });
      if (!current.signal.aborted) $catalog.set({ status: 'ready', data: { ...page, query } });
    } catch (error) {
      if (current.signal.aborted) return;
      $catalog.set(
        data
          ? { status: 'error', error: toVitrineError(error), data }
          : { status: 'error', error: toVitrineError(error) },
      );
    }
  }

  async function loadCategories(): Promise<void> {
    if (!adapter.capabilities.categories) {
      $categories.set({ status: 'ready', data: [] });
      return;
    }
    $categories.set({ status: 'loading' });
    try {
      $categories.set({ status: 'ready', data: await adapter.listCategories() });
    } catch (error) {
      $categories.set({ status: 'error', error: toVitrineError(error) });
    }
  }

  // Changes made in one go (every element of the page setting its part of the first query, the
  // URL read back) make one request, not one each that the next aborts. (The microtask always
  // runs before nanostores unmounts a store: that waits for a timer.)
  let scheduled = false;
  onMount($catalog, () => {
    const unlisten = $query.subscribe(() => {
      if (scheduled) return;
      scheduled = true;
      queueMicrotask(() => {
        scheduled = false;
        void loadCatalog();
      });
    });
    return () => {
      unlisten();
      controller?.abort();
    };
  });
  onMount($categories, () => {
    if ($categories.get().status === 'idle') void loadCategories();
  });

  /**
   * Changes the query; any change other than the page itself (search, filters, sort…) goes back
   * to page 1. A new category drops the specification filters, which belong to the category
   * left. An absent filter and an empty one ('', false, {}) are the same: no reload between them.
   */
  function setQuery(change: Partial<CatalogQuery>): void {
    const current = $query.get();
    const newCategory = change.category !== undefined && change.category !== current.category;
    const next: CatalogQuery = {
      ...current,
      page: 1,
      ...(newCategory && { specs: {} }),
      ...change,
    };
    if (!sameQuery(next, current)) $query.set(next);
  }

  return { $query, $catalog, $categories, setQuery, reloadCatalog: loadCatalog, loadCategories };
}
