import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Cart } from '../src/cart/types.js';
import type { ProductDetail, ProductPage, ProductSummary } from '../src/catalog/types.js';
import { openDatabase } from '../src/db.js';
import type { ErrorBody } from '../src/http/errors.js';
import { migrate } from '../src/migrate.js';
import { generateCatalog } from '../src/seed/generate.js';
import { seedIfEmpty } from '../src/seed/seed.js';
import { startTestServer, type Reply, type TestServer } from './helpers.js';

/*
 * Products with variants on the seeded reference catalog (seed/variant-data.ts). The figures
 * below are the seed's, read from GET /api/products/p-0265 on a fresh database:
 *
 *   Baskets de sécurité S3 basses, p-0265, VT-10265, VAT 20 %, 9 sizes (Pointure 38 … 46)
 *   Net & Clair Hygiène (s-04) sells every size: 54,99 € HT for 38–44, 57,99 € for 45 and 46
 *   Bureau Plus (s-01) sells 39 (50,09 €, in stock), 42 (56,19 €), 44 (60,89 €), 46 (52,79 €),
 *   the last three out of stock; size 46 is out of stock at both.
 */
const SHOES = 'p-0265';
const SIZE_42 = { variant: 'v-0005', netEtClair: 'o-00441' };
const SIZE_39_BUREAU_PLUS = 'o-00438';
const SIZE_46 = { variant: 'v-0009', netEtClair: 'o-00447', bureauPlus: 'o-00448' };

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

const get = async <T>(path: string): Promise<T> => {
  const reply = await server.call<T>('GET', path);
  assert.equal(reply.status, 200, reply.text);
  return reply.body;
};
const detail = (id: string) => get<ProductDetail>(`/api/products/${id}`);
const listed = async (sku: string): Promise<ProductSummary> => {
  const page = await get<ProductPage>(`/api/products?q=${encodeURIComponent(sku)}`);
  const item = page.items.find((p) => p.sku === sku);
  assert.ok(item, `${sku} is listed`);
  return item;
};

describe('product detail of a product with variants', () => {
  test('lists the variants in order, each with its SKU, name and options', async () => {
    const shoes = await detail(SHOES);
    assert.equal(shoes.name, 'Baskets de sécurité S3 basses');
    assert.equal(shoes.variantCount, 9);
    assert.deepEqual(
      shoes.variants.map((v) => v.name),
      ['38', '39', '40', '41', '42', '43', '44', '45', '46'].map((size) => `Pointure ${size}`),
    );
    assert.deepEqual(shoes.variants[4], {
      id: SIZE_42.variant,
      sku: 'VT-10265-42',
      name: 'Pointure 42',
      options: [{ name: 'Pointure', value: '42' }],
    });
  });

  test('every offer names one of the variants, and every variant has an offer', async () => {
    const shoes = await detail(SHOES);
    const ids = new Set(shoes.variants.map((v) => v.id));
    assert.ok(shoes.offers.every((o) => o.variantId !== null && ids.has(o.variantId)));
    for (const variant of shoes.variants) {
      assert.ok(
        shoes.offers.some((o) => o.variantId === variant.id),
        variant.sku,
      );
    }
    // 9 sizes at Net & Clair + 4 at Bureau Plus.
    assert.equal(shoes.offerCount, 13);
    assert.equal(shoes.offers.length, 13);
  });

  test('prices and stock differ per size', async () => {
    const shoes = await detail(SHOES);
    const offersOf = (variantId: string) =>
      shoes.offers
        .filter((o) => o.variantId === variantId)
        .map((o) => ({ seller: o.seller.id, price: o.price.amount, stock: o.stock > 0 }));
    const bySize = (size: string) => shoes.variants.find((v) => v.name === `Pointure ${size}`)!.id;
    // Cheapest first: Bureau Plus 56,19 € (out of stock) after Net & Clair 54,99 €.
    assert.deepEqual(offersOf(bySize('42')), [
      { seller: 's-04', price: 5499, stock: true },
      { seller: 's-01', price: 5619, stock: false },
    ]);
    assert.deepEqual(offersOf(bySize('45')), [{ seller: 's-04', price: 5799, stock: true }]);
    // Size 46: Bureau Plus 52,79 € and Net & Clair 57,99 €, both out of stock.
    assert.deepEqual(offersOf(SIZE_46.variant), [
      { seller: 's-01', price: 5279, stock: false },
      { seller: 's-04', price: 5799, stock: false },
    ]);
  });

  test('a product without variants has none, and its offers name none', async () => {
    const pen = await detail('p-0001');
    assert.deepEqual(pen.variants, []);
    assert.equal(pen.variantCount, 0);
    assert.ok(pen.offers.length > 0 && pen.offers.every((o) => o.variantId === null));
    assert.equal(pen.bestOffer!.variantId, null);
  });
});

describe('product summaries of products with variants', () => {
  test('count the variants; the best offer is the cheapest in stock over every size', async () => {
    const card = await listed('VT-10265');
    assert.equal(card.variantCount, 9);
    assert.equal(card.offerCount, 13);
    // In stock: 54,99 € (Net & Clair, 38–44), 57,99 € (45), 50,09 € (Bureau Plus, 39):
    // the cheapest is Bureau Plus's size 39; size 46 at 52,79 € is out of stock.
    assert.equal(card.bestOffer!.id, SIZE_39_BUREAU_PLUS);
    assert.equal(card.bestOffer!.price.amount, 5009);
    assert.equal(card.bestOffer!.variantId, 'v-0002');
  });

  test('the detail is the summary plus its detail fields', async () => {
    const card = await listed('VT-10265');
    const shoes = (await detail(SHOES)) as unknown as Record<string, unknown>;
    const summaryPart = Object.fromEntries(Object.keys(card).map((key) => [key, shoes[key]]));
    assert.deepEqual(summaryPart, card);
  });

  test('every seeded product with variants is listed with its count', async () => {
    const page = await get<ProductPage>('/api/products?pageSize=100&sort=newest&page=1');
    const all: ProductSummary[] = [...page.items];
    for (let n = 2; n <= Math.ceil(page.total / 100); n++) {
      all.push(
        ...(await get<ProductPage>(`/api/products?pageSize=100&sort=newest&page=${n}`)).items,
      );
    }
    const counts = Object.fromEntries(
      all.filter((p) => p.variantCount > 0).map((p) => [p.name, p.variantCount]),
    );
    assert.deepEqual(counts, {
      'Baskets de sécurité S3 basses': 9,
      // 4 sizes × (pair, 12 pairs)
      'Gants de manutention enduits nitrile': 8,
      'Câble HDMI 2.1 Ultra High Speed': 4,
      // 3 colours × (1, lot of 4), but no red lot of 4
      'Chaise visiteur empilable': 5,
      // 3 sizes × (50, 250)
      'Sacs kraft à poignées torsadées': 6,
    });
  });

  test('the best offer follows stock changes of one size', async () => {
    try {
      await server.db.query('UPDATE offers SET stock = 0 WHERE id = $1', [SIZE_39_BUREAU_PLUS]);
      // Left in stock: Net & Clair's 54,99 € for sizes 38–44 (o-00436 … o-00444), 57,99 € for
      // 45: the cheapest, ties by offer id, is size 38's o-00436.
      const card = await listed('VT-10265');
      assert.equal(card.bestOffer!.id, 'o-00436');
      assert.equal(card.bestOffer!.price.amount, 5499);
      assert.equal(card.bestOffer!.variantId, 'v-0001');
    } finally {
      await server.db.query('UPDATE offers SET stock = 460 WHERE id = $1', [SIZE_39_BUREAU_PLUS]);
    }
    assert.equal((await listed('VT-10265')).bestOffer!.id, SIZE_39_BUREAU_PLUS);
  });
});

describe('carts with variants', () => {
  type CartReply = Reply<Cart & ErrorBody>;
  const newCart = async (): Promise<Cart> => {
    const reply = await server.call<Cart>('POST', '/api/carts', {});
    assert.equal(reply.status, 201, reply.text);
    return reply.body;
  };
  const add = (cartId: string, offerId: string, quantity: number): Promise<CartReply> =>
    server.call('POST', `/api/carts/${cartId}/lines`, { offerId, quantity });

  test('a line says which size was bought: the variant’s SKU and name', async () => {
    const cart = await newCart();
    const reply = await add(cart.id, SIZE_42.netEtClair, 2);
    assert.equal(reply.status, 200, reply.text);
    const [line] = reply.body.lines;
    assert.equal(line!.productId, SHOES);
    assert.equal(line!.sku, 'VT-10265-42');
    assert.equal(line!.name, 'Baskets de sécurité S3 basses · Pointure 42');
    assert.deepEqual(line!.seller, { id: 's-04', name: 'Net & Clair Hygiène' });
    assert.equal(line!.unitPrice.amount, 5499);
    // 2 × 54,99 € = 109,98 € HT; VAT 20 % = 21,996 € → 22,00 €; TTC 131,98 €.
    assert.deepEqual(reply.body.totals, {
      exclTax: { amount: 10998, currency: 'EUR' },
      tax: { amount: 2200, currency: 'EUR' },
      inclTax: { amount: 13198, currency: 'EUR' },
    });
  });

  test('two sizes are two lines; a product without variants keeps its own name', async () => {
    const cart = await newCart();
    await add(cart.id, SIZE_42.netEtClair, 1);
    await add(cart.id, SIZE_39_BUREAU_PLUS, 1);
    const pen = (await detail('p-0001')).bestOffer!;
    const reply = await add(cart.id, pen.id, 1);
    assert.equal(reply.status, 200, reply.text);
    assert.deepEqual(
      reply.body.lines.map((l) => [l.sku, l.name]),
      [
        ['VT-10265-42', 'Baskets de sécurité S3 basses · Pointure 42'],
        ['VT-10265-39', 'Baskets de sécurité S3 basses · Pointure 39'],
        ['VT-10001', 'Stylo bille rétractable bleu'],
      ],
    );
  });

  test('a size out of stock at every seller cannot be added', async () => {
    const cart = await newCart();
    for (const offer of [SIZE_46.netEtClair, SIZE_46.bureauPlus]) {
      const reply = await add(cart.id, offer, 1);
      assert.equal(reply.status, 409, offer);
      assert.equal(reply.body.error.code, 'out_of_stock');
    }
  });
});

describe('the variants schema', () => {
  test('an offer can only name a variant of its own product', async () => {
    await assert.rejects(
      server.db.query(
        `INSERT INTO offers (id, product_id, seller_id, price_excl_tax, stock, variant_id)
         VALUES ('o-test-wrong-variant', 'p-0001', 's-02', 100, 1, $1)`,
        [SIZE_42.variant],
      ),
      /offers_variant_fk/,
    );
  });

  test('a seller offers each variant once, and may offer several variants of one product', async () => {
    await assert.rejects(
      server.db.query(
        `INSERT INTO offers (id, product_id, seller_id, price_excl_tax, stock, variant_id)
         VALUES ('o-test-twice', $1, 's-04', 100, 1, $2)`,
        [SHOES, SIZE_42.variant],
      ),
      /offers_variant_seller_idx/,
    );
    // Bureau Plus does not sell size 43 yet: it may, next to its other sizes.
    try {
      await server.db.query(
        `INSERT INTO offers (id, product_id, seller_id, price_excl_tax, stock, variant_id)
         VALUES ('o-test-43', $1, 's-01', 5399, 3, 'v-0006')`,
        [SHOES],
      );
      const shoes = await detail(SHOES);
      assert.equal(shoes.offerCount, 14);
      const added = shoes.offers.find((o) => o.id === 'o-test-43');
      assert.equal(added?.variantId, 'v-0006');
    } finally {
      await server.db.query(`DELETE FROM offers WHERE id = 'o-test-43'`);
    }
  });
});

describe('a database seeded before products had variants', () => {
  test('gets the products with variants on the next start, once', async () => {
    const db = await openDatabase();
    try {
      await migrate(db);
      // The catalog of the earlier version: the 264 products without variants.
      assert.deepEqual(await seedIfEmpty(db, generateCatalog()), { seeded: true, products: 264 });
      // 264 + the 5 products with variants (32 variants: 9 + 8 + 4 + 5 + 6).
      assert.deepEqual(await seedIfEmpty(db), { seeded: true, products: 269 });
      const [counts] = await db.query<{ variants: number; offers: number }>(
        `SELECT (SELECT count(*)::int FROM product_variants) AS variants,
                (SELECT count(*)::int FROM offers WHERE variant_id IS NOT NULL) AS offers`,
      );
      assert.equal(counts!.variants, 32);
      assert.ok(counts!.offers >= 32, 'every variant has an offer');
      assert.deepEqual(await seedIfEmpty(db), { seeded: false, products: 269 });
    } finally {
      await db.close();
    }
  });
});
