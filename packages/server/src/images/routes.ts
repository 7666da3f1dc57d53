import { Hono } from 'hono';
import { getProductLook } from '../catalog/repository.js';
import type { Database } from '../db.js';
import { notFound } from '../http/errors.js';
import { productSvg } from './svg.js';

export function imageRoutes(db: Database): Hono {
  const app = new Hono();
  // The id is everything before ".svg"; other extensions fall through to the JSON 404.
  app.get('/images/products/:id{[^/]+\\.svg}', async (c) => {
    const id = c.req.param('id').slice(0, -'.svg'.length);
    const product = await getProductLook(db, id);
    if (product === null) throw notFound(`Unknown product ${id}`);
    return c.body(productSvg({ id, name: product.name, categorySlug: product.categorySlug }), 200, {
      'Content-Type': 'image/svg+xml; charset=utf-8',
      'Cache-Control': 'public, max-age=86400',
      'X-Content-Type-Options': 'nosniff',
    });
  });
  return app;
}
