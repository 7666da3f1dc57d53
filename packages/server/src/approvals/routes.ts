import { Hono } from 'hono';
import * as v from 'valibot';
import { memberOf } from '../auth/middleware.js';
import { authorize } from '../auth/permissions.js';
import type { Deps } from '../http/deps.js';
import type { AppEnv } from '../http/env.js';
import {
  parseJsonBody,
  parseQuery,
  pathId,
  queryChoice,
  queryInteger,
  textSchema,
} from '../http/validate.js';
import { decide, listApprovals } from './service.js';

export const APPROVAL_STATUSES = ['pending', 'approved', 'denied', 'cancelled'] as const;

export const ApprovalListQuery = v.object({
  status: queryChoice(APPROVAL_STATUSES),
  page: v.optional(queryInteger(1, 1_000_000), '1'),
  pageSize: v.optional(queryInteger(1, 100), '20'),
});

export const DecisionBody = v.object({ comment: v.optional(textSchema(2000)) });

export function approvalRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/api/approvals', authorize('listApprovals'), async (c) =>
    c.json(await listApprovals(deps, memberOf(c), parseQuery(c, ApprovalListQuery))),
  );

  app.post('/api/approvals/:id/approve', authorize('approveApproval'), async (c) => {
    const body = await parseJsonBody(c, DecisionBody);
    return c.json(
      await decide(deps, memberOf(c), pathId(c, 'id', 'approval'), 'approved', body.comment ?? ''),
    );
  });

  app.post('/api/approvals/:id/deny', authorize('denyApproval'), async (c) => {
    const body = await parseJsonBody(c, DecisionBody);
    return c.json(
      await decide(deps, memberOf(c), pathId(c, 'id', 'approval'), 'denied', body.comment ?? ''),
    );
  });

  return app;
}
