import { VitrineError, type VitrineErrorCode } from '@vitrine/core';
import type { GraphqlErrorPayload } from './schemas.js';

/**
 * What each `extensions.code` of a Vendure GraphQL error means for the storefront. The backend's
 * own message (technical, sometimes localised) goes into `fields`; the message is a shopper's.
 */
const MEANINGS: Record<string, { code: VitrineErrorCode; status: number; message: string }> = {
  FORBIDDEN: {
    code: 'validation',
    status: 403,
    message: 'Your session has ended. Please sign in again.',
  },
  UNAUTHORIZED: {
    code: 'validation',
    status: 401,
    message: 'Please sign in to do this.',
  },
  ENTITY_NOT_FOUND: { code: 'not-found', status: 404, message: 'This item no longer exists.' },
  USER_INPUT_ERROR: { code: 'validation', status: 400, message: 'The shop refused this value.' },
  BAD_USER_INPUT: { code: 'validation', status: 400, message: 'The shop refused this value.' },
  ILLEGAL_OPERATION: {
    code: 'conflict',
    status: 409,
    message: 'The shop cannot do this in the current state.',
  },
  CHANNEL_NOT_FOUND: {
    code: 'validation',
    status: 400,
    message: 'This shop is not set up correctly (unknown channel).',
  },
  // The shop's schema does not have what we asked for: another Vendure version or a plugin.
  GRAPHQL_VALIDATION_FAILED: {
    code: 'invalid-response',
    status: 400,
    message: 'The shop does not offer what this storefront needs.',
  },
  GRAPHQL_PARSE_FAILED: {
    code: 'invalid-response',
    status: 400,
    message: 'The shop does not offer what this storefront needs.',
  },
  INTERNAL_SERVER_ERROR: {
    code: 'server',
    status: 500,
    message: 'The shop had a problem. Please try again.',
  },
};

const UNKNOWN = { code: 'server', status: 500, message: 'The shop had a problem.' } as const;

/** The GraphQL error codes after which the session token is no longer any good. */
export const SESSION_ENDED = new Set(['FORBIDDEN']);

export function graphqlErrorCode(error: GraphqlErrorPayload): string {
  return error.extensions?.code ?? '';
}

export function fromGraphqlError(error: GraphqlErrorPayload): VitrineError {
  const meaning = MEANINGS[graphqlErrorCode(error)] ?? UNKNOWN;
  return new VitrineError(meaning.code, meaning.message, {
    status: meaning.status,
    fields: [{ path: error.path?.join('.') ?? '', message: error.message }],
  });
}
