import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import type { Queryable } from '../db.js';
import { ApiError, validationError } from './errors.js';

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
/** Set on an answer replayed from an earlier request with the same key. */
export const REPLAYED_HEADER = 'Idempotent-Replayed';

/** Printable ASCII without spaces, 8 to 255 characters (a UUID is the usual choice). */
const KEY_PATTERN = /^[\x21-\x7e]{8,255}$/;

/** The request's Idempotency-Key, checked; undefined when absent and not required. */
export function readIdempotencyKey(c: Context, required: boolean): string | undefined {
  const key = c.req.header(IDEMPOTENCY_HEADER);
  if (key === undefined) {
    if (!required) return undefined;
    throw validationError([{ path: IDEMPOTENCY_HEADER, message: 'Is required' }]);
  }
  if (!KEY_PATTERN.test(key)) {
    throw validationError([
      {
        path: IDEMPOTENCY_HEADER,
        message: 'Must be 8 to 255 printable characters without spaces',
      },
    ]);
  }
  return key;
}

/** JSON with object keys sorted, so that {a,b} and {b,a} hash the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function requestHash(operation: string, request: unknown): string {
  return createHash('sha256')
    .update(`${operation}\n${canonical(request)}`)
    .digest('hex');
}

export interface Answer<T> {
  status: 200 | 201;
  body: T;
  replayed: boolean;
}

/**
 * Runs `run` at most once per (scope, key), inside the caller's transaction. The first
 * successful answer is stored with a hash of the request; the same request again gets that
 * answer back (replayed), another request with the same key a 422. Failures store nothing —
 * the transaction rolls back — so a corrected request may reuse the key. A lock on the key
 * makes a concurrent duplicate wait for the first one and then replay it.
 */
export async function idempotent<T>(
  tx: Queryable,
  options: { scope: string; key: string | undefined; operation: string; request: unknown },
  run: () => Promise<{ status: 200 | 201; body: T }>,
): Promise<Answer<T>> {
  const { scope, key, operation, request } = options;
  if (key === undefined) return { ...(await run()), replayed: false };
  const hash = requestHash(operation, request);
  await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`${scope}\n${key}`]);
  const [stored] = await tx.query<{ request_hash: string; status: 200 | 201; response: T }>(
    'SELECT request_hash, status, response FROM idempotency_keys WHERE scope = $1 AND key = $2',
    [scope, key],
  );
  if (stored !== undefined) {
    if (stored.request_hash !== hash) {
      throw new ApiError(
        'idempotency_key_reused',
        'This Idempotency-Key was used for another request: use a new key for a new request',
        [{ path: IDEMPOTENCY_HEADER, message: 'Already used for another request' }],
      );
    }
    return { status: stored.status, body: stored.response, replayed: true };
  }
  const answer = await run();
  await tx.query(
    `INSERT INTO idempotency_keys (scope, key, request_hash, status, response)
     VALUES ($1, $2, $3, $4, $5)`,
    [scope, key, hash, answer.status, JSON.stringify(answer.body)],
  );
  return { ...answer, replayed: false };
}
