import type { MemberAuth } from '../auth/types.js';
import type { Queryable } from '../db.js';
import { isoDay, type Deps } from '../http/deps.js';
import { ApiError, forbidden, notFound } from '../http/errors.js';
import { cancelWholeOrder, placeApprovedOrder } from '../orders/lifecycle.js';
import * as quotes from '../quotes/repository.js';
import { move } from '../quotes/service.js';
import * as repo from './repository.js';
import { mayDecide, type ApproverRole } from './rules.js';

/*
 * Deciding on purchases. An approval has one level or two; each level is decided by a
 * different person holding the role the level needs, never by the person who asked. The last
 * approval releases the quote (approved) or the order (placed, invoiced); any denial ends it
 * (quote denied, order cancelled with its stock given back).
 */

export interface ApprovalLevel {
  level: number;
  requiredRole: ApproverRole;
  decision: {
    by: string;
    decision: 'approved' | 'denied';
    comment: string;
    at: string;
  } | null;
}

export interface Approval {
  id: string;
  status: repo.ApprovalRow['status'];
  company: { id: string; name: string };
  subject: { kind: 'quote' | 'order'; id: string; number: string };
  requestedBy: { membershipId: string; name: string };
  total: { amount: number; currency: string };
  reasons: string[];
  levels: ApprovalLevel[];
  /** The level waiting for a decision; null once decided. */
  currentLevel: number | null;
  /** What the caller may do: approve and deny when they may decide the current level. */
  actions: ('approve' | 'deny')[];
  createdAt: string;
  decidedAt: string | null;
}

/** Why the caller may not decide the current level; null when they may. */
function refusal(row: repo.ApprovalRow, decisions: readonly repo.DecisionRow[], auth: MemberAuth) {
  if (row.status !== 'pending') return 'decided';
  if (row.requester_user_id === auth.user.id) return 'own';
  if (decisions.some((d) => d.user_id === auth.user.id)) return 'twice';
  const required = row.level_roles[decisions.length]!;
  if (!mayDecide(auth.role, required)) return required;
  return null;
}

function view(
  row: repo.ApprovalRow,
  decisions: readonly repo.DecisionRow[],
  auth: MemberAuth,
): Approval {
  const mine = decisions.filter((d) => d.approval_id === row.id);
  return {
    id: row.id,
    status: row.status,
    company: { id: row.company_id, name: row.company_name },
    subject:
      row.quote_id !== null
        ? { kind: 'quote', id: row.quote_id, number: row.quote_number! }
        : { kind: 'order', id: row.order_id!, number: row.order_number! },
    requestedBy: { membershipId: row.requested_by, name: row.requester_name },
    total: { amount: row.total_excl, currency: row.currency.trim() },
    reasons: row.reasons,
    levels: row.level_roles.map((requiredRole, i) => {
      const decision = mine.find((d) => d.level === i + 1);
      return {
        level: i + 1,
        requiredRole,
        decision:
          decision === undefined
            ? null
            : {
                by: decision.user_name,
                decision: decision.decision,
                comment: decision.comment,
                at: new Date(decision.created_at).toISOString(),
              },
      };
    }),
    currentLevel: row.status === 'pending' ? mine.length + 1 : null,
    actions: refusal(row, mine, auth) === null ? ['approve', 'deny'] : [],
    createdAt: new Date(row.created_at).toISOString(),
    decidedAt: row.decided_at === null ? null : new Date(row.decided_at).toISOString(),
  };
}

/** Buyers see the approvals they asked for; approvers, admins and viewers the company's. */
function mayView(row: repo.ApprovalRow, auth: MemberAuth): boolean {
  if (auth.membership.company?.id !== row.company_id) return false;
  return auth.role !== 'buyer' || row.requested_by === auth.membership.id;
}

export async function listApprovals(
  deps: Deps,
  auth: MemberAuth,
  query: { status?: string | undefined; page: number; pageSize: number },
) {
  const company = auth.membership.company!;
  return deps.db.transaction(async (tx) => {
    await quotes.expireDue(tx, isoDay(deps.clock()));
    const { rows, total } = await repo.listApprovals(tx, {
      companyId: company.id,
      ...(auth.role === 'buyer' ? { requestedBy: auth.membership.id } : {}),
      ...(query.status !== undefined ? { status: query.status } : {}),
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    });
    const decisions = await repo.findDecisions(
      tx,
      rows.map((r) => r.id),
    );
    return {
      items: rows.map((row) => view(row, decisions, auth)),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  });
}

async function settle(
  tx: Queryable,
  deps: Deps,
  row: repo.ApprovalRow,
  outcome: 'approved' | 'denied',
  auth: MemberAuth,
): Promise<void> {
  await repo.setApprovalStatus(tx, row.id, outcome);
  if (row.quote_id !== null) {
    const quote = (await quotes.findQuote(tx, row.quote_id, true))!;
    await move(tx, quote, outcome === 'approved' ? 'approve' : 'deny', auth.membership.id);
  } else if (outcome === 'approved') {
    await placeApprovedOrder(tx, row.order_id!, isoDay(deps.clock()));
  } else {
    await cancelWholeOrder(tx, row.order_id!);
  }
}

export async function decide(
  deps: Deps,
  auth: MemberAuth,
  id: string,
  decision: 'approved' | 'denied',
  comment: string,
): Promise<Approval> {
  return deps.db.transaction(async (tx) => {
    await quotes.expireDue(tx, isoDay(deps.clock()));
    const row = await repo.findApproval(tx, id, true);
    if (row === null || !mayView(row, auth)) throw notFound(`Unknown approval ${id}`);
    const decisions = await repo.findDecisions(tx, [row.id]);
    const why = refusal(row, decisions, auth);
    if (why === 'decided') {
      throw new ApiError('already_decided', `This approval is already ${row.status}`);
    }
    if (why === 'own') {
      throw new ApiError('self_approval', 'Nobody may decide on their own request');
    }
    if (why === 'twice') {
      throw forbidden('You decided the previous level: another person must decide this one');
    }
    if (why !== null) {
      throw forbidden(`Level ${decisions.length + 1} of this approval needs an ${why}`);
    }
    const level = decisions.length + 1;
    await repo.insertDecision(tx, {
      approvalId: row.id,
      level,
      membershipId: auth.membership.id,
      userId: auth.user.id,
      decision,
      comment,
    });
    if (decision === 'denied') await settle(tx, deps, row, 'denied', auth);
    else if (level === row.level_roles.length) await settle(tx, deps, row, 'approved', auth);
    const updated = (await repo.findApproval(tx, row.id))!;
    return view(updated, await repo.findDecisions(tx, [row.id]), auth);
  });
}
