import { VitrineError, type Customer, type SignInCredentials } from '@vitrine/core';
import { SIGN_IN, SIGN_OUT } from './documents.js';
import { fromErrorResult, isErrorResult } from './error-results.js';
import type { GraphqlRequest } from './graphql.js';
import { signInSchema, signOutSchema } from './schemas.js';
import type { SessionToken } from './session-token.js';

interface CustomerContext {
  readonly request: GraphqlRequest;
  readonly token: SessionToken;
}

/**
 * Sign-in with Vendure's native strategy (`login`). The guest's session token goes with it, so
 * Vendure can merge the guest's order into the customer's; the answer's header then carries the
 * customer's session token, which the transport keeps.
 */
export function createCustomerMethods({ request, token }: CustomerContext) {
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
      // `login` answers with the user, whose identifier is the e-mail address; it has no name.
      return { id: login.id, name: login.identifier, email: login.identifier };
    },

    async signOut(): Promise<void> {
      try {
        await request(SIGN_OUT, {}, signOutSchema);
      } finally {
        // Even if the shop could not be told, this browser no longer acts for the customer.
        token.forget();
      }
    },
  };
}
