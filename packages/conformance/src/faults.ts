import type { VitrineErrorCode } from '@vitrine/core';
import type { Fetch } from './subject.js';

/** What a backend or the network does wrong, and the error code the contract expects. */
export const FAULTS = {
  /** The request never gets an answer (offline, DNS, CORS, connection reset). */
  'network down': {
    expected: 'network',
    answer: () => Promise.reject(new TypeError('fetch failed')),
  },
  /** A proxy in front of the backend answers with its own HTML page. */
  'HTTP 503 with an HTML page': {
    expected: 'server',
    answer: () =>
      Promise.resolve(
        new Response('<!doctype html><title>503 Service Unavailable</title>', {
          status: 503,
          headers: { 'content-type': 'text/html' },
        }),
      ),
  },
  /** The backend changed its payloads: valid JSON, not what the adapter knows. */
  'HTTP 200 with an unexpected shape': {
    expected: 'invalid-response',
    answer: () => Promise.resolve(Response.json({ unexpected: [{ shape: true }] })),
  },
  /** A captive portal or a maintenance page answers instead of the API. */
  'HTTP 200 that is not JSON': {
    expected: 'invalid-response',
    answer: () =>
      Promise.resolve(
        new Response('<!doctype html><p>Back soon</p>', {
          status: 200,
          headers: { 'content-type': 'text/html' },
        }),
      ),
  },
} satisfies Record<string, { expected: VitrineErrorCode; answer: () => Promise<Response> }>;

export type FaultName = keyof typeof FAULTS;

/** Wraps a fetch so that a check can make every request fail one way, then heal it. */
export function faultableFetch(real: Fetch) {
  let fault: FaultName | null = null;
  const fetch: Fetch = (input, init) => (fault ? FAULTS[fault].answer() : real(input, init));
  return {
    fetch,
    inject(name: FaultName | null) {
      fault = name;
    },
  };
}
