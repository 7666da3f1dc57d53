import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Hono } from 'hono';
import type { AppEnv } from '../src/http/env.js';
import { createApp, MAX_BODY_BYTES } from '../src/app.js';
import type { Cart } from '../src/cart/types.js';
import { initials } from '../src/images/svg.js';
import type { ProductPage, ProductSummary } from '../src/catalog/types.js';
import { openApiDocument } from '../src/openapi.js';
import { deref, loadDocument, type Parameter } from './contract.js';
import { startTestServer, type TestServer } from './helpers.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

describe('errors', () => {
  test('unknown routes and methods answer a JSON 404', async () => {
    for (const [method, path] of [
      ['GET', '/api/nope'],
      ['GET', '/nope'],
      ['POST', '/api/categories'],
      ['PUT', '/api/carts'],
      ['GET', '/images/products/p-0001.png'],
    ] as const) {
      const reply = await server.call(method, path);
      assert.equal(reply.status, 404, `${method} ${path}`);
      assert.match(reply.headers.get('Content-Type')!, /^application\/json/);
      assert.equal(reply.body.error.code, 'not_found');
      assert.deepEqual(reply.body.error.fields, []);
    }
  });

  test('a body over 64 KB is a 413 and writes nothing', async () => {
    const carts = async () =>
      (await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM carts'))[0]!.n;
    const before = await carts();
    const big = JSON.stringify({ currency: 'EUR', padding: 'x'.repeat(MAX_BODY_BYTES) });
    const reply = await server.call('POST', '/api/carts', big);
    assert.equal(reply.status, 413);
    assert.equal(reply.body.error.code, 'payload_too_large');
    assert.equal(await carts(), before);

    const cart = (await server.call<Cart>('POST', '/api/carts', {})).body;
    const lines = await server.call(
      'POST',
      `/api/carts/${cart.id}/lines`,
      JSON.stringify({ offerId: 'o-00001', quantity: 1, padding: 'x'.repeat(70_000) }),
    );
    assert.equal(lines.status, 413);
    assert.deepEqual((await server.call<Cart>('GET', `/api/carts/${cart.id}`)).body.lines, []);

    const justUnder = JSON.stringify({ currency: 'EUR', padding: 'x'.repeat(MAX_BODY_BYTES - 40) });
    assert.equal((await server.call('POST', '/api/carts', justUnder)).status, 201);
  });

  test('every class of bad input on the newer endpoints: 404, 413, 400, and nothing written', async () => {
    const lea = (await server.signIn('lea')).headers;
    for (const [method, path] of [
      ['GET', '/api/quotes/x/unknown'],
      ['DELETE', '/api/orders'],
      ['PUT', '/api/quotes'],
      ['GET', '/api/approvals/x'],
      ['GET', '/documents/d-p-0001-1.txt'],
    ] as const) {
      const reply = await server.call(method, path, undefined, lea);
      assert.equal(reply.status, 404, `${method} ${path}`);
      assert.equal(reply.body.error.code, 'not_found');
    }
    const count = async (table: string) =>
      (await server.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]!.n;
    const before = { quotes: await count('quotes'), orders: await count('orders') };
    const padding = 'x'.repeat(MAX_BODY_BYTES);
    const big = await server.call(
      'POST',
      '/api/quotes',
      JSON.stringify({ lines: [{ offerId: 'o-00001', quantity: 1 }], message: padding }),
      lea,
    );
    assert.equal(big.status, 413);
    const bigOrder = await server.call(
      'POST',
      '/api/orders',
      JSON.stringify({ cartId: 'x', expectedTotal: { amount: 1, currency: 'EUR' }, padding }),
      { ...lea, 'Idempotency-Key': 'big-order-key' },
    );
    assert.equal(bigOrder.status, 413);
    assert.equal(bigOrder.body.error.code, 'payload_too_large');
    for (const [path, raw] of [
      ['/api/quotes', '{"lines": ['],
      ['/api/quotes', '[]'],
      ['/api/auth/demo-sign-in', 'persona=lea'],
    ] as const) {
      const reply = await server.call('POST', path, raw, lea);
      assert.equal(reply.status, 400, `${path} ${raw}`);
      assert.equal(reply.body.error.code, 'validation');
    }
    assert.deepEqual({ quotes: await count('quotes'), orders: await count('orders') }, before);
  });

  test('an unexpected failure is a JSON 500 that reveals nothing', async () => {
    const failing = createApp({
      db: {
        ...server.db,
        query: async () => {
          throw new Error('connection to secret-host lost');
        },
      },
    });
    const original = console.error;
    console.error = () => {};
    try {
      const response = await failing.request('/api/categories');
      assert.equal(response.status, 500);
      const body = await response.json();
      assert.deepEqual(body, {
        error: { code: 'internal', message: 'Internal server error', fields: [] },
      });
      server.contract.assertSchema('Error', body);
    } finally {
      console.error = original;
    }
  });
});

describe('CORS', () => {
  test('any origin may call the API, without credentials', async () => {
    const preflight = await server.app.request('/api/carts', {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://shop.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type',
      },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('Access-Control-Allow-Origin'), '*');
    assert.match(preflight.headers.get('Access-Control-Allow-Methods')!, /PATCH/);
    assert.match(
      preflight.headers.get('Access-Control-Allow-Headers')!.toLowerCase(),
      /content-type/,
    );
    assert.equal(preflight.headers.get('Access-Control-Allow-Credentials'), null);

    const get = await server.call('GET', '/api/products?pageSize=1', undefined, {
      Origin: 'https://cms.example',
    });
    assert.equal(get.headers.get('Access-Control-Allow-Origin'), '*');
    const notFound = await server.call('GET', '/api/nope', undefined, {
      Origin: 'https://cms.example',
    });
    assert.equal(
      notFound.headers.get('Access-Control-Allow-Origin'),
      '*',
      'errors are readable cross-origin too',
    );
  });

  test('health', async () => {
    const reply = await server.call('GET', '/api/health');
    assert.deepEqual([reply.status, reply.body], [200, { status: 'ok' }]);
  });
});

describe('GET /images/products/:id.svg', () => {
  test('draws a cacheable 4:3 SVG per product', async () => {
    const reply = await server.call('GET', '/images/products/p-0001.svg');
    assert.equal(reply.status, 200);
    assert.equal(reply.headers.get('Content-Type'), 'image/svg+xml; charset=utf-8');
    assert.equal(reply.headers.get('Cache-Control'), 'public, max-age=86400');
    const svg = reply.text;
    assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 400 300"/);
    assert.match(svg, /<\/svg>$/);
    assert.match(svg, /<title>Stylo bille rétractable bleu<\/title>/);
    assert.match(svg, />SB<\/text>/);
    assert.doesNotMatch(svg, /<script|href=/i);
    assert.equal((await server.call('GET', '/images/products/p-0001.svg')).text, svg, 'stable');
  });

  test('gives each category its own colours', async () => {
    const firsts = await server.db.query<{ id: string }>(
      'SELECT DISTINCT ON (category_id) id FROM products ORDER BY category_id, id',
    );
    const backgrounds = new Set<string>();
    for (const { id } of firsts) {
      const svg = (await server.call('GET', `/images/products/${id}.svg`)).text;
      backgrounds.add(/<rect width="400" height="300" fill="(#[0-9a-f]{6})"/.exec(svg)![1]!);
    }
    assert.equal(backgrounds.size, firsts.length);
  });

  test('answers a JSON 404 for an unknown product', async () => {
    const reply = await server.call('GET', '/images/products/p-9999.svg');
    assert.equal(reply.status, 404);
    assert.equal(reply.body.error.code, 'not_found');
  });

  test('initials skip small words and escape nothing unsafe', () => {
    assert.equal(initials('Stylo bille rétractable bleu'), 'SB');
    assert.equal(initials("L'art de la réunion efficace"), 'AR');
    assert.equal(initials('Écran 24 pouces Full HD IPS'), 'ÉP');
    assert.equal(initials('<b>&'), '');
  });
});

describe('static files', () => {
  let root: string;
  let outside: string;
  let app: Hono<AppEnv>;

  before(async () => {
    const base = await mkdtemp(join(tmpdir(), 'vitrine-static-'));
    root = join(base, 'site');
    outside = join(base, 'secret.txt');
    await mkdir(join(root, 'docs'), { recursive: true });
    await mkdir(join(root, 'api'), { recursive: true });
    await writeFile(join(root, 'index.html'), '<!doctype html><title>Demo</title>');
    await writeFile(join(root, 'vitrine.js'), 'export {};');
    await writeFile(join(root, 'style.css'), 'body{}');
    await writeFile(join(root, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    await writeFile(join(root, 'data.json'), '{"ok":true}');
    await writeFile(join(root, 'docs', 'index.html'), '<p>docs</p>');
    await writeFile(join(root, 'api', 'health'), 'shadowed');
    await writeFile(outside, 'secret');
    await symlink(outside, join(root, 'link.txt'));
    app = createApp({ db: server.db, staticDir: root });
  });
  after(() => rm(join(root, '..'), { recursive: true, force: true }));

  test('serves files with their content types, index.html for directories', async () => {
    for (const [path, type, text] of [
      ['/', 'text/html; charset=utf-8', '<!doctype html><title>Demo</title>'],
      ['/index.html', 'text/html; charset=utf-8', '<!doctype html><title>Demo</title>'],
      ['/docs/', 'text/html; charset=utf-8', '<p>docs</p>'],
      ['/docs', 'text/html; charset=utf-8', '<p>docs</p>'],
      ['/vitrine.js', 'text/javascript; charset=utf-8', 'export {};'],
      ['/style.css', 'text/css; charset=utf-8', 'body{}'],
      ['/logo.svg', 'image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg"/>'],
      ['/data.json', 'application/json; charset=utf-8', '{"ok":true}'],
    ]) {
      const response = await app.request(path!);
      assert.equal(response.status, 200, path);
      assert.equal(response.headers.get('Content-Type'), type, path);
      assert.equal(await response.text(), text, path);
    }
    assert.equal((await app.request('/vitrine.js', { method: 'HEAD' })).status, 200);
  });

  test('never leaves its directory', async () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/docs/..%2f..%2fsecret.txt',
      '/link.txt',
      '/%00',
      '/%E0%A4%A',
    ]) {
      const response = await app.request(path);
      assert.equal(response.status, 404, path);
      assert.match(response.headers.get('Content-Type')!, /^application\/json/, path);
      assert.doesNotMatch(await response.text(), /secret"/);
    }
  });

  test('leaves API paths to the API and other methods alone', async () => {
    assert.deepEqual(await (await app.request('/api/health')).json(), { status: 'ok' });
    assert.equal((await app.request('/missing.js')).status, 404);
    assert.equal((await app.request('/index.html', { method: 'POST' })).status, 404);
  });
});

describe('GET /openapi.json', () => {
  const doc = loadDocument();

  test('serves the OpenAPI 3.1 document', async () => {
    const reply = await server.call('GET', '/openapi.json');
    assert.equal(reply.status, 200);
    assert.deepEqual(reply.body, doc);
    assert.deepEqual(doc, JSON.parse(JSON.stringify(openApiDocument())));
    assert.equal(doc.openapi, '3.1.0');
  });

  test('documents every route of the app, and nothing else', () => {
    // Hono route patterns → OpenAPI templates: ":id" → "{id}", ":id{[^/]+\.svg}" → "{id}.svg".
    const toTemplate = (path: string) =>
      path.replace(/:(\w+)(\{(.*?)\})?/g, (_m, name: string, _g, pattern?: string) => {
        const extension = /\\\.(\w+)$/.exec(pattern ?? '')?.[1];
        return extension ? `{${name}}.${extension}` : `{${name}}`;
      });
    const routes = new Set(
      server.app.routes
        .filter((r) => r.method !== 'ALL') // middleware (CORS, body limit)
        .map((r) => `${r.method.toLowerCase()} ${toTemplate(r.path)}`),
    );
    const documented = new Set(
      Object.entries(doc.paths).flatMap(([path, item]) =>
        Object.keys(item as object).map((m) => `${m} ${path}`),
      ),
    );
    assert.deepEqual([...routes].sort(), [...documented].sort());
    assert.ok(routes.size >= 11);
  });

  test('is internally consistent: refs resolve, path parameters declared, ids unique', () => {
    const refs = JSON.stringify(doc)
      .match(/"\$ref":"[^"]+"/g)!
      .map((r) => r.slice(8, -1));
    for (const ref of new Set(refs)) {
      const target = ref
        .slice(2)
        .split('/')
        .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc);
      assert.ok(target, `unresolved ${ref}`);
    }
    const operationIds: string[] = [];
    for (const [path, item] of Object.entries(doc.paths)) {
      const templated = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      for (const [method, operation] of Object.entries(item)) {
        operationIds.push(operation.operationId);
        const declared = (operation.parameters ?? [])
          .map((p) => deref<Parameter>(doc, p))
          .filter((p) => p.in === 'path')
          .map((p) => p.name)
          .sort();
        assert.deepEqual(declared, templated, `${method} ${path}`);
        assert.ok(Object.keys(operation.responses).length > 0);
      }
    }
    assert.equal(new Set(operationIds).size, operationIds.length);
  });

  test('schemas are closed: an undocumented field fails validation', async () => {
    const product: ProductSummary = (
      await server.call<ProductPage>('GET', '/api/products?pageSize=1')
    ).body.items[0]!;
    server.contract.assertSchema('ProductSummary', product);
    assert.throws(() => server.contract.assertSchema('ProductSummary', { ...product, extra: 1 }));
    assert.throws(() =>
      server.contract.assertSchema('ProductSummary', { ...product, vatRate: 20.5 }),
    );
    const { bestOffer, ...missing } = product;
    assert.throws(() => server.contract.assertSchema('ProductSummary', missing));
  });
});
