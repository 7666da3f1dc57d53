import {
  VitrineError,
  type Customer,
  type RequestOptions,
  type SessionSlot,
  type SignInCredentials,
  type SessionToken,
} from '@vitrine/core';
import type { MedusaClient } from './http.js';
import { customerResponseSchema, tokenSchema, type CustomerPayload } from './schemas.js';

interface CustomerContext {
  readonly request: MedusaClient;
  readonly token: SessionToken;
}

function toCustomer(customer: CustomerPayload): Customer {
  const name = [customer.first_name, customer.last_name].filter(Boolean).join(' ');
  return {
    id: customer.id,
    name: name || customer.email,
    email: customer.email,
    // Medusa records a company by its name only: the name is its identity.
    ...(customer.company_name && {
      company: { id: customer.company_name, name: customer.company_name },
    }),
  };
}

/**
 * Sign-in by e-mail and password (`POST /auth/customer/emailpass`), and the customer read again
 * from the kept token after a reload. Medusa's tokens are stateless JWTs: the adapter keeps one,
 * sends it as `Authorization: Bearer`, and forgets it to sign out.
 */
export function createCustomerMethods({ request, token }: CustomerContext) {
  async function me(signal?: AbortSignal): Promise<Customer> {
    const { customer } = await request(
      { path: '/store/customers/me', signal, forCustomer: true },
      customerResponseSchema,
    );
    return toCustomer(customer);
  }

  return {
    async signIn(credentials: SignInCredentials): Promise<Customer> {
      if (credentials.kind !== 'password') {
        throw new VitrineError(
          'invalid-input',
          `Medusa signs in by password, not ${credentials.kind}`,
        );
      }
      // Whoever was signed in is not any more, whatever Medusa answers.
      token.forget();
      const { email, password } = credentials;
      const issued = await request(
        { method: 'POST', path: '/auth/customer/emailpass', body: { email, password } },
        tokenSchema,
      );
      token.keep(issued.token);
      try {
        return await me();
      } catch (error) {
        token.forget();
        throw error;
      }
    },

    async signOut(): Promise<void> {
      // A stateless JWT: forgetting it is signing out (it stays valid until it expires).
      token.forget();
    },

    keepSessionIn(slot: SessionSlot): void {
      token.use(slot);
    },

    async currentCustomer({ signal }: RequestOptions = {}): Promise<Customer | undefined> {
      if (!token.read()) return undefined;
      try {
        return await me(signal);
      } catch (error) {
        // Expired or revoked: the client forgot the token already; this is a guest.
        if (error instanceof VitrineError && error.status === 401) return undefined;
        throw error;
      }
    },
  };
}
