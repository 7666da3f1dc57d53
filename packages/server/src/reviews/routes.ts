import { Hono } from 'hono';
import * as v from 'valibot';
import { memberOf } from '../auth/middleware.js';
import { authorize } from '../auth/permissions.js';
import type { Deps } from '../http/deps.js';
import type { AppEnv } from '../http/env.js';
import { parseJsonBody, parseQuery, pathId, queryInteger, textSchema } from '../http/validate.js';
import { createReview, moderateReview, moderationQueue, productReviews } from './service.js';

const REVIEW_STATUSES = ['pending', 'published', 'rejected'] as const;

export const CreateReviewBody = v.object({
  rating: v.pipe(
    v.number('Must be a whole number from 1 to 5'),
    v.integer('Must be a whole number from 1 to 5'),
    v.minValue(1, 'Must be a whole number from 1 to 5'),
    v.maxValue(5, 'Must be a whole number from 1 to 5'),
  ),
  title: textSchema(120),
  body: textSchema(4000),
});

export const ModerateReviewBody = v.object({
  status: v.picklist(['published', 'rejected'], 'Must be published or rejected'),
});

export const ReviewPageQuery = v.object({
  page: v.optional(queryInteger(1, 1_000_000), '1'),
  pageSize: v.optional(queryInteger(1, 50), '10'),
});

export const ModerationQuery = v.object({
  status: v.optional(
    v.picklist(REVIEW_STATUSES, `Must be one of ${REVIEW_STATUSES.join(', ')}`),
    'pending',
  ),
  page: v.optional(queryInteger(1, 1_000_000), '1'),
  pageSize: v.optional(queryInteger(1, 100), '20'),
});

export function reviewRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const productId = (c: Parameters<typeof pathId>[0]) => pathId(c, 'id', 'product');

  app.get('/api/products/:id/reviews', authorize('listProductReviews'), async (c) =>
    c.json(await productReviews(deps, productId(c), parseQuery(c, ReviewPageQuery))),
  );

  app.post('/api/products/:id/reviews', authorize('createReview'), async (c) => {
    const body = await parseJsonBody(c, CreateReviewBody);
    return c.json(await createReview(deps, memberOf(c), productId(c), body), 201);
  });

  app.get('/api/reviews', authorize('listReviews'), async (c) =>
    c.json(await moderationQueue(deps, parseQuery(c, ModerationQuery))),
  );

  app.patch('/api/reviews/:id', authorize('moderateReview'), async (c) => {
    const body = await parseJsonBody(c, ModerateReviewBody);
    return c.json(await moderateReview(deps, memberOf(c), pathId(c, 'id', 'review'), body.status));
  });

  return app;
}
