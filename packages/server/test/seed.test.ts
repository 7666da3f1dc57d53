import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { openDatabase, type Database } from '../src/db.js';
import { migrate } from '../src/migrate.js';
import { generateCatalog, shelfPrice } from '../src/seed/generate.js';
import { referenceCatalog } from '../src/seed/reference-catalog.js';
import { seedIfEmpty } from '../src/seed/seed.js';
import { variantProductSearchText } from '../src/seed/variants.js';
import { searchKey } from '../src/text.js';

// This file uses a database on disk (not in memory) to also prove that a restart reuses it.
let dataDir: string;
let db: Database;

before(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'vitrine-seed-'));
  db = await openDatabase({ dataDir });
  assert.deepEqual(await migrate(db), [
    '001_catalog',
    '002_carts',
    '003_accounts',
    '004_pricing',
    '005_quotes',
    '006_approvals',
    '007_orders',
    '008_reviews',
    '009_catalog_search',
    '010_product_variants',
  ]);
  assert.deepEqual(await seedIfEmpty(db), {
    seeded: true,
    products: referenceCatalog().products.length,
  });
});

after(async () => {
  await db.close();
  await rm(dataDir, { recursive: true, force: true });
});

const one = async <T>(sql: string): Promise<T> => (await db.query<T>(sql))[0]!;

describe('seeded catalog', () => {
  test('has at least 240 products over 8+ categories and 3+ sellers', async () => {
    const counts = await one<{
      products: number;
      categories: number;
      sellers: number;
      offers: number;
    }>(`
      SELECT (SELECT count(*)::int FROM products) AS products,
             (SELECT count(*)::int FROM categories) AS categories,
             (SELECT count(*)::int FROM sellers) AS sellers,
             (SELECT count(*)::int FROM offers) AS offers`);
    assert.ok(counts.products >= 240, `${counts.products} products`);
    assert.ok(counts.categories >= 8, `${counts.categories} categories`);
    assert.ok(counts.sellers >= 3, `${counts.sellers} sellers`);
    assert.ok(counts.offers > counts.products, 'some products have several offers');
  });

  test('covers the French VAT classes 20 %, 10 % and 5.5 %', async () => {
    const rows = await db.query<{ vat_rate: number }>(
      'SELECT DISTINCT vat_rate FROM products ORDER BY vat_rate',
    );
    assert.deepEqual(
      rows.map((r) => r.vat_rate),
      [550, 1000, 2000],
    );
    const mismatched = await one<{ n: number }>(
      'SELECT count(*)::int AS n FROM products p JOIN categories c ON c.id = p.category_id WHERE p.vat_rate <> c.vat_rate',
    );
    assert.equal(mismatched.n, 0);
  });

  test('every product, or every variant of one, has 1–3 offers; every product 3+ specs', async () => {
    const offers = await one<{ min: number; max: number }>(`
      SELECT min(n)::int AS min, max(n)::int AS max FROM (
        SELECT count(o.id) AS n FROM products p LEFT JOIN offers o ON o.product_id = p.id
        WHERE NOT EXISTS (SELECT 1 FROM product_variants v WHERE v.product_id = p.id)
        GROUP BY p.id
        UNION ALL
        SELECT count(o.id) AS n FROM product_variants v LEFT JOIN offers o ON o.variant_id = v.id
        GROUP BY v.id) t`);
    assert.deepEqual(offers, { min: 1, max: 3 });
    const specs = await one<{ min: number }>(`
      SELECT min(n)::int AS min FROM (
        SELECT count(s.position) AS n FROM products p LEFT JOIN product_specs s ON s.product_id = p.id GROUP BY p.id) t`);
    assert.ok(specs.min >= 3, `a product has only ${specs.min} specs`);
    const units = await one<{ n: number }>(
      'SELECT count(*)::int AS n FROM product_specs WHERE unit IS NOT NULL',
    );
    assert.ok(units.n > 300, 'specs carry units');
  });

  test('prices are integer cents from 0,89 € to 900 €, some offers are out of stock', async () => {
    const prices = await one<{
      min: number;
      max: number;
      zero_stock: number;
      sellers_used: number;
    }>(`
      SELECT min(price_excl_tax) AS min, max(price_excl_tax) AS max,
             count(*) FILTER (WHERE stock = 0)::int AS zero_stock,
             count(DISTINCT seller_id)::int AS sellers_used
      FROM offers`);
    assert.ok(prices.min >= 89 && prices.max <= 90_000, JSON.stringify(prices));
    assert.ok(prices.zero_stock > 0);
    assert.ok(prices.sellers_used >= 3);
    assert.equal(shelfPrice(94), 99);
    assert.equal(shelfPrice(24_937), 24_900);
    assert.equal(shelfPrice(1_000_000), 90_000);
  });

  test('ids, SKUs and search keys have their documented forms', async () => {
    const rows = await db.query<{
      id: string;
      sku: string;
      name: string;
      brand: string;
      search_text: string;
      created_at: Date;
    }>('SELECT id, sku, name, brand, search_text, created_at FROM products ORDER BY id');
    const variants = await db.query<{ product_id: string; sku: string; name: string }>(
      'SELECT product_id, sku, name FROM product_variants ORDER BY product_id, position',
    );
    assert.equal(rows[0]!.id, 'p-0001');
    assert.equal(rows[0]!.sku, 'VT-10001');
    for (const row of rows) {
      assert.match(row.id, /^p-\d{4}$/);
      assert.match(row.sku, /^VT-\d{5}$/);
      // A product with variants is also found by each variant's SKU and name.
      const own = variants.filter((variant) => variant.product_id === row.id);
      assert.equal(
        row.search_text,
        own.length === 0
          ? searchKey(`${row.name} ${row.brand} ${row.sku}`)
          : variantProductSearchText(row, own),
      );
      assert.equal(
        row.search_text,
        row.search_text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase(),
      );
    }
    const days = new Set(rows.map((r) => new Date(r.created_at).toISOString().slice(0, 10)));
    assert.ok(days.size > 100, 'creation dates are spread out');
    assert.equal(searchKey('  Café CRÈME  Œuf '), 'cafe creme oeuf');
  });

  test('is the same on every run (seeded generator, no Math.random)', () => {
    assert.deepEqual(generateCatalog(), generateCatalog());
    assert.notDeepEqual(generateCatalog(1).offers, generateCatalog().offers);
    assert.deepEqual(referenceCatalog(), referenceCatalog());
  });
});

describe('migrations and seeding on restart', () => {
  test('running them again changes nothing', async () => {
    assert.deepEqual(await migrate(db), []);
    const again = await seedIfEmpty(db);
    assert.equal(again.seeded, false);
    const versions = await db.query<{ version: number; name: string }>(
      'SELECT version, name FROM schema_migrations ORDER BY version',
    );
    assert.deepEqual(
      versions.map((v) => v.name),
      [
        '001_catalog',
        '002_carts',
        '003_accounts',
        '004_pricing',
        '005_quotes',
        '006_approvals',
        '007_orders',
        '008_reviews',
        '009_catalog_search',
        '010_product_variants',
      ],
    );
    assert.deepEqual(
      versions.map((v) => v.version),
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    );
  });

  test('a failing migration is rolled back whole and not recorded', async () => {
    const bad = {
      version: 999,
      name: '999_bad',
      sql: 'CREATE TABLE half_done (x int); SELECT * FROM no_such_table;',
    };
    await assert.rejects(migrate(db, [bad]));
    const tables = await db.query(
      "SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done'",
    );
    assert.equal(tables.length, 0);
    const recorded = await db.query('SELECT 1 FROM schema_migrations WHERE version = 999');
    assert.equal(recorded.length, 0);
  });

  test('reopening the data directory keeps the catalog without seeding again', async () => {
    const before = await db.query<{ id: string; price_excl_tax: number }>(
      'SELECT id, price_excl_tax FROM offers ORDER BY id',
    );
    await db.exec(
      `INSERT INTO carts (id, currency) VALUES ('00000000-0000-4000-8000-000000000001', 'EUR')`,
    );
    await db.close();
    const started = performance.now();
    db = await openDatabase({ dataDir });
    assert.deepEqual(await migrate(db), []);
    assert.equal((await seedIfEmpty(db)).seeded, false);
    const elapsed = performance.now() - started;
    const afterRestart = await db.query<{ id: string; price_excl_tax: number }>(
      'SELECT id, price_excl_tax FROM offers ORDER BY id',
    );
    assert.deepEqual(afterRestart, before);
    const carts = await db.query('SELECT id FROM carts');
    assert.equal(carts.length, 1, 'carts survive a restart');
    assert.ok(elapsed < 10_000, `reopening took ${Math.round(elapsed)} ms`);
  });
});
