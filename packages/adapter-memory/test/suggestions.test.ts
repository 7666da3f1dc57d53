import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_QUERY, isVitrineError, VitrineError } from '@vitrine/core';
import { createMemoryAdapter, sampleProducts } from '../src/index.js';

/*
 * The sample catalog (sample-catalog.ts), by index: 0–7 "bureau" (Fournitures de bureau),
 * 8–13 "mobilier", 14–19 "epicerie" (Épicerie fine), 20–23 "livres"; one brand per product,
 * ids p-0001 … p-0024 (index + 1).
 */
describe('memory adapter: suggestions', () => {
  const adapter = createMemoryAdapter({ products: sampleProducts });

  it('declares them', () => {
    assert.equal(adapter.capabilities.suggestions, true);
  });

  it('suggests the matches by relevance, and where they are', async () => {
    // "bureau" is in 3 Agrafeuse de bureau, 6 Calculatrice de bureau (bureau), 8 Fauteuil de
    // bureau, 9 Bureau assis-debout, 11 Lampe de bureau (mobilier): 5 products, 2 + 3. The
    // name starting with it first, then the names holding it, by name (the server's order).
    const suggestions = await adapter.suggest!('Bureau');
    assert.deepEqual(
      suggestions.products.map((p) => p.id),
      ['p-0010', 'p-0004', 'p-0007', 'p-0009', 'p-0012'],
    );
    assert.deepEqual(suggestions.products[1], {
      id: 'p-0004',
      name: 'Agrafeuse de bureau métal',
      sku: 'VT-10004',
      brand: 'Rapid',
    });
    assert.deepEqual(suggestions.categories, [
      { id: 'mobilier', name: 'Mobilier', count: 3 },
      { id: 'bureau', name: 'Fournitures de bureau', count: 2 },
    ]);
    // Five brands with one product each: the first three by name.
    assert.deepEqual(
      suggestions.brands.map((b) => [b.id, b.count]),
      [
        ['Casio', 1],
        ['Kinnarps', 1],
        ['Rapid', 1],
      ],
    );
  });

  it('keeps six products and three categories and brands, most matches first', async () => {
    // "de" is in 1, 3, 5, 6 (bureau: 4), 8, 9 "debout", 11 (mobilier: 3), 16, 18, 19
    // (epicerie: 3), 21, 22 "Guide", 23 (livres: 3): 13 products. The tie at 3 goes by name in
    // code points, "Livres" < "Mobilier" < "Épicerie fine", so Épicerie fine is left out.
    // No name starts with "de" and every one holds it: the first six by name, Agrafeuse,
    // Bureau, Calculatrice, Chocolat, Fauteuil, Guide.
    const suggestions = await adapter.suggest!('de');
    assert.deepEqual(
      suggestions.products.map((p) => p.id),
      ['p-0004', 'p-0010', 'p-0007', 'p-0020', 'p-0009', 'p-0023'],
    );
    assert.deepEqual(
      suggestions.categories.map((c) => [c.id, c.count]),
      [
        ['bureau', 4],
        ['livres', 3],
        ['mobilier', 3],
      ],
    );
    // 13 brands, one product each: Bic, Casio, Eyrolles come first by name.
    assert.deepEqual(
      suggestions.brands.map((b) => b.id),
      ['Bic', 'Casio', 'Eyrolles'],
    );
  });

  it('matches as the search does: every word, accents and case ignored', async () => {
    // "the vert" is only in 15 Thé vert Sencha bio (Kusmi).
    const suggestions = await adapter.suggest!('THE  vert');
    assert.deepEqual(
      suggestions.products.map((p) => p.name),
      ['Thé vert Sencha bio 100 g'],
    );
    const page = await adapter.listProducts({ ...DEFAULT_QUERY, text: 'THE  vert' });
    assert.equal(page.total, 1);
    // A category suggestion counts what searching within it lists.
    const [category] = (await adapter.suggest!('de')).categories;
    const within = await adapter.listProducts({ ...DEFAULT_QUERY, text: 'de', category: 'bureau' });
    assert.equal(within.total, category!.count);
  });

  it('suggests nothing for no words or no match', async () => {
    for (const text of ['', '   ', ' - ', 'qzxwvj zzyqk']) {
      assert.deepEqual(await adapter.suggest!(text), { products: [], categories: [], brands: [] });
    }
  });

  it('fails as the other calls do, and stops when aborted', async () => {
    const failing = createMemoryAdapter({
      products: sampleProducts,
      failWith: new VitrineError('server', 'Internal error', { status: 500 }),
    });
    await assert.rejects(failing.suggest!('de'), (e) => isVitrineError(e) && e.code === 'server');
    const slow = createMemoryAdapter({ products: sampleProducts, latencyMs: 10_000 });
    const controller = new AbortController();
    const pending = slow.suggest!('de', { signal: controller.signal });
    controller.abort();
    await assert.rejects(pending);
  });
});
