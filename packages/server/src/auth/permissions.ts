import type { MiddlewareHandler } from 'hono';
import { forbidden, unauthenticated } from '../http/errors.js';
import type { AppEnv } from '../http/env.js';
import type { Role } from './roles.js';

/*
 * Who may call what: one row per operation (the operationId of the OpenAPI document), the
 * roles allowed. The `authorize` middleware enforces it before any handler runs; handlers then
 * narrow to the caller's own objects (their company, their seller, their orders), answering
 * 404 for anything outside — an id from another company is indistinguishable from an unknown
 * one. The role switcher in the page only picks a membership; this table is the security.
 */

const ANYONE: readonly Role[] = [
  'guest',
  'consumer',
  'buyer',
  'approver',
  'admin',
  'viewer',
  'seller',
  'operator',
];
const SIGNED_IN = ANYONE.filter((role) => role !== 'guest');
/** Who buys: guests and consumers (B2C), company members allowed to purchase (B2B). */
const SHOPPERS: readonly Role[] = ['guest', 'consumer', 'buyer', 'approver', 'admin'];
const PURCHASERS: readonly Role[] = ['consumer', 'buyer', 'approver', 'admin'];
const COMPANY: readonly Role[] = ['buyer', 'approver', 'admin', 'viewer'];
const REQUESTERS: readonly Role[] = ['buyer', 'approver', 'admin'];
const APPROVERS: readonly Role[] = ['approver', 'admin'];

export const PERMISSIONS = {
  // Meta and catalog: public.
  getHealth: ANYONE,
  getOpenApiDocument: ANYONE,
  listCategories: ANYONE,
  listProducts: ANYONE,
  suggest: ANYONE,
  getProduct: ANYONE,
  getProductImage: ANYONE,
  getProductDocument: ANYONE,
  listProductReviews: ANYONE,
  // Sign-in (demo mode only) and the caller's identity.
  listPersonas: ANYONE,
  demoSignIn: ANYONE,
  signOut: SIGNED_IN,
  getMe: SIGNED_IN,
  // Carts and orders.
  createCart: SHOPPERS,
  getCart: SHOPPERS,
  addCartLine: SHOPPERS,
  updateCartLine: SHOPPERS,
  removeCartLine: SHOPPERS,
  createOrder: SHOPPERS,
  listOrders: [...PURCHASERS, 'viewer', 'operator'],
  getOrder: [...PURCHASERS, 'viewer', 'operator'],
  listSellerOrders: ['seller', 'operator'],
  updateSellerOrder: ['seller'],
  listInvoices: ['approver', 'admin', 'viewer', 'operator'],
  // Quotes: company members ask, the seller answers.
  listQuotes: [...COMPANY, 'seller', 'operator'],
  getQuote: [...COMPANY, 'seller', 'operator'],
  createQuote: REQUESTERS,
  updateQuote: REQUESTERS,
  submitQuote: REQUESTERS,
  answerQuote: ['seller'],
  acceptQuote: REQUESTERS,
  rejectQuote: REQUESTERS,
  requestQuoteRevision: REQUESTERS,
  cancelQuote: [...REQUESTERS, 'seller'],
  addQuoteMessage: [...REQUESTERS, 'seller'],
  // Approvals and the company account.
  listApprovals: COMPANY,
  approveApproval: APPROVERS,
  denyApproval: APPROVERS,
  getCompany: COMPANY,
  updateMember: ['admin'],
  listApprovalRules: COMPANY,
  replaceApprovalRules: ['admin'],
  // Reviews.
  createReview: PURCHASERS,
  listReviews: ['operator'],
  moderateReview: ['operator'],
} as const satisfies Record<string, readonly Role[]>;

export type OperationId = keyof typeof PERMISSIONS;

export function allowedRoles(operation: OperationId): readonly Role[] {
  return PERMISSIONS[operation];
}

/**
 * Every operation `role` may call, in the table's order: what GET /api/me tells the page, so
 * that it shows only the actions the server will accept (this table stays the only source).
 */
export function permissionsOf(role: Role): OperationId[] {
  return (Object.keys(PERMISSIONS) as OperationId[]).filter((operation) =>
    (PERMISSIONS[operation] as readonly Role[]).includes(role),
  );
}

/**
 * Refuses the request unless the caller's role may call `operation`: a guest is asked to sign
 * in (401), anyone else is told no (403). Runs before the body is read.
 */
export function authorize(operation: OperationId): MiddlewareHandler<AppEnv> {
  const allowed: readonly Role[] = PERMISSIONS[operation];
  return async (c, next) => {
    // Outside /api (images, documents) nobody is authenticated: everyone is a guest there.
    const role = c.get('auth')?.role ?? 'guest';
    if (!allowed.includes(role)) {
      if (role === 'guest') throw unauthenticated('Sign in to do this');
      throw forbidden(`The ${role} role may not do this (${operation})`);
    }
    return next();
  };
}
