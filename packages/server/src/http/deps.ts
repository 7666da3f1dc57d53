import type { CatalogCache } from '../catalog/cache.js';
import type { Database } from '../db.js';

/** What services need from outside: the database, the time (tests set it), the catalog cache. */
export interface Deps {
  db: Database;
  clock: () => Date;
  /** Public search pages per catalog version; null: every search reads the database. */
  catalogCache: CatalogCache | null;
}

/** The UTC calendar day of an instant, YYYY-MM-DD. */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);
