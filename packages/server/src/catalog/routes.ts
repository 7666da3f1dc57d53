import { Hono } from 'hono';
import * as v from 'valibot';
import { authorize } from '../auth/permissions.js';
import { pricingCustomerOf } from '../auth/types.js';
import type { Deps } from '../http/deps.js';
import type { AppEnv } from '../http/env.js';
import { validationError, type FieldError } from '../http/errors.js';
import { parseQuery, pathId, queryInteger } from '../http/validate.js';
import { categories, productDetail, searchCatalog, suggestions } from './service.js';
import { SORTS, type SpecFilter } from './types.js';

/** An empty text field in a query string means "no filter" (as a form submits it). */
const optionalText = (max: number) =>
  v.optional(
    v.pipe(
      v.string(),
      v.maxLength(max, `Must be at most ${max} characters`),
      v.transform((text) => (text.trim() === '' ? undefined : text)),
    ),
  );

const flag = v.optional(
  v.pipe(
    v.picklist(['true', 'false'], 'Must be true or false'),
    v.transform((flag) => flag === 'true'),
  ),
  'false',
);

/** The most a price bound may be (nine digits: about ten million euros in cents). */
export const MAX_PRICE_BOUND = 999_999_999;
/** Minor units; an empty bound, as a form submits it, means no bound. */
const priceBound = v.optional(
  v.pipe(
    v.union(
      [v.literal(''), queryInteger(0, MAX_PRICE_BOUND)],
      `Must be a whole number of minor units from 0 to ${MAX_PRICE_BOUND}`,
    ),
    v.transform((bound) => (bound === '' ? undefined : bound)),
  ),
);

export const ProductListQuery = v.pipe(
  v.object({
    q: optionalText(200),
    category: optionalText(100),
    brand: optionalText(100),
    seller: optionalText(100),
    inStock: flag,
    priceMin: priceBound,
    priceMax: priceBound,
    priceIncludesTax: flag,
    sort: v.optional(v.picklist(SORTS, `Must be one of ${SORTS.join(', ')}`), 'relevance'),
    page: v.optional(queryInteger(1, 1_000_000), '1'),
    pageSize: v.optional(queryInteger(1, 100), '24'),
    facets: flag,
  }),
  v.forward(
    v.check(
      ({ priceMin, priceMax }) =>
        priceMin === undefined || priceMax === undefined || priceMin <= priceMax,
      'Must not be below priceMin',
    ),
    ['priceMax'],
  ),
);

/** Specification filters, `spec.<name>=<value>`: at most this many, each name and value short. */
const MAX_SPEC_FILTERS = 8;
const SPEC_PREFIX = 'spec.';

/** The `spec.<name>=<value>` parameters of a query string (empty values are no filter). */
export function specFilters(params: Record<string, string>): SpecFilter[] {
  const specs: SpecFilter[] = [];
  const fields: FieldError[] = [];
  for (const [key, value] of Object.entries(params)) {
    if (!key.startsWith(SPEC_PREFIX) || value.trim() === '') continue;
    const name = key.slice(SPEC_PREFIX.length);
    if (name.trim() === '' || name.length > 100 || value.length > 100) {
      fields.push({
        path: key,
        message: 'Must name a specification and a value of at most 100 characters',
      });
    } else specs.push({ name, value });
  }
  if (specs.length > MAX_SPEC_FILTERS) {
    fields.push({ path: SPEC_PREFIX, message: `At most ${MAX_SPEC_FILTERS} specifications` });
  }
  if (fields.length > 0) throw validationError(fields);
  return specs;
}

export const SuggestionsQuery = v.object({
  q: v.pipe(v.string('Is required'), v.maxLength(200, 'Must be at most 200 characters')),
});

export function catalogRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/api/categories', authorize('listCategories'), async (c) =>
    c.json({ items: await categories(deps) }),
  );

  app.get('/api/products', authorize('listProducts'), async (c) => {
    const query = { ...parseQuery(c, ProductListQuery), specs: specFilters(c.req.query()) };
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
