import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createMemoryAdapter, sampleProducts, samplePersonas } from '@vitrine/adapter-memory';
import {
  createStorefront,
  memoryStorage,
  VitrineError,
  withQuoteLine,
  type CommerceAdapter,
  type KeyValueStorage,
  type Offer,
  type QuoteDraft,
} from '../src/index.ts';

/*
 * The sample catalog: Bureau Plus sells p-0001 (o-1-1) and p-0004 (o-4-1); Papeterie
 * Lyonnaise sells o-2-1 (p-0002).
 */
const offerOf = (offerId: string): Offer =>
  sampleProducts.flatMap((p) => p.offers).find((o) => o.id === offerId)!;
const paper = offerOf('o-1-1');
const stapler = offerOf('o-4-1');
const pens = offerOf('o-2-1');

function backend(overrides: (real: CommerceAdapter) => Partial<CommerceAdapter> = () => ({})) {
  const real = createMemoryAdapter({ products: sampleProducts, personas: samplePersonas });
  const calls = { create: 0, replace: 0 };
  const adapter: CommerceAdapter = {
    ...real,
    createQuoteDraft: (lines) => (calls.create++, real.createQuoteDraft!(lines)),
    replaceQuoteDraftLines: (id, lines) => (
      calls.replace++,
      real.replaceQuoteDraftLines!(id, lines)
    ),
    ...overrides(real),
  };
  return { adapter, calls, real };
}

async function signedIn(adapter: CommerceAdapter, persona = 'lea', storage = memoryStorage()) {
  const storefront = createStorefront({ adapter, storage });
  await storefront.signIn({ kind: 'persona', persona });
  return { storefront, drafts: await storefront.loadQuoteDrafts(), storage };
}

const lines = (draft: QuoteDraft) => draft.lines.map((l) => [l.offerId, l.quantity]);

describe('quote drafts', () => {
  it('starts one draft per seller and sums the quantities of the same offer', async () => {
    const { adapter, calls } = backend();
    const { drafts } = await signedIn(adapter);
    const first = await drafts.addToQuote(paper, 2);
    assert.equal(first.seller.name, 'Bureau Plus');
    assert.deepEqual(lines(first), [['o-1-1', 2]]);
    const again = await drafts.addToQuote(paper, 3);
    assert.equal(again.id, first.id);
    assert.deepEqual(lines(again), [['o-1-1', 5]], '2 + 3 on one line');
    const more = await drafts.addToQuote(stapler, 1);
    assert.deepEqual(lines(more), [
      ['o-1-1', 5],
      ['o-4-1', 1],
    ]);
    const other = await drafts.addToQuote(pens, 4);
    assert.notEqual(other.id, first.id, 'another seller, another request');
    assert.equal(other.seller.name, 'Papeterie Lyonnaise');
    assert.deepEqual([calls.create, calls.replace], [2, 2]);
    const state = drafts.$quoteDrafts.get();
    assert.deepEqual(Object.keys(state.drafts).sort(), ['s-bureau-plus', 's-papeterie']);
    assert.deepEqual(state.lastAdded, { offerId: 'o-2-1', quantity: 4, seller: pens.seller });
  });

  it('keeps adding to the same draft after a reload', async () => {
    const { adapter } = backend();
    const storage = memoryStorage();
    const before = await (await signedIn(adapter, 'lea', storage)).drafts.addToQuote(paper, 2);
    const reloaded = createStorefront({ adapter, storage });
    const drafts = await reloaded.loadQuoteDrafts();
    // The session comes back from the storage, as on a new page.
    await reloaded.reloadCustomer();
    const after = await drafts.addToQuote(paper, 1);
    assert.equal(after.id, before.id);
    assert.deepEqual(lines(after), [['o-1-1', 3]], '2 + 1');
  });

  it('keeps the lines another page added, and their target prices', async () => {
    const { adapter, real } = backend();
    const { drafts } = await signedIn(adapter);
    const draft = await drafts.addToQuote(paper, 2);
    // Another tab adds the stapler with a target price of 15,00 € HT.
    await real.replaceQuoteDraftLines!(draft.id, [
      { offerId: 'o-1-1', quantity: 2 },
      { offerId: 'o-4-1', quantity: 1, targetPrice: 1500 },
    ]);
    const after = await drafts.addToQuote(paper, 1);
    assert.deepEqual(
      after.lines.map((l) => [l.offerId, l.quantity, l.targetPrice]),
      [
        ['o-1-1', 3, undefined],
        ['o-4-1', 1, 1500],
      ],
    );
  });

  it('starts a new draft when the saved one was submitted meanwhile', async () => {
    const submitted = new Set<string>();
    const { adapter } = backend((real) => ({
      getQuoteDraft: async (id) => {
        const draft = await real.getQuoteDraft!(id);
        return submitted.has(id) ? { ...draft, draft: false } : draft;
      },
    }));
    const { drafts } = await signedIn(adapter);
    const first = await drafts.addToQuote(paper, 2);
    submitted.add(first.id);
    const next = await drafts.addToQuote(paper, 1);
    assert.notEqual(next.id, first.id);
    assert.deepEqual(lines(next), [['o-1-1', 1]]);
  });

  it('a failure keeps the draft as it was, says why, and the next try works', async () => {
    let failing = false;
    const { adapter, real } = backend((real) => ({
      replaceQuoteDraftLines: (id, given) =>
        failing
          ? Promise.reject(new VitrineError('server', 'HTTP 503', { status: 503 }))
          : real.replaceQuoteDraftLines!(id, given),
    }));
    const { drafts } = await signedIn(adapter);
    const draft = await drafts.addToQuote(paper, 2);
    failing = true;
    await assert.rejects(drafts.addToQuote(paper, 5), { code: 'server' });
    const state = drafts.$quoteDrafts.get();
    assert.equal(state.error?.code, 'server');
    assert.equal(state.pending, false);
    assert.deepEqual(lines(state.drafts['s-bureau-plus']!), [['o-1-1', 2]]);
    assert.deepEqual(lines(await real.getQuoteDraft!(draft.id)), [['o-1-1', 2]], 'intact');
    failing = false;
    assert.deepEqual(lines(await drafts.addToQuote(paper, 5)), [['o-1-1', 7]], '2 + 5');
    assert.equal(drafts.$quoteDrafts.get().error, undefined);
  });

  it('runs one addition at a time: a double click adds twice, in order, to one draft', async () => {
    const { adapter, calls } = backend();
    const { drafts } = await signedIn(adapter);
    const [first, second] = await Promise.all([
      drafts.addToQuote(paper, 1),
      drafts.addToQuote(paper, 1),
    ]);
    assert.equal(first.id, second.id);
    assert.deepEqual(lines(second), [['o-1-1', 2]]);
    assert.deepEqual([calls.create, calls.replace], [1, 1]);
  });

  it('refuses without asking the shop: a viewer, a consumer, a quantity the offer refuses', async () => {
    const { adapter, calls } = backend();
    const viewer = await signedIn(adapter, 'paul');
    await assert.rejects(viewer.drafts.addToQuote(paper, 1), { code: 'invalid-input' });
    const lea = await signedIn(adapter, 'lea');
    const packs: Offer = { ...paper, quantityRules: { min: 10, increment: 5 } };
    await assert.rejects(lea.drafts.addToQuote(packs, 12), { code: 'invalid-input' });
    await lea.storefront.switchMembership('m-lea-consumer');
    await assert.rejects(lea.drafts.addToQuote(paper, 1), { code: 'invalid-input' });
    assert.deepEqual([calls.create, calls.replace], [0, 0]);
  });

  it('saves the draft ids under the membership that asked, by seller', async () => {
    const { adapter } = backend();
    const storage: KeyValueStorage = memoryStorage();
    const { drafts } = await signedIn(adapter, 'lea', storage);
    const draft = await drafts.addToQuote(paper, 1);
    assert.deepEqual(JSON.parse(storage.get('vitrine:quote-drafts:memory:m-lea-buyer')!), {
      's-bureau-plus': draft.id,
    });
  });
});

describe('withQuoteLine', () => {
  it('adds to the offer’s line, or appends a line', () => {
    const start = [
      { offerId: 'a', quantity: 2, targetPrice: 990 },
      { offerId: 'b', quantity: 1 },
    ];
    assert.deepEqual(withQuoteLine(start, 'a', 3), [
      { offerId: 'a', quantity: 5, targetPrice: 990 },
      { offerId: 'b', quantity: 1 },
    ]);
    assert.deepEqual(withQuoteLine(start, 'c', 4), [...start, { offerId: 'c', quantity: 4 }]);
  });

  it('refuses a line above 999 in all', () => {
    // 995 on the line: 4 more make 999, 5 more would make 1000.
    const start = [{ offerId: 'a', quantity: 995 }];
    assert.deepEqual(withQuoteLine(start, 'a', 4), [{ offerId: 'a', quantity: 999 }]);
    assert.throws(() => withQuoteLine(start, 'a', 5), { code: 'invalid-input' });
  });
});
