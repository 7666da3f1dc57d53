import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { Hono } from 'hono';
import type { AppEnv } from '../src/http/env.js';
import { createApp } from '../src/app.js';
import type { Me, SignIn } from '../src/auth/service.js';
import { openApiDocument } from '../src/openapi.js';
import { openDatabase, type Database } from '../src/db.js';
import { migrate } from '../src/migrate.js';
import type { ErrorBody } from '../src/http/errors.js';
import { seedIfEmpty } from '../src/seed/seed.js';
import { createContract, type Contract } from './contract.js';

/** A reply's body is typed by the caller; untyped calls are read as error bodies. */
export interface Reply<T = ErrorBody> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export interface TestServer {
  app: Hono<AppEnv>;
  db: Database;
  contract: Contract;
  /**
   * One request through the app (no socket). Every response is checked against the
   * OpenAPI document: status documented, body valid against its schema.
   */
  call<T = ErrorBody>(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Reply<T>>;
  /** Signs a demo persona in (once per file) and returns its headers. */
  signIn(persona: string): Promise<Session>;
  close(): Promise<void>;
}

const SOURCE_DIR = fileURLToPath(new URL('../src/', import.meta.url));

async function pgliteVersion(): Promise<string> {
  const pkg = fileURLToPath(
    new URL('../package.json', import.meta.resolve('@electric-sql/pglite')),
  );
  return (JSON.parse(await readFile(pkg, 'utf8')) as { version: string }).version;
}

/** A file in the temporary directory, built once; written then renamed so no reader sees half. */
async function cached(file: string, build: () => Promise<Blob>): Promise<Blob> {
  try {
    return new Blob([await readFile(file)]);
  } catch {
    const blob = await build();
    const partial = `${file}.${process.pid}.partial`;
    await writeFile(partial, Buffer.from(await blob.arrayBuffer()));
    await rename(partial, file);
    return blob;
  }
}

/**
 * A freshly created, empty PGlite cluster, dumped once per PGlite version: creating a cluster
 * costs seconds, loading the dump a fraction of that.
 */
async function emptyCluster(): Promise<Blob> {
  const file = join(tmpdir(), `vitrine-test-pglite-${await pgliteVersion()}-empty.tar.gz`);
  return cached(file, async () => {
    const pg = await PGlite.create();
    const dump = await pg.dumpDataDir('gzip');
    await pg.close();
    return dump;
  });
}

/** A hash of every source file: any change to the schema, the seed or their helpers shows. */
async function sourceHash(): Promise<string> {
  const hash = createHash('sha256');
  const files = (await readdir(SOURCE_DIR, { recursive: true }))
    .filter((file) => /\.(ts|sql)$/.test(file))
    .sort();
  for (const file of files) hash.update(file).update(await readFile(join(SOURCE_DIR, file)));
  return hash.digest('hex').slice(0, 16);
}

/**
 * The empty cluster after the real migrations and seed, dumped once per version of the sources:
 * migrating and seeding cost seconds per test file (seed.test.ts runs them from scratch).
 */
async function seededCluster(): Promise<Blob> {
  const version = `${await pgliteVersion()}-${await sourceHash()}`;
  const name = `vitrine-test-pglite-${version}-seeded.tar`;
  return cached(join(tmpdir(), name), async () => {
    const db = await openDatabase({ loadDataDir: await emptyCluster() });
    await migrate(db);
    await seedIfEmpty(db);
    const dump = await db.dumpDataDir!();
    await db.close();
    // Dumps of earlier sources are of no more use: keep the temporary directory small.
    for (const file of await readdir(tmpdir())) {
      if (/^vitrine-test-pglite-.*-seeded\.tar$/.test(file) && file !== name) {
        await rm(join(tmpdir(), file), { force: true });
      }
    }
    return dump;
  });
}

/**
 * A fresh database for one test file, migrated and seeded: an in-memory PGlite by default;
 * with DATABASE_URL, a new database on that PostgreSQL server, dropped again at the end.
 */
async function freshDatabase(): Promise<{ db: Database; drop: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (url === undefined || url === '') {
    const db = await openDatabase({ loadDataDir: await seededCluster() });
    // A no-op that proves the dump is at the current schema version.
    assert.deepEqual(await migrate(db), []);
    return { db, drop: () => db.close() };
  }
  const name = `vitrine_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const db = await openDatabase({ connectionString: target.toString() });
  await migrate(db);
  await seedIfEmpty(db);
  return {
    db,
    drop: async () => {
      await db.close();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

export interface StartOptions {
  staticDir?: string;
  /** Persona sign-in; on unless set to false. */
  demoMode?: boolean;
  clock?: () => Date;
}

/** A database migrated and seeded, behind the app. One per test file. */
export async function startTestServer(options: StartOptions = {}): Promise<TestServer> {
  const { db, drop } = await freshDatabase();
  const app = createApp({
    db,
    demoMode: options.demoMode ?? true,
    ...(options.staticDir !== undefined ? { staticDir: options.staticDir } : {}),
    ...(options.clock !== undefined ? { clock: options.clock } : {}),
  });
  const contract = createContract(
    JSON.parse(JSON.stringify(openApiDocument({ demoMode: options.demoMode ?? true }))),
  );

  async function call<T = ErrorBody>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Reply<T>> {
    const init: RequestInit = { method, headers: { ...headers } };
    if (body !== undefined) {
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
      (init.headers as Record<string, string>)['Content-Type'] ??= 'application/json';
    }
    const response = await app.request(path, init);
    const text = await response.text();
    const contentType = response.headers.get('Content-Type');
    const parsed = contentType?.startsWith('application/json') ? JSON.parse(text) : text;
    if (method !== 'OPTIONS' && method !== 'HEAD') {
      contract.assertExchange({
        method,
        path: new URL(path, 'http://test').pathname,
        status: response.status,
        contentType,
        body: parsed,
        requestBody: typeof body === 'string' ? undefined : body,
      });
    }
    return { status: response.status, headers: response.headers, body: parsed, text };
  }

  const sessions = new Map<string, Session>();
  async function signIn(persona: string): Promise<Session> {
    const cached = sessions.get(persona);
    if (cached) return cached;
    const reply = await call<SignIn>('POST', '/api/auth/demo-sign-in', { persona });
    assert.equal(reply.status, 201, reply.text);
    const { token, me } = reply.body;
    const session: Session = {
      token,
      me,
      headers: { Authorization: `Bearer ${token}` },
      as: (membershipId) => ({
        Authorization: `Bearer ${token}`,
        'X-Vitrine-Membership': membershipId,
      }),
    };
    sessions.set(persona, session);
    return session;
  }

  return { app, db, contract, call, signIn, close: drop };
}

/** A signed-in persona: headers for its first membership, or for one it names. */
export interface Session {
  token: string;
  me: Me;
  headers: Record<string, string>;
  as(membershipId: string): Record<string, string>;
}

/** The error of an error reply, whatever type the call expected. */
export function errorOf(reply: { body: unknown }): ErrorBody['error'] {
  return (reply.body as ErrorBody).error;
}

/** The error body's field paths, for short assertions. */
export function fieldPaths(reply: { body: unknown }): string[] {
  return (errorOf(reply)?.fields ?? []).map((field: { path: string }) => field.path);
}
