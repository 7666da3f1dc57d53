import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { DEFAULT_QUERY, isVitrineError, supportsFilter, type CatalogQuery } from '@vitrine/core';
import { createReferenceAdapter } from '../src/index.js';

/**
 * Answers recorded from the reference server on its demo seed (DATA_DIR=memory):
 * `products-office-a4-in-stock-facets` is
 * `GET /api/products?sort=rating&page=1&pageSize=3&category=fournitures-de-bureau&inStock=true&spec.Format=A4&facets=true`;
 * `products-office-calame-facets` comes from a server that counted no sellers, prices or specs.
 */
const recorded = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8'));

function stubFetch(body: unknown) {
  const urls: URL[] = [];
  const fetch: typeof globalThis.fetch = async (input) => {
    urls.push(new URL(input instanceof Request ? input.url : String(input)));
    return Response.json(body);
  };
  return { fetch, urls };
}

const officeA4: CatalogQuery = {
  ...DEFAULT_QUERY,
  category: 'fournitures-de-bureau',
  inStock: true,
  specs: { Format: 'A4' },
  sort: 'rating',
  pageSize: 3,
};

describe('reference adapter: sellers, stock, price and specification filters', () => {
  it('declares the filters and the rating sort', () => {
    const { capabilities } = createReferenceAdapter({ baseUrl: 'https://shop.example/' });
    for (const filter of ['seller', 'in-stock', 'price', 'specs'] as const) {
      assert.equal(supportsFilter(capabilities, filter), true, filter);
    }
    assert.ok(capabilities.sorts.includes('rating'));
  });

  it('sends every filter: TTC bounds in minor units, one spec.<name> parameter per specification', async () => {
    const { fetch, urls } = stubFetch(recorded('products-office-a4-in-stock-facets'));
    const adapter = createReferenceAdapter({ baseUrl: 'https://shop.example/', fetch });
    await adapter.listProducts(
      {
        ...officeA4,
        seller: 's-01',
        price: { min: 150, max: 2_000, includesTax: true },
        specs: { Format: 'A4', "Couleur d'encre": 'Bleu', Pointe: '0,7 mm', Vide: '' },
      },
      { facets: true },
    );
    const params = urls[0]!.searchParams;
    assert.deepEqual(Object.fromEntries(params), {
      sort: 'rating',
      page: '1',
      pageSize: '3',
      category: 'fournitures-de-bureau',
      seller: 's-01',
      inStock: 'true',
      priceMin: '150',
      priceMax: '2000',
      priceIncludesTax: 'true',
      'spec.Format': 'A4',
      "spec.Couleur d'encre": 'Bleu',
      'spec.Pointe': '0,7 mm',
      facets: 'true',
    });
  });

  it('sends HT bounds without the TTC flag, and nothing for a range without bounds', async () => {
    const { fetch, urls } = stubFetch(recorded('products-calame'));
    const adapter = createReferenceAdapter({ baseUrl: 'https://shop.example/', fetch });
    await adapter.listProducts({ ...DEFAULT_QUERY, price: { max: 990, includesTax: false } });
    await adapter.listProducts({ ...DEFAULT_QUERY, price: { includesTax: true }, inStock: false });
    assert.equal(urls[0]!.searchParams.get('priceMax'), '990');
    for (const name of ['priceMin', 'priceIncludesTax']) {
      assert.equal(urls[0]!.searchParams.has(name), false, name);
    }
    assert.deepEqual([...urls[1]!.searchParams.keys()], ['sort', 'page', 'pageSize']);
  });

  it('maps the recorded counts: sellers by id, price bounds both ways, specification values with units', async () => {
    const { fetch } = stubFetch(recorded('products-office-a4-in-stock-facets'));
    const adapter = createReferenceAdapter({ baseUrl: 'https://shop.example/', fetch });
    const page = await adapter.listProducts(officeA4, { facets: true });
    // 6 office products in A4 and in stock, 3 a page.
    assert.equal(page.total, 6);
    // Sellers ignore their own filter: their products among the 6 (a product can have several
    // sellers: 5 + 3 + 3 = 11 offers for 6 products).
    assert.deepEqual(page.facets?.sellers, [
      { id: 's-04', name: 'Net & Clair Hygiène', count: 5 },
      { id: 's-01', name: 'Bureau Plus', count: 3 },
      { id: 's-02', name: 'Papeterie Lyonnaise', count: 3 },
    ]);
    // Availability ignores the in-stock filter: 6 in stock + 0 out = the 6 results.
    assert.deepEqual(page.facets?.availability, { inStock: 6, outOfStock: 0 });
    // From 1,39 € to 4,89 € HT; TTC at 20 %: 139 + 27,8 → 167 and 489 + 97,8 → 587.
    assert.deepEqual(page.facets?.price, {
      currency: 'EUR',
      exclTax: { min: 139, max: 489 },
      inclTax: { min: 167, max: 587 },
    });
    // The chosen Format keeps its other values (it ignores its own filter): A4 counts the 6.
    const [format, capacity, spine] = page.facets!.specs!;
    assert.equal(format!.name, 'Format');
    assert.deepEqual(format!.values.slice(0, 2), [
      { id: 'A4', name: 'A4', count: 6 },
      { id: '21 × 29,7 cm', name: '21 × 29,7 cm', count: 4 },
    ]);
    // The value is the text with its unit: what the filter takes back.
    assert.deepEqual(capacity, {
      name: 'Capacité',
      values: [
        { id: '350 feuilles', name: '350 feuilles', count: 2 },
        { id: '600 feuilles', name: '600 feuilles', count: 2 },
      ],
    });
    assert.equal(spine!.name, 'Largeur du dos');
  });

  it('maps the rating: best rated first, unrated products without one', async () => {
    const { fetch } = stubFetch(recorded('products-office-a4-in-stock-facets'));
    const adapter = createReferenceAdapter({ baseUrl: 'https://shop.example/', fetch });
    const { items } = await adapter.listProducts(officeA4);
    // One review of 5 stars for the binder; then, unrated, by name.
    assert.deepEqual(
      items.map((item) => [item.name, item.rating]),
      [
        ['Classeur à levier dos 50 mm vert', { average: 5, count: 1 }],
        ['Cahier piqûre 96 pages A4 grands carreaux', undefined],
        ['Cahier piqûre 96 pages A4 ligné', undefined],
      ],
    );
    assert.equal('rating' in items[1]!, false);
  });

  it('reads a server that counts no sellers, prices or specifications', async () => {
    const { fetch } = stubFetch(recorded('products-office-calame-facets'));
    const adapter = createReferenceAdapter({ baseUrl: 'https://shop.example/', fetch });
    const { facets } = await adapter.listProducts(DEFAULT_QUERY, { facets: true });
    assert.deepEqual(Object.keys(facets!).sort(), ['availability', 'brands', 'categories']);
  });

  it('rejects price bounds the wrong way round as an invalid response', async () => {
    const body = recorded('products-office-a4-in-stock-facets') as {
      facets: { price: { inclTax: { min: number } } };
    };
    body.facets.price.inclTax.min = 600;
    const { fetch } = stubFetch(body);
    const adapter = createReferenceAdapter({ baseUrl: 'https://shop.example/', fetch });
    await assert.rejects(
      adapter.listProducts(officeA4, { facets: true }),
      (error) => isVitrineError(error) && error.code === 'invalid-response',
    );
  });
});
