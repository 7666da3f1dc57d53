import type { Database, Queryable } from '../db.js';
import { generateCommerce, type CommerceRows } from './commerce.js';
import type { CatalogRows } from './generate.js';
import { referenceCatalog } from './reference-catalog.js';

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
 * A reference catalog seeded before products had variants gets the products with variants, once:
 * when it has no variant yet and none of their ids, SKUs or slugs is taken. Returns whether it
 * added them.
 */
async function addVariantProducts(tx: Queryable): Promise<boolean> {
  const catalog = referenceCatalog();
  const added = catalog.products.filter((product) =>
    catalog.product_variants!.some((variant) => variant.product_id === product.id),
  );
  const [taken] = await tx.query<{ n: number }>(
    `SELECT (SELECT count(*)::int FROM product_variants)
          + (SELECT count(*)::int FROM products
             WHERE id = ANY($1::text[]) OR sku = ANY($2::text[]) OR slug = ANY($3::text[])) AS n`,
    [added.map((p) => p.id), added.map((p) => p.sku), added.map((p) => p.slug)],
  );
  if (taken!.n > 0) return false;
  const ids = new Set(added.map((p) => p.id));
  await insertRows(tx, 'products', added);
  await insertRows(
    tx,
    'product_specs',
    catalog.product_specs.filter((spec) => ids.has(spec.product_id)),
  );
  await insertRows(tx, 'product_variants', catalog.product_variants!);
  await insertRows(
    tx,
    'offers',
    catalog.offers.filter((offer) => ids.has(offer.product_id)),
  );
  return true;
}

/**
 * Fills an empty database with the reference data, in one transaction: a crash halfway leaves
 * it empty and the next start seeds again. The catalog and the people around it are seeded
 * separately, so that a database created by an earlier version (catalog only) gets its
 * personas, price lists and history on the next start (and, without a catalog of the caller's,
 * the products with variants).
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
      rows ??= referenceCatalog();
      await insertRows(tx, 'sellers', rows.sellers);
      await insertRows(tx, 'categories', rows.categories);
      await insertRows(tx, 'products', rows.products);
      await insertRows(tx, 'product_specs', rows.product_specs);
      await insertRows(tx, 'product_variants', rows.product_variants ?? []);
      await insertRows(tx, 'offers', rows.offers);
      products = rows.products.length;
      seeded = true;
    } else if (catalog === undefined && (await addVariantProducts(tx))) {
      products = (await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM products'))[0]!.n;
      seeded = true;
    }
    if (counts!.users === 0) {
      const commerce = generateCommerce(rows ?? referenceCatalog());
      for (const table of COMMERCE_TABLES) await insertRows(tx, table, commerce[table]);
      seeded = true;
    }
    return { seeded, products };
  });
}
