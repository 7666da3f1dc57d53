import type { Context, MiddlewareHandler } from 'hono';
import type { Queryable } from '../db.js';
import { forbidden, unauthenticated } from '../http/errors.js';
import type { AppEnv } from '../http/env.js';
import { findSession } from './repository.js';
import { hashToken, TOKEN_PATTERN } from './tokens.js';
import { GUEST, isMember, type MemberAuth } from './types.js';

/** The header naming the membership a request acts through (the role switcher's choice). */
export const MEMBERSHIP_HEADER = 'X-Vitrine-Membership';

/**
 * Who is calling. No Authorization header: a guest. A bearer token: its person, acting
 * through the membership named by X-Vitrine-Membership — checked to be one of theirs — or
 * their first membership. Any other header (X-Vitrine-Role …) is ignored: the role always
 * comes from the database. The token itself is never logged nor kept on the context.
 */
export function authenticate(db: Queryable): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const authorization = c.req.header('Authorization');
    const membershipId = c.req.header(MEMBERSHIP_HEADER);
    if (authorization === undefined) {
      if (membershipId !== undefined) {
        throw unauthenticated(`${MEMBERSHIP_HEADER} needs a bearer token`);
      }
      c.set('auth', GUEST);
      return next();
    }
    const match = /^Bearer +(\S+)$/i.exec(authorization.trim());
    if (match === null) throw unauthenticated('The Authorization header must be "Bearer <token>"');
    const token = match[1]!;
    const tokenHash = TOKEN_PATTERN.test(token) ? hashToken(token) : null;
    const session = tokenHash === null ? null : await findSession(db, tokenHash);
    if (session === null) throw unauthenticated('The token is unknown or has expired');

    let membership = session.memberships[0]!;
    if (membershipId !== undefined) {
      const chosen = session.memberships.find((m) => m.id === membershipId);
      if (chosen === undefined) {
        throw forbidden(`Membership ${membershipId.slice(0, 100)} is not one of yours`);
      }
      membership = chosen;
    }
    const auth: MemberAuth = {
      role: membership.role,
      user: session.user,
      membership,
      memberships: session.memberships,
      tokenHash: tokenHash!,
    };
    c.set('auth', auth);
    return next();
  };
}

/** The signed-in caller, on routes whose permissions exclude guests. */
export function memberOf(c: Context<AppEnv>): MemberAuth {
  const auth = c.get('auth');
  if (!isMember(auth)) throw unauthenticated('Sign in to do this');
  return auth;
}
