import { atom, onMount, type ReadableAtom } from 'nanostores';
import type { CommerceAdapter } from './adapter.js';
import type { ProductDetail } from './catalog.js';
import { toVitrineError } from './errors.js';
import type { LoadState } from './load-state.js';

export type ProductStores = ReturnType<typeof createProductStores>;

/**
 * Product details, one store per product id, loaded when first watched and kept for the page's
 * life: the detail page and the comparison table read the same data.
 */
export function createProductStores(adapter: CommerceAdapter) {
  const stores = new Map<string, ReturnType<typeof atom<LoadState<ProductDetail>>>>();
  const loads = new Map<string, () => Promise<void>>();

  function $product(id: string): ReadableAtom<LoadState<ProductDetail>> {
    let store = stores.get(id);
    if (store) return store;
    const created = atom<LoadState<ProductDetail>>({ status: 'idle' });
    const load = async () => {
      created.set({ status: 'loading' });
      try {
        created.set({ status: 'ready', data: await adapter.getProduct(id) });
      } catch (error) {
        created.set({ status: 'error', error: toVitrineError(error) });
      }
    };
    onMount(created, () => {
      if (created.get().status === 'idle') void load();
    });
    stores.set(id, (store = created));
    loads.set(id, load);
    return store;
  }

  /** Loads a product again (after an error, or to refresh stock). */
  function reloadProduct(id: string): Promise<void> {
    $product(id);
    return loads.get(id)!();
  }

  return { $product, reloadProduct };
}
