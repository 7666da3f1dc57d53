import {
  errorCodeForStatus,
  httpFailureMessage,
  VitrineError,
  type SessionToken,
} from '@vitrine/core';
import * as v from 'valibot';
import { errorSchema } from './schemas.js';

export interface MedusaRequest {
  readonly method?: 'GET' | 'POST' | 'DELETE';
  /** Path and query from the backend's root, e.g. "/store/products?limit=24". */
  readonly path: string;
  readonly body?: unknown;
  readonly signal?: AbortSignal | undefined;
  /**
   * Only the customer may ask (their own record): when Medusa refuses the token, the refusal is
   * the answer, not a reason to ask again as a guest.
   */
  readonly forCustomer?: boolean;
}

export interface MedusaClientOptions {
  readonly baseUrl: string;
  readonly publishableKey: string;
  readonly fetch: typeof fetch;
  /** The signed-in customer's token, read at each request; forgotten when Medusa refuses it. */
  readonly session: Pick<SessionToken, 'read' | 'forget'>;
}

export type MedusaClient = <S extends v.GenericSchema>(
  request: MedusaRequest,
  schema: S,
) => Promise<v.InferOutput<S>>;

/** Medusa's words for a refused key, e.g. "Publishable API key required in the request header". */
const KEY_REFUSED = /publishable/i;

function errorFrom(status: number, payload: unknown): VitrineError {
  const parsed = v.safeParse(errorSchema, payload);
  const message = parsed.success ? parsed.output.message : httpFailureMessage(status);
  if (status < 500 && KEY_REFUSED.test(message)) {
    return new VitrineError(
      'validation',
      `The shop's publishable API key is missing or wrong. Medusa said: ${message}`,
      { status },
    );
  }
  return new VitrineError(errorCodeForStatus(status), message, { status });
}

/**
 * One JSON request to Medusa: the publishable key on every Store API request, the customer's
 * token when signed in. Network failures, error statuses and payloads that do not match the
 * schema all become VitrineErrors. Tokens never appear in error messages.
 *
 * Medusa answers 401 to an expired, forged or revoked token even on public routes: the token is
 * then forgotten and the request made again as a guest's (Medusa refused it before doing
 * anything), so that a customer whose session ran out still sees the shop.
 */
export function createMedusaClient(options: MedusaClientOptions): MedusaClient {
  const send = createSender(options);
  return async (request, schema) => {
    const token = options.session.read();
    try {
      return await send(request, schema, token);
    } catch (error) {
      if (!token || !(error instanceof VitrineError && error.status === 401)) throw error;
      // Another tab may have signed in anew meanwhile: its token is not the one refused.
      if (options.session.read() === token) options.session.forget();
      if (request.forCustomer) throw error;
      return send(request, schema, undefined);
    }
  };
}

function createSender(options: MedusaClientOptions) {
  const root = options.baseUrl.replace(/\/+$/, '');

  return async <S extends v.GenericSchema>(
    request: MedusaRequest,
    schema: S,
    token: string | undefined,
  ): Promise<v.InferOutput<S>> => {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (request.path.startsWith('/store/')) {
      headers['x-publishable-api-key'] = options.publishableKey;
    }
    if (token) headers.authorization = `Bearer ${token}`;
    if (request.body !== undefined) headers['content-type'] = 'application/json';

    let response: Response;
    try {
      response = await options.fetch(`${root}${request.path}`, {
        method: request.method ?? 'GET',
        headers,
        ...(request.body !== undefined && { body: JSON.stringify(request.body) }),
        ...(request.signal && { signal: request.signal }),
      });
    } catch (cause) {
      throw new VitrineError('network', 'The shop could not be reached.', { cause });
    }

    let payload: unknown;
    try {
      payload = await response.json();
    } catch (cause) {
      if (!response.ok) {
        throw new VitrineError(
          errorCodeForStatus(response.status),
          httpFailureMessage(response.status),
          {
            status: response.status,
            cause,
          },
        );
      }
      throw new VitrineError('invalid-response', 'The shop sent an unreadable answer.', { cause });
    }
    if (!response.ok) throw errorFrom(response.status, payload);

    const parsed = v.safeParse(schema, payload);
    if (!parsed.success) {
      const issue = parsed.issues[0];
      throw new VitrineError('invalid-response', 'The shop sent an answer we cannot read.', {
        fields: issue ? [{ path: v.getDotPath(issue) ?? '', message: issue.message }] : [],
      });
    }
    return parsed.output;
  };
}
