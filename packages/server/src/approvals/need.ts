import { randomUUID } from 'node:crypto';
import type { MembershipInfo } from '../auth/types.js';
import type { Queryable } from '../db.js';
import { committedSpending, findRules, insertApproval } from './repository.js';
import { approvalNeed, periodStart, type ApprovalNeed, type Purchase } from './rules.js';

/**
 * Whether a company member's purchase needs approval, from the company's rules and the
 * member's spending in the current period. Consumers and guests never need one.
 */
export async function approvalNeedFor(
  tx: Queryable,
  membership: MembershipInfo | null,
  purchase: Purchase,
  now: Date,
): Promise<ApprovalNeed | null> {
  if (membership === null || membership.company === null) return null;
  const rules = await findRules(tx, membership.company.id);
  const spent =
    membership.spendingLimit === null
      ? 0
      : await committedSpending(tx, membership.id, periodStart(membership.spendingPeriod, now));
  return approvalNeed(rules, purchase, {
    limit: membership.spendingLimit,
    spent,
    period: membership.spendingPeriod,
  });
}

/** Opens a pending approval for an accepted quote or an order; returns its id. */
export async function openApproval(
  tx: Queryable,
  request: {
    companyId: string;
    requestedBy: string;
    total: number;
    currency: string;
    need: ApprovalNeed;
    quoteId?: string;
    orderId?: string;
  },
): Promise<string> {
  const id = randomUUID();
  await insertApproval(tx, { id, ...request });
  return id;
}
