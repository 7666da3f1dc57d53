import type { Storefront } from '@vitrine/core';

type Listener = () => void;

/**
 * Storefronts of the page, so that a widget placed outside <vt-storefront> (a cart button in the
 * host's header) finds one: by id, or the first one registered. Kept on globalThis so two copies
 * of the bundle on one page still share it.
 */
interface Registry {
  readonly byId: Map<string, Storefront>;
  readonly order: Storefront[];
  readonly listeners: Set<Listener>;
}

const KEY = Symbol.for('vitrine.registry');
const registry: Registry = ((globalThis as Record<symbol, unknown>)[KEY] as Registry) ?? {
  byId: new Map(),
  order: [],
  listeners: new Set(),
};
(globalThis as Record<symbol, unknown>)[KEY] = registry;

function notify(): void {
  for (const listener of registry.listeners) listener();
}

export function registerStorefront(storefront: Storefront, id?: string): () => void {
  registry.order.push(storefront);
  if (id) registry.byId.set(id, storefront);
  notify();
  return () => {
    registry.order.splice(registry.order.indexOf(storefront), 1);
    if (id && registry.byId.get(id) === storefront) registry.byId.delete(id);
    notify();
  };
}

/** The storefront with this id, or the page's default (first) one when no id is given. */
export function findStorefront(id?: string | null): Storefront | undefined {
  return id ? registry.byId.get(id) : registry.order[0];
}

export function onRegistryChange(listener: Listener): () => void {
  registry.listeners.add(listener);
  return () => registry.listeners.delete(listener);
}
