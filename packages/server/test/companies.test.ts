import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { ErrorBody } from '../src/http/errors.js';
import { fieldPaths, startTestServer, type TestServer } from './helpers.js';

let server: TestServer;
type H = Record<string, string>;
const who: Record<string, H> = {};

interface Company {
  id: string;
  name: string;
  paymentTerms: {
    kind: string;
    days: number;
    earlyPayment: { discount: number; withinDays: number } | null;
  };
  members: {
    membershipId: string;
    name: string;
    role: string;
    spending: { limit: { amount: number }; period: string; spent: { amount: number } } | null;
  }[];
}
interface Rules {
  items: {
    id: string;
    level: number;
    minTotal: { amount: number } | null;
    categoryId: string | null;
    approverRole: string;
  }[];
}

before(async () => {
  server = await startTestServer();
  for (const persona of ['sophie', 'julien', 'karim', 'paul', 'marc']) {
    who[persona] = (await server.signIn(persona)).headers;
  }
});
after(() => server.close());

const company = (h: H) =>
  server.call<Company & ErrorBody>('GET', '/api/companies/co-atelier-martin', undefined, h);
const member = (id: string, body: unknown, h = who.sophie!) =>
  server.call<Company & ErrorBody>(
    'PATCH',
    `/api/companies/co-atelier-martin/members/${id}`,
    body,
    h,
  );

describe('the company account', () => {
  test('members read their company: terms, members, limits and spending', async () => {
    const reply = await company(who.paul!);
    assert.equal(reply.status, 200);
    assert.equal(reply.body.name, 'Atelier Martin SARL');
    assert.deepEqual(reply.body.paymentTerms, {
      kind: 'net',
      days: 30,
      earlyPayment: { discount: 200, withinDays: 10 },
    });
    assert.deepEqual(
      reply.body.members.map((m) => [m.membershipId, m.role]),
      [
        ['m-sophie', 'admin'],
        ['m-julien', 'approver'],
        ['m-karim', 'buyer'],
        ['m-lea-buyer', 'buyer'],
        ['m-paul', 'viewer'],
      ],
    );
    const karim = reply.body.members.find((m) => m.membershipId === 'm-karim')!;
    assert.deepEqual([karim.spending!.limit.amount, karim.spending!.period], [40_000, 'week']);
    assert.equal(reply.body.members.find((m) => m.role === 'admin')!.spending, null);
  });

  test('the admin changes limits and roles; the change takes effect at once', async () => {
    const changed = await member('m-karim', {
      spendingLimit: { amount: 250_000, currency: 'EUR' },
      spendingPeriod: 'month',
    });
    assert.equal(changed.status, 200, changed.text);
    const karim = changed.body.members.find((m) => m.membershipId === 'm-karim')!;
    assert.deepEqual([karim.spending!.limit.amount, karim.spending!.period], [250_000, 'month']);

    const promoted = await member('m-karim', { role: 'approver' });
    assert.equal(promoted.body.members.find((m) => m.membershipId === 'm-karim')!.role, 'approver');
    const me = await server.call<{ role: string }>('GET', '/api/me', undefined, who.karim);
    assert.equal(me.body.role, 'approver', 'the same token now acts as an approver');
    assert.equal((await server.call('GET', '/api/invoices', undefined, who.karim)).status, 200);

    const restored = await member('m-karim', {
      role: 'buyer',
      spendingLimit: { amount: 40_000, currency: 'EUR' },
      spendingPeriod: 'week',
    });
    assert.equal(restored.status, 200);
    const noLimit = await member('m-paul', { spendingLimit: null });
    assert.equal(noLimit.body.members.find((m) => m.membershipId === 'm-paul')!.spending, null);
  });

  test('refused changes: own role, bad values, unknown members, other roles and companies', async () => {
    const own = await member('m-sophie', { role: 'viewer' });
    assert.equal(own.status, 400);
    assert.deepEqual(fieldPaths(own), ['role']);
    for (const [body, fields] of [
      [{ role: 'owner' }, ['role']],
      [{ spendingLimit: { amount: -1, currency: 'EUR' } }, ['spendingLimit.amount']],
      [{ spendingLimit: { amount: 100, currency: 'USD' } }, ['spendingLimit.currency']],
      [{ spendingLimit: 500 }, ['spendingLimit']],
      [{ spendingPeriod: 'day' }, ['spendingPeriod']],
    ] as const) {
      const reply = await member('m-karim', body);
      assert.equal(reply.status, 400, JSON.stringify(body));
      assert.deepEqual(fieldPaths(reply), fields);
    }
    assert.equal((await member('m-marc', { role: 'viewer' })).status, 404, 'not a member here');
    assert.equal((await member('m-karim', { role: 'admin' }, who.julien)).status, 403);
    assert.equal((await member('m-karim', { role: 'admin' }, who.marc)).status, 404);
    const karim = (await company(who.sophie!)).body.members.find(
      (m) => m.membershipId === 'm-karim',
    )!;
    assert.equal(karim.role, 'buyer');
  });

  test('the company keeps at least one admin', async () => {
    const lefevre = await server.call(
      'PATCH',
      '/api/companies/co-boulangerie-lefevre/members/m-nina',
      { role: 'admin' },
      who.marc,
    );
    assert.equal(lefevre.status, 200);
    const demoted = await server.call(
      'PATCH',
      '/api/companies/co-boulangerie-lefevre/members/m-marc',
      { role: 'buyer' },
      who.marc,
    );
    assert.equal(demoted.status, 400, 'not even with a second admin: it is his own role');
    const nina = (await server.signIn('nina')).headers;
    const byNina = await server.call(
      'PATCH',
      '/api/companies/co-boulangerie-lefevre/members/m-marc',
      { role: 'buyer' },
      nina,
    );
    assert.equal(byNina.status, 200);
    const last = await server.call(
      'PATCH',
      '/api/companies/co-boulangerie-lefevre/members/m-nina',
      { role: 'buyer' },
      nina,
    );
    assert.equal(last.status, 400);
  });
});

describe('approval rules', () => {
  test('members read them; the admin replaces them', async () => {
    const rules = await server.call<Rules>(
      'GET',
      '/api/companies/co-atelier-martin/approval-rules',
      undefined,
      who.karim,
    );
    assert.deepEqual(
      rules.body.items.map((r) => [
        r.level,
        r.minTotal?.amount ?? null,
        r.categoryId,
        r.approverRole,
      ]),
      [
        [1, 100_000, null, 'approver'],
        [1, null, 'c-03', 'approver'],
        [2, 500_000, null, 'admin'],
      ],
    );
    const replaced = await server.call<Rules>(
      'PUT',
      '/api/companies/co-atelier-martin/approval-rules',
      {
        rules: [
          { level: 1, minTotal: { amount: 50_000, currency: 'EUR' }, approverRole: 'approver' },
          { level: 2, categoryId: 'c-02', approverRole: 'admin' },
        ],
      },
      who.sophie,
    );
    assert.equal(replaced.status, 200, replaced.text);
    assert.deepEqual(
      replaced.body.items.map((r) => [
        r.level,
        r.minTotal?.amount ?? null,
        r.categoryId,
        r.approverRole,
      ]),
      [
        [1, 50_000, null, 'approver'],
        [2, null, 'c-02', 'admin'],
      ],
    );
  });

  test('a rule needs a threshold or a category that exists; a bad set changes nothing', async () => {
    const before = (
      await server.call<Rules>(
        'GET',
        '/api/companies/co-atelier-martin/approval-rules',
        undefined,
        who.sophie,
      )
    ).body;
    for (const [rules, fields] of [
      [[{ level: 1, approverRole: 'approver' }], ['rules.0']],
      [[{ level: 1, categoryId: 'c-99', approverRole: 'approver' }], ['rules.0.categoryId']],
      [
        [{ level: 3, minTotal: { amount: 1, currency: 'EUR' }, approverRole: 'approver' }],
        ['rules.0.level'],
      ],
      [
        [{ level: 1, minTotal: { amount: 1, currency: 'EUR' }, approverRole: 'buyer' }],
        ['rules.0.approverRole'],
      ],
      [
        Array.from({ length: 21 }, () => ({ level: 1, categoryId: 'c-01', approverRole: 'admin' })),
        ['rules'],
      ],
    ] as const) {
      const reply = await server.call(
        'PUT',
        '/api/companies/co-atelier-martin/approval-rules',
        { rules },
        who.sophie,
      );
      assert.equal(reply.status, 400, JSON.stringify(rules).slice(0, 80));
      assert.deepEqual(fieldPaths(reply), fields);
    }
    const after = (
      await server.call<Rules>(
        'GET',
        '/api/companies/co-atelier-martin/approval-rules',
        undefined,
        who.sophie,
      )
    ).body;
    assert.deepEqual(after, before);
  });
});
