import type { ReplayRoute } from '@vitrine/conformance';
import { catalogRoutes, fixture, productListAnswer, type ReplayRequest } from './recorded.js';

export const EMAIL = 'buyer+1795354410@acme.example';
export const PASSWORD = 'right password';
/** Stands for the JWT Medusa issues; its content is Medusa's business, not the adapter's. */
export const TOKEN = 'token-of-the-wholesale-buyer';

/** The recorded customer (customer_create.json: Bob Buyer of ACME GmbH) as the adapter gives it. */
export const BOB = {
  id: 'cus_01M81QCG4YYEPZSGV8ZE7H13YT',
  name: 'Bob Buyer',
  email: EMAIL,
  company: { id: 'ACME GmbH', name: 'ACME GmbH' },
};

export const sentWithToken = ({ headers }: Pick<ReplayRequest, 'headers'>) =>
  headers.get('authorization') === `Bearer ${TOKEN}`;

/**
 * The customer's answers. The sign-in answer was not recorded: Medusa's route answers
 * `{ token }` on success and 401 on wrong credentials, with its error body { type, message }.
 * The customer is the recorded one, whose catalog was recorded signed in
 * (products_list_eu_wholesale_customer.json); a guest gets the German catalog.
 */
export function customerRoutes(): ReplayRoute[] {
  return [
    {
      method: 'POST',
      path: /^\/auth\/customer\/emailpass$/,
      when: ({ body }) => (body as { password?: string }).password === PASSWORD,
      response: { token: TOKEN },
    },
    {
      method: 'POST',
      path: /^\/auth\/customer\/emailpass$/,
      status: 401,
      response: { type: 'unauthorized', message: 'Invalid email or password' },
    },
    {
      method: 'GET',
      path: /^\/store\/customers\/me$/,
      when: sentWithToken,
      response: fixture('customer_create'),
    },
    {
      method: 'GET',
      path: /^\/store\/products$/,
      when: sentWithToken,
      response: productListAnswer('products_list_eu_wholesale_customer'),
    },
    ...catalogRoutes(),
  ];
}

/**
 * Medusa once the token has expired (or was forged): its authenticate middleware answers 401
 * `{ message: "Unauthorized" }` to a bearer token it cannot verify, on public routes too
 * (Medusa 2 source, packages/core/framework/src/http/middlewares/authenticate-middleware.ts;
 * not recorded). Without the token, the guest's answers.
 */
export function expiredTokenRoutes(): ReplayRoute[] {
  return [
    {
      method: 'GET',
      path: /./,
      when: sentWithToken,
      status: 401,
      response: { message: 'Unauthorized' },
    },
    {
      method: 'POST',
      path: /./,
      when: sentWithToken,
      status: 401,
      response: { message: 'Unauthorized' },
    },
    {
      method: 'GET',
      path: /^\/store\/customers\/me$/,
      status: 401,
      response: { message: 'Unauthorized' },
    },
    ...catalogRoutes(),
  ];
}
