import type { VitrineError } from './errors.js';

/** Remote data as the UI sees it: what to show, and whether a request is under way. */
export type LoadState<T> =
  | { readonly status: 'idle' }
  | { readonly status: 'loading'; readonly data?: T }
  | { readonly status: 'ready'; readonly data: T }
  | { readonly status: 'error'; readonly error: VitrineError; readonly data?: T };
