import type { SessionSlot } from './customer.js';
import type { KeyValueStorage } from './storage.js';

/**
 * A backend's session token as an adapter keeps it (Medusa's customer JWT, Vendure's session
 * token). It lives in `store` under `key` until a storefront gives the adapter its own place
 * (`keepSessionIn`), beside the cart id in the storefront's storage. Read at every request, so
 * that a sign-out in another tab is followed. Never logged, never put in an error message.
 */
export interface SessionToken extends SessionSlot {
  /** Keeps the token in the storefront's slot from now on. */
  use(slot: SessionSlot): void;
}

export function sessionToken(store: KeyValueStorage, key: string): SessionToken {
  let place: SessionSlot = {
    read: () => store.get(key) || undefined,
    keep: (token) => store.set(key, token),
    forget: () => store.remove(key),
  };
  return {
    read: () => place.read() || undefined,
    keep: (token) => place.keep(token),
    forget: () => place.forget(),
    use: (slot) => void (place = slot),
  };
}
