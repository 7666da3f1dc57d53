import { Hono } from 'hono';
import * as v from 'valibot';
import type { Database } from '../db.js';
import { notFound } from '../http/errors.js';
import { parseQuery, queryInteger } from '../http/validate.js';
import { getProduct, listCategories, searchProducts } from './repository.js';
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
  sort: v.optional(v.picklist(SORTS, `Must be one of ${SORTS.join(', ')}`), 'relevance'),
  page: v.optional(queryInteger(1, 1_000_000), '1'),
  pageSize: v.optional(queryInteger(1, 100), '24'),
});

export function catalogRoutes(db: Database): Hono {
  const app = new Hono();

  app.get('/api/categories', async (c) => c.json({ items: await listCategories(db) }));

  app.get('/api/products', async (c) => {
    const query = parseQuery(c, ProductListQuery);
    return c.json(await searchProducts(db, query));
  });

  app.get('/api/products/:id', async (c) => {
    const id = c.req.param('id');
    const product = await getProduct(db, id);
    if (product === null) throw notFound(`Unknown product ${id}`);
    return c.json(product);
  });

  return app;
}
