import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Approval } from '../src/approvals/service.js';
import type { Order } from '../src/orders/types.js';
import type { ErrorBody } from '../src/http/errors.js';
import type { Quote } from '../src/quotes/types.js';
import { searchKey } from '../src/text.js';
import { fieldPaths, startTestServer, type Reply, type TestServer } from './helpers.js';

let server: TestServer;
type H = Record<string, string>;
const who: Record<string, H> = {};

/*
 * Offers with round prices, added next to the seed: Bureau Plus (s-01) sells office supplies and
 * a computer item (category c-03, which Atelier Martin's rules send for approval); Atelier
 * Numérique (s-06) sells the third. Atelier Martin's price list takes 10 % off Bureau Plus.
 */
const FIXTURES = [
  { product: 'tq-1', offer: 'oq-supplies', seller: 's-01', category: 'c-01', price: 10_000 },
  { product: 'tq-2', offer: 'oq-computer', seller: 's-01', category: 'c-03', price: 5_000 },
  { product: 'tq-3', offer: 'oq-other-seller', seller: 's-06', category: 'c-01', price: 2_000 },
];

before(async () => {
  server = await startTestServer();
  await server.db.transaction(async (tx) => {
    for (const f of FIXTURES) {
      const name = `Article devis ${f.product}`;
      await tx.query(
        `INSERT INTO products (id, sku, slug, name, brand, description, category_id, vat_rate, name_key, search_text)
         VALUES ($1, $2, $1, $3, 'Test', '', $4, 2000, $5, $5)`,
        [f.product, `T-${f.product}`, name, f.category, searchKey(name)],
      );
      await tx.query(
        `INSERT INTO offers (id, product_id, seller_id, price_excl_tax, stock, lead_time_days)
         VALUES ($1, $2, $3, $4, 500, 2)`,
        [f.offer, f.product, f.seller, f.price],
      );
    }
  });
  for (const persona of ['lea', 'karim', 'julien', 'sophie', 'paul', 'antoine', 'ines', 'marc']) {
    who[persona] = (await server.signIn(persona)).headers;
  }
});
after(() => server.close());

/** A validity date the seller may set: within a year from today. */
const FAR = new Date(Date.now() + 200 * 86_400_000).toISOString().slice(0, 10);

function ok<T>(reply: Reply<T>, status = 200): T {
  assert.equal(reply.status, status, reply.text);
  return reply.body;
}

const create = async (h: H, lines: unknown[], message?: string) =>
  ok(
    await server.call<Quote>('POST', '/api/quotes', { lines, ...(message ? { message } : {}) }, h),
    201,
  );
const act = (id: string, action: string, h: H, body: unknown = {}, extra: H = {}) =>
  server.call<Quote & ErrorBody>('POST', `/api/quotes/${id}/${action}`, body, { ...h, ...extra });
const get = async (id: string, h: H) =>
  ok(await server.call<Quote>('GET', `/api/quotes/${id}`, undefined, h));

/** A quote by `buyer` for `lines`, priced by its seller at `prices` (HT per unit). */
async function quoted(buyer: H, lines: { offerId: string; quantity: number }[], prices: number[]) {
  const draft = await create(buyer, lines);
  ok(await act(draft.id, 'submit', buyer));
  const seller = lines[0]!.offerId === 'oq-other-seller' ? who.ines! : who.antoine!;
  return ok(
    await act(draft.id, 'answer', seller, {
      lines: draft.lines.map((l, i) => ({ lineId: l.id, unitPrice: prices[i]! })),
      validUntil: FAR,
    }),
  );
}

async function approvalOf(quote: Quote, h: H): Promise<Approval> {
  const list = ok(await server.call<{ items: Approval[] }>('GET', '/api/approvals', undefined, h));
  const approval = list.items.find((a) => a.subject.id === quote.id);
  assert.ok(approval, `an approval for ${quote.number}`);
  return approval;
}

describe('a quote from request to order', () => {
  test('draft → submitted → quoted → accepted → ordered, at the accepted prices', async () => {
    const draft = await create(
      who.lea!,
      [
        { offerId: 'oq-supplies', quantity: 4, targetPrice: 8_000 },
        { offerId: 'oq-computer', quantity: 1 },
      ].slice(0, 1),
      'Pouvez-vous faire un geste sur 4 unités ?',
    );
    assert.equal(draft.status, 'draft');
    assert.match(draft.number, /^DEV-\d+$/);
    assert.deepEqual(draft.seller, { id: 's-01', name: 'Bureau Plus' });
    assert.deepEqual(draft.company, { id: 'co-atelier-martin', name: 'Atelier Martin SARL' });
    // The reference price is Léa's own: Atelier Martin's list takes 10 % off.
    assert.equal(draft.lines[0]!.listPrice.amount, 9_000);
    assert.equal(draft.lines[0]!.targetPrice!.amount, 8_000);
    assert.equal(draft.quotedTotals, null);
    assert.deepEqual(draft.listTotals.exclTax, { amount: 36_000, currency: 'EUR' });
    assert.deepEqual(draft.actions, ['update', 'submit', 'cancel']);
    assert.equal(draft.messages[0]!.side, 'buyer');
    assert.equal(draft.messages[0]!.author, 'Léa Fontaine');

    const submitted = ok(await act(draft.id, 'submit', who.lea!));
    assert.equal(submitted.status, 'submitted');
    assert.deepEqual(submitted.actions, ['cancel']);

    const sellerView = await get(draft.id, who.antoine!);
    assert.deepEqual(sellerView.actions, ['answer', 'cancel']);
    const answered = ok(
      await act(draft.id, 'answer', who.antoine!, {
        lines: [{ lineId: draft.lines[0]!.id, unitPrice: 8_250 }],
        validUntil: FAR,
        message: 'Prix spécial pour 4 unités.',
      }),
    );
    assert.equal(answered.status, 'quoted');
    assert.equal(answered.validUntil, FAR);
    assert.equal(answered.lines[0]!.quotedPrice!.amount, 8_250);
    // 4 × 82,50 = 330,00 HT, VAT 20 % = 66,00.
    assert.deepEqual(answered.quotedTotals, {
      exclTax: { amount: 33_000, currency: 'EUR' },
      tax: { amount: 6_600, currency: 'EUR' },
      inclTax: { amount: 39_600, currency: 'EUR' },
    });
    assert.deepEqual(
      answered.messages.map((m) => m.side),
      ['buyer', 'seller'],
    );

    const accepted = ok(await act(draft.id, 'accept', who.lea!));
    assert.equal(accepted.status, 'accepted', 'below every threshold and Léa’s limit');
    assert.equal(accepted.approvalId, null);
    assert.deepEqual(accepted.actions, ['order', 'cancel']);

    const order = await server.call<Order>(
      'POST',
      '/api/orders',
      { quoteId: draft.id, expectedTotal: { amount: 39_600, currency: 'EUR' } },
      { ...who.lea!, 'Idempotency-Key': `quote-order-${draft.id}` },
    );
    const placed = ok(order, 201);
    assert.equal(placed.status, 'placed');
    assert.equal(placed.source, 'quote');
    assert.equal(placed.quoteId, draft.id);
    const line = placed.sellerOrders[0]!.lines[0]!;
    assert.deepEqual(
      [line.unitPrice.amount, line.priceRule, line.quantity],
      [8_250, 'negotiated', 4],
    );
    assert.equal(placed.totals.inclTax.amount, 39_600);

    const done = await get(draft.id, who.lea!);
    assert.equal(done.status, 'ordered');
    assert.equal(done.orderId, placed.id);
    assert.deepEqual(
      done.history.map((h) => [h.event, h.from, h.to, h.by]),
      [
        ['submit', 'draft', 'submitted', 'Léa Fontaine'],
        ['answer', 'submitted', 'quoted', 'Antoine Moreau'],
        ['accept', 'quoted', 'accepted', 'Léa Fontaine'],
        ['order', 'accepted', 'ordered', 'Léa Fontaine'],
      ],
    );
    // Ordered once: a second order of the same quote is refused.
    const again = await server.call(
      'POST',
      '/api/orders',
      { quoteId: draft.id, expectedTotal: { amount: 39_600, currency: 'EUR' } },
      { ...who.lea!, 'Idempotency-Key': `quote-order-2-${draft.id}` },
    );
    assert.equal(again.status, 409);
    assert.equal(again.body.error.code, 'invalid_transition');
  });

  test('revision requested → lines changed → submitted again → quoted again', async () => {
    const first = await quoted(who.lea!, [{ offerId: 'oq-supplies', quantity: 2 }], [9_500]);
    const noReason = await act(first.id, 'request-revision', who.lea!, {});
    assert.equal(noReason.status, 400);
    assert.deepEqual(fieldPaths(noReason), ['message']);
    const back = ok(
      await act(first.id, 'request-revision', who.lea!, { message: 'Et pour 10 unités ?' }),
    );
    assert.equal(back.status, 'revision_requested');
    assert.deepEqual(back.actions, ['update', 'submit', 'cancel']);
    const changed = ok(
      await server.call<Quote>(
        'PATCH',
        `/api/quotes/${first.id}`,
        { lines: [{ offerId: 'oq-supplies', quantity: 10 }] },
        who.lea!,
      ),
    );
    assert.equal(changed.lines[0]!.quantity, 10);
    assert.equal(changed.lines[0]!.quotedPrice, null, 'a new line awaits a new price');
    ok(await act(first.id, 'submit', who.lea!));
    const requoted = ok(
      await act(first.id, 'answer', who.antoine!, {
        lines: [{ lineId: changed.lines[0]!.id, unitPrice: 8_900 }],
        validUntil: FAR,
      }),
    );
    assert.equal(requoted.status, 'quoted');
    assert.deepEqual(
      requoted.history.map((h) => h.to),
      ['submitted', 'quoted', 'revision_requested', 'submitted', 'quoted'],
    );
  });

  test('rejected is final; moves outside the machine are 409 and change nothing', async () => {
    const quote = await quoted(who.lea!, [{ offerId: 'oq-supplies', quantity: 1 }], [9_000]);
    assert.equal(
      ok(await act(quote.id, 'reject', who.lea!, { message: 'Trop cher.' })).status,
      'rejected',
    );
    for (const [action, h] of [
      ['accept', who.lea!],
      ['submit', who.lea!],
      ['cancel', who.lea!],
      ['request-revision', who.lea!],
    ] as const) {
      const reply = await act(quote.id, action, h, { message: 'Encore ?' });
      assert.equal(reply.status, 409, action);
      assert.equal(reply.body.error.code, 'invalid_transition');
    }
    const answer = await act(quote.id, 'answer', who.antoine!, {
      lines: [{ lineId: quote.lines[0]!.id, unitPrice: 1 }],
      validUntil: FAR,
    });
    assert.equal(answer.status, 409);
    const after = await get(quote.id, who.lea!);
    assert.equal(after.status, 'rejected');
    assert.equal(after.messages.length, 1, 'only the rejection note');
    assert.equal(after.lines[0]!.quotedPrice!.amount, 9_000);
  });

  test('a quote past its validity date expires, and can no longer be accepted or ordered', async () => {
    const quote = await quoted(who.lea!, [{ offerId: 'oq-supplies', quantity: 1 }], [9_100]);
    await server.db.query(`UPDATE quotes SET valid_until = '2020-01-31' WHERE id = $1`, [quote.id]);
    const accept = await act(quote.id, 'accept', who.lea!);
    assert.equal(accept.status, 409);
    assert.equal(accept.body.error.code, 'quote_expired');
    const seen = await get(quote.id, who.lea!);
    assert.equal(seen.status, 'expired');
    assert.deepEqual(seen.history.at(-1), {
      ...seen.history.at(-1),
      event: 'expire',
      from: 'quoted',
      to: 'expired',
      by: null,
    });
    // An accepted quote expires too: the price only held until then.
    const accepted = await quoted(who.lea!, [{ offerId: 'oq-supplies', quantity: 1 }], [9_200]);
    ok(await act(accepted.id, 'accept', who.lea!));
    await server.db.query(`UPDATE quotes SET valid_until = '2020-01-31' WHERE id = $1`, [
      accepted.id,
    ]);
    const order = await server.call(
      'POST',
      '/api/orders',
      { quoteId: accepted.id, expectedTotal: { amount: 11_040, currency: 'EUR' } },
      { ...who.lea!, 'Idempotency-Key': `expired-${accepted.id}` },
    );
    assert.equal(order.status, 409);
    assert.equal(order.body.error.code, 'quote_expired');
  });

  test('who may cancel: the requester, an admin of the company, the seller — not an approver', async () => {
    const byApprover = await quoted(who.lea!, [{ offerId: 'oq-supplies', quantity: 1 }], [9_000]);
    const refused = await act(byApprover.id, 'cancel', who.julien!);
    assert.equal(refused.status, 403);
    assert.equal(ok(await act(byApprover.id, 'cancel', who.sophie!)).status, 'cancelled');

    const bySeller = await quoted(who.lea!, [{ offerId: 'oq-supplies', quantity: 1 }], [9_000]);
    assert.equal(
      ok(await act(bySeller.id, 'cancel', who.antoine!, { message: 'Plus disponible.' })).status,
      'cancelled',
    );
    const byRequester = await create(who.lea!, [{ offerId: 'oq-supplies', quantity: 1 }]);
    assert.equal(ok(await act(byRequester.id, 'cancel', who.lea!)).status, 'cancelled');
  });

  test('only the requester moves the buyer’s side; approvers and admins read', async () => {
    const quote = await quoted(who.lea!, [{ offerId: 'oq-supplies', quantity: 1 }], [9_000]);
    for (const persona of ['julien', 'sophie'] as const) {
      const reply = await act(quote.id, 'accept', who[persona]!);
      assert.equal(reply.status, 403, persona);
      assert.deepEqual(
        (await get(quote.id, who[persona]!)).actions,
        persona === 'sophie' ? ['cancel'] : [],
      );
    }
    assert.equal((await get(quote.id, who.paul!)).status, 'quoted', 'the viewer reads it');
  });
});

describe('bad quote requests', () => {
  test('lines are checked: known offers, one seller, each offer once', async () => {
    const cases: [unknown, string[]][] = [
      [{}, ['lines']],
      [{ lines: [] }, ['lines']],
      [{ lines: [{ offerId: 'nope', quantity: 1 }] }, ['lines.0.offerId']],
      [
        {
          lines: [
            { offerId: 'oq-supplies', quantity: 1 },
            { offerId: 'oq-other-seller', quantity: 1 },
          ],
        },
        ['lines.1.offerId'],
      ],
      [
        {
          lines: [
            { offerId: 'oq-supplies', quantity: 1 },
            { offerId: 'oq-supplies', quantity: 2 },
          ],
        },
        ['lines.1.offerId'],
      ],
      [{ lines: [{ offerId: 'oq-supplies', quantity: 0 }] }, ['lines.0.quantity']],
      [
        { lines: [{ offerId: 'oq-supplies', quantity: 1, targetPrice: -1 }] },
        ['lines.0.targetPrice'],
      ],
      [{ lines: [{ offerId: 'oq-supplies', quantity: 1 }], message: '' }, ['message']],
    ];
    const before = await server.db.query('SELECT id FROM quotes');
    for (const [body, fields] of cases) {
      const reply = await server.call('POST', '/api/quotes', body, who.lea);
      assert.equal(reply.status, 400, JSON.stringify(body));
      assert.deepEqual(fieldPaths(reply), fields, JSON.stringify(body));
    }
    assert.equal((await server.db.query('SELECT id FROM quotes')).length, before.length);
  });

  test('the seller prices every line, until a date from today to a year ahead', async () => {
    const draft = await create(who.lea!, [
      { offerId: 'oq-supplies', quantity: 1 },
      { offerId: 'oq-computer', quantity: 1 },
    ]);
    ok(await act(draft.id, 'submit', who.lea!));
    const [a, b] = draft.lines;
    const cases: [unknown, string[]][] = [
      [{ lines: [{ lineId: a!.id, unitPrice: 1 }], validUntil: FAR }, ['lines']],
      [
        {
          lines: [
            { lineId: a!.id, unitPrice: 1 },
            { lineId: 'other', unitPrice: 1 },
          ],
          validUntil: FAR,
        },
        ['lines.1.lineId', 'lines'],
      ],
      [
        {
          lines: [
            { lineId: a!.id, unitPrice: 1 },
            { lineId: b!.id, unitPrice: 1 },
          ],
          validUntil: '2020-01-01',
        },
        ['validUntil'],
      ],
      [
        {
          lines: [
            { lineId: a!.id, unitPrice: 1.5 },
            { lineId: b!.id, unitPrice: 1 },
          ],
          validUntil: FAR,
        },
        ['lines.0.unitPrice'],
      ],
      [
        {
          lines: [
            { lineId: a!.id, unitPrice: 1 },
            { lineId: b!.id, unitPrice: 1 },
          ],
          validUntil: '2025-02-30',
        },
        ['validUntil'],
      ],
    ];
    for (const [body, fields] of cases) {
      const reply = await act(draft.id, 'answer', who.antoine!, body);
      assert.equal(reply.status, 400, JSON.stringify(body));
      assert.deepEqual(fieldPaths(reply), fields, JSON.stringify(body));
    }
    const unchanged = await get(draft.id, who.lea!);
    assert.equal(unchanged.status, 'submitted');
    assert.ok(unchanged.lines.every((l) => l.quotedPrice === null));
    assert.equal(unchanged.validUntil, null);
  });

  test('the thread: buyer and seller sides, approvers may write, viewers may not', async () => {
    const quote = await quoted(who.lea!, [{ offerId: 'oq-supplies', quantity: 1 }], [9_000]);
    ok(await act(quote.id, 'messages', who.julien!, { body: 'Validé côté achats.' }), 201);
    const withSeller = ok(
      await act(quote.id, 'messages', who.antoine!, { body: 'Livraison sous 48 h.' }),
      201,
    );
    assert.deepEqual(
      withSeller.messages.slice(-2).map((m) => [m.side, m.author, m.body]),
      [
        ['buyer', 'Julien Leroy', 'Validé côté achats.'],
        ['seller', 'Antoine Moreau', 'Livraison sous 48 h.'],
      ],
    );
    assert.equal((await act(quote.id, 'messages', who.paul!, { body: 'Bonjour' })).status, 403);
    const tooLong = await act(quote.id, 'messages', who.lea!, { body: 'x'.repeat(2001) });
    assert.equal(tooLong.status, 400);
  });
});

describe('approvals', () => {
  test('from 1,000 € HT an approver must approve; the quote then orders without asking again', async () => {
    const quote = await quoted(who.lea!, [{ offerId: 'oq-supplies', quantity: 12 }], [9_000]);
    const accepted = ok(await act(quote.id, 'accept', who.lea!));
    assert.equal(accepted.status, 'pending_approval');
    assert.ok(accepted.approvalId);
    assert.deepEqual(accepted.actions, ['cancel']);

    const approval = await approvalOf(quote, who.julien!);
    assert.equal(approval.status, 'pending');
    assert.deepEqual(approval.total, { amount: 108_000, currency: 'EUR' });
    assert.deepEqual(
      approval.levels.map((l) => l.requiredRole),
      ['approver'],
    );
    assert.ok(approval.reasons.some((r) => r.includes('ar-am-1')));
    assert.equal(approval.reasons.length, 1, '1,080 € is within Léa’s 1,500 € a month');
    assert.deepEqual(approval.actions, ['approve', 'deny']);
    // The requester sees her approval, and cannot decide it.
    assert.deepEqual((await approvalOf(quote, who.lea!)).actions, []);
    assert.equal(
      (await server.call('POST', `/api/approvals/${approval.id}/approve`, {}, who.lea)).status,
      403,
    );

    const approved = ok(
      await server.call<Approval>(
        'POST',
        `/api/approvals/${approval.id}/approve`,
        { comment: 'OK pour le trimestre.' },
        who.julien,
      ),
    );
    assert.equal(approved.status, 'approved');
    assert.equal(approved.levels[0]!.decision!.by, 'Julien Leroy');
    assert.equal(approved.levels[0]!.decision!.comment, 'OK pour le trimestre.');
    assert.equal((await get(quote.id, who.lea!)).status, 'approved');

    const again = await server.call(
      'POST',
      `/api/approvals/${approval.id}/approve`,
      {},
      who.sophie,
    );
    assert.equal(again.status, 409);
    assert.equal(again.body.error.code, 'already_decided');

    const order = ok(
      await server.call<Order>(
        'POST',
        '/api/orders',
        { quoteId: quote.id, expectedTotal: { amount: 129_600, currency: 'EUR' } },
        { ...who.lea!, 'Idempotency-Key': `approved-${quote.id}` },
      ),
      201,
    );
    assert.equal(order.status, 'placed', 'an approved quote needs no second approval');
    assert.equal(order.approvalId, null);
  });

  test('nobody approves their own request', async () => {
    const quote = await quoted(who.julien!, [{ offerId: 'oq-supplies', quantity: 15 }], [9_000]);
    assert.equal(ok(await act(quote.id, 'accept', who.julien!)).status, 'pending_approval');
    const approval = await approvalOf(quote, who.julien!);
    assert.deepEqual(approval.actions, []);
    for (const action of ['approve', 'deny']) {
      const own = await server.call(
        'POST',
        `/api/approvals/${approval.id}/${action}`,
        {},
        who.julien,
      );
      assert.equal(own.status, 403);
      assert.equal(own.body.error.code, 'self_approval');
    }
    const byAdmin = ok(
      await server.call<Approval>('POST', `/api/approvals/${approval.id}/approve`, {}, who.sophie),
    );
    assert.equal(byAdmin.status, 'approved');
  });

  test('from 5,000 € HT a second level: an admin, and a different person from the first', async () => {
    const quote = await quoted(who.lea!, [{ offerId: 'oq-supplies', quantity: 60 }], [9_000]);
    ok(await act(quote.id, 'accept', who.lea!));
    const approval = await approvalOf(quote, who.sophie!);
    assert.deepEqual(
      approval.levels.map((l) => l.requiredRole),
      ['approver', 'admin'],
    );
    assert.equal(approval.currentLevel, 1);

    // Sophie (admin) may decide level 1 …
    const first = ok(
      await server.call<Approval>('POST', `/api/approvals/${approval.id}/approve`, {}, who.sophie),
    );
    assert.equal(first.status, 'pending');
    assert.equal(first.currentLevel, 2);
    // … but then not level 2 as well; Julien is no admin.
    const twice = await server.call(
      'POST',
      `/api/approvals/${approval.id}/approve`,
      {},
      who.sophie,
    );
    assert.equal(twice.status, 403);
    assert.match(twice.body.error.message, /another person/);
    const notAdmin = await server.call(
      'POST',
      `/api/approvals/${approval.id}/approve`,
      {},
      who.julien,
    );
    assert.equal(notAdmin.status, 403);
    assert.match(notAdmin.body.error.message, /needs an admin/);
    assert.equal((await get(quote.id, who.lea!)).status, 'pending_approval');
  });

  test('the second level in the right order: approver, then admin', async () => {
    const quote = await quoted(who.lea!, [{ offerId: 'oq-supplies', quantity: 70 }], [9_000]);
    ok(await act(quote.id, 'accept', who.lea!));
    const approval = await approvalOf(quote, who.julien!);
    ok(await server.call('POST', `/api/approvals/${approval.id}/approve`, {}, who.julien));
    const final = ok(
      await server.call<Approval>('POST', `/api/approvals/${approval.id}/approve`, {}, who.sophie),
    );
    assert.equal(final.status, 'approved');
    assert.deepEqual(
      final.levels.map((l) => l.decision?.by),
      ['Julien Leroy', 'Sophie Martin'],
    );
    assert.equal((await get(quote.id, who.lea!)).status, 'approved');
  });

  test('computer equipment needs approval whatever the amount; a denial is final', async () => {
    const quote = await quoted(who.lea!, [{ offerId: 'oq-computer', quantity: 1 }], [4_500]);
    assert.equal(ok(await act(quote.id, 'accept', who.lea!)).status, 'pending_approval');
    const approval = await approvalOf(quote, who.julien!);
    assert.ok(approval.reasons.some((r) => r.includes('c-03')));
    assert.equal(approval.reasons.length, 1);
    const denied = ok(
      await server.call<Approval>(
        'POST',
        `/api/approvals/${approval.id}/deny`,
        { comment: 'Passer par la DSI.' },
        who.julien,
      ),
    );
    assert.equal(denied.status, 'denied');
    assert.equal((await get(quote.id, who.lea!)).status, 'denied');
    const order = await server.call(
      'POST',
      '/api/orders',
      { quoteId: quote.id, expectedTotal: { amount: 5_400, currency: 'EUR' } },
      { ...who.lea!, 'Idempotency-Key': `denied-${quote.id}` },
    );
    assert.equal(order.status, 409);
  });

  test('a purchase over the buyer’s limit for the period needs approval', async () => {
    // Karim may spend 400 € a week: 450 € is under every company rule but over his limit.
    const quote = await quoted(who.karim!, [{ offerId: 'oq-supplies', quantity: 5 }], [9_000]);
    assert.equal(ok(await act(quote.id, 'accept', who.karim!)).status, 'pending_approval');
    const approval = await approvalOf(quote, who.karim!);
    assert.equal(approval.reasons.length, 1);
    assert.match(approval.reasons[0]!, /Spending limit of 400,00 € per week/);
    // Under the limit, no approval.
    const small = await quoted(who.karim!, [{ offerId: 'oq-supplies', quantity: 1 }], [9_000]);
    assert.equal(ok(await act(small.id, 'accept', who.karim!)).status, 'accepted');
  });

  test('the viewer reads approvals; another company never sees them', async () => {
    const list = ok(
      await server.call<{ items: Approval[] }>('GET', '/api/approvals', undefined, who.paul),
    );
    assert.ok(list.items.length > 0);
    assert.ok(list.items.every((a) => a.actions.length === 0));
    const pending = list.items.find((a) => a.status === 'pending');
    if (pending) {
      assert.equal(
        (await server.call('POST', `/api/approvals/${pending.id}/approve`, {}, who.paul)).status,
        403,
      );
      assert.equal(
        (await server.call('POST', `/api/approvals/${pending.id}/approve`, {}, who.marc)).status,
        404,
      );
    }
    const theirs = ok(
      await server.call<{ items: Approval[] }>('GET', '/api/approvals', undefined, who.marc),
    );
    assert.deepEqual(theirs.items, []);
  });

  test('accepting is idempotent with an Idempotency-Key', async () => {
    const quote = await quoted(who.lea!, [{ offerId: 'oq-supplies', quantity: 1 }], [9_000]);
    const key = { 'Idempotency-Key': `accept-${quote.id}` };
    const first = await act(quote.id, 'accept', who.lea!, {}, key);
    const second = await act(quote.id, 'accept', who.lea!, {}, key);
    assert.equal(first.status, 200);
    assert.equal(second.status, 200);
    assert.equal(second.headers.get('Idempotent-Replayed'), 'true');
    assert.deepEqual(second.body, first.body);
    const other = await act(quote.id, 'accept', who.lea!, { message: 'autre' }, key);
    assert.equal(other.status, 422);
    assert.equal(other.body.error.code, 'idempotency_key_reused');
    // Without the key, accepting twice is a plain invalid transition.
    assert.equal((await act(quote.id, 'accept', who.lea!)).status, 409);
  });
});

describe('quotes of products with variants', () => {
  test('a quote line keeps the variant’s SKU and name, for the buyer and the seller', async () => {
    // The seed's safety shoes (p-0265, see variants.test.ts): size 39 at Bureau Plus is o-00438,
    // 50,09 € HT; Léa's list at Bureau Plus takes 10 % off: 50,09 × 0,9 = 45,081 → 45,08 €.
    const shoes = 'Baskets de sécurité S3 basses';
    const draft = await create(who.lea!, [
      { offerId: 'o-00438', quantity: 3, targetPrice: 4_500 },
      { offerId: 'oq-supplies', quantity: 1 },
    ]);
    const lines = (quote: Quote) =>
      quote.lines.map((l) => [l.offerId, l.productId, l.sku, l.name, l.listPrice.amount]);
    const expected = [
      ['o-00438', 'p-0265', 'VT-10265-39', `${shoes} · Pointure 39`, 4_508],
      // 100,00 € less 10 % = 90,00 €.
      ['oq-supplies', 'tq-1', 'T-tq-1', 'Article devis tq-1', 9_000],
    ];
    assert.deepEqual(lines(draft), expected);
    // 3 × 45,08 + 90,00 = 225,24 € HT.
    assert.deepEqual(draft.listTotals.exclTax, { amount: 22_524, currency: 'EUR' });

    ok(await act(draft.id, 'submit', who.lea!));
    const answered = ok(
      await act(draft.id, 'answer', who.antoine!, {
        lines: draft.lines.map((l, i) => ({ lineId: l.id, unitPrice: [4_600, 8_500][i]! })),
        validUntil: FAR,
      }),
    );
    assert.deepEqual(lines(answered), expected);
    assert.deepEqual(lines(await get(draft.id, who.antoine!)), expected);
    // 3 × 46,00 + 85,00 = 223,00 € HT; VAT 20 %: 27,60 + 17,00 = 44,60 €.
    assert.deepEqual(answered.quotedTotals, {
      exclTax: { amount: 22_300, currency: 'EUR' },
      tax: { amount: 4_460, currency: 'EUR' },
      inclTax: { amount: 26_760, currency: 'EUR' },
    });
  });
});
