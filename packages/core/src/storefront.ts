import { map, onMount } from 'nanostores';
import type { CommerceAdapter } from './adapter.js';
import { createCartStores } from './cart-store.js';
import { createCatalogStores } from './catalog-store.js';
import { createCompareStores } from './compare-store.js';
import { createProductStores } from './product-store.js';
import type { QuoteDraftStores } from './quote-draft-store.js';
import { createSessionStores } from './session-store.js';
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

  /*
   * The session lives in the same storage as the cart id (localStorage by default): every tab of
   * the shop acts for the same customer, until sign-out or the backend's expiry (12 hours on the
   * reference server). A token in sessionStorage would make a second tab a guest that cannot
   * read the customer's cart, whose id all tabs share.
   */
  const session = createSessionStores(adapter, storage, `vitrine:session:${adapter.id}`, () => {
    // Prices and permissions depend on who buys: what is on screen is read again.
    if (catalog.$catalog.lc > 0) void catalog.reloadCatalog();
    void products.reloadOpenProducts();
    if (cart.$cart.lc > 0) void cart.reloadCart();
  });

  let quoteDrafts: Promise<QuoteDraftStores> | undefined;
  /** The buyer's draft quote requests, loaded on first use: most visitors never ask for one. */
  function loadQuoteDrafts(): Promise<QuoteDraftStores> {
    return (quoteDrafts ??= import('./quote-draft-store.js').then((module) =>
      module.createQuoteDraftStores(adapter, storage, session.$customer),
    ));
  }

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
    ...session,
    loadQuoteDrafts,
  };
}

export type Storefront = ReturnType<typeof createStorefront>;
