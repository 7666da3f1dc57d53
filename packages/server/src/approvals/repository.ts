import type { Queryable } from '../db.js';
import type { ApprovalRule, ApproverRole } from './rules.js';

/** HT committed by a membership since `start`: orders placed or awaiting approval. */
export async function committedSpending(
  db: Queryable,
  membershipId: string,
  start: Date,
): Promise<number> {
  const [row] = await db.query<{ spent: number }>(
    `SELECT COALESCE(sum(total_excl), 0)::int AS spent FROM orders
     WHERE membership_id = $1 AND status IN ('placed', 'pending_approval') AND created_at >= $2`,
    [membershipId, start.toISOString()],
  );
  return row!.spent;
}

export async function findRules(db: Queryable, companyId: string): Promise<ApprovalRule[]> {
  const rows = await db.query<{
    id: string;
    level: 1 | 2;
    min_total: number | null;
    category_id: string | null;
    approver_role: ApproverRole;
  }>(
    `SELECT id, level, min_total, category_id, approver_role FROM approval_rules
     WHERE company_id = $1 ORDER BY level, id`,
    [companyId],
  );
  return rows.map((r) => ({
    id: r.id,
    level: r.level,
    minTotal: r.min_total,
    categoryId: r.category_id,
    approverRole: r.approver_role,
  }));
}

export async function insertApproval(
  db: Queryable,
  approval: {
    id: string;
    companyId: string;
    requestedBy: string;
    total: number;
    currency: string;
    need: { levels: ApproverRole[]; reasons: string[] };
    quoteId?: string;
    orderId?: string;
  },
): Promise<void> {
  await db.query(
    `INSERT INTO approvals (id, company_id, quote_id, order_id, requested_by, total_excl, currency,
                            reasons, level_roles, status)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'pending')`,
    [
      approval.id,
      approval.companyId,
      approval.quoteId ?? null,
      approval.orderId ?? null,
      approval.requestedBy,
      approval.total,
      approval.currency,
      JSON.stringify(approval.need.reasons),
      JSON.stringify(approval.need.levels),
    ],
  );
}

export interface ApprovalRow {
  id: string;
  company_id: string;
  company_name: string;
  quote_id: string | null;
  quote_number: string | null;
  order_id: string | null;
  order_number: string | null;
  requested_by: string;
  requester_user_id: string;
  requester_name: string;
  total_excl: number;
  currency: string;
  reasons: string[];
  level_roles: ApproverRole[];
  status: 'pending' | 'approved' | 'denied' | 'cancelled';
  created_at: Date;
  decided_at: Date | null;
}

const APPROVAL_SELECT = `
  SELECT a.id, a.company_id, c.name AS company_name, a.quote_id, q.number AS quote_number,
         a.order_id, o.number AS order_number, a.requested_by, u.id AS requester_user_id,
         u.name AS requester_name, a.total_excl, a.currency, a.reasons, a.level_roles, a.status,
         a.created_at, a.decided_at
  FROM approvals a
  JOIN companies c ON c.id = a.company_id
  JOIN memberships m ON m.id = a.requested_by
  JOIN users u ON u.id = m.user_id
  LEFT JOIN quotes q ON q.id = a.quote_id
  LEFT JOIN orders o ON o.id = a.order_id`;

export async function findApproval(
  db: Queryable,
  id: string,
  forUpdate = false,
): Promise<ApprovalRow | null> {
  const [row] = await db.query<ApprovalRow>(
    `${APPROVAL_SELECT} WHERE a.id = $1${forUpdate ? ' FOR UPDATE OF a' : ''}`,
    [id],
  );
  return row ?? null;
}

export async function listApprovals(
  db: Queryable,
  filter: {
    companyId: string;
    requestedBy?: string;
    status?: string;
    limit: number;
    offset: number;
  },
): Promise<{ rows: ApprovalRow[]; total: number }> {
  const params: unknown[] = [filter.companyId];
  const where = ['a.company_id = $1'];
  if (filter.requestedBy !== undefined) {
    params.push(filter.requestedBy);
    where.push(`a.requested_by = $${params.length}`);
  }
  if (filter.status !== undefined) {
    params.push(filter.status);
    where.push(`a.status = $${params.length}`);
  }
  const whereSql = where.join(' AND ');
  const [count] = await db.query<{ total: number }>(
    `SELECT count(*)::int AS total FROM approvals a WHERE ${whereSql}`,
    params,
  );
  const rows = await db.query<ApprovalRow>(
    `${APPROVAL_SELECT} WHERE ${whereSql} ORDER BY a.created_at DESC, a.id
     LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
    [...params, filter.limit, filter.offset],
  );
  return { rows, total: count!.total };
}

export interface DecisionRow {
  approval_id: string;
  level: 1 | 2;
  membership_id: string;
  user_id: string;
  user_name: string;
  decision: 'approved' | 'denied';
  comment: string;
  created_at: Date;
}

export async function findDecisions(
  db: Queryable,
  approvalIds: readonly string[],
): Promise<DecisionRow[]> {
  if (approvalIds.length === 0) return [];
  return db.query<DecisionRow>(
    `SELECT d.approval_id, d.level, d.membership_id, d.user_id, u.name AS user_name, d.decision,
            d.comment, d.created_at
     FROM approval_decisions d JOIN users u ON u.id = d.user_id
     WHERE d.approval_id = ANY($1::text[]) ORDER BY d.approval_id, d.level`,
    [approvalIds],
  );
}

export async function insertDecision(
  db: Queryable,
  decision: {
    approvalId: string;
    level: number;
    membershipId: string;
    userId: string;
    decision: 'approved' | 'denied';
    comment: string;
  },
): Promise<void> {
  await db.query(
    `INSERT INTO approval_decisions (approval_id, level, membership_id, user_id, decision, comment)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [
      decision.approvalId,
      decision.level,
      decision.membershipId,
      decision.userId,
      decision.decision,
      decision.comment,
    ],
  );
}

export async function setApprovalStatus(
  db: Queryable,
  id: string,
  status: 'approved' | 'denied' | 'cancelled',
): Promise<void> {
  await db.query('UPDATE approvals SET status = $2, decided_at = clock_timestamp() WHERE id = $1', [
    id,
    status,
  ]);
}

export async function cancelPendingApprovalsOfQuote(db: Queryable, quoteId: string): Promise<void> {
  await db.query(
    `UPDATE approvals SET status = 'cancelled', decided_at = clock_timestamp()
     WHERE quote_id = $1 AND status = 'pending'`,
    [quoteId],
  );
}

export async function replaceRules(
  db: Queryable,
  companyId: string,
  rules: readonly ApprovalRule[],
): Promise<void> {
  await db.query('DELETE FROM approval_rules WHERE company_id = $1', [companyId]);
  for (const rule of rules) {
    await db.query(
      `INSERT INTO approval_rules (id, company_id, level, min_total, category_id, approver_role)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [rule.id, companyId, rule.level, rule.minTotal, rule.categoryId, rule.approverRole],
    );
  }
}
