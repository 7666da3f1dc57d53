import type { KeyValueStorage } from '@vitrine/core';

/**
 * The bearer token of the Vendure session. Vendure sends it in the `vendure-auth-token` header
 * when it opens a session (first order, sign-in) and the adapter sends it back as
 * `Authorization: Bearer`: the active order and the customer belong to that session.
 * Never logged, never put in an error message.
 */
export interface SessionToken {
  read(): string | undefined;
  keep(token: string): void;
  forget(): void;
}

export function sessionToken(store: KeyValueStorage, key: string): SessionToken {
  return {
    read: () => store.get(key) || undefined,
    keep: (token) => store.set(key, token),
    forget: () => store.remove(key),
  };
}
