import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { createApp } from '../src/app.js';
import type { Me, SignIn } from '../src/auth/service.js';
import type { ErrorBody } from '../src/http/errors.js';
import { openApiDocument } from '../src/openapi.js';
import { PERSONAS } from '../src/seed/accounts.js';
import { fieldPaths, startTestServer, type TestServer } from './helpers.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

const me = (headers: Record<string, string>) =>
  server.call<Me & ErrorBody>('GET', '/api/me', undefined, headers);

describe('demo sign-in', () => {
  test('lists the personas and signs each one in with a fresh bearer token', async () => {
    const list = await server.call<{ items: { key: string; roles: string[] }[] }>(
      'GET',
      '/api/auth/personas',
    );
    assert.equal(list.status, 200);
    const keys = list.body.items.map((p) => p.key);
    assert.deepEqual(
      keys,
      PERSONAS.map((p) => p.key),
    );
    const roles = new Set(list.body.items.flatMap((p) => p.roles));
    for (const role of ['consumer', 'admin', 'approver', 'buyer', 'viewer', 'seller', 'operator']) {
      assert.ok(roles.has(role), `a persona is ${role}`);
    }

    const first = await server.call<SignIn>('POST', '/api/auth/demo-sign-in', { persona: 'lea' });
    const second = await server.call<SignIn>('POST', '/api/auth/demo-sign-in', { persona: 'lea' });
    assert.equal(first.status, 201);
    assert.match(first.body.token, /^[A-Za-z0-9_-]{43}$/);
    assert.notEqual(first.body.token, second.body.token);
    assert.equal(first.body.tokenType, 'Bearer');
    const lifetime = Date.parse(first.body.expiresAt) - Date.now();
    assert.ok(lifetime > 11 * 3600_000 && lifetime <= 12 * 3600_000, `${lifetime} ms`);
    assert.equal(first.body.me.user.name, 'Léa Fontaine');
    assert.deepEqual(
      first.body.me.memberships.map((m) => [m.id, m.role, m.company?.name ?? null]),
      [
        ['m-lea-buyer', 'buyer', 'Atelier Martin SARL'],
        ['m-lea-consumer', 'consumer', null],
      ],
    );
  });

  test('tokens are stored only as their SHA-256', async () => {
    const { token } = (
      await server.call<SignIn>('POST', '/api/auth/demo-sign-in', { persona: 'paul' })
    ).body;
    const rows = await server.db.query<{ token_hash: string }>(
      `SELECT token_hash FROM auth_tokens WHERE user_id = 'u-paul'`,
    );
    const hash = createHash('sha256').update(token).digest('hex');
    assert.ok(rows.some((r) => r.token_hash === hash));
    const dump = JSON.stringify(await server.db.query('SELECT * FROM auth_tokens'));
    assert.ok(!dump.includes(token), 'the token itself is nowhere in the table');
  });

  test('refuses unknown personas and bad bodies', async () => {
    const unknown = await server.call('POST', '/api/auth/demo-sign-in', { persona: 'mallory' });
    assert.equal(unknown.status, 404);
    for (const body of [{}, { persona: 3 }, { persona: '' }, { persona: 'x'.repeat(51) }]) {
      const reply = await server.call('POST', '/api/auth/demo-sign-in', body);
      assert.equal(reply.status, 400, JSON.stringify(body));
      assert.deepEqual(fieldPaths(reply), ['persona']);
    }
  });

  test('does not exist outside demo mode', async () => {
    const app = createApp({ db: server.db });
    for (const [method, path] of [
      ['POST', '/api/auth/demo-sign-in'],
      ['GET', '/api/auth/personas'],
    ] as const) {
      const response = await app.request(path, {
        method,
        headers: { 'Content-Type': 'application/json' },
        ...(method === 'POST' ? { body: JSON.stringify({ persona: 'claire' }) } : {}),
      });
      assert.equal(response.status, 404, path);
      assert.equal((await response.json()).error.code, 'not_found');
    }
    const doc = openApiDocument({ demoMode: false });
    assert.ok(!('/api/auth/demo-sign-in' in doc.paths));
    const served = await (await app.request('/openapi.json')).json();
    assert.ok(!('/api/auth/demo-sign-in' in served.paths));
  });
});

describe('GET /api/me and the active membership', () => {
  test('acts through the first membership unless the client names another of its own', async () => {
    const lea = await server.signIn('lea');
    const plain = await me(lea.headers);
    assert.equal(plain.status, 200);
    assert.equal(plain.body.activeMembershipId, 'm-lea-buyer');
    assert.equal(plain.body.role, 'buyer');
    const buyer = plain.body.memberships[0]!;
    assert.deepEqual(buyer.spending?.limit, { amount: 150_000, currency: 'EUR' });
    assert.equal(buyer.spending?.period, 'month');
    assert.equal(plain.body.memberships[1]!.spending, null);

    const asConsumer = await me(lea.as('m-lea-consumer'));
    assert.equal(asConsumer.status, 200);
    assert.equal(asConsumer.body.activeMembershipId, 'm-lea-consumer');
    assert.equal(asConsumer.body.role, 'consumer');
  });

  test('a membership of someone else is refused (403), even a real one', async () => {
    const lea = await server.signIn('lea');
    for (const forged of ['m-sophie', 'm-claire', 'm-antoine', 'nope', "m-lea-buyer' OR '1'='1"]) {
      const reply = await me(lea.as(forged));
      assert.equal(reply.status, 403, forged);
      assert.equal(reply.body.error.code, 'forbidden');
    }
  });

  test('role headers are ignored: the role comes from the membership', async () => {
    const karim = await server.signIn('karim');
    const headers = {
      ...karim.headers,
      'X-Vitrine-Role': 'operator',
      'X-Role': 'admin',
      'X-Vitrine-Company': 'co-boulangerie-lefevre',
    };
    const reply = await me(headers);
    assert.equal(reply.body.role, 'buyer');
    const moderation = await server.call('GET', '/api/reviews', undefined, headers);
    assert.equal(moderation.status, 403);
    const rules = await server.call(
      'PUT',
      '/api/companies/co-atelier-martin/approval-rules',
      { rules: [] },
      headers,
    );
    assert.equal(rules.status, 403);
  });

  test('without a valid token: 401 with WWW-Authenticate', async () => {
    const cases: Record<string, string>[] = [
      {},
      { Authorization: 'Bearer' },
      { Authorization: 'Basic dXNlcjpwYXNz' },
      { Authorization: `Bearer ${'A'.repeat(43)}` },
      { Authorization: 'Bearer short' },
      { 'X-Vitrine-Membership': 'm-lea-buyer' },
    ];
    for (const headers of cases) {
      const reply = await me(headers);
      assert.equal(reply.status, 401, JSON.stringify(headers));
      assert.equal(reply.body.error.code, 'unauthenticated');
      assert.equal(reply.headers.get('WWW-Authenticate'), 'Bearer');
    }
    // A bad token is refused even where guests are welcome: the client must know.
    const catalog = await server.call('GET', '/api/products', undefined, {
      Authorization: `Bearer ${'B'.repeat(43)}`,
    });
    assert.equal(catalog.status, 401);
  });

  test('an expired token no longer works', async () => {
    const signIn = await server.call<SignIn>('POST', '/api/auth/demo-sign-in', {
      persona: 'marc',
    });
    const headers = { Authorization: `Bearer ${signIn.body.token}` };
    assert.equal((await me(headers)).status, 200);
    const hash = createHash('sha256').update(signIn.body.token).digest('hex');
    await server.db.query(
      `UPDATE auth_tokens SET expires_at = now() - interval '1 second' WHERE token_hash = $1`,
      [hash],
    );
    assert.equal((await me(headers)).status, 401);
  });

  test('sign-out revokes the token (204), and only that token', async () => {
    const a = await server.call<SignIn>('POST', '/api/auth/demo-sign-in', { persona: 'nina' });
    const b = await server.call<SignIn>('POST', '/api/auth/demo-sign-in', { persona: 'nina' });
    const headersA = { Authorization: `Bearer ${a.body.token}` };
    const headersB = { Authorization: `Bearer ${b.body.token}` };
    const out = await server.call('POST', '/api/auth/sign-out', undefined, headersA);
    assert.equal(out.status, 204);
    assert.equal(out.text, '');
    assert.equal((await me(headersA)).status, 401);
    assert.equal((await me(headersB)).status, 200);
    assert.equal((await server.call('POST', '/api/auth/sign-out')).status, 401);
  });
});

describe('tokens never reach the logs', () => {
  test('a failing request logs its path, never its token or body', async () => {
    const { token } = await server.signIn('sophie');
    const failing = createApp({
      db: {
        ...server.db,
        query: async (sql: string, params?: readonly unknown[]) => {
          if (/FROM auth_tokens/.test(sql)) return server.db.query(sql, params);
          throw new Error('disk on fire');
        },
      } as typeof server.db,
      demoMode: true,
    });
    const logged: string[] = [];
    const originals = { error: console.error, warn: console.warn, info: console.info };
    const capture = (...args: unknown[]) => {
      logged.push(args.map((a) => (a instanceof Error ? a.stack : String(a))).join(' '));
    };
    Object.assign(console, { error: capture, warn: capture, info: capture });
    try {
      const response = await failing.request('/api/companies/co-atelier-martin', {
        headers: { Authorization: `Bearer ${token}`, 'X-Secret-Note': 'body-secret' },
      });
      assert.equal(response.status, 500);
    } finally {
      Object.assign(console, originals);
    }
    assert.ok(logged.length > 0, 'the failure is logged');
    const all = logged.join('\n');
    assert.match(all, /GET \/api\/companies\/co-atelier-martin failed/);
    assert.ok(!all.includes(token), 'the token is not in the logs');
    assert.ok(!all.includes('body-secret'));
  });
});
