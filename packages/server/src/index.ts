export { createApp, MAX_BODY_BYTES, type AppOptions } from './app.js';
export { openDatabase, type Database, type Queryable, type OpenDatabaseOptions } from './db.js';
export { migrate, loadMigrations, type Migration } from './migrate.js';
export { seedIfEmpty, type SeedResult } from './seed/seed.js';
export { generateCatalog } from './seed/generate.js';
export { openApiDocument } from './openapi.js';
export type * from './catalog/types.js';
export type * from './cart/types.js';
export type { ErrorBody, ErrorCode, FieldError } from './http/errors.js';
