import { Hono } from 'hono';
import * as v from 'valibot';
import type { Database } from '../db.js';
import { parseJsonBody, quantitySchema } from '../http/validate.js';
import { addLine, createCart, getCart, removeLine, updateLine } from './service.js';
import { SUPPORTED_CURRENCIES } from './types.js';

export const CreateCartBody = v.object({
  currency: v.optional(
    v.picklist(SUPPORTED_CURRENCIES, `Must be one of ${SUPPORTED_CURRENCIES.join(', ')}`),
    'EUR',
  ),
});

export const AddLineBody = v.object({
  offerId: v.pipe(
    v.string('Must be a string'),
    v.minLength(1, 'Is required'),
    v.maxLength(100, 'Must be at most 100 characters'),
  ),
  quantity: quantitySchema,
});

export const UpdateLineBody = v.object({ quantity: quantitySchema });

export function cartRoutes(db: Database): Hono {
  const app = new Hono();

  app.post('/api/carts', async (c) => {
    const body = await parseJsonBody(c, CreateCartBody);
    return c.json(await createCart(db, body.currency), 201);
  });

  app.get('/api/carts/:id', async (c) => c.json(await getCart(db, c.req.param('id'))));

  app.post('/api/carts/:id/lines', async (c) => {
    const body = await parseJsonBody(c, AddLineBody);
    return c.json(await addLine(db, c.req.param('id'), body.offerId, body.quantity));
  });

  app.patch('/api/carts/:id/lines/:lineId', async (c) => {
    const body = await parseJsonBody(c, UpdateLineBody);
    return c.json(await updateLine(db, c.req.param('id'), c.req.param('lineId'), body.quantity));
  });

  app.delete('/api/carts/:id/lines/:lineId', async (c) =>
    c.json(await removeLine(db, c.req.param('id'), c.req.param('lineId'))),
  );

  return app;
}
