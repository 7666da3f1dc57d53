import type { WritableAtom } from 'nanostores';
import type { CommerceAdapter } from './adapter.js';
import {
  signedInCustomer,
  type Customer,
  type Persona,
  type SignedInCustomer,
  type SignInCredentials,
} from './customer.js';
import { toVitrineError, VitrineError } from './errors.js';
import type { SessionState } from './session-store.js';

export type SessionActions = ReturnType<typeof createSessionActions>;

/**
 * What changes the session, loaded with the first sign-in or the first session read again (see
 * session-store.ts): a guest's page never downloads it. Changes run one at a time, in the order
 * asked; a failed one leaves the customer as the backend last confirmed them.
 */
export function createSessionActions(
  adapter: CommerceAdapter,
  $customer: WritableAtom<SessionState>,
  kept: () => boolean,
  changed: () => void,
) {
  let queue: Promise<unknown> = Promise.resolve();

  function confirm(customer: Customer | undefined): SignedInCustomer | undefined {
    const shown = customer && signedInCustomer(customer);
    $customer.set({ status: 'ready', customer: shown, pending: false });
    return shown;
  }

  /** Reads the kept session again: after a reload, or when another tab changed it. */
  async function restore(): Promise<void> {
    if (!kept()) return void confirm(undefined);
    try {
      confirm(await adapter.currentCustomer!());
    } catch (error) {
      $customer.set({ ...$customer.get(), status: 'ready', error: toVitrineError(error) });
    }
  }

  function enqueue(
    run: () => Promise<Customer | undefined>,
  ): Promise<SignedInCustomer | undefined> {
    const task = queue.then(async () => {
      $customer.set({ ...$customer.get(), pending: true, error: undefined });
      try {
        const customer = confirm(await run());
        changed();
        return customer;
      } catch (error) {
        const failure = toVitrineError(error);
        $customer.set({ ...$customer.get(), pending: false, error: failure });
        throw failure;
      }
    });
    queue = task.catch(() => undefined);
    return task;
  }

  return {
    restore,

    signIn(credentials: SignInCredentials): Promise<SignedInCustomer | undefined> {
      return enqueue(() => required(adapter.signIn, 'signs nobody in').call(adapter, credentials));
    },

    async signOut(): Promise<void> {
      await enqueue(async () => {
        await adapter.signOut?.();
        return undefined;
      });
    },

    switchMembership(membershipId: string): Promise<SignedInCustomer | undefined> {
      return enqueue(() =>
        required(adapter.switchMembership, 'has no memberships').call(adapter, membershipId),
      );
    },

    async listPersonas(): Promise<readonly Persona[]> {
      return (await adapter.listPersonas?.()) ?? [];
    },
  };
}

function required<T>(method: T | undefined, missing: string): T {
  if (!method) throw new VitrineError('invalid-input', `This shop ${missing}`);
  return method;
}
