import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Cart } from '../src/cart/types.js';
import type { ProductDetail } from '../src/catalog/types.js';
import type { Order } from '../src/orders/types.js';
import type { Review } from '../src/reviews/service.js';
import { displayName } from '../src/reviews/service.js';
import { errorOf, fieldPaths, startTestServer, type TestServer } from './helpers.js';

let server: TestServer;
type H = Record<string, string>;
const who: Record<string, H> = {};

interface ReviewPage {
  items: Review[];
  total: number;
  rating: { average: number; count: number } | null;
}

before(async () => {
  server = await startTestServer();
  for (const persona of ['camille', 'lea', 'antoine', 'claire']) {
    who[persona] = (await server.signIn(persona)).headers;
  }
});
after(() => server.close());

const reviews = (productId: string) =>
  server.call<ReviewPage>('GET', `/api/products/${productId}/reviews`);
const write = (
  productId: string,
  h: H,
  body: unknown = { rating: 5, title: 'Parfait', body: 'Très bien.' },
) => server.call<Review>('POST', `/api/products/${productId}/reviews`, body, h);
const moderate = (id: string, status: string, h = who.claire!) =>
  server.call<Review>('PATCH', `/api/reviews/${id}`, { status }, h);

/** Products `h` has bought, placing an order for them now (in stock, one seller each). */
async function buy(h: H, count: number, skip: number): Promise<string[]> {
  const offers = await server.db.query<{ id: string; product_id: string }>(
    `SELECT DISTINCT ON (product_id) id, product_id FROM offers WHERE stock > 10
     ORDER BY product_id, id OFFSET $1 LIMIT $2`,
    [skip, count],
  );
  let cart = (await server.call<Cart>('POST', '/api/carts', {}, h)).body;
  for (const offer of offers) {
    cart = (
      await server.call<Cart>(
        'POST',
        `/api/carts/${cart.id}/lines`,
        { offerId: offer.id, quantity: 1 },
        h,
      )
    ).body;
  }
  const order = await server.call<Order>(
    'POST',
    '/api/orders',
    {
      cartId: cart.id,
      expectedTotal: cart.totals.inclTax,
      shippingAddress: {
        name: 'X',
        line1: '1 rue Y',
        postalCode: '69001',
        city: 'Lyon',
        country: 'FR',
      },
    },
    { ...h, 'Idempotency-Key': `reviews-${cart.id}` },
  );
  assert.equal(order.status, 201, order.text);
  return offers.map((o) => o.product_id);
}

describe('reading reviews', () => {
  test('a product shows its published reviews, newest first, with its rating', async () => {
    const rows = await server.db.query<{ product_id: string; n: number }>(
      `SELECT product_id, count(*)::int AS n FROM reviews WHERE status = 'published'
       GROUP BY product_id ORDER BY n DESC, product_id LIMIT 1`,
    );
    const { product_id: productId, n } = rows[0]!;
    const page = await reviews(productId);
    assert.equal(page.status, 200);
    assert.equal(page.body.total, n);
    assert.ok(page.body.items.every((r) => r.status === 'published' && r.verifiedPurchase));
    const dates = page.body.items.map((r) => Date.parse(r.createdAt));
    assert.deepEqual(
      dates,
      [...dates].sort((a, b) => b - a),
    );
    const mean = page.body.items.reduce((sum, r) => sum + r.rating, 0) / n;
    assert.equal(page.body.rating!.count, n);
    assert.equal(page.body.rating!.average, Math.round(mean * 10) / 10);
    const detail = await server.call<ProductDetail>('GET', `/api/products/${productId}`);
    assert.deepEqual(detail.body.rating, page.body.rating);
  });

  test('pending and rejected reviews are not shown; unknown products are 404', async () => {
    const pending = await server.db.query<{ product_id: string; id: string }>(
      `SELECT product_id, id FROM reviews WHERE status = 'pending' LIMIT 1`,
    );
    const page = await reviews(pending[0]!.product_id);
    assert.ok(!page.body.items.some((r) => r.id === pending[0]!.id));
    assert.equal((await reviews('p-9999')).status, 404);
    assert.equal(
      (await server.call('GET', '/api/products/p-0001/reviews?pageSize=51')).status,
      400,
    );
  });

  test('authors appear as first name and initial', () => {
    assert.equal(displayName('Camille Dubois'), 'Camille D.');
    assert.equal(displayName('  Léa   de Fontaine '), 'Léa F.');
    assert.equal(displayName('Cher'), 'Cher');
  });
});

describe('writing reviews', () => {
  test('a verified buyer reviews once; it shows after an operator publishes it', async () => {
    // Camille's seeded history includes p-0001, which she has not reviewed.
    const created = await write('p-0001', who.camille!, {
      rating: 4,
      title: 'Bon stylo',
      body: 'Écrit bien, un peu léger.',
    });
    assert.equal(created.status, 201, created.text);
    assert.deepEqual(
      { ...created.body, id: 'x', createdAt: 'x' },
      {
        id: 'x',
        productId: 'p-0001',
        productName: 'Stylo bille rétractable bleu',
        author: 'Camille D.',
        rating: 4,
        title: 'Bon stylo',
        body: 'Écrit bien, un peu léger.',
        status: 'pending',
        verifiedPurchase: true,
        createdAt: 'x',
        moderatedAt: null,
      },
    );
    assert.ok(!(await reviews('p-0001')).body.items.some((r) => r.id === created.body.id));

    const queue = await server.call<ReviewPage>('GET', '/api/reviews', undefined, who.claire);
    assert.ok(queue.body.items.some((r) => r.id === created.body.id));
    assert.ok(queue.body.items.every((r) => r.status === 'pending'));
    const published = await moderate(created.body.id, 'published');
    assert.equal(published.body.status, 'published');
    assert.ok(published.body.moderatedAt);
    assert.ok((await reviews('p-0001')).body.items.some((r) => r.id === created.body.id));

    const again = await write('p-0001', who.camille!);
    assert.equal(again.status, 409);
    assert.equal(errorOf(again).code, 'already_reviewed');
  });

  test('only buyers: someone who never bought the product is refused', async () => {
    const reply = await write('p-0002', who.camille!);
    assert.equal(reply.status, 403);
    assert.equal(errorOf(reply).code, 'not_verified_buyer');
    assert.equal((await write('p-0002', {})).status, 401);
    assert.equal((await write('p-0002', who.antoine!)).status, 403);
    assert.equal((await write('p-9999', who.camille!)).status, 404);
  });

  test('a company member who bought for the company is a verified buyer too', async () => {
    const bought = await server.db.query<{ product_id: string }>(
      `SELECT l.product_id FROM orders o JOIN seller_orders so ON so.order_id = o.id
       JOIN order_lines l ON l.seller_order_id = so.id WHERE o.user_id = 'u-lea' LIMIT 1`,
    );
    assert.equal((await write(bought[0]!.product_id, who.lea!)).status, 201);
  });

  test('bad reviews are 400s naming the field, and write nothing', async () => {
    const before = (await server.db.query('SELECT id FROM reviews')).length;
    const cases: [unknown, string[]][] = [
      [{ rating: 0, title: 'a', body: 'b' }, ['rating']],
      [{ rating: 6, title: 'a', body: 'b' }, ['rating']],
      [{ rating: 4.5, title: 'a', body: 'b' }, ['rating']],
      [{ rating: '5', title: 'a', body: 'b' }, ['rating']],
      [{ rating: 5, title: '   ', body: 'b' }, ['title']],
      [{ rating: 5, title: 'a', body: 'x'.repeat(4001) }, ['body']],
      [{}, ['rating', 'title', 'body']],
    ];
    for (const [body, fields] of cases) {
      const reply = await write('p-0001', who.camille!, body);
      assert.equal(reply.status, 400, JSON.stringify(body));
      assert.deepEqual(fieldPaths(reply), fields);
    }
    assert.equal((await server.db.query('SELECT id FROM reviews')).length, before);
  });

  test('moderation: operator only, known reviews, two outcomes', async () => {
    const [pending] = await server.db.query<{ id: string }>(
      `SELECT id FROM reviews WHERE status = 'pending' LIMIT 1`,
    );
    assert.equal((await moderate(pending!.id, 'published', who.camille!)).status, 403);
    assert.equal((await moderate(pending!.id, 'deleted')).status, 400);
    assert.equal((await moderate('rev-none', 'rejected')).status, 404);
    const rejected = await moderate(pending!.id, 'rejected');
    assert.equal(rejected.body.status, 'rejected');
    const list = await server.call<ReviewPage>(
      'GET',
      '/api/reviews?status=rejected',
      undefined,
      who.claire,
    );
    assert.ok(list.body.items.some((r) => r.id === pending!.id));
  });
});

describe('rate limit', () => {
  test('five reviews an hour per account, then 429 with Retry-After; nothing written', async () => {
    const asConsumer = (await server.signIn('lea')).as('m-lea-consumer');
    const products = await buy(asConsumer, 6, 40);
    // Léa already wrote one review in this file (as a company buyer): the limit is per person.
    const [{ n: already } = { n: 0 }] = await server.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM reviews WHERE user_id = 'u-lea' AND created_at > now() - interval '1 hour'`,
    );
    const allowed = 5 - already;
    for (const productId of products.slice(0, allowed)) {
      assert.equal((await write(productId, asConsumer)).status, 201);
    }
    const limited = await write(products[allowed]!, asConsumer);
    assert.equal(limited.status, 429);
    assert.equal(errorOf(limited).code, 'rate_limited');
    const retryAfter = Number(limited.headers.get('Retry-After'));
    assert.ok(
      Number.isInteger(retryAfter) && retryAfter > 3000 && retryAfter <= 3600,
      `${retryAfter}`,
    );
    const written = await server.db.query(
      `SELECT 1 FROM reviews WHERE user_id = 'u-lea' AND product_id = $1`,
      [products[allowed]],
    );
    assert.equal(written.length, 0);

    // Another person is not slowed down; an hour later, Léa may write again.
    assert.equal(
      (await write(products[0]!, who.camille!)).status,
      403,
      'not limited, just not a buyer',
    );
    await server.db.query(
      `UPDATE rate_limit_hits SET at = at - interval '61 minutes' WHERE subject = 'u-lea'`,
    );
    assert.equal((await write(products[allowed]!, asConsumer)).status, 201);
  });
});
