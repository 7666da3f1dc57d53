import { Hono } from 'hono';
import { authorize } from '../auth/permissions.js';
import { findDocumentContent } from '../catalog/repository.js';
import type { Deps } from '../http/deps.js';
import type { AppEnv } from '../http/env.js';
import { notFound } from '../http/errors.js';
import { documentPdf } from './pdf.js';

export function documentRoutes({ db }: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  // The id is everything before ".pdf"; other extensions fall through to the JSON 404.
  app.get('/documents/:id{[^/]+\\.pdf}', authorize('getProductDocument'), async (c) => {
    const id = c.req.param('id').slice(0, -'.pdf'.length);
    const content = id.length <= 100 ? await findDocumentContent(db, id) : null;
    if (content === null) throw notFound(`Unknown document ${id}`);
    const pdf = documentPdf(content);
    return c.body(pdf, 200, {
      'Content-Type': 'application/pdf',
      'Content-Length': String(pdf.byteLength),
      'Content-Disposition': `inline; filename="${id}.pdf"`,
      'Cache-Control': 'public, max-age=86400',
      'X-Content-Type-Options': 'nosniff',
    });
  });
  return app;
}
