import type { Queryable } from '../db.js';
import { ApiError } from './errors.js';

/*
 * Rate limits counted in the database (not in memory), so that every server instance sees the
 * same counts: a sliding window of recorded hits per bucket and subject (an account).
 */

export interface Limit {
  bucket: string;
  max: number;
  windowSeconds: number;
}

/**
 * Refuses with 429 and Retry-After when `subject` already has `max` hits in the window;
 * otherwise records one. Call inside the transaction of the action it guards: when the action
 * fails, the hit is rolled back with it, so only actions that happened count.
 */
export async function takeRateLimit(tx: Queryable, limit: Limit, subject: string): Promise<void> {
  // Two requests of one account at once must not both slip under the limit.
  await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 1))', [
    `${limit.bucket}\n${subject}`,
  ]);
  await tx.query(
    `DELETE FROM rate_limit_hits
     WHERE bucket = $1 AND subject = $2 AND at <= clock_timestamp() - make_interval(secs => $3)`,
    [limit.bucket, subject, limit.windowSeconds],
  );
  const [row] = await tx.query<{ hits: number; retry_after: number | null }>(
    `SELECT count(*)::int AS hits,
            ceil(extract(epoch FROM min(at) + make_interval(secs => $3) - clock_timestamp()))::int
              AS retry_after
     FROM rate_limit_hits WHERE bucket = $1 AND subject = $2`,
    [limit.bucket, subject, limit.windowSeconds],
  );
  if (row!.hits >= limit.max) {
    const retryAfter = Math.max(1, row!.retry_after ?? limit.windowSeconds);
    throw new ApiError(
      'rate_limited',
      `Too many requests: at most ${limit.max} per ${limit.windowSeconds / 60} minutes. Try again in ${retryAfter} s.`,
      [],
      { headers: { 'Retry-After': String(retryAfter) } },
    );
  }
  await tx.query('INSERT INTO rate_limit_hits (bucket, subject) VALUES ($1, $2)', [
    limit.bucket,
    subject,
  ]);
}
