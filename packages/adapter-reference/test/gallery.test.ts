import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { isVitrineError } from '@vitrine/core';
import { createReferenceAdapter } from '../src/index.js';

/**
 * Recorded from the reference server on its demo seed (DATA_DIR=memory):
 * `curl http://127.0.0.1:8798/api/products/p-0002`.
 */
const recorded = JSON.parse(
  readFileSync(new URL('./fixtures/product-p-0002.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

function adapterAnswering(body: unknown) {
  return createReferenceAdapter({
    baseUrl: 'https://shop.example/',
    fetch: async () => Response.json(body),
  });
}

describe('reference adapter: product gallery', () => {
  it('maps the detail’s images to absolute URLs, in order, with their alt', async () => {
    const product = await adapterAnswering(recorded).getProduct('p-0002');
    // The recording lists 4 views of "Stylo bille rétractable noir", the front first.
    assert.deepEqual(product.images, [
      {
        url: 'https://shop.example/images/products/p-0002.svg',
        alt: 'Stylo bille rétractable noir — vue de face',
      },
      {
        url: 'https://shop.example/images/products/p-0002.svg?view=detail',
        alt: 'Stylo bille rétractable noir — détail',
      },
      {
        url: 'https://shop.example/images/products/p-0002.svg?view=in-use',
        alt: 'Stylo bille rétractable noir — en situation',
      },
      {
        url: 'https://shop.example/images/products/p-0002.svg?view=packaging',
        alt: 'Stylo bille rétractable noir — emballage',
      },
    ]);
    assert.equal(product.imageUrl, product.images![0]!.url);
  });

  it('leaves images out when a server sends none: the summary’s picture stands alone', async () => {
    const { images: _images, ...older } = recorded;
    const product = await adapterAnswering(older).getProduct('p-0002');
    assert.equal(product.images, undefined);
    assert.equal(product.imageUrl, 'https://shop.example/images/products/p-0002.svg');
  });

  it('refuses an image without alt as an invalid response', async () => {
    const images = [{ url: '/images/products/p-0002.svg' }];
    await assert.rejects(
      adapterAnswering({ ...recorded, images }).getProduct('p-0002'),
      (error) => isVitrineError(error) && error.code === 'invalid-response',
    );
  });

  it('keeps summaries in a list without images', async () => {
    const list = JSON.parse(
      readFileSync(new URL('./fixtures/products-calame.json', import.meta.url), 'utf8'),
    );
    const page = await adapterAnswering(list).listProducts({
      text: 'calame',
      category: '',
      sort: 'relevance',
      page: 1,
      pageSize: 2,
    });
    assert.ok(page.items.length > 0);
    for (const item of page.items) assert.equal('images' in item, false, item.id);
  });
});
