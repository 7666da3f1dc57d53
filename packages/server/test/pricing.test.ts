import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Cart } from '../src/cart/types.js';
import type { ProductDetail, ProductPage } from '../src/catalog/types.js';
import { startTestServer, type TestServer } from './helpers.js';

/*
 * What the catalog shows signed-in customers: their own price (`yourPrice`) next to the public
 * one, the quantity tiers they see, and carts priced the same way. Seeded data: o-00001 is
 * Bureau Plus's blue pen at 0,89 € HT with public tiers (−5 % from 10, −10 % from 50, −15 % from
 * 100); Atelier Martin's list sells it at 0,71 € and adds −25 % from 20 units.
 */

let server: TestServer;
type H = Record<string, string>;
const who: Record<string, H> = {};

before(async () => {
  server = await startTestServer();
  for (const persona of ['lea', 'camille', 'antoine', 'claire', 'nina']) {
    who[persona] = (await server.signIn(persona)).headers;
  }
});
after(() => server.close());

const detail = async (id: string, h: H = {}) =>
  (await server.call<ProductDetail>('GET', `/api/products/${id}`, undefined, h)).body;
const eur = (amount: number) => ({ amount, currency: 'EUR', includesTax: false });

describe('prices for the caller', () => {
  test('guests see public prices and public tiers, never yourPrice', async () => {
    const pen = await detail('p-0001');
    const offer = pen.offers.find((o) => o.id === 'o-00001')!;
    assert.deepEqual(offer.price, eur(89));
    assert.equal(offer.yourPrice, undefined);
    // 0,89 × 95 % = 0,8455 → 0,85; × 90 % = 0,801 → 0,80; × 85 % = 0,7565 → 0,76.
    assert.deepEqual(offer.tiers, [
      { minQuantity: 10, unitPrice: eur(85) },
      { minQuantity: 50, unitPrice: eur(80) },
      { minQuantity: 100, unitPrice: eur(76) },
    ]);
    const page = (await server.call<ProductPage>('GET', '/api/products?q=vt-10001')).body;
    assert.equal(page.items[0]!.bestOffer!.yourPrice, undefined);
  });

  test('a company member sees the company’s list price and the list’s own tier', async () => {
    const pen = await detail('p-0001', who.lea);
    const offer = pen.offers.find((o) => o.id === 'o-00001')!;
    assert.deepEqual(offer.price, eur(89), 'the public price is unchanged');
    assert.deepEqual(offer.yourPrice, {
      unitPrice: eur(71),
      rule: 'price-list',
      listName: 'Tarif Atelier Martin — Bureau Plus',
    });
    // Public tiers never beat 0,71 €; the list's tier does: 0,89 × 75 % = 0,6675 → 0,67.
    assert.deepEqual(offer.tiers, [{ minQuantity: 20, unitPrice: eur(67) }]);
    const page = (
      await server.call<ProductPage>('GET', '/api/products?q=vt-10001', undefined, who.lea)
    ).body;
    assert.deepEqual(page.items[0]!.bestOffer!.yourPrice, offer.yourPrice);

    // Without an entry of its own, an offer of Bureau Plus gets the list's 10 % off.
    const [other] = await server.db.query<{ id: string; product_id: string; price: number }>(
      `SELECT o.id, o.product_id, o.price_excl_tax AS price FROM offers o
       WHERE o.seller_id = 's-01' AND o.id NOT IN (SELECT offer_id FROM price_list_entries)
         AND o.id NOT IN (SELECT offer_id FROM offer_tiers) ORDER BY o.id LIMIT 1`,
    );
    const plain = (await detail(other!.product_id, who.lea)).offers.find(
      (o) => o.id === other!.id,
    )!;
    assert.equal(plain.yourPrice!.unitPrice.amount, Math.floor((other!.price * 9 + 5) / 10));
    assert.equal(plain.yourPrice!.rule, 'price-list');
  });

  test('a customer group’s list (consumers in the club), and none for other sellers', async () => {
    const [comptoir] = await server.db.query<{ id: string; product_id: string; price: number }>(
      `SELECT id, product_id, price_excl_tax AS price FROM offers WHERE seller_id = 's-03'
       AND id NOT IN (SELECT offer_id FROM offer_tiers) ORDER BY id LIMIT 1`,
    );
    const offer = (await detail(comptoir!.product_id, who.camille)).offers.find(
      (o) => o.id === comptoir!.id,
    )!;
    assert.equal(offer.yourPrice!.rule, 'price-list');
    assert.equal(offer.yourPrice!.listName, 'Club Vitrine — Comptoir du Sud');
    assert.equal(offer.yourPrice!.unitPrice.amount, Math.floor((comptoir!.price * 97 + 50) / 100));
    const pen = (await detail('p-0001', who.camille)).offers.find((o) => o.id === 'o-00001')!;
    assert.deepEqual(pen.yourPrice, { unitPrice: eur(89), rule: 'base', listName: null });
  });

  test('sellers and the operator see public prices only', async () => {
    for (const persona of ['antoine', 'claire'] as const) {
      const offer = (await detail('p-0001', who[persona])).offers.find((o) => o.id === 'o-00001')!;
      assert.equal(offer.yourPrice, undefined, persona);
    }
  });

  test('a cart is priced for its owner, with the tier its quantity reaches', async () => {
    const cart = (await server.call<Cart>('POST', '/api/carts', {}, who.lea)).body;
    const add = (quantity: number) =>
      server.call<Cart>(
        'POST',
        `/api/carts/${cart.id}/lines`,
        { offerId: 'o-00001', quantity },
        who.lea,
      );
    let line = (await add(5)).body.lines[0]!;
    assert.deepEqual([line.unitPrice.amount, line.priceRule], [71, 'price-list']);
    line = (await add(15)).body.lines[0]!;
    assert.deepEqual([line.quantity, line.unitPrice.amount, line.priceRule], [20, 67, 'tier']);

    const guest = (await server.call<Cart>('POST', '/api/carts', {})).body;
    const guestLine = (
      await server.call<Cart>('POST', `/api/carts/${guest.id}/lines`, {
        offerId: 'o-00001',
        quantity: 50,
      })
    ).body.lines[0]!;
    assert.deepEqual([guestLine.unitPrice.amount, guestLine.priceRule], [80, 'tier']);
  });
});

describe('documents', () => {
  test('every product lists its documents; each is a PDF of the announced size', async () => {
    const chair = await server.db.query<{ id: string }>(
      `SELECT id FROM products WHERE category_id = 'c-02' ORDER BY id LIMIT 1`,
    );
    const product = await detail(chair[0]!.id);
    assert.deepEqual(
      product.documents.map((d) => d.kind),
      ['datasheet', 'manual', 'certificate'],
    );
    for (const document of product.documents) {
      const response = await server.app.request(document.url);
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('Content-Type'), 'application/pdf');
      const bytes = new Uint8Array(await response.arrayBuffer());
      assert.equal(bytes.byteLength, document.sizeBytes);
      assert.equal(new TextDecoder('latin1').decode(bytes.slice(0, 8)), '%PDF-1.4');
      assert.match(new TextDecoder('latin1').decode(bytes), /%%EOF\n$/);
    }
    const missing = await server.call('GET', '/documents/d-none.pdf');
    assert.equal(missing.status, 404);
    assert.equal(missing.body.error.code, 'not_found');
  });
});

describe('facets', () => {
  test('counts per category, brand and availability over the matches', async () => {
    const all = (await server.call<ProductPage>('GET', '/api/products?facets=true&pageSize=1'))
      .body;
    const facets = all.facets!;
    assert.equal(
      facets.categories.reduce((sum, f) => sum + f.count, 0),
      all.total,
    );
    assert.equal(facets.availability.inStock + facets.availability.outOfStock, all.total);
    assert.ok(facets.availability.outOfStock > 0);
    assert.ok(facets.brands.length > 0 && facets.brands.length <= 20);
    const counts = facets.brands.map((b) => b.count);
    assert.deepEqual(
      counts,
      [...counts].sort((a, b) => b - a),
    );

    // A facet ignores its own filter, so the other categories stay selectable …
    const books = (
      await server.call<ProductPage>('GET', '/api/products?facets=true&category=livres')
    ).body;
    assert.deepEqual(books.facets!.categories, facets.categories);
    assert.equal(books.total, facets.categories.find((c) => c.value === 'livres')!.count);
    // … and the brand filter narrows the results and the other facets.
    const brand = facets.brands[0]!;
    const byBrand = (
      await server.call<ProductPage>(
        'GET',
        `/api/products?facets=true&brand=${encodeURIComponent(brand.value)}&pageSize=100`,
      )
    ).body;
    assert.equal(byBrand.total, brand.count);
    assert.ok(byBrand.items.every((p) => p.brand === brand.value));
    assert.equal(
      byBrand.facets!.categories.reduce((sum, f) => sum + f.count, 0),
      brand.count,
    );
    // Without facets=true the page has none.
    assert.equal((await server.call<ProductPage>('GET', '/api/products')).body.facets, undefined);
    assert.equal((await server.call('GET', '/api/products?facets=yes')).status, 400);
  });
});
