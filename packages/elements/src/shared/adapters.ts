import type { CommerceAdapter } from '@vitrine/core';

export interface AdapterConfig {
  /** Absolute URL of the backend, resolved from the `api` attribute. */
  readonly api: string;
  /** The backend's public key (`api-key`): Medusa's publishable key, Vendure's channel token. */
  readonly apiKey?: string | undefined;
  /** The storefront's currency and language, for backends that price or translate by them. */
  readonly currency?: string | undefined;
  readonly locale?: string | undefined;
  /** The buyer's country (ISO 3166-1 alpha-2), for backends whose prices and VAT depend on it. */
  readonly country?: string | undefined;
}

/** Builds an adapter; a factory may load its adapter's code on first use (a lazy chunk). */
export type AdapterFactory = (config: AdapterConfig) => CommerceAdapter | Promise<CommerceAdapter>;

const KEY = Symbol.for('vitrine.adapters');
const factories: Map<string, AdapterFactory> =
  ((globalThis as Record<symbol, unknown>)[KEY] as Map<string, AdapterFactory> | undefined) ??
  new Map();
(globalThis as Record<symbol, unknown>)[KEY] = factories;

/** Makes a backend available to `<vt-storefront adapter="name">`. */
export function registerAdapter(name: string, factory: AdapterFactory): void {
  factories.set(name, factory);
}

export function createAdapter(
  name: string,
  config: AdapterConfig,
): CommerceAdapter | Promise<CommerceAdapter> | undefined {
  return factories.get(name)?.(config);
}

export function adapterNames(): string[] {
  return [...factories.keys()];
}
