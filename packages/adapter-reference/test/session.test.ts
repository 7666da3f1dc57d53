import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createApp, migrate, openDatabase, seedIfEmpty, type Database } from '@vitrine/server';
import { DEFAULT_QUERY, type CommerceAdapter } from '@vitrine/core';
import { createReferenceAdapter } from '../src/index.js';

/** The reference server in this process, on an in-memory database with the demo seed. */
let db: Database;
let adapter: CommerceAdapter;
let app: ReturnType<typeof createApp>;
const requests: Request[] = [];

before(async () => {
  db = await openDatabase();
  await migrate(db);
  await seedIfEmpty(db);
  app = createApp({ db, demoMode: true });
  adapter = createReferenceAdapter({
    baseUrl: 'http://shop.test/',
    fetch: async (input, init) => {
      const request = new Request(input, init);
      requests.push(request.clone());
      return app.fetch(request);
    },
  });
});
after(() => db.close());

describe('reference adapter: a signed-in customer', () => {
  it('sees their own prices with the public one beside them, until signing out', async () => {
    const query = { ...DEFAULT_QUERY, pageSize: 100 };
    const publicPage = await adapter.listProducts(query);
    assert.ok(publicPage.items.every((item) => !item.bestOffer?.regularPrice));

    // Camille is a Club member: the club's price list lowers some prices.
    const customer = await adapter.signIn!({ kind: 'persona', persona: 'camille' });
    const { permissions, ...who } = customer;
    assert.deepEqual(who, {
      id: 'u-camille',
      name: 'Camille Dubois',
      email: 'camille.dubois@example.fr',
      role: 'consumer',
      memberships: [{ id: 'm-camille', role: 'consumer' }],
      activeMembershipId: 'm-camille',
    });
    assert.ok(permissions?.includes('createReview') && !permissions.includes('createQuote'));
    assert.match(requests.at(-1)!.url, /\/api\/auth\/demo-sign-in$/);
    const ownPage = await adapter.listProducts(query);
    assert.match(requests.at(-1)!.headers.get('authorization') ?? '', /^Bearer \S+$/);
    const lowered = ownPage.items.filter((item) => item.bestOffer?.regularPrice);
    assert.ok(lowered.length > 0, 'the club price list lowers some of the first 100 prices');
    for (const item of lowered) {
      const { price, regularPrice } = item.bestOffer!;
      const listed = publicPage.items.find((p) => p.id === item.id)!.bestOffer!.price;
      assert.deepEqual(regularPrice, listed, 'the struck-through price is the public one');
      assert.ok(price.amount < regularPrice!.amount, `${item.name}: a lower price`);
    }

    await adapter.signOut!();
    assert.match(requests.at(-1)!.url, /\/api\/auth\/sign-out$/);
    const after = await adapter.listProducts(query);
    assert.equal(requests.at(-1)!.headers.get('authorization'), null);
    assert.deepEqual(after, publicPage, 'a guest again');
  });

  it('refuses an unknown persona as wrong credentials', async () => {
    await assert.rejects(adapter.signIn!({ kind: 'persona', persona: 'nobody' }), {
      name: 'VitrineError',
      code: 'validation',
      message: 'No demo persona "nobody".',
    });
  });
});

describe('reference adapter: product documents', () => {
  it('lists them with absolute URLs that serve the PDF', async () => {
    const product = await adapter.getProduct('p-0001');
    assert.ok(product.documents && product.documents.length > 0, 'p-0001 has documents');
    for (const document of product.documents) {
      assert.match(document.url, /^http:\/\/shop\.test\/documents\/[\w-]+\.pdf$/);
      assert.ok(document.title);
      assert.ok((document.sizeBytes ?? 0) > 0);
    }
    const file = await app.fetch(new Request(product.documents[0]!.url));
    assert.equal(file.status, 200);
    assert.equal(file.headers.get('content-type'), 'application/pdf');
    assert.equal(new TextDecoder().decode((await file.arrayBuffer()).slice(0, 5)), '%PDF-');
  });
});
