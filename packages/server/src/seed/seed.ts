import type { Database, Queryable } from '../db.js';
import { generateCommerce, type CommerceRows } from './commerce.js';
import { generateCatalog, type CatalogRows } from './generate.js';

/** Same lock as the migrations: one instance seeds, the others find the data there. */
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

/** Tables of the commerce seed, in an order that satisfies their foreign keys. */
const COMMERCE_TABLES: readonly (keyof CommerceRows)[] = [
  'customer_groups',
  'companies',
  'users',
  'memberships',
  'approval_rules',
  'price_lists',
  'price_list_entries',
  'offer_tiers',
  'product_documents',
  'orders',
  'seller_orders',
  'order_lines',
  'invoices',
  'payments',
  'reviews',
];

/**
 * Fills an empty database with the reference data, in one transaction: a crash halfway leaves
 * it empty and the next start seeds again. The catalog and the people around it are seeded
 * separately, so that a database created by an earlier version (catalog only) gets its
 * personas, price lists and history on the next start.
 */
export async function seedIfEmpty(db: Database, catalog?: CatalogRows): Promise<SeedResult> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
    const [counts] = await tx.query<{ products: number; users: number }>(
      `SELECT (SELECT count(*)::int FROM products) AS products,
              (SELECT count(*)::int FROM users) AS users`,
    );
    let seeded = false;
    let products = counts!.products;
    let rows = catalog;
    if (products === 0) {
      rows ??= generateCatalog();
      await insertRows(tx, 'sellers', rows.sellers);
      await insertRows(tx, 'categories', rows.categories);
      await insertRows(tx, 'products', rows.products);
      await insertRows(tx, 'product_specs', rows.product_specs);
      await insertRows(tx, 'offers', rows.offers);
      products = rows.products.length;
      seeded = true;
    }
    if (counts!.users === 0) {
      const commerce = generateCommerce(rows ?? generateCatalog());
      for (const table of COMMERCE_TABLES) await insertRows(tx, table, commerce[table]);
      seeded = true;
    }
    return { seeded, products };
  });
}
