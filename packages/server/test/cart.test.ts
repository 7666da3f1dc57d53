import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { taxOnNet } from '@vitrine/core';
import type { Cart } from '../src/cart/types.js';
import type { ErrorBody } from '../src/http/errors.js';
import { searchKey } from '../src/text.js';
import { fieldPaths, startTestServer, type Reply, type TestServer } from './helpers.js';

let server: TestServer;

/*
 * Offers with known prices, added next to the seed so that expected totals can be worked
 * out by hand below, whatever the seed becomes.
 */
const FIXTURES = [
  { product: 't-0001', offer: 'ot-20', vat: 2000, price: 1299, stock: 50, category: 'c-01' },
  { product: 't-0002', offer: 'ot-055', vat: 550, price: 345, stock: 50, category: 'c-08' },
  { product: 't-0003', offer: 'ot-10', vat: 1000, price: 1005, stock: 50, category: 'c-06' },
  { product: 't-0004', offer: 'ot-out', vat: 2000, price: 500, stock: 0, category: 'c-01' },
];

before(async () => {
  server = await startTestServer();
  await server.db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO sellers (id, slug, name) VALUES ('s-test', 'vendeur-test', 'Vendeur Test')`,
    );
    for (const f of FIXTURES) {
      const name = `Article test ${f.product}`;
      await tx.query(
        `INSERT INTO products (id, sku, slug, name, brand, description, category_id, vat_rate, name_key, search_text)
         VALUES ($1, $2, $3, $4, 'Test', '', $5, $6, $7, $8)`,
        [
          f.product,
          `T-${f.product}`,
          f.product,
          name,
          f.category,
          f.vat,
          searchKey(name),
          searchKey(name),
        ],
      );
      await tx.query(
        `INSERT INTO offers (id, product_id, seller_id, price_excl_tax, stock, lead_time_days)
         VALUES ($1, $2, 's-test', $3, $4, 2)`,
        [f.offer, f.product, f.price, f.stock],
      );
    }
  });
});
after(() => server.close());

const newCart = async (): Promise<Cart> => {
  const reply = await server.call<Cart>('POST', '/api/carts', {});
  assert.equal(reply.status, 201, reply.text);
  return reply.body;
};
const getCart = async (id: string): Promise<Cart> => {
  const reply = await server.call<Cart>('GET', `/api/carts/${id}`);
  assert.equal(reply.status, 200, reply.text);
  return reply.body;
};
/** A mutation answers a Cart or an error body, depending on the status. */
type CartReply = Reply<Cart & ErrorBody>;
const add = (cartId: string, offerId: string, quantity: number): Promise<CartReply> =>
  server.call('POST', `/api/carts/${cartId}/lines`, { offerId, quantity });
const patch = (cartId: string, lineId: string, body: unknown): Promise<CartReply> =>
  server.call('PATCH', `/api/carts/${cartId}/lines/${lineId}`, body);
const ok = (reply: Reply<Cart>): Cart => {
  assert.equal(reply.status, 200, reply.text);
  return reply.body;
};
const eur = (amount: number) => ({ amount, currency: 'EUR' });

/** TTC = HT + VAT, HT = Σ unit × qty, VAT = Σ per-line half-up VAT, all integers. */
function assertTotalsConsistent(cart: Cart) {
  const net = cart.lines.reduce((sum, l) => sum + l.unitPrice.amount * l.quantity, 0);
  const tax = cart.lines.reduce(
    (sum, l) => sum + taxOnNet(l.unitPrice.amount * l.quantity, l.vatRate, 'half-up'),
    0,
  );
  assert.deepEqual(cart.totals, { exclTax: eur(net), tax: eur(tax), inclTax: eur(net + tax) });
  for (const money of Object.values(cart.totals)) assert.ok(Number.isSafeInteger(money.amount));
}

const cartCount = async () =>
  (await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM carts'))[0]!.n;

describe('creating and reading carts', () => {
  test('POST /api/carts creates an empty EUR cart (body optional)', async () => {
    const cart = await newCart();
    assert.match(cart.id, /^[0-9a-f-]{36}$/);
    assert.equal(cart.currency, 'EUR');
    assert.deepEqual(cart.lines, []);
    assert.deepEqual(cart.totals, { exclTax: eur(0), tax: eur(0), inclTax: eur(0) });
    assert.equal(cart.createdAt, cart.updatedAt);
    assert.deepEqual(await getCart(cart.id), cart);

    const noBody = await server.call<Cart>('POST', '/api/carts');
    assert.equal(noBody.status, 201);
    const explicit = await server.call<Cart>('POST', '/api/carts', { currency: 'EUR' });
    assert.equal(explicit.status, 201);
    assert.notEqual(noBody.body.id, explicit.body.id);
  });

  test('only EUR is supported: another currency is a 400 and creates nothing', async () => {
    const before = await cartCount();
    for (const currency of ['USD', 'eur', 12, null]) {
      const reply = await server.call('POST', '/api/carts', { currency });
      assert.equal(reply.status, 400, String(currency));
      assert.deepEqual(fieldPaths(reply), ['currency']);
    }
    assert.equal(await cartCount(), before);
  });

  test('an unknown or malformed cart id is a 404', async () => {
    for (const id of ['00000000-0000-4000-8000-00000000dead', 'not-a-uuid', "x' OR 1=1 --"]) {
      const reply = await server.call('GET', `/api/carts/${encodeURIComponent(id)}`);
      assert.equal(reply.status, 404, id);
      assert.equal(reply.body.error.code, 'not_found');
    }
  });
});

describe('cart lines', () => {
  test('totals of a hand-computed cart, to the cent', async () => {
    const cart = await newCart();
    ok(await add(cart.id, 'ot-20', 2));
    ok(await add(cart.id, 'ot-055', 7));
    ok(await add(cart.id, 'ot-10', 1));
    const final = ok(await add(cart.id, 'ot-20', 1)); // same offer: 2 + 1 on the existing line

    assert.deepEqual(
      final.lines.map((l) => [l.offerId, l.quantity, l.unitPrice.amount, l.vatRate]),
      [
        ['ot-20', 3, 1299, 2000],
        ['ot-055', 7, 345, 550],
        ['ot-10', 1, 1005, 1000],
      ],
    );
    // 12,99 × 3 = 38,97 HT → VAT 20 % = 7,794 → 7,79
    //  3,45 × 7 = 24,15 HT → VAT 5,5 % = 1,32825 → 1,33
    // 10,05 × 1 = 10,05 HT → VAT 10 % = 1,005 → 1,01 (half-up)
    assert.deepEqual(final.totals, { exclTax: eur(7317), tax: eur(1013), inclTax: eur(8330) });
    assertTotalsConsistent(final);
    assert.deepEqual(await getCart(cart.id), final);
  });

  test('a line carries what a cart view shows', async () => {
    const cart = ok(await add((await newCart()).id, 'ot-20', 1));
    const [line] = cart.lines;
    assert.match(line!.id, /^[0-9a-f-]{36}$/);
    assert.deepEqual(
      { ...line, id: 'x' },
      {
        id: 'x',
        offerId: 'ot-20',
        productId: 't-0001',
        sku: 'T-t-0001',
        name: 'Article test t-0001',
        imageUrl: '/images/products/t-0001.svg',
        seller: { id: 's-test', name: 'Vendeur Test' },
        unitPrice: { amount: 1299, currency: 'EUR', includesTax: false },
        priceRule: 'base',
        vatRate: 2000,
        quantity: 1,
      },
    );
  });

  test('PATCH sets a quantity and DELETE removes a line; each bumps updatedAt', async () => {
    const created = await newCart();
    // Dates the cart back before each mutation, so that "bumped" is visible whatever the clock.
    const OLD = '2001-01-01T00:00:00.000Z';
    const age = () =>
      server.db.query('UPDATE carts SET updated_at = $2 WHERE id = $1', [created.id, OLD]);
    const assertBumped = (cart: Cart) => {
      assert.ok(Date.parse(cart.updatedAt) > Date.parse(OLD), 'updatedAt bumped');
      assert.equal(cart.createdAt, created.createdAt);
    };

    await age();
    assertBumped(ok(await add(created.id, 'ot-20', 1)));
    await age();
    const two = ok(await add(created.id, 'ot-10', 4));
    assertBumped(two);
    const [first, second] = two.lines;

    await age();
    const patched = ok(await patch(created.id, second!.id, { quantity: 9 }));
    assert.deepEqual(
      patched.lines.map((l) => l.quantity),
      [1, 9],
    );
    assertBumped(patched);
    assertTotalsConsistent(patched);

    const lowered = ok(await patch(created.id, second!.id, { quantity: 2 }));
    assert.deepEqual(
      lowered.lines.map((l) => l.quantity),
      [1, 2],
    );

    await age();
    const removed = ok(
      await server.call<Cart>('DELETE', `/api/carts/${created.id}/lines/${first!.id}`),
    );
    assert.deepEqual(
      removed.lines.map((l) => l.offerId),
      ['ot-10'],
    );
    assertBumped(removed);
    assertTotalsConsistent(removed);

    await age();
    const untouched = await getCart(created.id);
    assert.equal(untouched.updatedAt, OLD, 'reading does not bump');

    const again = await server.call('DELETE', `/api/carts/${created.id}/lines/${first!.id}`);
    assert.equal(again.status, 404);

    const emptied = ok(
      await server.call<Cart>('DELETE', `/api/carts/${created.id}/lines/${second!.id}`),
    );
    assert.deepEqual(emptied.lines, []);
    assert.deepEqual(emptied.totals, { exclTax: eur(0), tax: eur(0), inclTax: eur(0) });
  });

  test('a line of another cart, or an unknown line, is a 404', async () => {
    const mine = ok(await add((await newCart()).id, 'ot-20', 1));
    const other = await newCart();
    const lineId = mine.lines[0]!.id;
    for (const [cartId, id] of [
      [other.id, lineId],
      [mine.id, '00000000-0000-4000-8000-000000000000'],
      [mine.id, 'line-1'],
      ['00000000-0000-4000-8000-000000000000', lineId],
    ]) {
      assert.equal((await patch(cartId!, id!, { quantity: 2 })).status, 404);
      assert.equal((await server.call('DELETE', `/api/carts/${cartId}/lines/${id}`)).status, 404);
    }
    assert.deepEqual(await getCart(mine.id), mine);
  });

  test('an unknown offer is a 404 naming it; an out-of-stock offer is a 409', async () => {
    const cart = await newCart();
    const unknown = await add(cart.id, 'o-99999', 1);
    assert.equal(unknown.status, 404);
    assert.equal(unknown.body.error.code, 'not_found');
    assert.match(unknown.body.error.message, /Unknown offer o-99999/);
    assert.deepEqual(fieldPaths(unknown), ['offerId']);

    const out = await add(cart.id, 'ot-out', 1);
    assert.equal(out.status, 409);
    assert.equal(out.body.error.code, 'out_of_stock');
    assert.deepEqual(fieldPaths(out), ['offerId']);

    const seeded = await server.db.query<{ id: string }>(
      'SELECT id FROM offers WHERE stock = 0 ORDER BY id LIMIT 1',
    );
    assert.equal((await add(cart.id, seeded[0]!.id, 1)).status, 409);
    assert.deepEqual(await getCart(cart.id), cart, 'nothing was written');

    assert.equal((await add('00000000-0000-4000-8000-000000000000', 'ot-20', 1)).status, 404);
  });
});

describe('rejected requests write nothing', () => {
  test('invalid add-line bodies are 400s naming the field', async () => {
    const cart = ok(await add((await newCart()).id, 'ot-20', 1));
    const cases: [unknown, string[]][] = [
      [{ offerId: 'ot-20' }, ['quantity']],
      [{ quantity: 1 }, ['offerId']],
      [{}, ['offerId', 'quantity']],
      [{ offerId: 'ot-20', quantity: 0 }, ['quantity']],
      [{ offerId: 'ot-20', quantity: 1000 }, ['quantity']],
      [{ offerId: 'ot-20', quantity: 1.5 }, ['quantity']],
      [{ offerId: 'ot-20', quantity: '2' }, ['quantity']],
      [{ offerId: '', quantity: 1 }, ['offerId']],
      [{ offerId: 42, quantity: 1 }, ['offerId']],
    ];
    for (const [body, fields] of cases) {
      const reply = await server.call('POST', `/api/carts/${cart.id}/lines`, body);
      assert.equal(reply.status, 400, JSON.stringify(body));
      assert.equal(reply.body.error.code, 'validation');
      assert.deepEqual(fieldPaths(reply), fields, JSON.stringify(body));
      assert.ok(reply.body.error.fields.every((f: { message: string }) => f.message.length > 0));
    }
    for (const raw of ['{not json', '[1, 2]', '"text"', 'null']) {
      const reply = await server.call('POST', `/api/carts/${cart.id}/lines`, raw);
      assert.equal(reply.status, 400, raw);
      assert.equal(reply.body.error.code, 'validation');
    }
    assert.deepEqual(await getCart(cart.id), cart);
  });

  test('a rejected PATCH leaves the cart as it was', async () => {
    const cart = ok(await add((await newCart()).id, 'ot-20', 5));
    const lineId = cart.lines[0]!.id;
    for (const body of [
      { quantity: 0 },
      { quantity: -3 },
      { quantity: 1000 },
      { quantity: '7' },
      {},
    ]) {
      const reply = await patch(cart.id, lineId, body);
      assert.equal(reply.status, 400, JSON.stringify(body));
      assert.deepEqual(fieldPaths(reply), ['quantity']);
    }
    assert.deepEqual(await getCart(cart.id), cart);
  });

  test('adding beyond 999 of one offer is a 400 and keeps the line', async () => {
    const cart = ok(await add((await newCart()).id, 'ot-055', 998));
    ok(await add(cart.id, 'ot-055', 1));
    const full = await getCart(cart.id);
    assert.equal(full.lines[0]!.quantity, 999);
    const over = await add(cart.id, 'ot-055', 1);
    assert.equal(over.status, 400);
    assert.deepEqual(fieldPaths(over), ['quantity']);
    assert.deepEqual(await getCart(cart.id), full);
  });

  test('raising a line whose offer ran out is a 409; lowering it is allowed', async () => {
    const cart = ok(await add((await newCart()).id, 'ot-10', 3));
    const lineId = cart.lines[0]!.id;
    await server.db.query(`UPDATE offers SET stock = 0 WHERE id = 'ot-10'`);
    try {
      const raise = await patch(cart.id, lineId, { quantity: 4 });
      assert.equal(raise.status, 409);
      assert.equal(raise.body.error.code, 'out_of_stock');
      assert.deepEqual(await getCart(cart.id), cart);
      assert.equal(ok(await patch(cart.id, lineId, { quantity: 1 })).lines[0]!.quantity, 1);
    } finally {
      await server.db.query(`UPDATE offers SET stock = 50 WHERE id = 'ot-10'`);
    }
  });
});

describe('totals invariants over many carts', () => {
  test('TTC = HT + VAT on every state of randomly filled carts', async () => {
    const offers = await server.db.query<{ id: string }>(
      `SELECT id FROM offers WHERE stock > 0 AND id LIKE 'o-%' ORDER BY id`,
    );
    let state = 12345;
    const next = (n: number) => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state % n;
    };
    for (let round = 0; round < 4; round++) {
      const cart = await newCart();
      let current = cart;
      for (let step = 0; step < 8; step++) {
        current = ok(await add(cart.id, offers[next(offers.length)]!.id, 1 + next(40)));
        assertTotalsConsistent(current);
      }
      const line = current.lines[next(current.lines.length)]!;
      current = ok(await patch(cart.id, line.id, { quantity: 1 + next(999) }));
      assertTotalsConsistent(current);
      assert.ok(current.totals.tax.amount > 0);
    }
  });
});
