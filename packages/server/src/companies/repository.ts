import type { SpendingPeriod } from '../auth/roles.js';
import type { Queryable } from '../db.js';

export interface CompanyRow {
  id: string;
  name: string;
  vat_number: string | null;
  country: string;
  customer_group_id: string | null;
  customer_group_name: string | null;
  payment_terms_kind: 'net' | 'end-of-month';
  payment_terms_days: number;
  early_payment_discount: number | null;
  early_payment_days: number | null;
  address: Record<string, string>;
}

export async function findCompany(db: Queryable, id: string): Promise<CompanyRow | null> {
  const [row] = await db.query<CompanyRow>(
    `SELECT c.id, c.name, c.vat_number, c.country, c.customer_group_id,
            g.name AS customer_group_name, c.payment_terms_kind, c.payment_terms_days,
            c.early_payment_discount, c.early_payment_days, c.address
     FROM companies c LEFT JOIN customer_groups g ON g.id = c.customer_group_id
     WHERE c.id = $1`,
    [id],
  );
  return row ?? null;
}

export interface MemberRow {
  id: string;
  user_id: string;
  name: string;
  email: string;
  role: 'admin' | 'approver' | 'buyer' | 'viewer';
  spending_limit: number | null;
  spending_period: SpendingPeriod;
}

export async function findMembers(db: Queryable, companyId: string): Promise<MemberRow[]> {
  return db.query<MemberRow>(
    `SELECT m.id, u.id AS user_id, u.name, u.email, m.role, m.spending_limit, m.spending_period
     FROM memberships m JOIN users u ON u.id = m.user_id
     WHERE m.company_id = $1
     ORDER BY CASE m.role WHEN 'admin' THEN 0 WHEN 'approver' THEN 1 WHEN 'buyer' THEN 2 ELSE 3 END,
              u.name, m.id`,
    [companyId],
  );
}

export async function findMember(
  db: Queryable,
  companyId: string,
  membershipId: string,
  forUpdate = false,
): Promise<MemberRow | null> {
  const [row] = await db.query<MemberRow>(
    `SELECT m.id, u.id AS user_id, u.name, u.email, m.role, m.spending_limit, m.spending_period
     FROM memberships m JOIN users u ON u.id = m.user_id
     WHERE m.company_id = $1 AND m.id = $2${forUpdate ? ' FOR UPDATE OF m' : ''}`,
    [companyId, membershipId],
  );
  return row ?? null;
}

export async function updateMember(
  db: Queryable,
  membershipId: string,
  change: { role: string; spendingLimit: number | null; spendingPeriod: SpendingPeriod },
): Promise<void> {
  await db.query(
    `UPDATE memberships SET role = $2, spending_limit = $3, spending_period = $4 WHERE id = $1`,
    [membershipId, change.role, change.spendingLimit, change.spendingPeriod],
  );
}

export async function countAdmins(db: Queryable, companyId: string): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM memberships WHERE company_id = $1 AND role = 'admin'`,
    [companyId],
  );
  return row!.n;
}

export async function existingCategories(
  db: Queryable,
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.query<{ id: string }>(
    'SELECT id FROM categories WHERE id = ANY($1::text[])',
    [ids],
  );
  return new Set(rows.map((r) => r.id));
}
