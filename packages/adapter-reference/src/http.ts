import { errorCodeForStatus, httpFailureMessage, VitrineError } from '@vitrine/core';
import * as v from 'valibot';
import { errorSchema } from './schemas.js';

export interface HttpOptions {
  readonly method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  readonly body?: unknown;
  readonly signal?: AbortSignal | undefined;
  /** The signed-in customer's bearer token; absent: a guest's request. */
  readonly token?: string | undefined;
  /** The membership the signed-in customer acts through (the role switcher's choice). */
  readonly membership?: string | undefined;
}

/**
 * One JSON request: network failures, error statuses and payloads that do not match the schema
 * all become VitrineErrors. A signed-in customer's token goes as a bearer token (no cookies).
 * An empty answer (204) reads as `null`.
 */
export async function requestJson<S extends v.GenericSchema>(
  fetchImpl: typeof fetch,
  url: string,
  schema: S,
  options: HttpOptions = {},
): Promise<v.InferOutput<S>> {
  let response: Response;
  try {
    response = await fetchImpl(url, {
      method: options.method ?? 'GET',
      headers: {
        accept: 'application/json',
        ...(options.body !== undefined && { 'content-type': 'application/json' }),
        ...(options.token && { authorization: `Bearer ${options.token}` }),
        ...(options.token && options.membership && { 'x-vitrine-membership': options.membership }),
      },
      ...(options.body !== undefined && { body: JSON.stringify(options.body) }),
      ...(options.signal && { signal: options.signal }),
    });
  } catch (cause) {
    throw new VitrineError('network', 'The shop could not be reached.', { cause });
  }
  let payload: unknown = null;
  try {
    if (response.status !== 204) payload = await response.json();
  } catch (cause) {
    if (!response.ok)
      throw new VitrineError(
        errorCodeForStatus(response.status),
        httpFailureMessage(response.status),
        {
          status: response.status,
          cause,
        },
      );
    throw new VitrineError('invalid-response', 'The shop sent an unreadable answer.', { cause });
  }
  if (!response.ok) {
    const parsed = v.safeParse(errorSchema, payload);
    const message = parsed.success
      ? parsed.output.error.message
      : httpFailureMessage(response.status);
    const fields = parsed.success ? (parsed.output.error.fields ?? []) : [];
    throw new VitrineError(errorCodeForStatus(response.status), message, {
      status: response.status,
      fields,
    });
  }
  const parsed = v.safeParse(schema, payload);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = issue ? v.getDotPath(issue) : null;
    throw new VitrineError('invalid-response', 'The shop sent an answer we cannot read.', {
      fields: issue ? [{ path: path ?? '', message: issue.message }] : [],
    });
  }
  return parsed.output;
}
