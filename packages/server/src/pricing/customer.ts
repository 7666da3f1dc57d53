import type { PricingCustomer } from '../auth/types.js';
import type { Queryable } from '../db.js';

/** The pricing customer of a stored membership (a cart's owner), as pricingCustomerOf() sees it. */
export async function loadPricingCustomer(
  db: Queryable,
  membershipId: string | null,
): Promise<PricingCustomer | undefined> {
  if (membershipId === null) return undefined;
  const [row] = await db.query<{
    role: string;
    company_id: string | null;
    company_group: string | null;
    user_group: string | null;
  }>(
    `SELECT m.role, m.company_id, c.customer_group_id AS company_group,
            u.customer_group_id AS user_group
     FROM memberships m
     JOIN users u ON u.id = m.user_id
     LEFT JOIN companies c ON c.id = m.company_id
     WHERE m.id = $1`,
    [membershipId],
  );
  if (row === undefined) return undefined;
  if (row.company_id !== null) {
    return { companyId: row.company_id, groups: row.company_group ? [row.company_group] : [] };
  }
  if (row.role === 'consumer') return { groups: row.user_group ? [row.user_group] : [] };
  return undefined;
}
