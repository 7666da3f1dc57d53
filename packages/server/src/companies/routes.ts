import { Hono } from 'hono';
import * as v from 'valibot';
import { memberOf } from '../auth/middleware.js';
import { authorize } from '../auth/permissions.js';
import { COMPANY_ROLES, SPENDING_PERIODS } from '../auth/roles.js';
import type { Deps } from '../http/deps.js';
import type { AppEnv } from '../http/env.js';
import { amountSchema, idSchema, parseJsonBody, pathId } from '../http/validate.js';
import { getCompany, listRules, setRules, updateMember } from './service.js';

export const UpdateMemberBody = v.object({
  role: v.optional(v.picklist(COMPANY_ROLES, `Must be one of ${COMPANY_ROLES.join(', ')}`)),
  spendingLimit: v.optional(v.nullable(amountSchema)),
  spendingPeriod: v.optional(
    v.picklist(SPENDING_PERIODS, `Must be one of ${SPENDING_PERIODS.join(', ')}`),
  ),
});

export const MAX_RULES = 20;

export const ApprovalRulesBody = v.object({
  rules: v.pipe(
    v.array(
      v.object({
        level: v.picklist([1, 2], 'Must be 1 or 2'),
        minTotal: v.optional(v.nullable(amountSchema)),
        categoryId: v.optional(v.nullable(idSchema)),
        approverRole: v.picklist(['approver', 'admin'], 'Must be approver or admin'),
      }),
      'Must be a list of rules',
    ),
    v.maxLength(MAX_RULES, `Must hold at most ${MAX_RULES} rules`),
  ),
});

export function companyRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const companyId = (c: Parameters<typeof pathId>[0]) => pathId(c, 'id', 'company');

  app.get('/api/companies/:id', authorize('getCompany'), async (c) =>
    c.json(await getCompany(deps, memberOf(c), companyId(c))),
  );

  app.patch('/api/companies/:id/members/:membershipId', authorize('updateMember'), async (c) => {
    const body = await parseJsonBody(c, UpdateMemberBody);
    return c.json(
      await updateMember(
        deps,
        memberOf(c),
        companyId(c),
        pathId(c, 'membershipId', 'member'),
        body,
      ),
    );
  });

  app.get('/api/companies/:id/approval-rules', authorize('listApprovalRules'), async (c) =>
    c.json(await listRules(deps, memberOf(c), companyId(c))),
  );

  app.put('/api/companies/:id/approval-rules', authorize('replaceApprovalRules'), async (c) => {
    const body = await parseJsonBody(c, ApprovalRulesBody);
    return c.json(await setRules(deps, memberOf(c), companyId(c), body.rules));
  });

  return app;
}
