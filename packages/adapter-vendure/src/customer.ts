import {
  VitrineError,
  type Customer,
  type RequestOptions,
  type SessionSlot,
  type SignInCredentials,
  type SessionToken,
} from '@vitrine/core';
import { ACTIVE_CUSTOMER, SIGN_IN, SIGN_OUT } from './documents.js';
import { fromErrorResult, isErrorResult } from './error-results.js';
import type { GraphqlRequest, GraphqlRequestOptions } from './graphql.js';
import { graphqlErrorCode, SESSION_ENDED } from './graphql-errors.js';
import { activeCustomerSchema, signInSchema, signOutSchema } from './schemas.js';

interface CustomerContext {
  readonly request: GraphqlRequest;
  readonly token: SessionToken;
}

/**
 * Sign-in with Vendure's native strategy (`login`). The guest's session token goes with it, so
 * Vendure can merge the guest's order into the customer's; the answer's header then carries the
 * customer's session token, which the transport keeps. After a reload, `activeCustomer` says
 * whose session the kept token is.
 */
export function createCustomerMethods({ request, token }: CustomerContext) {
  /** The session's customer, named when Vendure knows a name; undefined for a guest. */
  async function activeCustomer(
    options: GraphqlRequestOptions = {},
  ): Promise<Customer | undefined> {
    const { activeCustomer } = await request(ACTIVE_CUSTOMER, {}, activeCustomerSchema, options);
    if (!activeCustomer) return undefined;
    const { firstName, lastName, emailAddress, user } = activeCustomer;
    const name = [firstName, lastName].filter(Boolean).join(' ');
    // The user's id, as `login` answers it: the customer keeps one id across a reload.
    return { id: user.id, name: name || emailAddress, email: emailAddress };
  }

  return {
    async signIn(credentials: SignInCredentials): Promise<Customer> {
      if (credentials.kind !== 'password') {
        throw new VitrineError('invalid-input', 'Vendure signs in with an e-mail and a password');
      }
      const { login } = await request(
        SIGN_IN,
        { username: credentials.email, password: credentials.password },
        signInSchema,
      );
      if (isErrorResult(login)) throw fromErrorResult(login);
      // `login` answers with the user, whose identifier is the e-mail address, and no name: the
      // session's customer gives it. Signed in all the same if that answer does not come.
      const user: Customer = { id: login.id, name: login.identifier, email: login.identifier };
      let ended = false;
      try {
        const customer = await activeCustomer({
          onError: (error) => void (ended = SESSION_ENDED.has(graphqlErrorCode(error))),
        });
        return customer?.id === user.id ? customer : user;
      } catch (error) {
        // Vendure refused the new session (the transport forgot its token): not signed in.
        if (ended) throw error;
        return user;
      }
    },

    async signOut(): Promise<void> {
      try {
        await request(SIGN_OUT, {}, signOutSchema);
      } finally {
        // Even if the shop could not be told, this browser no longer acts for the customer.
        token.forget();
      }
    },

    keepSessionIn(slot: SessionSlot): void {
      token.use(slot);
    },

    async currentCustomer({ signal }: RequestOptions = {}): Promise<Customer | undefined> {
      if (!token.read()) return undefined;
      let ended = false;
      try {
        return await activeCustomer({
          signal,
          onError: (error) => void (ended = SESSION_ENDED.has(graphqlErrorCode(error))),
        });
      } catch (error) {
        // The token was refused and the transport forgot it: a guest, not a failure to show.
        if (ended) return undefined;
        throw error;
      }
    },
  };
}
