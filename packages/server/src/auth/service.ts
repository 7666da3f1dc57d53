import { periodStart } from '../approvals/rules.js';
import { committedSpending } from '../approvals/repository.js';
import type { Deps } from '../http/deps.js';
import { notFound } from '../http/errors.js';
import { permissionsOf, type OperationId } from './permissions.js';
import { personaUserId } from './personas.js';
import * as repo from './repository.js';
import { hashToken, newToken, TOKEN_LIFETIME_MS } from './tokens.js';
import type { MemberAuth, MembershipInfo } from './types.js';

export interface Amount {
  amount: number;
  currency: string;
}

export interface MembershipView {
  id: string;
  role: MembershipInfo['role'];
  company: { id: string; name: string } | null;
  seller: { id: string; name: string } | null;
  spending: {
    period: MembershipInfo['spendingPeriod'];
    limit: Amount;
    spent: Amount;
    remaining: Amount;
    periodStart: string;
  } | null;
}

export interface Me {
  user: { id: string; name: string; email: string };
  memberships: MembershipView[];
  activeMembershipId: string;
  role: MembershipInfo['role'];
  /** The operations the active membership's role may call (see auth/permissions.ts). */
  permissions: OperationId[];
}

const eur = (amount: number): Amount => ({ amount, currency: 'EUR' });

export async function membershipView(
  deps: Deps,
  membership: MembershipInfo,
): Promise<MembershipView> {
  let spending: MembershipView['spending'] = null;
  if (membership.spendingLimit !== null) {
    const start = periodStart(membership.spendingPeriod, deps.clock());
    const spent = await committedSpending(deps.db, membership.id, start);
    spending = {
      period: membership.spendingPeriod,
      limit: eur(membership.spendingLimit),
      spent: eur(spent),
      remaining: eur(Math.max(0, membership.spendingLimit - spent)),
      periodStart: start.toISOString(),
    };
  }
  return {
    id: membership.id,
    role: membership.role,
    company: membership.company,
    seller: membership.seller,
    spending,
  };
}

export async function me(deps: Deps, auth: MemberAuth): Promise<Me> {
  return {
    user: { id: auth.user.id, name: auth.user.name, email: auth.user.email },
    memberships: await Promise.all(auth.memberships.map((m) => membershipView(deps, m))),
    activeMembershipId: auth.membership.id,
    role: auth.role,
    permissions: permissionsOf(auth.role),
  };
}

export interface SignIn {
  token: string;
  tokenType: 'Bearer';
  expiresAt: string;
  me: Me;
}

/** Demo mode only: a token for a seeded persona, no password. */
export async function demoSignIn(deps: Deps, persona: string): Promise<SignIn> {
  const userId = personaUserId(persona);
  if (userId === undefined || !(await repo.userExists(deps.db, userId))) {
    throw notFound(`Unknown persona ${persona}`);
  }
  const token = newToken();
  const tokenHash = hashToken(token);
  // Real time, not the injectable clock: the database checks expiry against its own clock.
  const expiresAt = new Date(Date.now() + TOKEN_LIFETIME_MS);
  await deps.db.transaction(async (tx) => {
    await repo.deleteExpiredTokens(tx);
    await repo.insertToken(tx, tokenHash, userId, expiresAt);
  });
  const session = await repo.findSession(deps.db, tokenHash);
  const auth: MemberAuth = {
    role: session!.memberships[0]!.role,
    user: session!.user,
    membership: session!.memberships[0]!,
    memberships: session!.memberships,
    tokenHash,
  };
  return {
    token,
    tokenType: 'Bearer',
    expiresAt: expiresAt.toISOString(),
    me: await me(deps, auth),
  };
}

export async function signOut(deps: Deps, auth: MemberAuth): Promise<void> {
  await repo.deleteToken(deps.db, auth.tokenHash);
}
