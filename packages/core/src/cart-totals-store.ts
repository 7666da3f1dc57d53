import { computed, type ReadableAtom } from 'nanostores';
import type { CommerceAdapter } from './adapter.js';
import { cartTotals, type CartTotals } from './cart-totals.js';
import type { CartState } from './cart-store.js';

type CartSource = { readonly adapter: CommerceAdapter; readonly $cart: ReadableAtom<CartState> };

const stores = new WeakMap<CartSource, ReadableAtom<CartTotals | undefined>>();

/**
 * The totals of a storefront's cart, kept up to date with it. Apart from the cart store so that
 * the VAT arithmetic loads with the first view that shows totals (the cart panel), not with every
 * page that only counts items. One store per storefront, shared by every view.
 */
export function cartTotalsStore(storefront: CartSource): ReadableAtom<CartTotals | undefined> {
  let store = stores.get(storefront);
  if (!store) {
    const { adapter, $cart } = storefront;
    // The cart's own rounding policy wins over the adapter's; both are the backend's.
    store = computed($cart, (state) =>
      state.cart
        ? cartTotals(state.cart, state.cart.rounding ?? adapter.capabilities.rounding)
        : undefined,
    );
    stores.set(storefront, store);
  }
  return store;
}
