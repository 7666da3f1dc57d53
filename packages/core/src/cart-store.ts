import { atom, onMount } from 'nanostores';
import type { CommerceAdapter } from './adapter.js';
import { assertLineQuantity, type Cart } from './cart.js';
import { isNotFoundError, toVitrineError, type VitrineError } from './errors.js';
import type { KeyValueStorage } from './storage.js';

export type CartChange = 'restore' | 'sync' | 'add' | 'update' | 'remove';

export interface CartState {
  /** 'loading' only while the saved cart is first restored. */
  readonly status: 'loading' | 'ready';
  /** Undefined until the first line is added: no empty carts are created on the server. */
  readonly cart?: Cart;
  /** A mutation is under way; controls stay usable but show it. */
  readonly pending: boolean;
  /** What last went wrong; the cart shown is still the last one the server confirmed. */
  readonly error?: VitrineError;
  readonly lastChange?: CartChange;
}

export type CartStores = ReturnType<typeof createCartStores>;

/**
 * The visitor's cart. Its id is persisted (not its content: the server is the truth), so the cart
 * survives reloads and restarts and follows the visitor across tabs. Mutations run one at a time,
 * in the order they were asked, and a failed one leaves the last confirmed cart in place.
 */
export function createCartStores(
  adapter: CommerceAdapter,
  storage: KeyValueStorage,
  currency: () => string,
) {
  const key = `vitrine:cart:${adapter.id}`;
  // Changes each time this tab changes the cart, so that other tabs hear of it even when the
  // cart id itself stays the same.
  const revisionKey = `${key}:revision`;
  const $cart = atom<CartState>({ status: 'loading', pending: false });
  let queue: Promise<unknown> = Promise.resolve();

  function savedId(): string | undefined {
    return storage.get(key) || undefined;
  }

  function confirm(cart: Cart | undefined, change: CartChange): void {
    $cart.set({ status: 'ready', cart, pending: false, lastChange: change });
  }

  async function restore(change: CartChange): Promise<void> {
    const id = savedId();
    if (!id) return confirm(undefined, change);
    try {
      confirm(await adapter.getCart(id), change);
    } catch (error) {
      if (isNotFoundError(error)) {
        storage.remove(key);
        return confirm(undefined, change);
      }
      $cart.set({ ...$cart.get(), status: 'ready', pending: false, error: toVitrineError(error) });
    }
  }

  async function refresh(failure: VitrineError): Promise<void> {
    const id = $cart.get().cart?.id ?? savedId();
    if (!id) return;
    try {
      const cart = await adapter.getCart(id);
      $cart.set({ status: 'ready', cart, pending: false, lastChange: 'sync', error: failure });
    } catch {
      // The cart shown stays as it was; the error already says what happened.
    }
  }

  onMount($cart, () => {
    void restore('restore');
    // Another tab changed the cart: show what the server now holds.
    const sync = () => void restore('sync');
    const unwatchId = storage.watch(key, sync);
    const unwatchRevision = storage.watch(revisionKey, sync);
    return () => {
      unwatchId();
      unwatchRevision();
    };
  });

  /** Runs mutations one after another so a double click cannot interleave two of them. */
  function enqueue(change: CartChange, run: (cartId?: string) => Promise<Cart>): Promise<Cart> {
    const task = queue.then(async () => {
      $cart.set({ ...$cart.get(), pending: true, error: undefined });
      try {
        const cart = await run($cart.get().cart?.id ?? savedId());
        storage.set(key, cart.id);
        storage.set(revisionKey, `${Date.now()}-${Math.random()}`);
        confirm(cart, change);
        return cart;
      } catch (error) {
        const failure = toVitrineError(error);
        $cart.set({ ...$cart.get(), pending: false, error: failure });
        // A conflict means the backend's cart moved (some stock was added after all, a price
        // changed): show what it holds now, with the error.
        if (failure.code === 'conflict') await refresh(failure);
        throw failure;
      }
    });
    queue = task.catch(() => undefined);
    return task;
  }

  function addLine(offerId: string, quantity = 1): Promise<Cart> {
    assertLineQuantity(quantity);
    return enqueue('add', async (cartId) => {
      if (cartId) {
        try {
          return await adapter.addCartLine(cartId, offerId, quantity);
        } catch (error) {
          // The saved cart is gone (expired, or the backend was reset): start a new one.
          if (!isNotFoundError(error) || error.fields.some((f) => f.path === 'offerId'))
            throw error;
          storage.remove(key);
        }
      }
      const cart = await adapter.createCart(currency());
      return adapter.addCartLine(cart.id, offerId, quantity);
    });
  }

  function setLineQuantity(lineId: string, quantity: number): Promise<Cart> {
    assertLineQuantity(quantity);
    return enqueue('update', (cartId) =>
      adapter.updateCartLine(requireId(cartId), lineId, quantity),
    );
  }

  function removeLine(lineId: string): Promise<Cart> {
    return enqueue('remove', (cartId) => adapter.removeCartLine(requireId(cartId), lineId));
  }

  function dismissCartError(): void {
    $cart.set({ ...$cart.get(), error: undefined });
  }

  return {
    $cart,
    addLine,
    setLineQuantity,
    removeLine,
    reloadCart: () => restore('sync'),
    dismissCartError,
  };
}

function requireId(cartId: string | undefined): string {
  if (!cartId) throw toVitrineError(new Error('There is no cart yet'));
  return cartId;
}
