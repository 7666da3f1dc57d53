import { VitrineError, type SessionSlot } from '@vitrine/core';
import type * as v from 'valibot';
import { requestJson, type HttpOptions } from './http.js';

/** What makes a request the customer's: their bearer token, and the membership acted through. */
export interface Credentials {
  readonly token: string;
  /** Sent as X-Vitrine-Membership; absent: the server uses the first membership. */
  readonly membership?: string;
}

/**
 * The signed-in customer's credentials, read from the storefront's slot on every request (another
 * tab may have signed out), or held in memory until the storefront gives a slot. The token on
 * the first line, the membership on the second when one was chosen. Never logged.
 */
export function createSession() {
  let inMemory: string | undefined;
  let slot: SessionSlot = {
    read: () => inMemory,
    keep: (value) => void (inMemory = value),
    forget: () => void (inMemory = undefined),
  };

  return {
    use(given: SessionSlot): void {
      slot = given;
    },

    credentials(): Credentials | undefined {
      const [token, membership] = (slot.read() ?? '').split('\n');
      if (!token) return undefined;
      return membership ? { token, membership } : { token };
    },

    keep({ token, membership }: Credentials): void {
      slot.keep(membership ? `${token}\n${membership}` : token);
    },

    forget(): void {
      slot.forget();
    },
  };
}

export type Session = ReturnType<typeof createSession>;

/**
 * JSON requests to `url(path)` as the signed-in customer, or as a guest. A token the server no
 * longer knows (expired, revoked from another browser) is forgotten and the request made again as
 * a guest's: the server refused it before doing anything.
 */
export function sessionRequester(
  fetchImpl: typeof fetch,
  url: (path: string) => string,
  session: Session,
) {
  return async <S extends v.GenericSchema>(
    path: string,
    schema: S,
    options: HttpOptions = {},
  ): Promise<v.InferOutput<S>> => {
    const credentials = session.credentials();
    if (!credentials) return requestJson(fetchImpl, url(path), schema, options);
    const { token, membership } = credentials;
    try {
      return await requestJson(fetchImpl, url(path), schema, { ...options, token, membership });
    } catch (error) {
      if (!(error instanceof VitrineError && error.status === 401)) throw error;
      session.forget();
      return requestJson(fetchImpl, url(path), schema, options);
    }
  };
}

export type SessionRequest = ReturnType<typeof sessionRequester>;
