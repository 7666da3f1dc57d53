import type { CommerceAdapter, SignInCredentials } from '@vitrine/core';

export type Fetch = typeof globalThis.fetch;

/** The names of the checks, so that a subject can skip one with its reason. */
export const CHECKS = [
  'catalog-list',
  'catalog-paging',
  'catalog-search',
  'catalog-sorts',
  'catalog-categories',
  'catalog-facets',
  'catalog-filters',
  'catalog-rating-sort',
  'catalog-suggestions',
  'product-detail',
  'product-variants',
  'product-not-found',
  'prices',
  'tiers',
  'cart-lifecycle',
  'cart-not-found',
  'cart-invalid-quantity',
  'sign-in',
  'errors',
] as const;
export type CheckName = (typeof CHECKS)[number];

/** What the suite needs to know about one adapter on one backend. */
export interface ConformanceSubject {
  /** Shown in the test report, e.g. "reference adapter on the reference server". */
  readonly name: string;
  /**
   * Builds the adapter on the given fetch. The suite wraps `fetch` below to inject faults
   * (network down, 5xx, malformed answers), so the adapter must send every request through it.
   */
  createAdapter(fetch: Fetch): CommerceAdapter;
  /** Where requests really go: the global fetch, an in-process server, or recorded answers. */
  readonly fetch: Fetch;
  /** Credentials that work and credentials that do not, for backends with sign-in. */
  readonly signIn?: {
    readonly valid: SignInCredentials;
    readonly invalid: SignInCredentials;
  };
  /**
   * Checks this subject cannot run, each with the reason shown in the report (e.g. a replay of
   * recorded answers has no recording for it). A capability the adapter does not declare is
   * skipped by the suite itself.
   */
  readonly skip?: Partial<Record<CheckName, string>>;
  /** Run before the first and after the last check (start and stop a server). */
  readonly before?: () => Promise<void>;
  readonly after?: () => Promise<void>;
}
