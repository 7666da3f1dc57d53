import { Hono } from 'hono';
import * as v from 'valibot';
import { memberOf } from '../auth/middleware.js';
import { authorize } from '../auth/permissions.js';
import type { Deps } from '../http/deps.js';
import type { AppEnv } from '../http/env.js';
import { readIdempotencyKey, REPLAYED_HEADER } from '../http/idempotency.js';
import {
  amountSchema,
  idSchema,
  parseJsonBody,
  parseQuery,
  pathId,
  queryInteger,
  textSchema,
} from '../http/validate.js';
import { SELLER_SETTABLE } from './seller-machine.js';
import * as orders from './service.js';

export const AddressSchema = v.object({
  name: textSchema(100),
  line1: textSchema(200),
  line2: v.optional(textSchema(200)),
  postalCode: v.pipe(
    v.string('Must be a string'),
    v.trim(),
    v.regex(/^[A-Za-z0-9 -]{2,10}$/, 'Must be 2 to 10 letters, digits, spaces or hyphens'),
  ),
  city: textSchema(100),
  country: v.pipe(
    v.string('Must be a string'),
    v.regex(/^[A-Z]{2}$/, 'Must be an ISO 3166 country code such as FR'),
  ),
});

export const CreateOrderBody = v.pipe(
  v.object({
    cartId: v.optional(idSchema),
    quoteId: v.optional(idSchema),
    expectedTotal: amountSchema,
    email: v.optional(
      v.pipe(
        v.string('Must be a string'),
        v.trim(),
        v.maxLength(254),
        v.email('Must be an email address'),
      ),
    ),
    shippingAddress: v.optional(AddressSchema),
    purchaseOrderNumber: v.optional(textSchema(35)),
  }),
  v.forward(
    v.check(
      (body) => (body.cartId === undefined) !== (body.quoteId === undefined),
      'Give either cartId or quoteId',
    ),
    ['cartId'],
  ),
);

export const UpdateSellerOrderBody = v.object({
  status: v.picklist(SELLER_SETTABLE, `Must be one of ${SELLER_SETTABLE.join(', ')}`),
});

export const PageQuery = v.object({
  page: v.optional(queryInteger(1, 1_000_000), '1'),
  pageSize: v.optional(queryInteger(1, 100), '20'),
});

export function orderRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.post('/api/orders', authorize('createOrder'), async (c) => {
    const key = readIdempotencyKey(c, true)!;
    const body = await parseJsonBody(c, CreateOrderBody);
    const answer = await orders.createOrder(deps, c.get('auth'), body, key);
    if (answer.replayed) c.header(REPLAYED_HEADER, 'true');
    return c.json(answer.body, answer.status);
  });

  app.get('/api/orders', authorize('listOrders'), async (c) =>
    c.json(await orders.listOrders(deps, memberOf(c), parseQuery(c, PageQuery))),
  );

  app.get('/api/orders/:id', authorize('getOrder'), async (c) =>
    c.json(await orders.getOrder(deps, memberOf(c), pathId(c, 'id', 'order'))),
  );

  app.get('/api/seller-orders', authorize('listSellerOrders'), async (c) =>
    c.json(await orders.listSellerOrders(deps, memberOf(c), parseQuery(c, PageQuery))),
  );

  app.patch('/api/seller-orders/:id', authorize('updateSellerOrder'), async (c) => {
    const body = await parseJsonBody(c, UpdateSellerOrderBody);
    return c.json(
      await orders.updateSellerOrder(
        deps,
        memberOf(c),
        pathId(c, 'id', 'seller order'),
        body.status,
      ),
    );
  });

  app.get('/api/invoices', authorize('listInvoices'), async (c) =>
    c.json(await orders.listInvoices(deps, memberOf(c), parseQuery(c, PageQuery))),
  );

  return app;
}
