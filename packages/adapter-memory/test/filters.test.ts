import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_QUERY, supportsFilter, type CatalogQuery } from '@vitrine/core';
import { createMemoryAdapter, sampleProducts } from '../src/index.js';

const query = (change: Partial<CatalogQuery>): CatalogQuery => ({
  ...DEFAULT_QUERY,
  pageSize: 100,
  ...change,
});
const adapter = createMemoryAdapter({ products: sampleProducts });
/**
 * The sample products' numbers (index + 1, "p-0007" → 7) of a page, in its order: without a
 * search, relevance lists by name, as the reference server does.
 */
const numbers = (items: readonly { id: string }[]) => items.map((item) => Number(item.id.slice(2)));

/*
 * The sample catalog (sample-catalog.ts) by index: 0–7 bureau, 8–13 mobilier (20 % VAT),
 * 14–19 epicerie, 20–23 livres (5.5 %). Product i has 1 + i % 3 offers, the n-th from seller
 * (i + n) % 3 of Bureau Plus, Papeterie Lyonnaise, Comptoir du Sud: i % 3 = 0 → Bureau Plus
 * alone, 1 → Papeterie and Comptoir, 2 → all three. Only product 12 (index) is out of stock.
 */
describe('memory adapter: sellers, stock, price and specification filters', () => {
  it('declares the filters and the rating sort', () => {
    for (const filter of ['seller', 'in-stock', 'price', 'specs'] as const) {
      assert.equal(supportsFilter(adapter.capabilities, filter), true, filter);
    }
    assert.ok(adapter.capabilities.sorts.includes('rating'));
  });

  it('counts a product under every seller offering it, and filters by seller', async () => {
    const all = await adapter.listProducts(query({}), { facets: true });
    // Each seller: 8 products of its own kind + the 8 that every seller offers = 16; a tie,
    // so by name.
    assert.deepEqual(all.facets?.sellers, [
      { id: 's-bureau-plus', name: 'Bureau Plus', count: 16 },
      { id: 's-comptoir', name: 'Comptoir du Sud', count: 16 },
      { id: 's-papeterie', name: 'Papeterie Lyonnaise', count: 16 },
    ]);
    // Bureau Plus in "bureau": indexes 0, 3, 6 (alone) and 2, 5 (with the others); by name
    // Agrafeuse (3), Calculatrice (6), Classeur (2), Ramette (0), Surligneurs (5).
    const page = await adapter.listProducts(
      query({ category: 'bureau', seller: 's-bureau-plus' }),
      { facets: true },
    );
    assert.deepEqual(numbers(page.items), [4, 7, 3, 1, 6]);
    assert.ok(page.items.every((item) => item.category?.id === 'bureau'));
    // The seller facet ignores its own filter: the 8 office products are 3 + 3 + 2 by kind,
    // so 3 + 2 = 5 for each seller.
    assert.deepEqual(
      page.facets?.sellers?.map((s) => s.count),
      [5, 5, 5],
    );
  });

  it('keeps the products in stock; availability ignores that filter', async () => {
    const page = await adapter.listProducts(query({ inStock: true }), { facets: true });
    // 24 − product 12 (Manutan's shelf) = 23.
    assert.equal(page.total, 23);
    assert.ok(!numbers(page.items).includes(13));
    assert.deepEqual(page.facets?.availability, { inStock: 23, outOfStock: 1 });
    // Mobilier counts 6 − 1 within the stock filter.
    assert.equal(page.facets?.categories.find((c) => c.id === 'mobilier')?.count, 5);
  });

  it('bounds the prices of the results, HT and TTC', async () => {
    const { facets } = await adapter.listProducts(query({}), { facets: true });
    // Cheapest best offer: the spiral notebook's second offer, 2,45 € + 0,37 € = 282 HT (its
    // first offer is out of stock); TTC 282 + 56,4 → 338. Dearest: the desk, 649,00 € HT,
    // 649,00 + 129,80 = 778,80 € TTC.
    assert.deepEqual(facets?.price, {
      currency: 'EUR',
      exclTax: { min: 282, max: 64_900 },
      inclTax: { min: 338, max: 77_880 },
    });
  });

  it('filters by price HT or TTC, each product at its own VAT rate', async () => {
    // HT from 5,00 to 10,00 €: ramette 549, surligneurs 612, sablés 545, traité 890; by name
    // Petit traité, Ramette, Sablés, Surligneurs.
    const excl = await adapter.listProducts(
      query({ price: { min: 500, max: 1_000, includesTax: false } }),
      { facets: true },
    );
    assert.deepEqual(numbers(excl.items), [24, 1, 19, 6]);
    // TTC from 6,00 to 10,00 €: ramette 549 + 109,8 → 659 and surligneurs 612 + 122,4 → 734 at
    // 20 %, traité 890 + 48,95 → 939 at 5.5 %; the sablés are 545 + 29,975 → 575, under.
    const incl = await adapter.listProducts(
      query({ price: { min: 600, max: 1_000, includesTax: true } }),
      { facets: true },
    );
    assert.deepEqual(numbers(incl.items), [24, 1, 6]);
    // The price facet ignores its own filter.
    assert.deepEqual(incl.facets?.price?.exclTax, { min: 282, max: 64_900 });
    // One bound only; no bound at all is no filter.
    const under = await adapter.listProducts(query({ price: { max: 339, includesTax: true } }));
    assert.deepEqual(numbers(under.items), [5]);
    const none = await adapter.listProducts(query({ price: { includesTax: true } }));
    assert.equal(none.total, 24);
  });

  it('counts specifications within a category only, the telling ones first', async () => {
    const all = await adapter.listProducts(query({}), { facets: true });
    assert.deepEqual(all.facets?.specs, []);
    const furniture = await adapter.listProducts(query({ category: 'mobilier' }), {
      facets: true,
    });
    // Garantie: 2 ans (10, 11, 13), 5 ans (8, 9), 10 ans (12): 3 + 2 products share a value.
    // Matière: Métal (10, 12) only is shared: 2. Marque and Référence differ for every product.
    assert.deepEqual(furniture.facets?.specs, [
      {
        name: 'Garantie',
        values: [
          { id: '2 ans', name: '2 ans', count: 3 },
          { id: '5 ans', name: '5 ans', count: 2 },
          { id: '10 ans', name: '10 ans', count: 1 },
        ],
      },
      {
        name: 'Matière',
        values: [
          { id: 'Métal', name: 'Métal', count: 2 },
          { id: 'Acier émaillé', name: 'Acier émaillé', count: 1 },
          { id: 'Aluminium', name: 'Aluminium', count: 1 },
          { id: 'Bois', name: 'Bois', count: 1 },
          { id: 'Tissu', name: 'Tissu', count: 1 },
        ],
      },
    ]);
  });

  it('combines specifications with AND; a chosen one keeps its other values', async () => {
    const page = await adapter.listProducts(
      query({ category: 'mobilier', specs: { Garantie: '2 ans', Matière: 'Métal' } }),
      { facets: true },
    );
    // 2 ans: 10, 11, 13; Métal: 10, 12 → the caisson (index 10).
    assert.deepEqual(numbers(page.items), [11]);
    // Categories count without the specifications, which a new category drops: 8, 6, 6, 4.
    assert.deepEqual(
      page.facets?.categories.map((c) => c.count),
      [8, 6, 6, 4],
    );
    // Garantie counts within Métal (10: 2 ans, 12: 10 ans), Matière within 2 ans (10, 11, 13).
    assert.deepEqual(page.facets?.specs, [
      {
        name: 'Garantie',
        values: [
          { id: '10 ans', name: '10 ans', count: 1 },
          { id: '2 ans', name: '2 ans', count: 1 },
        ],
      },
      {
        name: 'Matière',
        values: [
          { id: 'Acier émaillé', name: 'Acier émaillé', count: 1 },
          { id: 'Aluminium', name: 'Aluminium', count: 1 },
          { id: 'Métal', name: 'Métal', count: 1 },
        ],
      },
    ]);
  });

  it('plays a backend with fewer filters: declares, applies and counts only those', async () => {
    const fewer = createMemoryAdapter({ products: sampleProducts, filters: ['in-stock'] });
    assert.deepEqual(fewer.capabilities.filters, ['in-stock']);
    const page = await fewer.listProducts(
      query({ seller: 's-comptoir', inStock: true, price: { max: 100, includesTax: false } }),
      { facets: true },
    );
    // Only the stock filter applies: 23 of the 24; seller and price are ignored.
    assert.equal(page.total, 23);
    assert.deepEqual(Object.keys(page.facets!).sort(), ['availability', 'brands', 'categories']);
  });

  it('sorts by rating: best average, then most reviews, then name; unrated last', async () => {
    const { items } = await adapter.listProducts(query({ sort: 'rating' }));
    assert.deepEqual(
      items.slice(0, 9).map((item) => [item.name, item.rating?.average, item.rating?.count]),
      [
        // 4.8 with 9 reviews each: by name.
        ['Bureau assis-debout 160 × 80', 4.8, 9],
        ['Fauteuil de bureau ergonomique Lyon', 4.8, 9],
        ['Café grains Éthiopie Moka 1 kg', 4.7, 21],
        // 4.5: 12 reviews before 4.
        ['Ramette papier A4 80 g', 4.5, 12],
        ['Agrafeuse de bureau métal', 4.5, 4],
        ['Stylo bille Cristal bleu (lot de 10)', 4.2, 30],
        ['Guide de la TVA 2026', 4.1, 3],
        ['Le Commerce B2B expliqué', 3.9, 7],
        ['Cahier spirale 24 × 32 cm', undefined, undefined],
      ],
    );
  });
});
