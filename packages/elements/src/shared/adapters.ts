import type { CommerceAdapter } from '@vitrine/core';

export interface AdapterConfig {
  /** Absolute URL of the backend, resolved from the `api` attribute. */
  readonly api: string;
}

export type AdapterFactory = (config: AdapterConfig) => CommerceAdapter;

const KEY = Symbol.for('vitrine.adapters');
const factories: Map<string, AdapterFactory> =
  ((globalThis as Record<symbol, unknown>)[KEY] as Map<string, AdapterFactory> | undefined) ??
  new Map();
(globalThis as Record<symbol, unknown>)[KEY] = factories;

/** Makes a backend available to `<vt-storefront adapter="name">`. */
export function registerAdapter(name: string, factory: AdapterFactory): void {
  factories.set(name, factory);
}

export function createAdapter(name: string, config: AdapterConfig): CommerceAdapter | undefined {
  return factories.get(name)?.(config);
}

export function adapterNames(): string[] {
  return [...factories.keys()];
}
