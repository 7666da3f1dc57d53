import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { ProductDetail } from '../src/catalog/types.js';
import { productViews } from '../src/images/views.js';
import { startTestServer, type TestServer } from './helpers.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

const detail = async (id: string) =>
  (await server.call<ProductDetail>('GET', `/api/products/${id}`)).body;

/** The seed's product with an apostrophe in its name (a book). */
async function productNamed(name: string): Promise<string> {
  const [row] = await server.db.query<{ id: string }>('SELECT id FROM products WHERE name = $1', [
    name,
  ]);
  assert.ok(row, name);
  return row.id;
}

describe('the product gallery', () => {
  test('the detail lists the views, the front first at the summary’s URL', async () => {
    // FNV-1a("p-0001") = 0xcea90659: top byte 0xce = 206, even → 3 + 206 % 2 = 3 views.
    const product = await detail('p-0001');
    assert.deepEqual(product.images, [
      {
        url: '/images/products/p-0001.svg',
        alt: 'Stylo bille rétractable bleu — vue de face',
      },
      {
        url: '/images/products/p-0001.svg?view=detail',
        alt: 'Stylo bille rétractable bleu — détail',
      },
      {
        url: '/images/products/p-0001.svg?view=in-use',
        alt: 'Stylo bille rétractable bleu — en situation',
      },
    ]);
    assert.equal(product.images[0]!.url, product.imageUrl);
  });

  test('some products have a fourth view, their packaging', async () => {
    // FNV-1a("p-0002") = 0xcba901a0: top byte 0xcb = 203, odd → 3 + 203 % 2 = 4 views.
    const product = await detail('p-0002');
    assert.deepEqual(
      product.images?.map((image) => image.url),
      ['', '?view=detail', '?view=in-use', '?view=packaging'].map(
        (query) => `/images/products/p-0002.svg${query}`,
      ),
    );
    assert.equal(product.images![3]!.alt, `${product.name} — emballage`);
  });

  test('both gallery sizes occur across the catalogue', async () => {
    const ids = await server.db.query<{ id: string }>('SELECT id FROM products');
    const sizes = new Set(ids.map(({ id }) => productViews(id).length));
    assert.deepEqual([...sizes].sort(), [3, 4]);
  });

  test('every view is a distinct, cacheable SVG titled like its alt', async () => {
    const product = await detail('p-0002');
    const bodies: string[] = [];
    for (const image of product.images!) {
      const reply = await server.call('GET', image.url);
      assert.equal(reply.status, 200, image.url);
      assert.equal(reply.headers.get('Content-Type'), 'image/svg+xml; charset=utf-8');
      assert.equal(reply.headers.get('Cache-Control'), 'public, max-age=86400');
      assert.match(
        reply.text,
        /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 400 300"/,
      );
      assert.doesNotMatch(reply.text, /<script|href=/i);
      assert.equal((await server.call('GET', image.url)).text, reply.text, 'stable');
      bodies.push(reply.text);
    }
    // The front is titled by the name alone, like the card's picture; the others by their alt.
    const titles = bodies.map((svg) => /<title>([^<]*)<\/title>/.exec(svg)![1]);
    assert.deepEqual(titles, [product.name, ...product.images!.slice(1).map((image) => image.alt)]);
    // Drawn differently, not the same picture retitled: the bodies differ without their titles.
    const drawings = bodies.map((svg) => svg.replace(/<title>.*<\/title>|aria-label="[^"]*"/g, ''));
    assert.equal(new Set(drawings).size, 4);
  });

  test('a name with an apostrophe is escaped in the drawing, not in the alt', async () => {
    const id = await productNamed("L'art de la réunion efficace");
    const product = await detail(id);
    assert.equal(product.images![1]!.alt, "L'art de la réunion efficace — détail");
    const svg = (await server.call('GET', product.images![1]!.url)).text;
    assert.match(svg, /<title>L&#39;art de la réunion efficace — détail<\/title>/);
  });

  test('a view the product does not have, or an unknown one, is a JSON 404', async () => {
    // p-0001 has 3 views (see above): no packaging.
    for (const view of ['packaging', 'back', '']) {
      const reply = await server.call('GET', `/images/products/p-0001.svg?view=${view}`);
      assert.equal(reply.status, 404, view);
      assert.equal(reply.body.error.code, 'not_found');
    }
  });
});
