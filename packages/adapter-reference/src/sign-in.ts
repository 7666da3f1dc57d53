import { VitrineError, type Customer, type SignInCredentials } from '@vitrine/core';
import * as v from 'valibot';
import { requestJson } from './http.js';

/** Loaded on the first sign-in only: most visitors of a shop never sign in. */
const signInSchema = v.object({
  token: v.string(),
  me: v.object({
    user: v.object({ id: v.string(), name: v.string(), email: v.string() }),
    memberships: v.array(
      v.object({ company: v.nullable(v.object({ id: v.string(), name: v.string() })) }),
    ),
  }),
});

/**
 * Signs a demo persona in (the reference server has no passwords: demo mode seeds personas).
 * An unknown persona, or a server not in demo mode, is a validation error: the credentials
 * were refused.
 */
export async function signInPersona(
  fetchImpl: typeof fetch,
  url: string,
  credentials: SignInCredentials,
): Promise<{ token: string; customer: Customer }> {
  if (credentials.kind !== 'persona') {
    throw new VitrineError('invalid-input', 'The reference server signs in demo personas only');
  }
  try {
    const { token, me } = await requestJson(fetchImpl, url, signInSchema, {
      method: 'POST',
      body: { persona: credentials.persona },
    });
    const company = me.memberships[0]?.company;
    return { token, customer: { ...me.user, ...(company && { company }) } };
  } catch (error) {
    if (error instanceof VitrineError && error.code === 'not-found') {
      throw new VitrineError('validation', `No demo persona "${credentials.persona}".`, {
        status: error.status,
      });
    }
    throw error;
  }
}
