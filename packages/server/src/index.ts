export { createApp, MAX_BODY_BYTES, type AppOptions } from './app.js';
export type { AppEnv } from './http/env.js';
export { openDatabase, type Database, type Queryable, type OpenDatabaseOptions } from './db.js';
export { migrate, loadMigrations, type Migration } from './migrate.js';
export { seedIfEmpty, type SeedResult } from './seed/seed.js';
export { generateCatalog } from './seed/generate.js';
export { PERSONAS } from './seed/accounts.js';
export { openApiDocument } from './openapi.js';
export { PERMISSIONS, type OperationId } from './auth/permissions.js';
export { ROLES, type Role } from './auth/roles.js';
export type * from './catalog/types.js';
export type * from './cart/types.js';
export type * from './quotes/types.js';
export type {
  Address,
  Buyer,
  Invoice,
  InvoicePage,
  Order,
  OrderConflict,
  OrderLine,
  OrderPage,
  Payment,
  SellerOrder,
  SellerOrderPage,
  SellerOrderView,
} from './orders/types.js';
export type { QuoteStatus, QuoteEvent } from './quotes/machine.js';
export type { Me, MembershipView, SignIn } from './auth/service.js';
export type { Approval } from './approvals/service.js';
export type { Review } from './reviews/service.js';
export type { ErrorBody, ErrorCode, FieldError } from './http/errors.js';
