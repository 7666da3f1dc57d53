import { atom, onStart, type ReadableAtom, type WritableAtom } from 'nanostores';
import type { CommerceAdapter } from './adapter.js';
import type { ProductDetail } from './catalog.js';
import { toVitrineError } from './errors.js';
import type { LoadState } from './load-state.js';

export type ProductStores = ReturnType<typeof createProductStores>;

interface ProductEntry {
  readonly store: WritableAtom<LoadState<ProductDetail>>;
  readonly load: () => Promise<void>;
  /** A request was made: there is something to read again. */
  requested: boolean;
  /** Read for another customer or role: loads again when next watched. */
  stale: boolean;
}

/**
 * Product details, one store per product id, loaded when first watched and kept for the page's
 * life: the detail page and the comparison table read the same data.
 *
 * A product loaded again keeps its data while the request is under way (`loading` with `data`,
 * as the catalog does): a role switch changes the prices on screen, it does not blank the page.
 * A newer request aborts the older one, so the data never goes back.
 */
export function createProductStores(adapter: CommerceAdapter) {
  const entries = new Map<string, ProductEntry>();

  function entryOf(id: string): ProductEntry {
    const known = entries.get(id);
    if (known) return known;
    const store = atom<LoadState<ProductDetail>>({ status: 'idle' });
    let controller: AbortController | undefined;
    const entry: ProductEntry = {
      store,
      requested: false,
      stale: false,
      async load() {
        controller?.abort();
        const current = (controller = new AbortController());
        entry.requested = true;
        entry.stale = false;
        const previous = store.get();
        const data = 'data' in previous ? previous.data : undefined;
        store.set(data ? { status: 'loading', data } : { status: 'loading' });
        try {
          const detail = await adapter.getProduct(id, { signal: current.signal });
          if (!current.signal.aborted) store.set({ status: 'ready', data: detail });
        } catch (error) {
          if (current.signal.aborted) return;
          const failure = toVitrineError(error);
          store.set(
            data ? { status: 'error', error: failure, data } : { status: 'error', error: failure },
          );
        }
      },
    };
    // On every first watcher, not only after nanostores' unmount delay: a product shown again
    // within a second of a role switch must still be read for the new role.
    onStart(store, () => {
      if (store.get().status === 'idle' || entry.stale) void entry.load();
    });
    entries.set(id, entry);
    return entry;
  }

  function $product(id: string): ReadableAtom<LoadState<ProductDetail>> {
    return entryOf(id).store;
  }

  /** Loads a product again (after an error, or to refresh stock). */
  function reloadProduct(id: string): Promise<void> {
    return entryOf(id).load();
  }

  /**
   * Reads every product again after a change of customer or role (prices and permissions depend
   * on them): those on screen now, the others when they are next shown.
   */
  async function reloadOpenProducts(): Promise<void> {
    const loads: Promise<void>[] = [];
    for (const entry of entries.values()) {
      if (entry.store.lc > 0) loads.push(entry.load());
      // Not `get()`: on a store nobody watches, nanostores would start it, and load it.
      else if (entry.requested) entry.stale = true;
    }
    await Promise.all(loads);
  }

  return { $product, reloadProduct, reloadOpenProducts };
}
