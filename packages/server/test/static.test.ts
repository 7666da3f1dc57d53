import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import type { AppEnv } from '../src/http/env.js';
import { createApp } from '../src/app.js';
import { chooseEncoding, MIN_COMPRESSED_SIZE, staticFiles } from '../src/static.js';
import { startTestServer, type TestServer } from './helpers.js';

let server: TestServer;
let base: string;
let root: string;
let app: Hono<AppEnv>;

/** Text that compresses as a script does: repeated words, some variety. */
function script(lines: number, seed = 'vt'): string {
  return Array.from(
    { length: lines },
    (_, i) => `export const ${seed}${i} = (price) => formatMoney(price, 'fr-FR', ${i % 7});\n`,
  ).join('');
}

const FILES = {
  'vitrine.js': script(400),
  'index.html': `<!doctype html><html lang="fr"><title>Demo</title><body>${'<p>Café</p>'.repeat(300)}</body></html>`,
  'site.css': '.card { color: var(--vt-color-text); }\n'.repeat(100),
  'data.json': JSON.stringify(Array.from({ length: 100 }, (_, i) => ({ id: i, name: `p-${i}` }))),
  'logo.svg': `<svg xmlns="http://www.w3.org/2000/svg">${'<rect width="1" height="1"/>'.repeat(60)}</svg>`,
  'vitrine.js.map': JSON.stringify({
    version: 3,
    sources: ['a.ts'],
    mappings: 'AAAA;'.repeat(500),
  }),
  'notes.txt': 'Vitrine demo\n'.repeat(200),
  'tiny.js': 'export {};',
} as const;

before(async () => {
  server = await startTestServer();
  base = await mkdtemp(join(tmpdir(), 'vitrine-static-compression-'));
  root = join(base, 'site');
  await mkdir(join(root, 'docs'), { recursive: true });
  for (const [name, text] of Object.entries(FILES)) await writeFile(join(root, name), text);
  await writeFile(join(root, 'docs', 'index.html'), FILES['index.html']);
  // Random bytes: a PNG's worth of data that no compressor makes smaller.
  await writeFile(join(root, 'photo.png'), randomBytes(4096));
  await writeFile(join(root, 'random.txt'), randomBytes(4096));
  await writeFile(join(base, 'secret.js'), script(100, 'secret'));
  await symlink(join(base, 'secret.js'), join(root, 'link.js'));
  app = createApp({ db: server.db, staticDir: root });
});
after(async () => {
  await rm(base, { recursive: true, force: true });
  await server.close();
});

const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
  app.request(path, { method, headers });

function decode(body: Buffer, encoding: string | null): Buffer {
  if (encoding === 'br') return brotliDecompressSync(body);
  if (encoding === 'gzip') return gunzipSync(body);
  assert.equal(encoding, null);
  return body;
}

describe('choosing the encoding', () => {
  test('brotli when accepted, else gzip, else none; a weight of 0 refuses', () => {
    assert.equal(chooseEncoding('gzip, deflate, br, zstd'), 'br');
    assert.equal(chooseEncoding('gzip;q=1.0, br;q=0.5'), 'br');
    assert.equal(chooseEncoding('gzip, deflate'), 'gzip');
    assert.equal(chooseEncoding('br;q=0, gzip'), 'gzip');
    assert.equal(chooseEncoding('BR'), 'br');
    assert.equal(chooseEncoding('*'), 'br');
    assert.equal(chooseEncoding('*, br;q=0'), 'gzip');
    assert.equal(chooseEncoding('x-gzip'), 'gzip');
    assert.equal(chooseEncoding('deflate'), 'identity');
    assert.equal(chooseEncoding('identity'), 'identity');
    assert.equal(chooseEncoding(''), 'identity');
    assert.equal(chooseEncoding(undefined), 'identity');
  });
});

describe('compressed static files', () => {
  const CASES = [
    ['br, gzip', 'br'],
    ['gzip, deflate', 'gzip'],
    ['', null],
  ] as const;

  test('every text file decodes to the file, with the right headers for br, gzip and none', async () => {
    const paths = Object.keys(FILES).filter((name) => name !== 'tiny.js');
    for (const name of paths) {
      const file = await readFile(join(root, name));
      assert.ok(file.byteLength >= MIN_COMPRESSED_SIZE, `${name} is large enough to compress`);
      const etags = new Set<string>();
      for (const [accept, encoding] of CASES) {
        const response = await get(`/${name}`, { 'Accept-Encoding': accept });
        const body = Buffer.from(await response.arrayBuffer());
        const what = `${name} with "${accept}"`;
        assert.equal(response.status, 200, what);
        assert.equal(response.headers.get('Content-Encoding'), encoding, what);
        assert.equal(response.headers.get('Vary'), 'Accept-Encoding', what);
        assert.equal(response.headers.get('Cache-Control'), 'no-cache', what);
        assert.equal(response.headers.get('Content-Length'), String(body.byteLength), what);
        assert.ok(decode(body, encoding).equals(file), `${what}: decoded body equals the file`);
        if (encoding !== null) assert.ok(body.byteLength < file.byteLength, `${what} is smaller`);
        etags.add(response.headers.get('ETag')!);
      }
      assert.equal(etags.size, 3, `${name}: one ETag per encoding`);
    }
  });

  test('keeps the content types of today', async () => {
    for (const [path, type] of [
      ['/', 'text/html; charset=utf-8'],
      ['/docs', 'text/html; charset=utf-8'],
      ['/vitrine.js', 'text/javascript; charset=utf-8'],
      ['/site.css', 'text/css; charset=utf-8'],
      ['/data.json', 'application/json; charset=utf-8'],
      ['/vitrine.js.map', 'application/json; charset=utf-8'],
      ['/logo.svg', 'image/svg+xml'],
      ['/notes.txt', 'text/plain; charset=utf-8'],
    ] as const) {
      const response = await get(path, { 'Accept-Encoding': 'br' });
      assert.equal(response.headers.get('Content-Type'), type, path);
      assert.equal(response.headers.get('Content-Encoding'), 'br', path);
      assert.equal(response.headers.get('X-Content-Type-Options'), 'nosniff', path);
    }
  });

  test('sends tiny files, images and what does not shrink as they are, without Vary', async () => {
    for (const name of ['tiny.js', 'photo.png', 'random.txt']) {
      const file = await readFile(join(root, name));
      const response = await get(`/${name}`, { 'Accept-Encoding': 'br, gzip' });
      const body = Buffer.from(await response.arrayBuffer());
      assert.equal(response.headers.get('Content-Encoding'), null, name);
      assert.ok(body.equals(file), name);
      assert.equal(response.headers.get('Content-Length'), String(file.byteLength), name);
    }
    assert.equal((await get('/tiny.js', { 'Accept-Encoding': 'br' })).headers.get('Vary'), null);
    assert.equal((await get('/photo.png', { 'Accept-Encoding': 'br' })).headers.get('Vary'), null);
    // random.txt is eligible, so its answer depends on Accept-Encoding even when sent as is.
    const random = await get('/random.txt', { 'Accept-Encoding': 'br' });
    assert.equal(random.headers.get('Vary'), 'Accept-Encoding');
  });

  test('HEAD answers the headers GET does, without a body', async () => {
    for (const [accept] of CASES) {
      for (const path of ['/vitrine.js', '/tiny.js', '/photo.png']) {
        const got = await get(path, { 'Accept-Encoding': accept });
        const head = await get(path, { 'Accept-Encoding': accept }, 'HEAD');
        assert.equal(head.status, 200);
        assert.deepEqual(
          Object.fromEntries(head.headers),
          Object.fromEntries(got.headers),
          `${path} "${accept}"`,
        );
        assert.equal((await head.arrayBuffer()).byteLength, 0);
      }
    }
  });

  test('answers 304 to its own ETag, per encoding', async () => {
    for (const [accept, encoding] of CASES) {
      const first = await get('/vitrine.js', { 'Accept-Encoding': accept });
      const etag = first.headers.get('ETag')!;
      for (const [method, ifNoneMatch] of [
        ['GET', etag],
        ['HEAD', etag],
        ['GET', `W/${etag}`],
        ['GET', `"other", ${etag}`],
        ['GET', '*'],
      ] as const) {
        const again = await get(
          '/vitrine.js',
          { 'Accept-Encoding': accept, 'If-None-Match': ifNoneMatch },
          method,
        );
        const what = `${method} "${accept}" If-None-Match: ${ifNoneMatch}`;
        assert.equal(again.status, 304, what);
        assert.equal(again.headers.get('ETag'), etag, what);
        assert.equal(again.headers.get('Vary'), 'Accept-Encoding', what);
        assert.equal(again.headers.get('Cache-Control'), 'no-cache', what);
        assert.equal(again.headers.get('Content-Encoding'), null, what);
        assert.equal((await again.arrayBuffer()).byteLength, 0, what);
      }
      // The same ETag does not stand for another encoding of the file.
      const other = encoding === 'br' ? 'gzip' : 'br';
      const changed = await get('/vitrine.js', { 'Accept-Encoding': other, 'If-None-Match': etag });
      assert.equal(changed.status, 200, `${other} against the ETag of ${String(encoding)}`);
    }
  });

  test('compresses a file once per version: same size and time, same body; a new time, a new one', async () => {
    const path = join(root, 'versioned.js');
    const first = script(200, 'one');
    await writeFile(path, first);
    // Whole seconds, which survive the trip through utimes exactly.
    const mtime = new Date(1_800_000_000_000);
    await utimes(path, mtime, mtime);
    const brotli = async () => {
      const response = await get('/versioned.js', { 'Accept-Encoding': 'br' });
      return {
        text: brotliDecompressSync(Buffer.from(await response.arrayBuffer())).toString(),
        etag: response.headers.get('ETag'),
      };
    };
    const before = await brotli();
    assert.equal(before.text, first);

    // Other content of the same size, the modification time put back: the cached body is
    // what is served, which shows that the file was not compressed again.
    const second = script(200, 'two');
    assert.equal(second.length, first.length);
    await writeFile(path, second);
    await utimes(path, mtime, mtime);
    assert.deepEqual(await brotli(), before);
    // Uncompressed answers read the file: they have the new content already.
    assert.equal(await (await get('/versioned.js')).text(), second);

    // A new modification time is a new version: compressed again, with a new ETag.
    const later = new Date(mtime.getTime() + 5_000);
    await utimes(path, later, later);
    const after = await brotli();
    assert.equal(after.text, second);
    assert.notEqual(after.etag, before.etag);
  });

  test('keeps the cache within its size, dropping the least recently used', async () => {
    const small = new Hono().use('*', staticFiles(root, { cacheBytes: 1 }));
    const path = join(root, 'evicted.js');
    const first = script(150, 'first');
    await writeFile(path, first);
    const mtime = new Date(1_800_000_000_000);
    await utimes(path, mtime, mtime);
    const brotliText = async (name: string) =>
      brotliDecompressSync(
        Buffer.from(
          await (
            await small.request(`/${name}`, { headers: { 'Accept-Encoding': 'br' } })
          ).arrayBuffer(),
        ),
      ).toString();
    assert.equal(await brotliText('evicted.js'), first);
    // Another file's body pushes the first one out of a cache of 1 byte.
    assert.equal(await brotliText('vitrine.js'), FILES['vitrine.js']);
    // Same size, same time, other content: compressed again, since nothing was kept.
    const second = script(150, 'other');
    assert.equal(second.length, first.length);
    await writeFile(path, second);
    await utimes(path, mtime, mtime);
    assert.equal(await brotliText('evicted.js'), second);
  });

  test('still never leaves its directory, whatever the encoding', async () => {
    for (const accept of ['br', 'gzip', '']) {
      for (const path of [
        '/../secret.js',
        '/%2e%2e/secret.js',
        '/..%2fsecret.js',
        '/docs/..%2f..%2fsecret.js',
        '/link.js',
        '/%00',
        '/%E0%A4%A',
      ]) {
        const response = await get(path, { 'Accept-Encoding': accept });
        assert.equal(response.status, 404, `${path} "${accept}"`);
        assert.match(response.headers.get('Content-Type')!, /^application\/json/, path);
        assert.equal(response.headers.get('Content-Encoding'), null, path);
        assert.doesNotMatch(await response.text(), /secret\d/);
      }
    }
  });
});
