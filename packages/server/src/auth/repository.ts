import type { Queryable } from '../db.js';
import type { SpendingPeriod } from './roles.js';
import type { MemberRole, MembershipInfo, UserInfo } from './types.js';

interface MembershipRow {
  id: string;
  role: MemberRole;
  company_id: string | null;
  company_name: string | null;
  company_group_id: string | null;
  seller_id: string | null;
  seller_name: string | null;
  spending_limit: number | null;
  spending_period: SpendingPeriod;
}

const MEMBERSHIP_COLUMNS = `
  m.id, m.role, m.company_id, c.name AS company_name, c.customer_group_id AS company_group_id,
  m.seller_id, s.name AS seller_name, m.spending_limit, m.spending_period`;

const MEMBERSHIP_JOINS = `
  LEFT JOIN companies c ON c.id = m.company_id
  LEFT JOIN sellers s ON s.id = m.seller_id`;

export function toMembership(row: MembershipRow): MembershipInfo {
  return {
    id: row.id,
    role: row.role,
    company: row.company_id === null ? null : { id: row.company_id, name: row.company_name! },
    seller: row.seller_id === null ? null : { id: row.seller_id, name: row.seller_name! },
    spendingLimit: row.spending_limit,
    spendingPeriod: row.spending_period,
    companyGroupId: row.company_group_id,
  };
}

export interface Session {
  user: UserInfo;
  memberships: MembershipInfo[];
}

/** The person behind an unexpired token, with their memberships in order; null otherwise. */
export async function findSession(db: Queryable, tokenHash: string): Promise<Session | null> {
  const rows = await db.query<
    MembershipRow & {
      user_id: string;
      email: string;
      user_name: string;
      customer_group_id: string | null;
    }
  >(
    `SELECT u.id AS user_id, u.email, u.name AS user_name, u.customer_group_id, ${MEMBERSHIP_COLUMNS}
     FROM auth_tokens t
     JOIN users u ON u.id = t.user_id
     JOIN memberships m ON m.user_id = u.id
     ${MEMBERSHIP_JOINS}
     WHERE t.token_hash = $1 AND t.expires_at > clock_timestamp()
     ORDER BY m.position, m.id`,
    [tokenHash],
  );
  const first = rows[0];
  if (first === undefined) return null;
  return {
    user: {
      id: first.user_id,
      email: first.email,
      name: first.user_name,
      customerGroupId: first.customer_group_id,
    },
    memberships: rows.map(toMembership),
  };
}

export async function findMembership(db: Queryable, id: string): Promise<MembershipInfo | null> {
  const [row] = await db.query<MembershipRow>(
    `SELECT ${MEMBERSHIP_COLUMNS} FROM memberships m ${MEMBERSHIP_JOINS} WHERE m.id = $1`,
    [id],
  );
  return row === undefined ? null : toMembership(row);
}

export async function userExists(db: Queryable, userId: string): Promise<boolean> {
  const rows = await db.query('SELECT 1 FROM users WHERE id = $1', [userId]);
  return rows.length > 0;
}

export async function insertToken(
  db: Queryable,
  tokenHash: string,
  userId: string,
  expiresAt: Date,
): Promise<void> {
  await db.query('INSERT INTO auth_tokens (token_hash, user_id, expires_at) VALUES ($1, $2, $3)', [
    tokenHash,
    userId,
    expiresAt.toISOString(),
  ]);
}

export async function deleteToken(db: Queryable, tokenHash: string): Promise<void> {
  await db.query('DELETE FROM auth_tokens WHERE token_hash = $1', [tokenHash]);
}

export async function deleteExpiredTokens(db: Queryable): Promise<void> {
  await db.query('DELETE FROM auth_tokens WHERE expires_at <= clock_timestamp()');
}
