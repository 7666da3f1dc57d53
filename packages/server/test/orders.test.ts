import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Approval } from '../src/approvals/service.js';
import type { Me } from '../src/auth/service.js';
import type { Cart } from '../src/cart/types.js';
import type { ErrorBody } from '../src/http/errors.js';
import type {
  InvoicePage,
  Order,
  OrderConflict,
  SellerOrderPage,
  SellerOrderView,
} from '../src/orders/types.js';
import { searchKey } from '../src/text.js';
import { fieldPaths, startTestServer, type Reply, type TestServer } from './helpers.js';

let server: TestServer;
type H = Record<string, string>;
const who: Record<string, H> = {};

/*
 * Offers with known prices next to the seed. to-a at Bureau Plus (Atelier Martin's list: −10 %;
 * a public tier: −15 % from 10 units), to-b at Papeterie Lyonnaise (the professionals' group
 * list: −5 %), to-c at Maison Varenne, 10 % VAT.
 */
const FIXTURES = [
  { product: 'tp-a', offer: 'to-a', seller: 's-01', category: 'c-01', vat: 2000, price: 2_000 },
  { product: 'tp-b', offer: 'to-b', seller: 's-02', category: 'c-01', vat: 2000, price: 1_000 },
  { product: 'tp-c', offer: 'to-c', seller: 's-05', category: 'c-06', vat: 1000, price: 1_500 },
];
const STOCK = 1_000;

const ADDRESS = {
  name: 'Camille Dubois',
  line1: '5 rue Mercière',
  postalCode: '69002',
  city: 'Lyon',
  country: 'FR',
};

before(async () => {
  server = await startTestServer();
  await server.db.transaction(async (tx) => {
    for (const f of FIXTURES) {
      const name = `Article commande ${f.product}`;
      await tx.query(
        `INSERT INTO products (id, sku, slug, name, brand, description, category_id, vat_rate, name_key, search_text)
         VALUES ($1, $2, $1, $3, 'Test', '', $4, $5, $6, $6)`,
        [f.product, `T-${f.product}`, name, f.category, f.vat, searchKey(name)],
      );
      await tx.query(
        `INSERT INTO offers (id, product_id, seller_id, price_excl_tax, stock, lead_time_days)
         VALUES ($1, $2, $3, $4, $5, 2)`,
        [f.offer, f.product, f.seller, f.price, STOCK],
      );
    }
    await tx.query(
      `INSERT INTO offer_tiers (id, offer_id, price_list_id, min_quantity, discount) VALUES ('t-to-a', 'to-a', NULL, 10, 1500)`,
    );
  });
  for (const persona of [
    'camille',
    'lea',
    'karim',
    'julien',
    'sophie',
    'nina',
    'marc',
    'antoine',
    'ines',
    'claire',
  ]) {
    who[persona] = (await server.signIn(persona)).headers;
  }
});
after(() => server.close());

let keyNo = 0;
const newKey = () => `test-key-${Date.now()}-${++keyNo}`;

async function cartWith(h: H, lines: [offerId: string, quantity: number][]): Promise<Cart> {
  const cart = await server.call<Cart>('POST', '/api/carts', {}, h);
  assert.equal(cart.status, 201, cart.text);
  let current = cart.body;
  for (const [offerId, quantity] of lines) {
    const reply = await server.call<Cart>(
      'POST',
      `/api/carts/${current.id}/lines`,
      { offerId, quantity },
      h,
    );
    assert.equal(reply.status, 200, reply.text);
    current = reply.body;
  }
  return current;
}

const order = (h: H, body: unknown, key: string | null = newKey()) =>
  server.call<Order & ErrorBody>('POST', '/api/orders', body, {
    ...h,
    ...(key === null ? {} : { 'Idempotency-Key': key }),
  });

const stockOf = async (offerId: string) =>
  (
    await server.db.query<{ stock: number }>('SELECT stock FROM offers WHERE id = $1', [offerId])
  )[0]!.stock;
const count = async (table: string) =>
  (await server.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]!.n;

function created(reply: Reply<Order & ErrorBody>): Order {
  assert.equal(reply.status, 201, reply.text);
  return reply.body;
}

const today = () => new Date().toISOString().slice(0, 10);
const plusDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('orders from a cart (B2C)', () => {
  test('a guest orders a cart of two sellers: one order per seller, a pending card payment', async () => {
    const cart = await cartWith({}, [
      ['to-a', 2],
      ['to-c', 3],
    ]);
    const before = { a: await stockOf('to-a'), c: await stockOf('to-c') };
    const placed = created(
      await order(
        {},
        {
          cartId: cart.id,
          expectedTotal: cart.totals.inclTax,
          email: 'invite@example.fr',
          shippingAddress: ADDRESS,
        },
      ),
    );
    assert.equal(placed.status, 'placed');
    assert.equal(placed.channel, 'b2c');
    assert.equal(placed.paymentMethod, 'card');
    assert.deepEqual(placed.buyer, { name: null, email: 'invite@example.fr', company: null });
    assert.match(placed.number, /^CMD-\d+$/);
    // 2 × 20,00 = 40,00 + VAT 8,00; 3 × 15,00 = 45,00 + VAT 10 % 4,50.
    assert.deepEqual(placed.totals, {
      exclTax: { amount: 8_500, currency: 'EUR' },
      tax: { amount: 1_250, currency: 'EUR' },
      inclTax: { amount: 9_750, currency: 'EUR' },
    });
    assert.deepEqual(
      placed.sellerOrders.map((so) => [
        so.seller.id,
        so.status,
        so.totals.inclTax.amount,
        so.invoice,
      ]),
      [
        ['s-01', 'new', 4_800, null],
        ['s-05', 'new', 4_950, null],
      ],
    );
    assert.deepEqual(placed.payment, {
      ...placed.payment,
      method: 'card',
      status: 'pending',
      amount: { amount: 9_750, currency: 'EUR' },
    });
    assert.equal(await stockOf('to-a'), before.a - 2);
    assert.equal(await stockOf('to-c'), before.c - 3);

    // The cart is now an order: it no longer changes, and cannot be ordered twice.
    const add = await server.call('POST', `/api/carts/${cart.id}/lines`, {
      offerId: 'to-b',
      quantity: 1,
    });
    assert.equal(add.status, 409);
    assert.equal(add.body.error.code, 'cart_checked_out');
    const twice = await order(
      {},
      {
        cartId: cart.id,
        expectedTotal: cart.totals.inclTax,
        email: 'a@b.fr',
        shippingAddress: ADDRESS,
      },
    );
    assert.equal(twice.status, 409);
    assert.equal(twice.body.error.code, 'cart_checked_out');
  });

  test('a consumer’s order is theirs: listed for them, invisible to others', async () => {
    const cart = await cartWith(who.camille!, [['to-b', 1]]);
    const missing = await order(who.camille!, {
      cartId: cart.id,
      expectedTotal: cart.totals.inclTax,
    });
    assert.equal(missing.status, 400);
    assert.deepEqual(fieldPaths(missing), ['shippingAddress']);
    const placed = created(
      await order(who.camille!, {
        cartId: cart.id,
        expectedTotal: cart.totals.inclTax,
        shippingAddress: ADDRESS,
      }),
    );
    assert.deepEqual(placed.buyer, { name: 'Camille Dubois', email: null, company: null });
    const mine = await server.call<{ items: Order[] }>(
      'GET',
      '/api/orders',
      undefined,
      who.camille,
    );
    assert.equal(mine.body.items[0]!.id, placed.id);
    assert.ok(mine.body.items.every((o) => o.channel === 'b2c'));
    assert.equal(
      (await server.call('GET', `/api/orders/${placed.id}`, undefined, who.camille)).status,
      200,
    );
    for (const other of ['lea', 'sophie', 'marc'] as const) {
      assert.equal(
        (await server.call('GET', `/api/orders/${placed.id}`, undefined, who[other])).status,
        404,
      );
    }
    assert.equal(
      (await server.call('GET', `/api/orders/${placed.id}`, undefined, who.claire)).status,
      200,
    );
  });

  test('a guest leaves an email; nobody else’s cart can be ordered', async () => {
    const cart = await cartWith({}, [['to-b', 1]]);
    const noEmail = await order(
      {},
      { cartId: cart.id, expectedTotal: cart.totals.inclTax, shippingAddress: ADDRESS },
    );
    assert.equal(noEmail.status, 400);
    assert.deepEqual(fieldPaths(noEmail), ['email']);
    const owned = await cartWith(who.camille!, [['to-b', 1]]);
    for (const h of [{}, who.lea!]) {
      const reply = await order(h, {
        cartId: owned.id,
        expectedTotal: owned.totals.inclTax,
        email: 'x@y.fr',
        shippingAddress: ADDRESS,
      });
      assert.equal(reply.status, 404);
      assert.deepEqual(fieldPaths(reply), ['cartId']);
    }
  });
});

describe('the server never trusts the client’s figures', () => {
  test('a price changed since the buyer saw it: 409 with the new figures, nothing written', async () => {
    const cart = await cartWith({}, [['to-b', 4]]);
    const seen = cart.totals.inclTax; // 4 × 10,00 + 20 % = 48,00
    assert.equal(seen.amount, 4_800);
    await server.db.query(`UPDATE offers SET price_excl_tax = 1100 WHERE id = 'to-b'`);
    try {
      const orders = await count('orders');
      const keys = await count('idempotency_keys');
      const stock = await stockOf('to-b');
      const body = {
        cartId: cart.id,
        expectedTotal: seen,
        email: 'a@b.fr',
        shippingAddress: ADDRESS,
      };
      const reply = await order({}, body);
      assert.equal(reply.status, 409);
      const error = reply.body.error;
      assert.equal(error.code, 'price_changed');
      assert.deepEqual(fieldPaths(reply), ['expectedTotal']);
      const details = error.details as OrderConflict;
      assert.deepEqual(details.lines, [
        {
          offerId: 'to-b',
          quantity: 4,
          available: stock,
          unitPrice: { amount: 1_100, currency: 'EUR', includesTax: false },
          priceRule: 'base',
        },
      ]);
      assert.deepEqual(details.totals.inclTax, { amount: 5_280, currency: 'EUR' });
      assert.equal(await count('orders'), orders);
      assert.equal(await stockOf('to-b'), stock);
      assert.equal(await count('idempotency_keys'), keys);

      // The buyer agrees to the new total: ordered at the server's price.
      const placed = created(await order({}, { ...body, expectedTotal: details.totals.inclTax }));
      assert.equal(placed.sellerOrders[0]!.lines[0]!.unitPrice.amount, 1_100);
    } finally {
      await server.db.query(`UPDATE offers SET price_excl_tax = 1000 WHERE id = 'to-b'`);
    }
  });

  test('a lower total, or prices in the body, change nothing: the server’s price or a 409', async () => {
    const cart = await cartWith({}, [['to-a', 1]]);
    const cheap = await order(
      {},
      {
        cartId: cart.id,
        expectedTotal: { amount: 1, currency: 'EUR' },
        email: 'a@b.fr',
        shippingAddress: ADDRESS,
        unitPrice: 1,
        lines: [{ offerId: 'to-a', unitPrice: 1 }],
        totals: { inclTax: { amount: 1, currency: 'EUR' } },
      },
    );
    assert.equal(cheap.status, 409);
    assert.equal(cheap.body.error.code, 'price_changed');
  });

  test('not enough stock: 409 with what is available, nothing written', async () => {
    const cart = await cartWith({}, [
      ['to-a', 1],
      ['to-c', 5],
    ]);
    await server.db.query(`UPDATE offers SET stock = 2 WHERE id = 'to-c'`);
    try {
      const orders = await count('orders');
      const reply = await order(
        {},
        {
          cartId: cart.id,
          expectedTotal: cart.totals.inclTax,
          email: 'a@b.fr',
          shippingAddress: ADDRESS,
        },
      );
      assert.equal(reply.status, 409);
      const error = reply.body.error;
      assert.equal(error.code, 'out_of_stock');
      assert.deepEqual(fieldPaths(reply), ['lines.1']);
      const details = error.details as OrderConflict;
      assert.deepEqual(
        details.lines.map((l) => [l.offerId, l.quantity, l.available]),
        [
          ['to-a', 1, await stockOf('to-a')],
          ['to-c', 5, 2],
        ],
      );
      assert.equal(await count('orders'), orders);
      assert.equal(await stockOf('to-c'), 2);
    } finally {
      await server.db.query(`UPDATE offers SET stock = $1 WHERE id = 'to-c'`, [STOCK]);
    }
  });
});

describe('Idempotency-Key', () => {
  test('is required, and has a form', async () => {
    const cart = await cartWith({}, [['to-b', 1]]);
    const body = {
      cartId: cart.id,
      expectedTotal: cart.totals.inclTax,
      email: 'a@b.fr',
      shippingAddress: ADDRESS,
    };
    for (const key of [null, 'short', 'has spaces in it', 'é'.repeat(10), 'x'.repeat(256)]) {
      const reply = await order({}, body, key);
      assert.equal(reply.status, 400, String(key));
      assert.deepEqual(fieldPaths(reply), ['Idempotency-Key']);
    }
  });

  test('same key and body: the same order, once; same key, other body: 422', async () => {
    const cart = await cartWith({}, [['to-b', 2]]);
    const key = newKey();
    const body = {
      cartId: cart.id,
      expectedTotal: cart.totals.inclTax,
      email: 'a@b.fr',
      shippingAddress: ADDRESS,
    };
    const orders = await count('orders');
    const first = created(await order({}, body, key));
    const retry = await order({}, { ...body, shippingAddress: { ...ADDRESS } }, key);
    assert.equal(retry.status, 201);
    assert.equal(retry.headers.get('Idempotent-Replayed'), 'true');
    assert.deepEqual(retry.body, first);
    assert.equal(await count('orders'), orders + 1);

    const other = await order({}, { ...body, email: 'other@b.fr' }, key);
    assert.equal(other.status, 422);
    assert.equal(other.body.error.code, 'idempotency_key_reused');
    assert.equal(await count('orders'), orders + 1);
  });

  test('a double click (two requests at once) makes one order', async () => {
    const cart = await cartWith({}, [['to-b', 1]]);
    const key = newKey();
    const body = {
      cartId: cart.id,
      expectedTotal: cart.totals.inclTax,
      email: 'a@b.fr',
      shippingAddress: ADDRESS,
    };
    const orders = await count('orders');
    const [a, b] = await Promise.all([order({}, body, key), order({}, body, key)]);
    assert.equal(a.status, 201);
    assert.equal(b.status, 201);
    assert.equal(a.body.id, b.body.id);
    assert.equal(await count('orders'), orders + 1);
  });

  test('a failed attempt keeps nothing: the key works once the request is right', async () => {
    const cart = await cartWith({}, [['to-b', 1]]);
    const key = newKey();
    const wrong = await order(
      {},
      {
        cartId: cart.id,
        expectedTotal: { amount: 1, currency: 'EUR' },
        email: 'a@b.fr',
        shippingAddress: ADDRESS,
      },
      key,
    );
    assert.equal(wrong.status, 409);
    const right = await order(
      {},
      {
        cartId: cart.id,
        expectedTotal: cart.totals.inclTax,
        email: 'a@b.fr',
        shippingAddress: ADDRESS,
      },
      key,
    );
    assert.equal(right.status, 201);
  });

  test('keys belong to their caller: another person may use the same key', async () => {
    const key = newKey();
    const a = await cartWith(who.camille!, [['to-b', 1]]);
    created(
      await order(
        who.camille!,
        { cartId: a.id, expectedTotal: a.totals.inclTax, shippingAddress: ADDRESS },
        key,
      ),
    );
    const b = await cartWith({}, [['to-b', 1]]);
    created(
      await order(
        {},
        {
          cartId: b.id,
          expectedTotal: b.totals.inclTax,
          email: 'a@b.fr',
          shippingAddress: ADDRESS,
        },
        key,
      ),
    );
  });
});

describe('B2B orders', () => {
  test('priced with the company’s lists and tiers, invoiced per seller with its payment terms', async () => {
    const cart = await cartWith(who.lea!, [
      ['to-a', 2],
      ['to-b', 3],
      ['to-a', 8],
    ]);
    // to-a: 10 units → public tier −15 % (17,00) beats the company list −10 % (18,00).
    // to-b: the professionals' group list at Papeterie Lyonnaise, −5 % (9,50).
    assert.deepEqual(
      cart.lines.map((l) => [l.offerId, l.quantity, l.unitPrice.amount, l.priceRule]),
      [
        ['to-a', 10, 1_700, 'tier'],
        ['to-b', 3, 950, 'price-list'],
      ],
    );
    const placed = created(
      await order(who.lea!, {
        cartId: cart.id,
        expectedTotal: cart.totals.inclTax,
        purchaseOrderNumber: 'BC-2025-118',
      }),
    );
    assert.equal(placed.status, 'placed');
    assert.equal(placed.channel, 'b2b');
    assert.equal(placed.paymentMethod, 'invoice');
    assert.equal(placed.payment, null);
    assert.equal(placed.purchaseOrderNumber, 'BC-2025-118');
    assert.equal(placed.shippingAddress.line1, '12 rue des Tanneurs', 'the company’s address');
    assert.deepEqual(placed.buyer.company, {
      id: 'co-atelier-martin',
      name: 'Atelier Martin SARL',
    });
    for (const sellerOrder of placed.sellerOrders) {
      const invoice = sellerOrder.invoice!;
      assert.match(invoice.number, /^FAC-\d{4}-\d{6}$/);
      assert.equal(invoice.issuedOn, today());
      assert.equal(invoice.dueOn, plusDays(today(), 30), 'net 30');
      // Escompte: 2 % within 10 days, on the total incl. VAT.
      const total = sellerOrder.totals.inclTax.amount;
      assert.deepEqual(invoice.earlyPayment, {
        deadline: plusDays(today(), 10),
        discount: { amount: Math.round((total * 2) / 100), currency: 'EUR' },
        payable: { amount: total - Math.round((total * 2) / 100), currency: 'EUR' },
      });
      assert.deepEqual(invoice.totals, sellerOrder.totals);
      assert.equal(invoice.status, 'open');
    }
    const invoices = await server.call<InvoicePage>('GET', '/api/invoices', undefined, who.sophie);
    assert.ok(
      placed.sellerOrders.every((so) => invoices.body.items.some((i) => i.id === so.invoice!.id)),
    );
    const theirs = await server.call<InvoicePage>('GET', '/api/invoices', undefined, who.marc);
    assert.ok(theirs.body.items.every((i) => i.company.id === 'co-boulangerie-lefevre'));
  });

  test('another company’s terms: 45 days end of month, no early-payment discount', async () => {
    const cart = await cartWith(who.nina!, [['to-b', 1]]);
    const placed = created(
      await order(who.nina!, { cartId: cart.id, expectedTotal: cart.totals.inclTax }),
    );
    const invoice = placed.sellerOrders[0]!.invoice!;
    const due = new Date(Date.parse(`${plusDays(today(), 45)}T00:00:00Z`));
    const endOfMonth = new Date(Date.UTC(due.getUTCFullYear(), due.getUTCMonth() + 1, 0));
    assert.equal(invoice.dueOn, endOfMonth.toISOString().slice(0, 10));
    assert.equal(invoice.earlyPayment, null);
  });

  test('over the buyer’s limit: the order waits for an approver, holding the stock', async () => {
    // Karim may spend 400 € a week; 25 × 17,00 = 425 € HT.
    const cart = await cartWith(who.karim!, [['to-a', 25]]);
    const stock = await stockOf('to-a');
    const pending = created(
      await order(who.karim!, { cartId: cart.id, expectedTotal: cart.totals.inclTax }),
    );
    assert.equal(pending.status, 'pending_approval');
    assert.ok(pending.approvalId);
    assert.deepEqual(
      pending.sellerOrders.map((so) => [so.status, so.invoice]),
      [['awaiting_approval', null]],
    );
    assert.equal(await stockOf('to-a'), stock - 25, 'stock is held');
    const spending = (await server.call<Me>('GET', '/api/me', undefined, who.karim)).body
      .memberships[0]!.spending!;
    assert.equal(spending.spent.amount, 42_500, 'an order awaiting approval counts');

    // The seller does not see it yet, and cannot act on it.
    const sellerView = await server.call<SellerOrderPage>(
      'GET',
      '/api/seller-orders',
      undefined,
      who.antoine,
    );
    assert.ok(!sellerView.body.items.some((so) => so.order.id === pending.id));
    const early = await server.call(
      'PATCH',
      `/api/seller-orders/${pending.sellerOrders[0]!.id}`,
      { status: 'accepted' },
      who.antoine,
    );
    assert.equal(early.status, 404);

    const approved = await server.call<Approval>(
      'POST',
      `/api/approvals/${pending.approvalId}/approve`,
      {},
      who.julien,
    );
    assert.equal(approved.status, 200, approved.text);
    assert.equal(approved.body.subject.kind, 'order');
    const placed = (
      await server.call<Order>('GET', `/api/orders/${pending.id}`, undefined, who.karim)
    ).body;
    assert.equal(placed.status, 'placed');
    assert.equal(placed.sellerOrders[0]!.status, 'new');
    assert.ok(placed.sellerOrders[0]!.invoice, 'invoiced once approved');
  });

  test('a denied order is cancelled and gives its stock back', async () => {
    const cart = await cartWith(who.karim!, [['to-a', 30]]);
    const stock = await stockOf('to-a');
    const pending = created(
      await order(who.karim!, { cartId: cart.id, expectedTotal: cart.totals.inclTax }),
    );
    assert.equal(pending.status, 'pending_approval');
    assert.equal(await stockOf('to-a'), stock - 30);
    const denied = await server.call<Approval>(
      'POST',
      `/api/approvals/${pending.approvalId}/deny`,
      { comment: 'Non.' },
      who.sophie,
    );
    assert.equal(denied.status, 200);
    const cancelled = (
      await server.call<Order>('GET', `/api/orders/${pending.id}`, undefined, who.karim)
    ).body;
    assert.equal(cancelled.status, 'cancelled');
    assert.equal(cancelled.sellerOrders[0]!.status, 'cancelled');
    assert.equal(await stockOf('to-a'), stock);
  });

  test('spending accumulates over the period against the member’s limit', async () => {
    // Nina may spend 800 € a month; Boulangerie Lefèvre's own rule starts at 2,000 €.
    await server.db.query(
      `UPDATE orders SET created_at = now() - interval '400 days' WHERE membership_id = 'm-nina'`,
    );
    const first = await cartWith(who.nina!, [['to-b', 50]]); // 50 × 10,00 = 500 € HT
    assert.equal(
      created(await order(who.nina!, { cartId: first.id, expectedTotal: first.totals.inclTax }))
        .status,
      'placed',
    );
    const second = await cartWith(who.nina!, [['to-b', 35]]); // 350 €: 850 € > 800 €
    const over = created(
      await order(who.nina!, { cartId: second.id, expectedTotal: second.totals.inclTax }),
    );
    assert.equal(over.status, 'pending_approval');
    const approvals = await server.call<{ items: Approval[] }>(
      'GET',
      '/api/approvals',
      undefined,
      who.marc,
    );
    const approval = approvals.body.items.find((a) => a.subject.id === over.id)!;
    assert.match(
      approval.reasons.join(' '),
      /800,00 € per month exceeded \(500,00 € already committed\)/,
    );
    assert.deepEqual(
      approval.levels.map((l) => l.requiredRole),
      ['approver'],
    );
    assert.deepEqual(
      approval.actions,
      ['approve', 'deny'],
      'the admin may decide an approver level',
    );
  });
});

describe('seller orders', () => {
  test('the seller accepts, ships and delivers; nothing else moves it', async () => {
    const cart = await cartWith({}, [
      ['to-a', 1],
      ['to-b', 1],
    ]);
    const placed = created(
      await order(
        {},
        {
          cartId: cart.id,
          expectedTotal: cart.totals.inclTax,
          email: 'a@b.fr',
          shippingAddress: ADDRESS,
        },
      ),
    );
    const mine = placed.sellerOrders.find((so) => so.seller.id === 's-01')!;
    const list = await server.call<SellerOrderPage>(
      'GET',
      '/api/seller-orders',
      undefined,
      who.antoine,
    );
    const listed = list.body.items.find((so) => so.id === mine.id)!;
    assert.equal(listed.order.number, placed.number);
    assert.ok(list.body.items.every((so) => so.seller.id === 's-01'));

    const move = (status: string, h = who.antoine!) =>
      server.call<SellerOrderView>('PATCH', `/api/seller-orders/${mine.id}`, { status }, h);
    assert.equal((await move('delivered')).status, 409);
    assert.equal((await move('accepted', who.ines!)).status, 404, 'another seller’s order');
    assert.equal((await move('accepted')).body.status, 'accepted');
    assert.equal((await move('shipped')).body.status, 'shipped');
    const cancel = await move('cancelled');
    assert.equal(cancel.status, 409, 'shipped goods are not cancelled');
    assert.equal((await move('delivered')).body.status, 'delivered');
    const bad = await move('lost');
    assert.equal(bad.status, 400);
    assert.deepEqual(fieldPaths(bad), ['status']);
  });

  test('a seller cancelling before shipping gives the stock back', async () => {
    const cart = await cartWith({}, [['to-c', 4]]);
    const stock = await stockOf('to-c');
    const placed = created(
      await order(
        {},
        {
          cartId: cart.id,
          expectedTotal: cart.totals.inclTax,
          email: 'a@b.fr',
          shippingAddress: ADDRESS,
        },
      ),
    );
    const varenne = (await server.signIn('claire')).headers; // the operator cannot move it
    const refused = await server.call(
      'PATCH',
      `/api/seller-orders/${placed.sellerOrders[0]!.id}`,
      { status: 'cancelled' },
      varenne,
    );
    assert.equal(refused.status, 403);
    await server.db.query(`UPDATE memberships SET seller_id = 's-05' WHERE id = 'm-ines'`);
    try {
      const cancelled = await server.call<SellerOrderView>(
        'PATCH',
        `/api/seller-orders/${placed.sellerOrders[0]!.id}`,
        { status: 'cancelled' },
        who.ines,
      );
      assert.equal(cancelled.status, 200, cancelled.text);
      assert.equal(await stockOf('to-c'), stock);
      const after = (
        await server.call<Order>('GET', `/api/orders/${placed.id}`, undefined, who.claire)
      ).body;
      assert.equal(after.status, 'cancelled', 'its only seller order was cancelled');
      assert.equal(after.payment!.status, 'cancelled');
    } finally {
      await server.db.query(`UPDATE memberships SET seller_id = 's-06' WHERE id = 'm-ines'`);
    }
  });
});

describe('bad order requests', () => {
  test('every field is checked, naming it', async () => {
    const cart = await cartWith({}, [['to-b', 1]]);
    const good = {
      cartId: cart.id,
      expectedTotal: cart.totals.inclTax,
      email: 'a@b.fr',
      shippingAddress: ADDRESS,
    };
    const cases: [unknown, string[]][] = [
      [{ ...good, cartId: undefined }, ['cartId']],
      [{ ...good, quoteId: 'q-1' }, ['cartId']],
      [{ ...good, expectedTotal: undefined }, ['expectedTotal']],
      [{ ...good, expectedTotal: { amount: 1.5, currency: 'EUR' } }, ['expectedTotal.amount']],
      [{ ...good, expectedTotal: { amount: 100, currency: 'USD' } }, ['expectedTotal.currency']],
      [{ ...good, email: 'not-an-email' }, ['email']],
      [
        { ...good, shippingAddress: { ...ADDRESS, country: 'France' } },
        ['shippingAddress.country'],
      ],
      [{ ...good, shippingAddress: { ...ADDRESS, city: '' } }, ['shippingAddress.city']],
      [
        { ...good, shippingAddress: { ...ADDRESS, postalCode: '<script>' } },
        ['shippingAddress.postalCode'],
      ],
      [{ ...good, purchaseOrderNumber: 'x'.repeat(36) }, ['purchaseOrderNumber']],
    ];
    const orders = await count('orders');
    for (const [body, fields] of cases) {
      const reply = await order({}, body);
      assert.equal(reply.status, 400, JSON.stringify(body));
      assert.deepEqual(fieldPaths(reply), fields, JSON.stringify(body));
    }
    const empty = await cartWith({}, []);
    const emptyReply = await order(
      {},
      { ...good, cartId: empty.id, expectedTotal: { amount: 0, currency: 'EUR' } },
    );
    assert.equal(emptyReply.status, 400);
    assert.deepEqual(fieldPaths(emptyReply), ['cartId']);
    assert.equal(await count('orders'), orders);
  });
});

describe('orders of products with variants', () => {
  /*
   * The seed's safety shoes (p-0265, VT-10265, VAT 20 %, see variants.test.ts): size 42 at
   * Net & Clair Hygiène (s-04) is o-00441 at 54,99 € HT; size 39 at Bureau Plus (s-01) is
   * o-00438 at 50,09 € HT.
   */
  test('an order line keeps the variant’s SKU and name, as the cart line had them', async () => {
    const cart = await cartWith({}, [
      ['o-00441', 2],
      ['o-00438', 1],
      ['to-a', 1],
    ]);
    const placed = created(
      await order(
        {},
        {
          cartId: cart.id,
          expectedTotal: cart.totals.inclTax,
          email: 'pointures@example.fr',
          shippingAddress: ADDRESS,
        },
      ),
    );
    const shoes = 'Baskets de sécurité S3 basses';
    // Seller orders by seller name: Bureau Plus, then Net & Clair Hygiène.
    assert.deepEqual(
      placed.sellerOrders.map((so) => [
        so.seller.id,
        so.lines.map((l) => [
          l.offerId,
          l.productId,
          l.sku,
          l.name,
          l.quantity,
          l.unitPrice.amount,
        ]),
      ]),
      [
        [
          's-01',
          [
            ['o-00438', 'p-0265', 'VT-10265-39', `${shoes} · Pointure 39`, 1, 5_009],
            ['to-a', 'tp-a', 'T-tp-a', 'Article commande tp-a', 1, 2_000],
          ],
        ],
        ['s-04', [['o-00441', 'p-0265', 'VT-10265-42', `${shoes} · Pointure 42`, 2, 5_499]]],
      ],
    );
    // 2 × 54,99 = 109,98 HT + VAT 21,996 → 22,00; 50,09 HT + VAT 10,018 → 10,02;
    // 20,00 HT + VAT 4,00. HT 109,98 + 50,09 + 20,00 = 180,07; VAT 22,00 + 10,02 + 4,00 = 36,02.
    assert.deepEqual(placed.totals, {
      exclTax: { amount: 18_007, currency: 'EUR' },
      tax: { amount: 3_602, currency: 'EUR' },
      inclTax: { amount: 21_609, currency: 'EUR' },
    });

    // The order keeps the name it was placed with, whatever the catalog calls the size later.
    const rename = (name: string) =>
      server.db.query('UPDATE product_variants SET name = $1 WHERE sku = $2', [
        name,
        'VT-10265-42',
      ]);
    try {
      await rename('Pointure 42 (EU)');
      const read = await server.call<Order>(
        'GET',
        `/api/orders/${placed.id}`,
        undefined,
        who.claire,
      );
      assert.equal(read.status, 200, read.text);
      const line = read.body.sellerOrders[1]!.lines[0]!;
      assert.equal(line.name, `${shoes} · Pointure 42`);
    } finally {
      await rename('Pointure 42');
    }
  });
});
