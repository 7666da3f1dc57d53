import {
  VitrineError,
  type Customer,
  type CustomerRole,
  type Persona,
  type SignInCredentials,
} from '@vitrine/core';
import * as v from 'valibot';
import { requestJson } from './http.js';
import type { Session, SessionRequest } from './session.js';

/*
 * Everything about who is signed in: sign-in, the customer read again after a reload, the role
 * switcher, the personas. Loaded on first use only: most visitors of a shop never sign in.
 */

const roleSchema = v.picklist<CustomerRole[]>([
  'consumer',
  'buyer',
  'approver',
  'admin',
  'viewer',
  'seller',
  'operator',
]);

const refSchema = v.object({ id: v.string(), name: v.string() });

/** GET /api/me, and the `me` of the sign-in answer. */
const meSchema = v.object({
  user: v.object({ id: v.string(), name: v.string(), email: v.string() }),
  memberships: v.pipe(
    v.array(v.object({ id: v.string(), role: roleSchema, company: v.nullable(refSchema) })),
    v.minLength(1),
  ),
  activeMembershipId: v.string(),
  role: roleSchema,
  permissions: v.array(v.string()),
});

const signInSchema = v.object({ token: v.string(), me: meSchema });

const personasSchema = v.object({
  items: v.array(
    v.object({
      key: v.string(),
      name: v.string(),
      description: v.string(),
      roles: v.array(roleSchema),
    }),
  ),
});

function toCustomer(me: v.InferOutput<typeof meSchema>): Customer {
  const active = me.memberships.find((m) => m.id === me.activeMembershipId);
  return {
    ...me.user,
    ...(active?.company && { company: active.company }),
    role: me.role,
    memberships: me.memberships.map(({ id, role, company }) => ({
      id,
      role,
      ...(company && { company }),
    })),
    activeMembershipId: me.activeMembershipId,
    permissions: me.permissions,
  };
}

/**
 * Signs a demo persona in (the reference server has no passwords: demo mode seeds personas) and
 * keeps the token in the session. An unknown persona, or a server not in demo mode, is a
 * validation error: the credentials were refused.
 */
export async function signInPersona(
  fetchImpl: typeof fetch,
  url: string,
  credentials: SignInCredentials,
  session: Session,
): Promise<Customer> {
  if (credentials.kind !== 'persona') {
    throw new VitrineError('invalid-input', 'The reference server signs in demo personas only');
  }
  try {
    const { token, me } = await requestJson(fetchImpl, url, signInSchema, {
      method: 'POST',
      body: { persona: credentials.persona },
    });
    session.keep({ token, membership: me.activeMembershipId });
    return toCustomer(me);
  } catch (error) {
    if (error instanceof VitrineError && error.code === 'not-found') {
      throw new VitrineError('validation', `No demo persona "${credentials.persona}".`, {
        status: error.status,
      });
    }
    throw error;
  }
}

/** The customer of the kept session; undefined when there is none or the server forgot it. */
export async function currentCustomer(
  request: SessionRequest,
  session: Session,
  signal?: AbortSignal,
): Promise<Customer | undefined> {
  if (!session.credentials()) return undefined;
  try {
    return toCustomer(await request('me', meSchema, { signal }));
  } catch (error) {
    // The token expired: the session is forgotten already, this is a guest.
    if (error instanceof VitrineError && error.status === 401) return undefined;
    throw error;
  }
}

/**
 * Acts through another membership of the signed-in person: the server checks that it is theirs
 * (403 otherwise, a validation error) before the session remembers it.
 */
export async function switchMembership(
  fetchImpl: typeof fetch,
  url: string,
  session: Session,
  membership: string,
): Promise<Customer> {
  const credentials = session.credentials();
  if (!credentials) throw new VitrineError('invalid-input', 'Sign in first');
  const me = await requestJson(fetchImpl, url, meSchema, { token: credentials.token, membership });
  session.keep({ token: credentials.token, membership: me.activeMembershipId });
  return toCustomer(me);
}

export async function listPersonas(
  request: SessionRequest,
  signal?: AbortSignal,
): Promise<readonly Persona[]> {
  return (await request('auth/personas', personasSchema, { signal })).items;
}
