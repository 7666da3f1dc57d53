import { atom, onMount } from 'nanostores';
import type { CommerceAdapter } from './adapter.js';
import type { Persona, SessionSlot, SignedInCustomer, SignInCredentials } from './customer.js';
import type { VitrineError } from './errors.js';
import type { SessionActions } from './session-actions.js';
import type { KeyValueStorage } from './storage.js';

export interface SessionState {
  /** 'loading' while a session kept from an earlier page is read again. */
  readonly status: 'loading' | 'ready';
  /** Undefined: a guest. */
  readonly customer?: SignedInCustomer;
  /** A sign-in, sign-out or role switch is under way. */
  readonly pending: boolean;
  /** What last went wrong; the customer shown is still the last one the backend confirmed. */
  readonly error?: VitrineError;
}

export type SessionStores = ReturnType<typeof createSessionStores>;

/**
 * Who is signed in, and the actions that change it. The adapter keeps its session (token,
 * membership) in the slot this store gives it, under `key` in the storefront's storage, so a
 * reload keeps the customer signed in.
 *
 * A guest costs nothing: no slot value, no request, and the actions' code (session-actions.ts)
 * loads only with the first sign-in or when a kept session is read again.
 *
 * `changed` runs after every change of customer or role (prices depend on them), and when
 * another tab changed the session.
 */
export function createSessionStores(
  adapter: CommerceAdapter,
  storage: KeyValueStorage,
  key: string,
  changed: () => void,
) {
  const slot: SessionSlot = {
    read: () => storage.get(key) || undefined,
    keep: (value) => storage.set(key, value),
    forget: () => storage.remove(key),
  };
  adapter.keepSessionIn?.(slot);
  const kept = () => slot.read() !== undefined && adapter.currentCustomer !== undefined;
  const $customer = atom<SessionState>({ status: kept() ? 'loading' : 'ready', pending: false });

  let loading: Promise<SessionActions> | undefined;
  const actions = () =>
    (loading ??= import('./session-actions.js').then((module) =>
      module.createSessionActions(adapter, $customer, kept, changed),
    ));

  onMount($customer, () => {
    if ($customer.get().status === 'loading') void actions().then((loaded) => loaded.restore());
    // Another tab signed in or out, or switched role: follow it, prices included.
    return storage.watch(key, () => {
      void actions().then(async (loaded) => {
        await loaded.restore();
        changed();
      });
    });
  });

  return {
    $customer,
    signIn: async (credentials: SignInCredentials) => (await actions()).signIn(credentials),
    signOut: async () => (await actions()).signOut(),
    switchMembership: async (membershipId: string) =>
      (await actions()).switchMembership(membershipId),
    /** Reads the kept session again (after a failure to read it). */
    reloadCustomer: async () => (await actions()).restore(),
    /** The demo personas to sign in as; none where the backend has no persona sign-in. */
    listPersonas: async (): Promise<readonly Persona[]> => (await actions()).listPersonas(),
    dismissSessionError: () => $customer.set({ ...$customer.get(), error: undefined }),
  };
}
