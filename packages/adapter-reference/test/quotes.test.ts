import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createApp, migrate, openDatabase, seedIfEmpty, type Database } from '@vitrine/server';
import {
  DEFAULT_QUERY,
  memoryStorage,
  type CommerceAdapter,
  type KeyValueStorage,
  type SessionSlot,
} from '@vitrine/core';
import { createReferenceAdapter } from '../src/index.js';

/** The reference server in this process, on an in-memory database with the demo seed. */
let db: Database;
let app: ReturnType<typeof createApp>;
const requests: Request[] = [];

before(async () => {
  db = await openDatabase();
  await migrate(db);
  await seedIfEmpty(db);
  app = createApp({ db, demoMode: true });
});
after(() => db.close());

/** An adapter keeping its session in `storage`, as a storefront gives it. */
function adapterOn(storage: KeyValueStorage): CommerceAdapter {
  const adapter = createReferenceAdapter({
    baseUrl: 'http://shop.test/',
    fetch: async (input, init) => {
      const request = new Request(input, init);
      requests.push(request.clone());
      return app.fetch(request);
    },
  });
  const slot: SessionSlot = {
    read: () => storage.get('session'),
    keep: (value) => storage.set('session', value),
    forget: () => storage.remove('session'),
  };
  adapter.keepSessionIn!(slot);
  return adapter;
}

/*
 * The seed's safety shoes (p-0265): size 39 at Bureau Plus is offer o-00438 and size 40 is
 * o-00441 (see the server's quotes and variants tests).
 */
const SIZE_39 = 'o-00438';
const SHOES = 'Baskets de sécurité S3 basses';

describe('reference adapter: roles', () => {
  it('keeps the session in the slot: a new adapter on the same storage is signed in', async () => {
    const storage = memoryStorage();
    const lea = await adapterOn(storage).signIn!({ kind: 'persona', persona: 'lea' });
    assert.equal(lea.role, 'buyer');
    assert.deepEqual(lea.company, { id: 'co-atelier-martin', name: 'Atelier Martin SARL' });
    assert.deepEqual(lea.memberships, [
      {
        id: 'm-lea-buyer',
        role: 'buyer',
        company: { id: 'co-atelier-martin', name: 'Atelier Martin SARL' },
      },
      { id: 'm-lea-consumer', role: 'consumer' },
    ]);
    assert.ok(lea.permissions?.includes('createQuote'));
    assert.ok(!storage.get('session')!.includes('Léa'), 'the slot holds credentials only');

    const reloaded = await adapterOn(storage).currentCustomer!();
    assert.deepEqual(reloaded, lea);
    assert.match(requests.at(-1)!.url, /\/api\/me$/);
  });

  it('switches membership: the header goes with every later request', async () => {
    const storage = memoryStorage();
    const adapter = adapterOn(storage);
    await adapter.signIn!({ kind: 'persona', persona: 'lea' });
    const consumer = await adapter.switchMembership!('m-lea-consumer');
    assert.equal(consumer.role, 'consumer');
    assert.equal(consumer.company, undefined);
    assert.ok(!consumer.permissions?.includes('createQuote'));
    await adapter.listProducts(DEFAULT_QUERY);
    assert.equal(requests.at(-1)!.headers.get('x-vitrine-membership'), 'm-lea-consumer');
    // After a reload too.
    assert.equal((await adapterOn(storage).currentCustomer!())?.role, 'consumer');

    // Someone else's membership: the server refuses (403), the session keeps the last one.
    await assert.rejects(adapter.switchMembership!('m-sophie'), {
      name: 'VitrineError',
      code: 'validation',
      status: 403,
    });
    assert.equal((await adapter.currentCustomer!())?.activeMembershipId, 'm-lea-consumer');
  });

  it('a token the server forgot makes a guest again, without failing the catalog', async () => {
    const storage = memoryStorage();
    const adapter = adapterOn(storage);
    await adapter.signIn!({ kind: 'persona', persona: 'karim' });
    await db.query(`DELETE FROM auth_tokens WHERE user_id = 'u-karim'`);
    const page = await adapter.listProducts(DEFAULT_QUERY);
    assert.ok(page.items.length > 0);
    assert.equal(requests.at(-1)!.headers.get('authorization'), null, 'retried as a guest');
    assert.equal(storage.get('session'), undefined);
    assert.equal(await adapter.currentCustomer!(), undefined);
  });

  it('lists the demo personas', async () => {
    const personas = await adapterOn(memoryStorage()).listPersonas!();
    const lea = personas.find((p) => p.key === 'lea')!;
    assert.equal(lea.name, 'Léa Fontaine');
    assert.deepEqual(lea.roles, ['buyer', 'consumer']);
    assert.deepEqual(personas.find((p) => p.key === 'paul')!.roles, ['viewer']);
  });
});

describe('reference adapter: draft quote requests', () => {
  it('creates a draft and replaces its lines, as the server answers them', async () => {
    const adapter = adapterOn(memoryStorage());
    await adapter.signIn!({ kind: 'persona', persona: 'lea' });
    const draft = await adapter.createQuoteDraft!([{ offerId: SIZE_39, quantity: 3 }]);
    assert.equal(draft.draft, true);
    assert.deepEqual(draft.seller, { id: 's-01', name: 'Bureau Plus' });
    assert.equal(draft.currency, 'EUR');
    assert.match(draft.number!, /^DEV-\d+$/);
    assert.deepEqual(
      draft.lines.map(({ offerId, productId, sku, name, quantity }) => ({
        offerId,
        productId,
        sku,
        name,
        quantity,
      })),
      [
        {
          offerId: SIZE_39,
          productId: 'p-0265',
          sku: 'VT-10265-39',
          name: `${SHOES} · Pointure 39`,
          quantity: 3,
        },
      ],
    );
    const body = await requests.at(-1)!.json();
    assert.deepEqual(body, { lines: [{ offerId: SIZE_39, quantity: 3 }] });

    // 3 + 2 of size 39, with a target price of 45,00 € HT.
    const replaced = await adapter.replaceQuoteDraftLines!(draft.id, [
      { offerId: SIZE_39, quantity: 5, targetPrice: 4500 },
    ]);
    assert.equal(requests.at(-1)!.method, 'PATCH');
    assert.equal(replaced.id, draft.id);
    assert.deepEqual(
      replaced.lines.map((l) => [l.offerId, l.quantity, l.targetPrice]),
      [[SIZE_39, 5, 4500]],
    );
    const read = await adapter.getQuoteDraft!(draft.id);
    assert.deepEqual(read, replaced);
  });

  it('says when a draft is no longer one, and refuses to change it', async () => {
    const adapter = adapterOn(memoryStorage());
    await adapter.signIn!({ kind: 'persona', persona: 'lea' });
    const draft = await adapter.createQuoteDraft!([{ offerId: SIZE_39, quantity: 1 }]);
    // Lea submits it from elsewhere, with the same token (taken from the request just made).
    const authorization = requests.at(-1)!.headers.get('authorization')!;
    const submitted = await app.fetch(
      new Request(`http://shop.test/api/quotes/${draft.id}/submit`, {
        method: 'POST',
        headers: { authorization, 'content-type': 'application/json' },
        body: '{}',
      }),
    );
    assert.equal(submitted.status, 200);
    assert.equal((await adapter.getQuoteDraft!(draft.id)).draft, false);
    await assert.rejects(
      adapter.replaceQuoteDraftLines!(draft.id, [{ offerId: SIZE_39, quantity: 2 }]),
      { name: 'VitrineError', code: 'conflict', status: 409 },
    );
  });

  it('a viewer may not ask: the server’s 403 is a validation error', async () => {
    const adapter = adapterOn(memoryStorage());
    const paul = await adapter.signIn!({ kind: 'persona', persona: 'paul' });
    assert.ok(!paul.permissions?.includes('createQuote'));
    await assert.rejects(adapter.createQuoteDraft!([{ offerId: SIZE_39, quantity: 1 }]), {
      name: 'VitrineError',
      code: 'validation',
      status: 403,
    });
  });

  it('another buyer’s draft is not found', async () => {
    const lea = adapterOn(memoryStorage());
    await lea.signIn!({ kind: 'persona', persona: 'lea' });
    const draft = await lea.createQuoteDraft!([{ offerId: SIZE_39, quantity: 1 }]);
    const karim = adapterOn(memoryStorage());
    await karim.signIn!({ kind: 'persona', persona: 'karim' });
    await assert.rejects(karim.getQuoteDraft!(draft.id), { code: 'not-found', status: 404 });
  });
});
