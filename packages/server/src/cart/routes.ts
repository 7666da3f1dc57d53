import { Hono } from 'hono';
import * as v from 'valibot';
import { authorize } from '../auth/permissions.js';
import type { Deps } from '../http/deps.js';
import type { AppEnv } from '../http/env.js';
import { idSchema, parseJsonBody, quantitySchema } from '../http/validate.js';
import { addLine, createCart, getCart, removeLine, updateLine } from './service.js';
import { SUPPORTED_CURRENCIES } from './types.js';

export const CreateCartBody = v.object({
  currency: v.optional(
    v.picklist(SUPPORTED_CURRENCIES, `Must be one of ${SUPPORTED_CURRENCIES.join(', ')}`),
    'EUR',
  ),
});

export const AddLineBody = v.object({ offerId: idSchema, quantity: quantitySchema });

export const UpdateLineBody = v.object({ quantity: quantitySchema });

export function cartRoutes({ db }: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.post('/api/carts', authorize('createCart'), async (c) => {
    const body = await parseJsonBody(c, CreateCartBody);
    return c.json(await createCart(db, c.get('auth'), body.currency), 201);
  });

  app.get('/api/carts/:id', authorize('getCart'), async (c) =>
    c.json(await getCart(db, c.get('auth'), c.req.param('id'))),
  );

  app.post('/api/carts/:id/lines', authorize('addCartLine'), async (c) => {
    const body = await parseJsonBody(c, AddLineBody);
    return c.json(await addLine(db, c.get('auth'), c.req.param('id'), body.offerId, body.quantity));
  });

  app.patch('/api/carts/:id/lines/:lineId', authorize('updateCartLine'), async (c) => {
    const body = await parseJsonBody(c, UpdateLineBody);
    return c.json(
      await updateLine(db, c.get('auth'), c.req.param('id'), c.req.param('lineId'), body.quantity),
    );
  });

  app.delete('/api/carts/:id/lines/:lineId', authorize('removeCartLine'), async (c) =>
    c.json(await removeLine(db, c.get('auth'), c.req.param('id'), c.req.param('lineId'))),
  );

  return app;
}
