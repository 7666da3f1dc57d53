/** Where small state (the cart id) persists. Swappable so tests and hosts can choose. */
export interface KeyValueStorage {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
  remove(key: string): void;
  /** Calls back when another tab changed the key; returns the unsubscribe function. */
  watch(key: string, callback: () => void): () => void;
}

/** In-memory engine: tests, and hosts where storage is forbidden. */
export function memoryStorage(): KeyValueStorage {
  const values = new Map<string, string>();
  return {
    get: (key) => values.get(key),
    set: (key, value) => void values.set(key, value),
    remove: (key) => void values.delete(key),
    watch: () => () => {},
  };
}

/**
 * localStorage engine, shared by the tabs of one browser profile. Tolerates storage that is
 * disabled or full (private modes, sandboxed iframes): the cart then lives as long as the page.
 */
export function browserStorage(): KeyValueStorage {
  const fallback = memoryStorage();
  let store: Storage | undefined;
  try {
    store = globalThis.localStorage;
    const probe = '__vitrine_probe__';
    store.setItem(probe, probe);
    store.removeItem(probe);
  } catch {
    return fallback;
  }
  const local = store;
  return {
    get(key) {
      try {
        return local.getItem(key) ?? undefined;
      } catch {
        return fallback.get(key);
      }
    },
    set(key, value) {
      try {
        local.setItem(key, value);
      } catch {
        fallback.set(key, value);
      }
    },
    remove(key) {
      try {
        local.removeItem(key);
      } catch {
        fallback.remove(key);
      }
    },
    watch(key, callback) {
      const onStorage = (event: StorageEvent) => {
        if (event.key === key || event.key === null) callback();
      };
      globalThis.addEventListener('storage', onStorage);
      return () => globalThis.removeEventListener('storage', onStorage);
    },
  };
}
