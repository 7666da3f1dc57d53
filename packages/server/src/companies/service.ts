import { randomUUID } from 'node:crypto';
import { findRules, replaceRules } from '../approvals/repository.js';
import type { ApprovalRule, ApproverRole } from '../approvals/rules.js';
import type { CompanyRole, SpendingPeriod } from '../auth/roles.js';
import { membershipView } from '../auth/service.js';
import type { MemberAuth } from '../auth/types.js';
import type { Deps } from '../http/deps.js';
import { notFound, validationError } from '../http/errors.js';
import * as repo from './repository.js';

/*
 * The company account: its members, their roles and spending limits, and its approval rules.
 * Members see their own company only (any other id is a 404); admins change it.
 */

function ownCompany(auth: MemberAuth, companyId: string): string {
  if (auth.membership.company?.id !== companyId) throw notFound(`Unknown company ${companyId}`);
  return companyId;
}

const eur = (amount: number) => ({ amount, currency: 'EUR' });

export async function getCompany(deps: Deps, auth: MemberAuth, id: string) {
  const companyId = ownCompany(auth, id);
  const company = (await repo.findCompany(deps.db, companyId))!;
  const members = await repo.findMembers(deps.db, companyId);
  return {
    id: company.id,
    name: company.name,
    vatNumber: company.vat_number,
    country: company.country,
    address: company.address,
    customerGroup:
      company.customer_group_id === null
        ? null
        : { id: company.customer_group_id, name: company.customer_group_name! },
    paymentTerms: {
      kind: company.payment_terms_kind,
      days: company.payment_terms_days,
      earlyPayment:
        company.early_payment_discount === null || company.early_payment_days === null
          ? null
          : { discount: company.early_payment_discount, withinDays: company.early_payment_days },
    },
    members: await Promise.all(
      members.map(async (m) => ({
        membershipId: m.id,
        name: m.name,
        email: m.email,
        role: m.role,
        spending: (
          await membershipView(deps, {
            id: m.id,
            role: m.role,
            company: { id: company.id, name: company.name },
            seller: null,
            spendingLimit: m.spending_limit,
            spendingPeriod: m.spending_period,
            companyGroupId: company.customer_group_id,
          })
        ).spending,
      })),
    ),
  };
}

export interface MemberChange {
  role?: CompanyRole | undefined;
  /** null removes the limit. */
  spendingLimit?: { amount: number; currency: string } | null | undefined;
  spendingPeriod?: SpendingPeriod | undefined;
}

export async function updateMember(
  deps: Deps,
  auth: MemberAuth,
  companyId: string,
  membershipId: string,
  change: MemberChange,
) {
  ownCompany(auth, companyId);
  await deps.db.transaction(async (tx) => {
    const member = await repo.findMember(tx, companyId, membershipId, true);
    if (member === null) throw notFound(`Unknown member ${membershipId}`);
    const role = change.role ?? member.role;
    if (
      role !== member.role &&
      member.role === 'admin' &&
      (await repo.countAdmins(tx, companyId)) <= 1
    ) {
      throw validationError([
        { path: 'role', message: 'The company must keep at least one admin' },
      ]);
    }
    if (role !== member.role && member.id === auth.membership.id) {
      throw validationError([{ path: 'role', message: 'You cannot change your own role' }]);
    }
    await repo.updateMember(tx, member.id, {
      role,
      spendingLimit:
        change.spendingLimit === undefined
          ? member.spending_limit
          : change.spendingLimit === null
            ? null
            : change.spendingLimit.amount,
      spendingPeriod: change.spendingPeriod ?? member.spending_period,
    });
  });
  return getCompany(deps, auth, companyId);
}

const ruleView = (rule: ApprovalRule) => ({
  id: rule.id,
  level: rule.level,
  minTotal: rule.minTotal === null ? null : eur(rule.minTotal),
  categoryId: rule.categoryId,
  approverRole: rule.approverRole,
});

export async function listRules(deps: Deps, auth: MemberAuth, companyId: string) {
  ownCompany(auth, companyId);
  return { items: (await findRules(deps.db, companyId)).map(ruleView) };
}

export interface RuleInput {
  level: 1 | 2;
  minTotal?: { amount: number; currency: string } | null | undefined;
  categoryId?: string | null | undefined;
  approverRole: ApproverRole;
}

export async function setRules(
  deps: Deps,
  auth: MemberAuth,
  companyId: string,
  rules: readonly RuleInput[],
) {
  ownCompany(auth, companyId);
  await deps.db.transaction(async (tx) => {
    const categories = await repo.existingCategories(
      tx,
      rules.flatMap((r) => (r.categoryId ? [r.categoryId] : [])),
    );
    const fields = rules.flatMap((rule, i) => {
      const problems = [];
      if ((rule.minTotal ?? null) === null && (rule.categoryId ?? null) === null) {
        problems.push({ path: `rules.${i}`, message: 'Give a minTotal, a categoryId or both' });
      }
      if (rule.categoryId && !categories.has(rule.categoryId)) {
        problems.push({ path: `rules.${i}.categoryId`, message: 'No such category' });
      }
      return problems;
    });
    if (fields.length > 0) throw validationError(fields);
    await replaceRules(
      tx,
      companyId,
      rules.map((rule) => ({
        id: randomUUID(),
        level: rule.level,
        minTotal: rule.minTotal?.amount ?? null,
        categoryId: rule.categoryId ?? null,
        approverRole: rule.approverRole,
      })),
    );
  });
  return listRules(deps, auth, companyId);
}
