import {
  errorCodeForStatus,
  httpFailureMessage,
  VitrineError,
  type SessionToken,
} from '@vitrine/core';
import * as v from 'valibot';
import { fromGraphqlError, graphqlErrorCode, SESSION_ENDED } from './graphql-errors.js';
import { envelopeSchema, type GraphqlErrorPayload } from './schemas.js';

/** The response header in which Vendure hands out the session token (bearer token method). */
export const AUTH_TOKEN_HEADER = 'vendure-auth-token';

export interface GraphqlClientOptions {
  /** The Shop API URL, with `languageCode` / `currencyCode` already in its query. */
  readonly endpoint: string;
  readonly fetch: typeof fetch;
  readonly channelToken?: string | undefined;
  readonly token: SessionToken;
}

export interface GraphqlRequestOptions {
  readonly signal?: AbortSignal | undefined;
  /**
   * Gives a GraphQL error a meaning specific to this operation (e.g. ENTITY_NOT_FOUND on
   * addItemToOrder is an unknown offer); undefined falls back to the general meaning.
   */
  readonly onError?: (error: GraphqlErrorPayload) => VitrineError | undefined;
}

export type GraphqlRequest = <S extends v.GenericSchema>(
  query: string,
  variables: Record<string, unknown>,
  schema: S,
  options?: GraphqlRequestOptions,
) => Promise<v.InferOutput<S>>;

function operationName(query: string): string | undefined {
  return /^\s*(?:query|mutation)\s+(\w+)/.exec(query)?.[1];
}

/**
 * One GraphQL operation over POST. Network failures, HTTP errors, GraphQL `errors` and answers
 * that do not match the schema all become VitrineErrors; the session token travels both ways.
 */
export function createGraphqlClient(options: GraphqlClientOptions): GraphqlRequest {
  return async (query, variables, schema, { signal, onError } = {}) => {
    const headers: Record<string, string> = {
      accept: 'application/json',
      'content-type': 'application/json',
    };
    if (options.channelToken) headers['vendure-token'] = options.channelToken;
    const token = options.token.read();
    if (token) headers.authorization = `Bearer ${token}`;

    let response: Response;
    let text: string;
    try {
      response = await options.fetch(options.endpoint, {
        method: 'POST',
        headers,
        body: JSON.stringify({ operationName: operationName(query), query, variables }),
        ...(signal && { signal }),
      });
      text = await response.text();
    } catch (cause) {
      throw new VitrineError('network', 'The shop could not be reached.', { cause });
    }
    const issued = response.headers.get(AUTH_TOKEN_HEADER);
    if (issued) options.token.keep(issued);

    let payload: unknown;
    try {
      payload = JSON.parse(text);
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

    const envelope = v.safeParse(envelopeSchema, payload);
    const firstError = envelope.success ? envelope.output.errors?.[0] : undefined;
    if (firstError) {
      if (SESSION_ENDED.has(graphqlErrorCode(firstError))) options.token.forget();
      throw onError?.(firstError) ?? fromGraphqlError(firstError);
    }
    if (!response.ok) {
      throw new VitrineError(
        errorCodeForStatus(response.status),
        httpFailureMessage(response.status),
        {
          status: response.status,
        },
      );
    }
    const data = v.safeParse(schema, envelope.success ? envelope.output.data : undefined);
    if (!data.success) {
      const [first] = data.issues;
      throw new VitrineError('invalid-response', 'The shop sent an answer we cannot read.', {
        fields: [{ path: v.getDotPath(first) ?? '', message: first.message }],
      });
    }
    return data.output;
  };
}
