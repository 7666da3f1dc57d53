import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { cors } from 'hono/cors';
import { approvalRoutes } from './approvals/routes.js';
import { authenticate, MEMBERSHIP_HEADER } from './auth/middleware.js';
import { authorize } from './auth/permissions.js';
import { authRoutes } from './auth/routes.js';
import { cartRoutes } from './cart/routes.js';
import { CatalogCache, type CacheOptions } from './catalog/cache.js';
import { catalogRoutes } from './catalog/routes.js';
import { companyRoutes } from './companies/routes.js';
import type { Database } from './db.js';
import { documentRoutes } from './documents/routes.js';
import type { Deps } from './http/deps.js';
import type { AppEnv } from './http/env.js';
import { ApiError } from './http/errors.js';
import { IDEMPOTENCY_HEADER, REPLAYED_HEADER } from './http/idempotency.js';
import { imageRoutes } from './images/routes.js';
import { openApiDocument } from './openapi.js';
import { orderRoutes } from './orders/routes.js';
import { quoteRoutes } from './quotes/routes.js';
import { reviewRoutes } from './reviews/routes.js';
import { staticFiles } from './static.js';

export interface AppOptions {
  db: Database;
  /** A directory served for every other GET path (demo pages, built widgets). */
  staticDir?: string;
  /**
   * Demo mode adds persona sign-in without a password (POST /api/auth/demo-sign-in). Never
   * for a real shop: anyone could act as anyone.
   */
  demoMode?: boolean;
  /** The time services read (quote validity, spending periods, invoice dates); tests set it. */
  clock?: () => Date;
  /** Cache of public search pages per catalog version (see catalog/cache.ts); false: none. */
  catalogCache?: CacheOptions | false;
}

export const MAX_BODY_BYTES = 64 * 1024;

export function createApp({
  db,
  staticDir,
  demoMode = false,
  clock = () => new Date(),
  catalogCache = {},
}: AppOptions): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const deps: Deps = {
    db,
    clock,
    catalogCache:
      catalogCache === false
        ? null
        : new CatalogCache(db, {
            maxAgeMs: db.kind === 'postgres' ? 60_000 : Number.POSITIVE_INFINITY,
            ...catalogCache,
          }),
  };

  // JSON and drawn pictures travel compressed (gzip) when the client takes it: a page of 24
  // products is 8 KB of JSON, a fraction of that compressed.
  app.use('/api/*', compress());
  app.use('/images/*', compress());

  // Widgets run inside any merchant's page: any origin may call the API. Bearer tokens, not
  // cookies, carry identity, so credentials stay off.
  app.use(
    '/api/*',
    cors({
      origin: '*',
      allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
      allowHeaders: [
        'Content-Type',
        'Accept',
        'Accept-Language',
        'Authorization',
        MEMBERSHIP_HEADER,
        IDEMPOTENCY_HEADER,
      ],
      exposeHeaders: ['Retry-After', REPLAYED_HEADER, 'WWW-Authenticate'],
      maxAge: 600,
    }),
  );

  app.use(
    '/api/*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw new ApiError(
          'payload_too_large',
          `The request body is larger than ${MAX_BODY_BYTES / 1024} KB`,
        );
      },
    }),
  );

  app.use('/api/*', authenticate(db));
  // A change made through this server shows in the next search page at once (catalog/cache.ts).
  app.use('/api/*', async (c, next) => {
    await next();
    if (!['GET', 'HEAD', 'OPTIONS'].includes(c.req.method)) deps.catalogCache?.markStale();
  });

  app.get('/api/health', authorize('getHealth'), (c) => c.json({ status: 'ok' }));
  app.get('/openapi.json', authorize('getOpenApiDocument'), (c) =>
    c.json(openApiDocument({ demoMode })),
  );
  app.route('/', authRoutes(deps, { demoMode }));
  app.route('/', catalogRoutes(deps));
  app.route('/', reviewRoutes(deps));
  app.route('/', cartRoutes(deps));
  app.route('/', quoteRoutes(deps));
  app.route('/', approvalRoutes(deps));
  app.route('/', companyRoutes(deps));
  app.route('/', orderRoutes(deps));
  app.route('/', imageRoutes(deps));
  app.route('/', documentRoutes(deps));
  if (staticDir !== undefined) app.use('*', staticFiles(staticDir));

  app.notFound((c) =>
    c.json(new ApiError('not_found', `No route for ${c.req.method} ${c.req.path}`).toBody(), 404),
  );

  app.onError((error, c) => {
    if (error instanceof ApiError) {
      for (const [name, value] of Object.entries(error.extra.headers ?? {})) c.header(name, value);
      return c.json(error.toBody(), error.status);
    }
    // Log the failure, never the request: its body may hold personal data, its headers tokens.
    console.error(`${c.req.method} ${c.req.path} failed:`, error);
    return c.json(new ApiError('internal', 'Internal server error').toBody(), 500);
  });

  return app;
}
