import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_QUERY, type CatalogQuery } from '@vitrine/core';
import { createMemoryAdapter, sampleProducts } from '../src/index.js';

const query = (change: Partial<CatalogQuery>): CatalogQuery => ({ ...DEFAULT_QUERY, ...change });

/*
 * The sample catalog (sample-catalog.ts), by index: 0–7 "bureau", 8–13 "mobilier",
 * 14–19 "epicerie", 20–23 "livres"; one brand per product. Only product 12 (Manutan's shelf,
 * one offer, stock 0) is out of stock: 4 and 19 also have a row at stock 0, but a second offer
 * with stock 5.
 *
 * Two brands instead, so that counts differ: every third product (0, 3, 6 … 21) is "Atelier",
 * the other 16 "Comptoir". Per category: bureau Atelier 0, 3, 6 = 3 / Comptoir 5;
 * mobilier Atelier 9, 12 = 2 / Comptoir 8, 10, 11, 13 = 4; epicerie Atelier 15, 18 = 2 /
 * Comptoir 4; livres Atelier 21 = 1 / Comptoir 20, 22, 23 = 3.
 */
const twoBrands = sampleProducts.map((product, index) => ({
  ...product,
  brand: index % 3 === 0 ? 'Atelier' : 'Comptoir',
}));

describe('memory adapter: facets', () => {
  it('declares facets and counts nothing unless asked', async () => {
    const adapter = createMemoryAdapter({ products: sampleProducts });
    assert.equal(adapter.capabilities.facets, true);
    const page = await adapter.listProducts(DEFAULT_QUERY);
    assert.equal('facets' in page, false);
  });

  it('counts the whole catalog: categories, the first 20 brands, availability', async () => {
    const adapter = createMemoryAdapter({ products: sampleProducts });
    const { total, facets } = await adapter.listProducts(DEFAULT_QUERY, { facets: true });
    assert.equal(total, 24);
    // 8 + 6 + 6 + 4 = 24; mobilier and epicerie tie at 6 and keep the catalog's order.
    assert.deepEqual(facets?.categories, [
      { id: 'bureau', name: 'Fournitures de bureau', count: 8 },
      { id: 'mobilier', name: 'Mobilier', count: 6 },
      { id: 'epicerie', name: 'Épicerie fine', count: 6 },
      { id: 'livres', name: 'Livres', count: 4 },
    ]);
    // 24 brands with one product each: all tie, so by name (code points: "3M" first), and the
    // last four (Sokoa, Stabilo, Unilux, Valrhona) fall beyond the 20 kept.
    assert.equal(facets?.brands.length, 20);
    assert.deepEqual(
      facets?.brands.slice(0, 3).map((b) => [b.id, b.count]),
      [
        ['3M', 1],
        ['Bic', 1],
        ['Casio', 1],
      ],
    );
    assert.equal(facets?.brands.at(-1)?.id, 'Rucher du Ventoux');
    // Product 12 only is out of stock: 23 + 1 = 24.
    assert.deepEqual(facets?.availability, { inStock: 23, outOfStock: 1 });
  });

  it('filters by brand', async () => {
    const adapter = createMemoryAdapter({ products: twoBrands });
    const page = await adapter.listProducts(query({ brand: 'Atelier', pageSize: 100 }));
    // 0, 3, 6 … 21: 8 products.
    assert.equal(page.total, 8);
    assert.ok(page.items.every((item) => item.brand === 'Atelier'));
  });

  it('counts each facet with the other filter only (disjunctive)', async () => {
    const adapter = createMemoryAdapter({ products: twoBrands });
    const page = await adapter.listProducts(query({ category: 'mobilier', brand: 'Atelier' }), {
      facets: true,
    });
    // Atelier in mobilier: products 9 and 12.
    assert.equal(page.total, 2);
    // Categories within Atelier, whatever the category: 3, 2, 2, 1 (mobilier before epicerie
    // on the tie, the catalog's order).
    assert.deepEqual(
      page.facets?.categories.map((c) => [c.id, c.count]),
      [
        ['bureau', 3],
        ['mobilier', 2],
        ['epicerie', 2],
        ['livres', 1],
      ],
    );
    // Brands within mobilier, whatever the brand: Comptoir 4, Atelier 2.
    assert.deepEqual(page.facets?.brands, [
      { id: 'Comptoir', name: 'Comptoir', count: 4 },
      { id: 'Atelier', name: 'Atelier', count: 2 },
    ]);
    // Availability counts the 2 results: 12 is out of stock, 9 is not.
    assert.deepEqual(page.facets?.availability, { inStock: 1, outOfStock: 1 });
  });

  it('counts only what the search words match', async () => {
    const adapter = createMemoryAdapter({ products: twoBrands });
    const page = await adapter.listProducts(query({ text: 'bureau', brand: 'Atelier' }), {
      facets: true,
    });
    // "bureau" is in the names of 3 (agrafeuse), 6 (calculatrice), 8 (fauteuil), 9 (bureau
    // assis-debout) and 11 (lampe). Atelier among them: 3, 6 and 9.
    assert.equal(page.total, 3);
    assert.deepEqual(
      page.facets?.categories.map((c) => [c.id, c.count]),
      [
        ['bureau', 2],
        ['mobilier', 1],
      ],
    );
    // No category chosen, so brands count all five matches: Atelier 3, Comptoir 8 and 11 = 2.
    assert.deepEqual(
      page.facets?.brands.map((b) => [b.id, b.count]),
      [
        ['Atelier', 3],
        ['Comptoir', 2],
      ],
    );
    assert.deepEqual(page.facets?.availability, { inStock: 3, outOfStock: 0 });
  });

  it('gives, for every value, the total that filtering by it returns', async () => {
    const adapter = createMemoryAdapter({ products: twoBrands });
    const { facets } = await adapter.listProducts(query({ category: 'livres' }), { facets: true });
    for (const brand of facets!.brands) {
      const filtered = await adapter.listProducts(query({ category: 'livres', brand: brand.id }));
      assert.equal(filtered.total, brand.count, brand.name);
    }
    // Livres: Atelier 21 = 1, Comptoir 20, 22, 23 = 3.
    assert.deepEqual(
      facets!.brands.map((b) => [b.id, b.count]),
      [
        ['Comptoir', 3],
        ['Atelier', 1],
      ],
    );
  });
});
