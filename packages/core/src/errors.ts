/** What went wrong, in terms an element can act on. */
export type VitrineErrorCode =
  | 'network' // the request never got an answer
  | 'server' // 5xx: the backend failed
  | 'invalid-response' // the backend answered with something we cannot trust
  | 'not-found'
  | 'validation' // the backend rejected our input (400/422)
  | 'conflict' // 409: state changed since it was read
  | 'invalid-input'; // the caller passed a value core refuses (bad money, bad quantity…)

export interface FieldError {
  readonly path: string;
  readonly message: string;
}

/** The only error type that crosses the adapter boundary. */
export class VitrineError extends Error {
  override readonly name = 'VitrineError';
  readonly code: VitrineErrorCode;
  readonly status: number | undefined;
  readonly fields: readonly FieldError[];

  constructor(
    code: VitrineErrorCode,
    message: string,
    options: { status?: number; fields?: readonly FieldError[]; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.code = code;
    this.status = options.status;
    this.fields = options.fields ?? [];
  }

  /** Worth trying again as it is: the network or the server failed, not the request. */
  get retryable(): boolean {
    return this.code === 'network' || this.code === 'server';
  }
}

export function isVitrineError(error: unknown): error is VitrineError {
  return error instanceof VitrineError;
}

export function isNotFoundError(error: unknown): error is VitrineError {
  return isVitrineError(error) && error.code === 'not-found';
}

/** Wraps anything thrown into a VitrineError so that callers handle one type. */
export function toVitrineError(error: unknown): VitrineError {
  if (isVitrineError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new VitrineError('network', message, { cause: error });
}

/** What an HTTP error status means to the storefront, for adapters of HTTP backends. */
export function errorCodeForStatus(status: number): VitrineErrorCode {
  if (status === 404) return 'not-found';
  if (status === 409) return 'conflict';
  if (status >= 500) return 'server';
  return 'validation';
}

/** What a shopper reads when the backend's answer says nothing useful (a proxy's HTML page). */
export function httpFailureMessage(status: number): string {
  return status >= 500
    ? `The shop is not answering right now (HTTP ${status}). Please try again in a moment.`
    : `The shop refused the request (HTTP ${status}).`;
}
