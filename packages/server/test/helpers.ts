import { readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { Hono } from 'hono';
import { createApp } from '../src/app.js';
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
  app: Hono;
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
  close(): Promise<void>;
}

/**
 * A freshly created, empty PGlite cluster, dumped once per PGlite version and kept in the
 * temporary directory: creating a cluster costs seconds, loading the dump a fraction of that.
 * Migrations and seeding still run for real on every test database.
 */
async function emptyCluster(): Promise<Blob> {
  const pkg = fileURLToPath(
    new URL('../package.json', import.meta.resolve('@electric-sql/pglite')),
  );
  const { version } = JSON.parse(await readFile(pkg, 'utf8')) as { version: string };
  const file = join(tmpdir(), `vitrine-test-pglite-${version}-empty.tar.gz`);
  try {
    return new Blob([await readFile(file)]);
  } catch {
    const pg = await PGlite.create();
    const dump = await pg.dumpDataDir('gzip');
    await pg.close();
    // Write then rename, so that test files starting together never read half a file.
    const partial = `${file}.${process.pid}.partial`;
    await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
    await rename(partial, file);
    return dump;
  }
}

/** An in-memory database, migrated and seeded, behind the app. One per test file. */
export async function startTestServer(options: { staticDir?: string } = {}): Promise<TestServer> {
  const db = await openDatabase({ loadDataDir: await emptyCluster() });
  await migrate(db);
  await seedIfEmpty(db);
  const app = createApp({ db, staticDir: options.staticDir });
  const contract = createContract();

  async function call(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) {
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

  return { app, db, contract, call, close: () => db.close() };
}

/** The error body's field paths, for short assertions. */
export function fieldPaths(reply: Reply): string[] {
  return (reply.body?.error?.fields ?? []).map((field: { path: string }) => field.path);
}
