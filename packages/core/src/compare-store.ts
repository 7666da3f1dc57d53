import { atom, onMount } from 'nanostores';
import { MAX_COMPARED, type ComparedProduct } from './compare.js';
import type { KeyValueStorage } from './storage.js';

export type CompareStores = ReturnType<typeof createCompareStores>;

function parse(text: string | undefined): ComparedProduct[] {
  if (!text) return [];
  try {
    const value: unknown = JSON.parse(text);
    if (!Array.isArray(value)) return [];
    return value
      .filter(
        (item): item is ComparedProduct =>
          typeof item === 'object' &&
          item !== null &&
          typeof (item as ComparedProduct).id === 'string' &&
          typeof (item as ComparedProduct).name === 'string',
      )
      .slice(0, MAX_COMPARED);
  } catch {
    return []; // A corrupted entry must not break the page: start an empty comparison.
  }
}

/**
 * The products chosen for comparison (up to four). Persisted, so the tray follows the visitor
 * from page to page and across tabs.
 */
export function createCompareStores(storage: KeyValueStorage, key: string) {
  const $compare = atom<readonly ComparedProduct[]>(parse(storage.get(key)));

  onMount($compare, () => {
    $compare.set(parse(storage.get(key)));
    return storage.watch(key, () => $compare.set(parse(storage.get(key))));
  });

  function save(items: readonly ComparedProduct[]): void {
    $compare.set(items);
    storage.set(key, JSON.stringify(items));
  }

  /** Adds or removes a product; returns false when the comparison is already full. */
  function toggleCompare(product: ComparedProduct): boolean {
    const items = $compare.get();
    if (items.some((item) => item.id === product.id)) {
      save(items.filter((item) => item.id !== product.id));
      return true;
    }
    if (items.length >= MAX_COMPARED) return false;
    const { id, name, imageUrl } = product;
    save([...items, imageUrl ? { id, name, imageUrl } : { id, name }]);
    return true;
  }

  function clearCompare(): void {
    save([]);
  }

  return { $compare, toggleCompare, clearCompare };
}
