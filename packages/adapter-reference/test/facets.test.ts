import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { DEFAULT_QUERY, isVitrineError } from '@vitrine/core';
import { createReferenceAdapter } from '../src/index.js';

/**
 * Answers recorded from the reference server on its demo seed (DATA_DIR=memory), e.g.
 * `curl 'http://127.0.0.1:8795/api/products?sort=relevance&page=1&pageSize=2&…&facets=true'`.
 */
const recorded = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8'));

/** A fetch that answers `body` and remembers the URLs asked for. */
function stubFetch(body: unknown) {
  const urls: URL[] = [];
  const fetch: typeof globalThis.fetch = async (input) => {
    urls.push(new URL(input instanceof Request ? input.url : String(input)));
    return Response.json(body);
  };
  return { fetch, urls };
}

const officeCalame = { ...DEFAULT_QUERY, category: 'fournitures-de-bureau', brand: 'Calame' };

describe('reference adapter: facets', () => {
  it('declares facets', () => {
    const adapter = createReferenceAdapter({ baseUrl: 'https://shop.example/' });
    assert.equal(adapter.capabilities.facets, true);
  });

  it('sends the brand and asks for facets when told to', async () => {
    const { fetch, urls } = stubFetch(recorded('products-office-calame-facets'));
    const adapter = createReferenceAdapter({ baseUrl: 'https://shop.example/', fetch });
    await adapter.listProducts({ ...officeCalame, pageSize: 2 }, { facets: true });
    assert.equal(urls.length, 1);
    assert.equal(urls[0]!.pathname, '/api/products');
    assert.equal(urls[0]!.searchParams.get('category'), 'fournitures-de-bureau');
    assert.equal(urls[0]!.searchParams.get('brand'), 'Calame');
    assert.equal(urls[0]!.searchParams.get('facets'), 'true');
  });

  it('leaves out the brand when none is chosen, and facets when not asked for', async () => {
    const { fetch, urls } = stubFetch(recorded('products-calame'));
    const adapter = createReferenceAdapter({ baseUrl: 'https://shop.example/', fetch });
    await adapter.listProducts({ ...DEFAULT_QUERY, brand: '' });
    assert.equal(urls[0]!.searchParams.has('brand'), false);
    assert.equal(urls[0]!.searchParams.has('facets'), false);
  });

  it('maps the counts: category id = slug, brand id = brand name', async () => {
    const { fetch } = stubFetch(recorded('products-office-calame-facets'));
    const adapter = createReferenceAdapter({ baseUrl: 'https://shop.example/', fetch });
    const page = await adapter.listProducts({ ...officeCalame, pageSize: 2 }, { facets: true });
    // The server answered 7 products (Calame's, all in "Fournitures de bureau"), 2 a page.
    assert.equal(page.total, 7);
    assert.deepEqual(
      page.items.map((item) => item.brand),
      ['Calame', 'Calame'],
    );
    // Categories ignore their own filter: Calame's 7 products, all in one category.
    assert.deepEqual(page.facets?.categories, [
      { id: 'fournitures-de-bureau', name: 'Fournitures de bureau', count: 7 },
    ]);
    // Brands ignore theirs: the brands of the category, most frequent first. Their counts add
    // up to the category's products: 8 + 7 + 6 + 5 + 4 + 4 = 34 (its productCount on the server).
    assert.deepEqual(page.facets?.brands, [
      { id: 'Atelier Dauphine', name: 'Atelier Dauphine', count: 8 },
      { id: 'Calame', name: 'Calame', count: 7 },
      { id: 'Rivoli Bureau', name: 'Rivoli Bureau', count: 6 },
      { id: 'Plume & Cie', name: 'Plume & Cie', count: 5 },
      { id: 'Ligne Claire', name: 'Ligne Claire', count: 4 },
      { id: 'Papeteries du Rhône', name: 'Papeteries du Rhône', count: 4 },
    ]);
    // Availability counts the results themselves: 7 in stock + 0 out of stock = total 7.
    assert.deepEqual(page.facets?.availability, { inStock: 7, outOfStock: 0 });
  });

  it('adds no facets to a page that has none', async () => {
    const { fetch } = stubFetch(recorded('products-calame'));
    const adapter = createReferenceAdapter({ baseUrl: 'https://shop.example/', fetch });
    const page = await adapter.listProducts({ ...DEFAULT_QUERY, brand: 'Calame', pageSize: 2 });
    assert.equal(page.total, 7);
    assert.equal('facets' in page, false);
  });

  it('rejects counts it cannot read as an invalid response', async () => {
    const body = recorded('products-office-calame-facets') as {
      facets: { brands: { count: unknown }[] };
    };
    body.facets.brands[0]!.count = -1;
    const { fetch } = stubFetch(body);
    const adapter = createReferenceAdapter({ baseUrl: 'https://shop.example/', fetch });
    await assert.rejects(
      adapter.listProducts(officeCalame, { facets: true }),
      (error) => isVitrineError(error) && error.code === 'invalid-response',
    );
  });
});
