import { map, onMount } from 'nanostores';
import type { CommerceAdapter } from './adapter.js';
import { createCartStores } from './cart-store.js';
import { createCatalogStores } from './catalog-store.js';
import { createCompareStores } from './compare-store.js';
import { createProductStores } from './product-store.js';
import type { CatalogQuery } from './catalog.js';
import {
  DEFAULT_SETTINGS,
  TAX_DISPLAYS,
  type StorefrontSettings,
  type TaxDisplay,
} from './settings.js';
import { browserStorage, type KeyValueStorage } from './storage.js';

export interface StorefrontOptions {
  readonly adapter: CommerceAdapter;
  readonly settings?: Partial<StorefrontSettings>;
  readonly query?: Partial<CatalogQuery>;
  readonly storage?: KeyValueStorage;
}

/**
 * One shop on a page: the adapter, the stores every widget reads, and the actions they call.
 * Elements get it through context; nothing here knows about the DOM or Lit.
 */
export function createStorefront(options: StorefrontOptions) {
  const { adapter } = options;
  const storage = options.storage ?? browserStorage();
  const taxChoiceKey = `vitrine:tax-display:${adapter.id}`;

  /** The visitor's own HT / TTC choice, remembered across pages, visits and tabs. */
  function visitorTaxDisplay(): TaxDisplay | undefined {
    const saved = storage.get(taxChoiceKey);
    return TAX_DISPLAYS.find((display) => display === saved);
  }

  const chosen = visitorTaxDisplay();
  const $settings = map<StorefrontSettings>({
    ...DEFAULT_SETTINGS,
    ...options.settings,
    ...(chosen && { taxDisplay: chosen }),
  });
  const catalog = createCatalogStores(adapter, options.query ?? {});
  const cart = createCartStores(adapter, storage, () => $settings.get().currency);
  const products = createProductStores(adapter);
  const compare = createCompareStores(storage, `vitrine:compare:${adapter.id}`);

  function chooseTaxDisplay(display: TaxDisplay): void {
    storage.set(taxChoiceKey, display);
    updateSettings({ taxDisplay: display });
  }

  onMount($settings, () =>
    storage.watch(taxChoiceKey, () => {
      const display = visitorTaxDisplay();
      if (display) updateSettings({ taxDisplay: display });
    }),
  );

  function updateSettings(change: Partial<StorefrontSettings>): void {
    const current = $settings.get();
    const next = { ...current, ...change };
    const keys = Object.keys(next) as (keyof StorefrontSettings)[];
    if (keys.some((key) => next[key] !== current[key])) $settings.set(next);
  }

  return {
    adapter,
    $settings,
    updateSettings,
    visitorTaxDisplay,
    chooseTaxDisplay,
    ...catalog,
    ...cart,
    ...products,
    ...compare,
  };
}

export type Storefront = ReturnType<typeof createStorefront>;
