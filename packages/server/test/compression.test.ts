import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { startTestServer, type TestServer } from './helpers.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

const get = (path: string, encoding?: string) =>
  server.app.fetch(
    new Request(`http://shop.test${path}`, {
      headers: encoding ? { 'accept-encoding': encoding } : {},
    }),
  );

describe('compressed API answers', () => {
  test('a page of products travels gzipped to a client that takes it, and reads the same', async () => {
    const plain = await get('/api/products?pageSize=24');
    const plainText = await plain.text();
    assert.equal(plain.headers.get('content-encoding'), null, 'no Accept-Encoding: as it is');

    const zipped = await get('/api/products?pageSize=24', 'gzip, deflate, br');
    assert.equal(zipped.status, 200);
    assert.equal(zipped.headers.get('content-encoding'), 'gzip');
    assert.match(zipped.headers.get('vary') ?? '', /accept-encoding/i);
    const bytes = Buffer.from(await zipped.arrayBuffer());
    assert.deepEqual(JSON.parse(gunzipSync(bytes).toString('utf8')), JSON.parse(plainText));
    assert.ok(
      bytes.byteLength * 3 < Buffer.byteLength(plainText),
      `${bytes.byteLength} bytes gzipped for ${Buffer.byteLength(plainText)}`,
    );
  });

  test('errors are compressed the same way', async () => {
    const missing = await get('/api/products/no-such-product', 'gzip');
    assert.equal(missing.status, 404);
    assert.equal(missing.headers.get('content-encoding'), 'gzip');
    const body = JSON.parse(gunzipSync(Buffer.from(await missing.arrayBuffer())).toString()) as {
      error: { code: string };
    };
    assert.equal(body.error.code, 'not_found');
  });

  test('product pictures (SVG) are compressed too', async () => {
    const picture = await get('/images/products/p-0001.svg', 'gzip');
    assert.equal(picture.status, 200);
    assert.equal(picture.headers.get('content-encoding'), 'gzip');
    const svg = gunzipSync(Buffer.from(await picture.arrayBuffer())).toString('utf8');
    assert.match(svg, /^<svg[\s>]/);
  });
});
