import { Hono } from 'hono';
import * as v from 'valibot';
import { authorize } from '../auth/permissions.js';
import { pricingCustomerOf } from '../auth/types.js';
import type { Deps } from '../http/deps.js';
import type { AppEnv } from '../http/env.js';
import { parseQuery, pathId, queryInteger } from '../http/validate.js';
import { categories, productDetail, searchCatalog, suggestions } from './service.js';
import { SORTS } from './types.js';

/** An empty text field in a query string means "no filter" (as a form submits it). */
const optionalText = (max: number) =>
  v.optional(
    v.pipe(
      v.string(),
      v.maxLength(max, `Must be at most ${max} characters`),
      v.transform((text) => (text.trim() === '' ? undefined : text)),
    ),
  );

export const ProductListQuery = v.object({
  q: optionalText(200),
  category: optionalText(100),
  brand: optionalText(100),
  sort: v.optional(v.picklist(SORTS, `Must be one of ${SORTS.join(', ')}`), 'relevance'),
  page: v.optional(queryInteger(1, 1_000_000), '1'),
  pageSize: v.optional(queryInteger(1, 100), '24'),
  facets: v.optional(
    v.pipe(
      v.picklist(['true', 'false'], 'Must be true or false'),
      v.transform((flag) => flag === 'true'),
    ),
    'false',
  ),
});

export const SuggestionsQuery = v.object({
  q: v.pipe(v.string('Is required'), v.maxLength(200, 'Must be at most 200 characters')),
});

export function catalogRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/api/categories', authorize('listCategories'), async (c) =>
    c.json({ items: await categories(deps) }),
  );

  app.get('/api/products', authorize('listProducts'), async (c) => {
    const query = parseQuery(c, ProductListQuery);
    return c.json(await searchCatalog(deps, query, pricingCustomerOf(c.get('auth'))));
  });

  app.get('/api/suggestions', authorize('suggest'), async (c) => {
    const { q } = parseQuery(c, SuggestionsQuery);
    return c.json(await suggestions(deps, q));
  });

  app.get('/api/products/:id', authorize('getProduct'), async (c) =>
    c.json(await productDetail(deps, pathId(c, 'id', 'product'), pricingCustomerOf(c.get('auth')))),
  );

  return app;
}
