import type { Queryable } from '../db.js';

/*
 * Search pages and category lists are the same for everyone (the caller's own prices are added
 * after) and are read far more often than the catalog changes. Each server instance keeps the
 * pages it answered, tagged with the catalog version (a sequence bumped by triggers on products,
 * offers, categories and reviews — migration 009), and drops them all when the version moves.
 * The version is read again when the last read is older than `revalidateMs` (0: on every
 * request) or after a write through this server (`markStale`), so a change made elsewhere shows
 * within that delay and a change made here at once. Identical requests arriving together share
 * one query.
 *
 * On PGlite transactions run one at a time, so a page can never be read half-way through a
 * write. On a PostgreSQL server the version moves when a change is made, before it commits; the
 * server's transactions bump it again after committing (db-postgres.ts), so a page read in
 * between is dropped too. Entries also expire after `maxAgeMs` (by default, on a server only),
 * which bounds the lag of changes made outside the server's transactions.
 */

export interface CacheOptions {
  /** Most entries kept; the least recently used go first. */
  maxEntries?: number;
  /** Oldest an entry may be, whatever the version says. */
  maxAgeMs?: number;
  /** How long a version read stays good for changes made outside this server (0: not at all). */
  revalidateMs?: number;
}

interface Entry<T> {
  value: Promise<T>;
  at: number;
}

export class CatalogCache {
  readonly #db: Queryable;
  readonly #maxEntries: number;
  readonly #maxAgeMs: number;
  readonly #revalidateMs: number;
  readonly #entries = new Map<string, Entry<unknown>>();
  #version: number | undefined;
  #checkedAt = Number.NEGATIVE_INFINITY;
  hits = 0;
  misses = 0;

  constructor(db: Queryable, options: CacheOptions = {}) {
    this.#db = db;
    this.#maxEntries = options.maxEntries ?? 5_000;
    this.#maxAgeMs = options.maxAgeMs ?? Number.POSITIVE_INFINITY;
    this.#revalidateMs = options.revalidateMs ?? 0;
  }

  /** This server changed the database: read the version again before the next answer. */
  markStale(): void {
    this.#checkedAt = Number.NEGATIVE_INFINITY;
  }

  async #currentVersion(): Promise<number> {
    const [row] = await this.#db.query<{ version: number; is_called: boolean }>(
      'SELECT last_value AS version, is_called FROM catalog_version',
    );
    return row!.is_called ? row!.version : 0;
  }

  /** The cached value for `key`, or `load()`'s, kept until the catalog changes. */
  async get<T>(key: string, load: () => Promise<T>): Promise<T> {
    let now = Date.now();
    if (now - this.#checkedAt >= this.#revalidateMs || this.#revalidateMs === 0) {
      this.#checkedAt = now;
      const version = await this.#currentVersion();
      if (version !== this.#version) {
        this.#entries.clear();
        this.#version = version;
      }
      now = Date.now();
    }
    const entry = this.#entries.get(key);
    if (entry !== undefined && now - entry.at <= this.#maxAgeMs) {
      // Map order is insertion order: moving the entry to the end keeps it "recently used".
      this.#entries.delete(key);
      this.#entries.set(key, entry);
      this.hits += 1;
      return entry.value as Promise<T>;
    }
    this.misses += 1;
    const value = load();
    this.#entries.set(key, { value, at: now });
    // A failed load is not kept: the next request tries again.
    value.catch(() => {
      if (this.#entries.get(key)?.value === value) this.#entries.delete(key);
    });
    while (this.#entries.size > this.#maxEntries) {
      this.#entries.delete(this.#entries.keys().next().value!);
    }
    return value;
  }

  clear(): void {
    this.#entries.clear();
  }
}
