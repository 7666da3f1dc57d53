import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { ProductPage, Suggestions } from '../src/catalog/types.js';
import { variantProductSearchText } from '../src/seed/variants.js';
import { startTestServer, type TestServer } from './helpers.js';

/*
 * Searching the seeded reference catalog for variants (seed/variant-data.ts): the safety shoes
 * p-0265 (VT-10265, sizes 38 … 46, SKUs VT-10265-38 … VT-10265-46) and the visitor chair p-0268
 * (VT-10268: Anthracite, Bleu pétrole, Rouge brique; one chair or a lot of 4, no red lot of 4).
 */
const SHOES = 'p-0265';
const CHAIR = 'p-0268';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

const search = async (q: string): Promise<string[]> => {
  const reply = await server.call<ProductPage>(
    'GET',
    `/api/products?q=${encodeURIComponent(q)}&pageSize=100`,
  );
  assert.equal(reply.status, 200, reply.text);
  return reply.body.items.map((p) => p.id);
};

describe('searching for a variant', () => {
  test('a variant’s SKU finds its product, in any case', async () => {
    assert.deepEqual(await search('VT-10265-42'), [SHOES]);
    assert.deepEqual(await search('vt-10268-ble-4'), [CHAIR]);
    // The product's own SKU still finds it; a SKU no variant has finds nothing.
    assert.deepEqual(await search('VT-10265'), [SHOES]);
    assert.deepEqual(await search('VT-10265-47'), []);
    // The red chair comes one at a time: there is no VT-10268-ROU-4.
    assert.deepEqual(await search('VT-10268-ROU-4'), []);
  });

  test('a size or colour in the words finds the product that comes in it', async () => {
    assert.deepEqual(await search('baskets pointure 42'), [SHOES]);
    assert.deepEqual(await search('chaise bleu pétrole'), [CHAIR]);
    assert.deepEqual(await search('CHAISE ROUGE'), [CHAIR]);
    // Shoes come in 38 … 46 only.
    assert.deepEqual(await search('baskets pointure 47'), []);
  });

  test('the search box suggests the product for a variant’s SKU', async () => {
    const reply = await server.call<Suggestions>('GET', '/api/suggestions?q=VT-10265-42');
    assert.equal(reply.status, 200, reply.text);
    assert.deepEqual(
      reply.body.products.map((p) => [p.id, p.sku]),
      [[SHOES, 'VT-10265']],
    );
  });
});

describe('the search text of a product with variants', () => {
  test('is the product’s, then each variant’s SKU, then each word of their names once', () => {
    const text = variantProductSearchText(
      { name: 'Chaise visiteur empilable', brand: 'Nordlys Bureau', sku: 'VT-10268' },
      [
        { sku: 'VT-10268-ANT-1', name: 'Anthracite, à l’unité' },
        { sku: 'VT-10268-ANT-4', name: 'Anthracite, lot de 4' },
      ],
    );
    assert.equal(
      text,
      'chaise visiteur empilable nordlys bureau vt-10268 vt-10268-ant-1 vt-10268-ant-4 ' +
        "anthracite, a l'unite lot de 4",
    );
  });
});
