import type { Database, Queryable } from '../db.js';
import { generateCatalog, type CatalogRows } from './generate.js';

/** Same lock as the migrations: one instance seeds, the others find the catalog there. */
const SEED_LOCK = 7_412_001;
/** PostgreSQL accepts at most 65,535 parameters in one statement. */
const MAX_PARAMS = 60_000;

/** Multi-row INSERTs: a few statements instead of one per row keeps seeding well under a second. */
export async function insertRows(
  tx: Queryable,
  table: string,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  const perStatement = Math.floor(MAX_PARAMS / columns.length);
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const params: unknown[] = [];
    const tuples = chunk.map((row) => {
      const placeholders = columns.map((column) => {
        params.push(row[column]);
        return `$${params.length}`;
      });
      return `(${placeholders.join(', ')})`;
    });
    await tx.query(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}`,
      params,
    );
  }
}

export interface SeedResult {
  seeded: boolean;
  products: number;
}

/**
 * Fills an empty catalog with the reference data, in one transaction: a crash halfway
 * leaves the catalog empty and the next start seeds again.
 */
export async function seedIfEmpty(db: Database, catalog?: CatalogRows): Promise<SeedResult> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
    const [row] = await tx.query<{ count: number }>('SELECT count(*)::int AS count FROM products');
    if (row!.count > 0) return { seeded: false, products: row!.count };
    const rows = catalog ?? generateCatalog();
    await insertRows(tx, 'sellers', rows.sellers);
    await insertRows(tx, 'categories', rows.categories);
    await insertRows(tx, 'products', rows.products);
    await insertRows(tx, 'product_specs', rows.product_specs);
    await insertRows(tx, 'offers', rows.offers);
    return { seeded: true, products: rows.products.length };
  });
}
