import { Hono } from 'hono';
import { getProductLook } from '../catalog/repository.js';
import { authorize } from '../auth/permissions.js';
import type { Deps } from '../http/deps.js';
import type { AppEnv } from '../http/env.js';
import { notFound } from '../http/errors.js';
import { productSvg } from './svg.js';
import { productViews } from './views.js';

export function imageRoutes({ db }: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  // The id is everything before ".svg"; other extensions fall through to the JSON 404.
  // `?view=` picks one of the product's views (see views.ts); without it, the front.
  app.get('/images/products/:id{[^/]+\\.svg}', authorize('getProductImage'), async (c) => {
    const id = c.req.param('id').slice(0, -'.svg'.length);
    const product = await getProductLook(db, id);
    if (product === null) throw notFound(`Unknown product ${id}`);
    const wanted = c.req.query('view') ?? 'front';
    // Only the views the detail lists: a URL that works is one a gallery can show.
    const view = productViews(id).find((known) => known === wanted);
    if (view === undefined) throw notFound(`Product ${id} has no view "${wanted}"`);
    return c.body(
      productSvg({ id, name: product.name, categorySlug: product.categorySlug, view }),
      200,
      {
        'Content-Type': 'image/svg+xml; charset=utf-8',
        'Cache-Control': 'public, max-age=86400',
        'X-Content-Type-Options': 'nosniff',
      },
    );
  });
  return app;
}
