import type { ContentfulStatusCode } from 'hono/utils/http-status';

export type ErrorCode =
  'validation' | 'not_found' | 'out_of_stock' | 'payload_too_large' | 'internal';

export interface FieldError {
  path: string;
  message: string;
}

/** The one error body every endpoint returns: { "error": { code, message, fields } }. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; fields: FieldError[] };
}

/** Thrown anywhere in a request; the app's error handler turns it into the JSON body. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toBody(): ErrorBody {
    return { error: { code: this.code, message: this.message, fields: this.fields } };
  }
}

export const notFound = (message: string): ApiError => new ApiError(404, 'not_found', message);

export const validationError = (fields: FieldError[], message?: string): ApiError =>
  new ApiError(
    400,
    'validation',
    message ??
      (fields.length > 0 ? `Invalid ${fields.map((f) => f.path).join(', ')}` : 'Invalid request'),
    fields,
  );
