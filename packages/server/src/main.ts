import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import { createApp } from './app.js';
import { openDatabase, type Database } from './db.js';
import { migrate } from './migrate.js';
import { seedIfEmpty } from './seed/seed.js';

/*
 * Command-line entry: PORT (8787), HOST (127.0.0.1), DATABASE_URL (a PostgreSQL server; when
 * unset, the embedded PGlite in DATA_DIR: <repo>/.data/pglite, or "memory" for a throw-away
 * database), STATIC_DIR (optional directory to serve), DEMO_MODE (persona sign-in; on unless
 * "0"), CATALOG_CACHE ("0" turns off the search page cache, for benchmarks). Logs startup and
 * shutdown only: never requests, bodies or tokens.
 */

const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../../.data/pglite', import.meta.url));

function portFrom(value: string | undefined): number {
  const port = Number(value ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535, got "${value}"`);
  }
  return port;
}

let db: Database | undefined;
let server: ServerType | undefined;
let stopping = false;

/** Stops accepting requests, lets in-flight ones finish, then closes the database. */
async function shutdown(code: number): Promise<never> {
  if (server !== undefined) {
    const open = server;
    // Idle keep-alive connections would hold close() open; give busy ones 5 s.
    const force = setTimeout(
      () => 'closeAllConnections' in open && open.closeAllConnections(),
      5_000,
    );
    force.unref();
    await new Promise<void>((resolve) => {
      open.close(() => resolve());
      if ('closeIdleConnections' in open) open.closeIdleConnections();
    });
  }
  await db?.close();
  process.exit(code);
}

function onSignal(signal: NodeJS.Signals): void {
  if (stopping) return;
  stopping = true;
  console.log(`${signal} received, shutting down`);
  // While starting, the startup sequence sees `stopping` and shuts down between steps, so
  // that a seeding transaction is never cut in the middle.
  if (server !== undefined) void shutdown(0);
}

async function main(): Promise<void> {
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const port = portFrom(process.env.PORT);
  const host = process.env.HOST || '127.0.0.1';
  const databaseUrl = process.env.DATABASE_URL || undefined;
  const dataDirSetting = process.env.DATA_DIR || DEFAULT_DATA_DIR;
  const dataDir = dataDirSetting === 'memory' ? undefined : dataDirSetting;
  const staticDir = process.env.STATIC_DIR || undefined;
  const demoMode = process.env.DEMO_MODE !== '0';
  // Search pages are cached per catalog version; a change made outside this server (another
  // instance, a script) shows within 100 ms, one made through it at once.
  const catalogCache = process.env.CATALOG_CACHE === '0' ? false : { revalidateMs: 100 };

  if (databaseUrl !== undefined) {
    db = await openDatabase({ connectionString: databaseUrl });
  } else {
    if (dataDir !== undefined) await mkdir(dataDir, { recursive: true });
    db = await openDatabase({ dataDir });
  }
  if (stopping) return shutdown(0);
  await migrate(db);
  if (stopping) return shutdown(0);
  const seed = await seedIfEmpty(db);
  if (seed.seeded) console.log(`Seeded the reference data: ${seed.products} products`);
  if (stopping) return shutdown(0);

  const app = createApp({ db, staticDir, demoMode, catalogCache });
  server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
    const where = db!.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : 'embedded PGlite';
    console.log(`Vitrine reference server on http://${host}:${info.port} (${where})`);
    if (demoMode) console.log('Demo mode: persona sign-in is open (DEMO_MODE=0 turns it off)');
  });
  server.on('error', (error: NodeJS.ErrnoException) => {
    console.error(
      error.code === 'EADDRINUSE'
        ? `Port ${port} on ${host} is already in use: stop the other server or set PORT`
        : error,
    );
    server = undefined;
    void shutdown(1);
  });
}

main().catch(async (error: unknown) => {
  console.error(error);
  await db?.close().catch(() => {});
  process.exit(1);
});
