import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { cartRoutes } from './cart/routes.js';
import { catalogRoutes } from './catalog/routes.js';
import type { Database } from './db.js';
import { ApiError } from './http/errors.js';
import { imageRoutes } from './images/routes.js';
import { openApiDocument } from './openapi.js';
import { staticFiles } from './static.js';

export interface AppOptions {
  db: Database;
  /** A directory served for every other GET path (demo pages, built widgets). */
  staticDir?: string;
}

export const MAX_BODY_BYTES = 64 * 1024;

export function createApp({ db, staticDir }: AppOptions): Hono {
  const app = new Hono();

  // Widgets run inside any merchant's page: any origin may call the API. No cookies are
  // used, so credentials stay off.
  app.use(
    '/api/*',
    cors({
      origin: '*',
      allowMethods: ['GET', 'POST', 'PATCH', 'DELETE', 'OPTIONS'],
      allowHeaders: ['Content-Type', 'Accept', 'Accept-Language'],
      maxAge: 600,
    }),
  );

  app.use(
    '/api/*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw new ApiError(
          413,
          'payload_too_large',
          `The request body is larger than ${MAX_BODY_BYTES / 1024} KB`,
        );
      },
    }),
  );

  app.get('/api/health', (c) => c.json({ status: 'ok' }));
  app.get('/openapi.json', (c) => c.json(openApiDocument()));
  app.route('/', catalogRoutes(db));
  app.route('/', cartRoutes(db));
  app.route('/', imageRoutes(db));
  if (staticDir !== undefined) app.use('*', staticFiles(staticDir));

  app.notFound((c) =>
    c.json(
      new ApiError(404, 'not_found', `No route for ${c.req.method} ${c.req.path}`).toBody(),
      404,
    ),
  );

  app.onError((error, c) => {
    if (error instanceof ApiError) return c.json(error.toBody(), error.status);
    // Log the failure, never the request body (it may hold personal data or tokens).
    console.error(`${c.req.method} ${c.req.path} failed:`, error);
    return c.json(new ApiError(500, 'internal', 'Internal server error').toBody(), 500);
  });

  return app;
}
