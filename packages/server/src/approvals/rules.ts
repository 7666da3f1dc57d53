import type { SpendingPeriod } from '../auth/roles.js';

/*
 * When does a purchase need approval, and by whom? Pure functions over a company's rules, the
 * purchase and the buyer's spending so far; the services load the inputs and store the result.
 */

export type ApproverRole = 'approver' | 'admin';

export interface ApprovalRule {
  id: string;
  level: 1 | 2;
  /** From this total HT (minor units); null: any total. */
  minTotal: number | null;
  /** When a line is in this category; null: any category. */
  categoryId: string | null;
  approverRole: ApproverRole;
}

export interface Purchase {
  /** HT, minor units. */
  total: number;
  categoryIds: readonly string[];
}

export interface Spending {
  /** HT per period; null: no limit. */
  limit: number | null;
  /** Already committed in the current period (orders placed or awaiting approval). */
  spent: number;
  period: SpendingPeriod;
}

export interface ApprovalNeed {
  /** The role each level needs, level 1 first: ['approver'] or ['approver', 'admin'] … */
  levels: ApproverRole[];
  /** Human-readable reasons, for the approver. */
  reasons: string[];
}

const euros = (minor: number) =>
  `${Math.trunc(minor / 100)},${String(minor % 100).padStart(2, '0')} €`;

export function ruleMatches(rule: ApprovalRule, purchase: Purchase): boolean {
  const byTotal = rule.minTotal === null || purchase.total >= rule.minTotal;
  const byCategory = rule.categoryId === null || purchase.categoryIds.includes(rule.categoryId);
  return byTotal && byCategory;
}

const stricter = (a: ApproverRole | undefined, b: ApproverRole): ApproverRole =>
  a === 'admin' || b === 'admin' ? 'admin' : 'approver';

/**
 * The levels a purchase needs, or null when the buyer may go ahead alone. Going over the
 * spending limit needs level 1; a matching level-2 rule needs both levels (a second, different
 * person above the first). At each level the strictest matching rule says who may decide.
 */
export function approvalNeed(
  rules: readonly ApprovalRule[],
  purchase: Purchase,
  spending: Spending,
): ApprovalNeed | null {
  let level1: ApproverRole | undefined;
  let level2: ApproverRole | undefined;
  const reasons: string[] = [];
  for (const rule of rules) {
    if (!ruleMatches(rule, purchase)) continue;
    if (rule.level === 1) level1 = stricter(level1, rule.approverRole);
    else level2 = stricter(level2, rule.approverRole);
    const parts = [];
    if (rule.minTotal !== null) parts.push(`total from ${euros(rule.minTotal)} HT`);
    if (rule.categoryId !== null) parts.push(`category ${rule.categoryId}`);
    reasons.push(`Rule ${rule.id} (level ${rule.level}, ${parts.join(' and ')})`);
  }
  if (spending.limit !== null && spending.spent + purchase.total > spending.limit) {
    level1 = stricter(level1, 'approver');
    reasons.push(
      `Spending limit of ${euros(spending.limit)} per ${spending.period} exceeded (${euros(spending.spent)} already committed)`,
    );
  }
  if (level2 !== undefined) return { levels: [level1 ?? 'approver', level2], reasons };
  if (level1 !== undefined) return { levels: [level1], reasons };
  return null;
}

/** Whether a member with `role` may decide at a level that needs `required`. */
export function mayDecide(role: string, required: ApproverRole): boolean {
  return required === 'admin' ? role === 'admin' : role === 'approver' || role === 'admin';
}

/** Start of the spending period containing `now` (UTC; weeks start on Monday). */
export function periodStart(period: SpendingPeriod, now: Date): Date {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  switch (period) {
    case 'week': {
      const day = Date.UTC(year, month, now.getUTCDate());
      const sinceMonday = (now.getUTCDay() + 6) % 7;
      return new Date(day - sinceMonday * 86_400_000);
    }
    case 'month':
      return new Date(Date.UTC(year, month, 1));
    case 'quarter':
      return new Date(Date.UTC(year, month - (month % 3), 1));
    case 'year':
      return new Date(Date.UTC(year, 0, 1));
  }
}
