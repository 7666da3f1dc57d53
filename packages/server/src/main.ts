import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import { createApp } from './app.js';
import { openDatabase, type Database } from './db.js';
import { migrate } from './migrate.js';
import { seedIfEmpty } from './seed/seed.js';

/*
 * Command-line entry: PORT (8787), HOST (127.0.0.1), DATA_DIR (<repo>/.data/pglite, or
 * "memory" for a throw-away database), STATIC_DIR (optional directory to serve).
 * Logs startup and shutdown only: never requests, bodies or tokens.
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
  const dataDirSetting = process.env.DATA_DIR || DEFAULT_DATA_DIR;
  const dataDir = dataDirSetting === 'memory' ? undefined : dataDirSetting;
  const staticDir = process.env.STATIC_DIR || undefined;

  if (dataDir !== undefined) await mkdir(dataDir, { recursive: true });
  db = await openDatabase({ dataDir });
  if (stopping) return shutdown(0);
  await migrate(db);
  if (stopping) return shutdown(0);
  const seed = await seedIfEmpty(db);
  if (seed.seeded) console.log(`Seeded the reference catalog: ${seed.products} products`);
  if (stopping) return shutdown(0);

  const app = createApp({ db, staticDir });
  server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
    console.log(`Vitrine reference server on http://${host}:${info.port}`);
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
