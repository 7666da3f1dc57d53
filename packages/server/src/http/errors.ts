import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Every error code the API answers, with its HTTP status (see README.md and docs/server.md). */
export const ERROR_CODES = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_verified_buyer: 403,
  self_approval: 403,
  not_found: 404,
  out_of_stock: 409,
  price_changed: 409,
  invalid_transition: 409,
  quote_expired: 409,
  cart_checked_out: 409,
  already_reviewed: 409,
  already_decided: 409,
  payload_too_large: 413,
  idempotency_key_reused: 422,
  rate_limited: 429,
  internal: 500,
} as const satisfies Record<string, ContentfulStatusCode>;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface FieldError {
  path: string;
  message: string;
}

/** The one error body every endpoint returns: { "error": { code, message, fields, details? } }. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; fields: FieldError[]; details?: unknown };
}

/** Thrown anywhere in a request; the app's error handler turns it into the JSON body. */
export class ApiError extends Error {
  readonly status: ContentfulStatusCode;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldError[] = [],
    readonly extra: { details?: unknown; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = ERROR_CODES[code];
  }

  toBody(): ErrorBody {
    const body: ErrorBody = {
      error: { code: this.code, message: this.message, fields: this.fields },
    };
    if (this.extra.details !== undefined) body.error.details = this.extra.details;
    return body;
  }
}

export const notFound = (message: string): ApiError => new ApiError('not_found', message);

export const forbidden = (message: string): ApiError => new ApiError('forbidden', message);

export const unauthenticated = (message: string): ApiError =>
  new ApiError('unauthenticated', message, [], { headers: { 'WWW-Authenticate': 'Bearer' } });

export const validationError = (fields: FieldError[], message?: string): ApiError =>
  new ApiError(
    'validation',
    message ??
      (fields.length > 0 ? `Invalid ${fields.map((f) => f.path).join(', ')}` : 'Invalid request'),
    fields,
  );
