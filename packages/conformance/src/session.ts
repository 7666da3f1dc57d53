import type { SessionState, Storefront } from '@vitrine/core';

/**
 * The session as a storefront shows it once it has read the kept one again (after a reload):
 * for tests of an adapter's `keepSessionIn` and `currentCustomer` inside a storefront.
 */
export function settledSession(storefront: Storefront): Promise<SessionState> {
  return new Promise((resolve) => {
    const stop = storefront.$customer.subscribe((state) => {
      if (state.status !== 'ready') return;
      queueMicrotask(() => stop());
      resolve(state);
    });
  });
}
