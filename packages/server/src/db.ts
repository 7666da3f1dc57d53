import { PGlite, types } from '@electric-sql/pglite';

/**
 * The only database surface the rest of the server sees. It is small on purpose: the
 * embedded PGlite default and a PostgreSQL server (several instances behind a load balancer)
 * both fit it, with the same plain SQL.
 */
export interface Queryable {
  /** Runs one parameterised statement ($1, $2 …) and returns its rows. */
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs one or more statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  /** Commits when fn resolves, rolls back when it throws (and rethrows). */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** 'pglite' (embedded) or 'postgres' (a server reached through DATABASE_URL). */
  readonly kind: 'pglite' | 'postgres';
  /** PGlite only: the whole data directory as a tarball, to open again with loadDataDir. */
  dumpDataDir?(): Promise<Blob>;
}

export interface OpenDatabaseOptions {
  /** A PostgreSQL server (postgres://user@host:port/db); when set, the options below are ignored. */
  connectionString?: string;
  /** Directory of a persistent database; undefined keeps everything in memory. */
  dataDir?: string;
  /**
   * A data directory dumped earlier (PGlite dumpDataDir), used instead of creating a cluster
   * from scratch; tests use it to skip the seconds that creating one costs.
   */
  loadDataDir?: Blob;
}

/**
 * Both drivers read values the same way: calendar dates stay 'YYYY-MM-DD' text (a Date would
 * shift with the machine's zone), bigint counts become numbers (every count and amount we
 * store fits in 2^53).
 */
export const DATE_OID = types.DATE;
export const INT8_OID = types.INT8;

export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  if (options.connectionString !== undefined) {
    const { openPostgres } = await import('./db-postgres.js');
    return openPostgres(options.connectionString);
  }
  const pg = await PGlite.create({
    ...(options.dataDir !== undefined ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir !== undefined ? { loadDataDir: options.loadDataDir } : {}),
    parsers: { [DATE_OID]: (value: string) => value, [INT8_OID]: (value: string) => Number(value) },
  });
  // Every timestamp we write and read is UTC, whatever the machine's zone.
  await pg.exec(`SET TIME ZONE 'UTC'`);

  return {
    kind: 'pglite',
    async query<T>(sql: string, params: readonly unknown[] = []) {
      const result = await pg.query<T>(sql, [...params]);
      return result.rows;
    },
    async exec(sql: string) {
      await pg.exec(sql);
    },
    transaction<T>(fn: (tx: Queryable) => Promise<T>) {
      return pg.transaction(async (tx) => {
        const scoped: Queryable = {
          async query<R>(sql: string, params: readonly unknown[] = []) {
            const result = await tx.query<R>(sql, [...params]);
            return result.rows;
          },
          async exec(sql: string) {
            await tx.exec(sql);
          },
        };
        return fn(scoped);
      });
    },
    async close() {
      await pg.close();
    },
    async dumpDataDir() {
      return pg.dumpDataDir('none');
    },
  };
}
