import pg from 'pg';
import { DATE_OID, INT8_OID, type Database, type Queryable } from './db.js';

/**
 * The Database over a PostgreSQL server (node-postgres, a pool of connections). Loaded only
 * when DATABASE_URL is set. Values are read as PGlite reads them (see db.ts).
 */
export async function openPostgres(connectionString: string): Promise<Database> {
  const typeParsers = {
    getTypeParser(oid: number, format?: 'text' | 'binary') {
      if (oid === DATE_OID) return (value: string) => value;
      if (oid === INT8_OID) return (value: string) => Number(value);
      return pg.types.getTypeParser(oid, format ?? 'text');
    },
  };
  const pool = new pg.Pool({
    connectionString,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    // Every timestamp we write and read is UTC, whatever the server's zone.
    options: '-c TimeZone=UTC',
    types: typeParsers as pg.CustomTypesConfig,
  });
  // An idle connection that breaks (server restart) must not crash the process.
  pool.on('error', (error) => console.error('PostgreSQL connection error:', error.message));
  // Fail now, not on the first request, when the server cannot be reached.
  const probe = await pool.connect();
  probe.release();

  const scoped = (client: pg.PoolClient): Queryable => ({
    async query<R>(sql: string, params: readonly unknown[] = []) {
      const result = await client.query(sql, [...params]);
      return result.rows as R[];
    },
    async exec(sql: string) {
      await client.query(sql);
    },
  });

  return {
    kind: 'postgres',
    async query<T>(sql: string, params: readonly unknown[] = []) {
      const result = await pool.query(sql, [...params]);
      return result.rows as T[];
    },
    async exec(sql: string) {
      await pool.query(sql);
    },
    async transaction<T>(fn: (tx: Queryable) => Promise<T>) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(scoped(client));
        const [flag] = (
          await client.query<{ changed: string | null }>(
            `SELECT current_setting('vitrine.catalog_changed', true) AS changed`,
          )
        ).rows;
        await client.query('COMMIT');
        // The catalog changed: bump its version again now that the change is visible, so that
        // no instance keeps a search page it read between the first bump and the commit.
        if (flag?.changed === 'on') await client.query(`SELECT nextval('catalog_version')`);
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    async close() {
      await pool.end();
    },
  };
}
