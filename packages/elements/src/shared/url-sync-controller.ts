import {
  amountFromInput,
  decimalFromMinorUnits,
  SORTS,
  type CatalogQuery,
  type CatalogSort,
  type PriceRange,
  type Storefront,
} from '@vitrine/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const PARAMS = {
  text: 'q',
  category: 'category',
  brand: 'brand',
  sort: 'sort',
  page: 'page',
} as const;

/** The part of the catalog query that the page URL carries. */
export function queryFromUrl(url: URL): Partial<CatalogQuery> {
  const params = url.searchParams;
  const page = Number(params.get(PARAMS.page));
  const sort = params.get(PARAMS.sort);
  return {
    text: params.get(PARAMS.text) ?? '',
    category: params.get(PARAMS.category) ?? '',
    brand: params.get(PARAMS.brand) ?? '',
    sort: SORTS.includes(sort as CatalogSort) ? (sort as CatalogSort) : 'relevance',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** Where the filters beyond category and brand go: `spec.<name>` holds one specification. */
const FILTER_PARAMS = {
  seller: 'seller',
  inStock: 'in-stock',
  priceMin: 'price-min',
  priceMax: 'price-max',
  priceTax: 'price-tax',
} as const;
const SPEC_PREFIX = 'spec.';

/**
 * The filters beyond category and brand that the page URL carries, every one of them (a filter
 * absent from the URL is lifted). Prices are decimals in the shop's currency ("12.50"), stated
 * TTC or HT by `price-tax`; without it, in the tax display the page starts with.
 */
export function filtersFromUrl(
  url: URL,
  currency: string,
  includesTax: boolean,
): Required<Pick<CatalogQuery, 'seller' | 'inStock' | 'specs'>> & Pick<CatalogQuery, 'price'> {
  const params = url.searchParams;
  const bound = (name: string) => {
    const text = params.get(name);
    return text === null ? undefined : (amountFromInput(text, currency, 'en') ?? undefined);
  };
  const [min, max] = [bound(FILTER_PARAMS.priceMin), bound(FILTER_PARAMS.priceMax)];
  const tax = params.get(FILTER_PARAMS.priceTax);
  const price: PriceRange = {
    ...(min !== undefined && { min }),
    ...(max !== undefined && { max }),
    includesTax: tax === null ? includesTax : tax === 'incl',
  };
  const specs: Record<string, string> = {};
  for (const [key, value] of params) {
    if (key.startsWith(SPEC_PREFIX) && key.length > SPEC_PREFIX.length && value) {
      specs[key.slice(SPEC_PREFIX.length)] = value;
    }
  }
  return {
    seller: params.get(FILTER_PARAMS.seller) ?? '',
    inStock: params.get(FILTER_PARAMS.inStock) === '1',
    // A minimum above the maximum is no range a person set: the link was edited by hand.
    price: (min ?? max) === undefined || (min ?? 0) > (max ?? Infinity) ? undefined : price,
    specs,
  };
}

/** The filters' part of the page URL, written on `url`. */
function writeFilters(url: URL, query: CatalogQuery, currency: string): void {
  const { seller, inStock, price, specs } = query;
  const decimal = (amount: number | undefined) =>
    amount === undefined ? '' : decimalFromMinorUnits(amount, currency);
  const bounded = price?.min !== undefined || price?.max !== undefined;
  const values: Record<keyof typeof FILTER_PARAMS, string> = {
    seller: seller ?? '',
    inStock: inStock ? '1' : '',
    priceMin: decimal(price?.min),
    priceMax: decimal(price?.max),
    priceTax: bounded ? (price.includesTax ? 'incl' : 'excl') : '',
  };
  for (const key of Object.keys(FILTER_PARAMS) as (keyof typeof FILTER_PARAMS)[]) {
    if (values[key]) url.searchParams.set(FILTER_PARAMS[key], values[key]);
    else url.searchParams.delete(FILTER_PARAMS[key]);
  }
  for (const key of [...url.searchParams.keys()]) {
    if (key.startsWith(SPEC_PREFIX)) url.searchParams.delete(key);
  }
  for (const [name, value] of Object.entries(specs ?? {})) {
    if (value) url.searchParams.set(`${SPEC_PREFIX}${name}`, value);
  }
}

/**
 * The page URL for a query: defaults are left out, the host's other parameters are kept. Price
 * bounds are written as decimals of `currency`, the shop's.
 */
export function urlForQuery(current: URL, query: CatalogQuery, currency = 'EUR'): URL {
  const url = new URL(current);
  const values: Record<keyof typeof PARAMS, string> = {
    text: query.text,
    category: query.category,
    brand: query.brand ?? '',
    sort: query.sort === 'relevance' ? '' : query.sort,
    page: query.page === 1 ? '' : String(query.page),
  };
  for (const key of Object.keys(PARAMS) as (keyof typeof PARAMS)[]) {
    if (values[key]) url.searchParams.set(PARAMS[key], values[key]);
    else url.searchParams.delete(PARAMS[key]);
  }
  writeFilters(url, query, currency);
  return url;
}

/** The whole query a page URL carries, filters included, for a storefront's shop. */
function urlQuery(url: URL, storefront: Storefront): Partial<CatalogQuery> {
  const { currency, taxDisplay } = storefront.$settings.get();
  return { ...queryFromUrl(url), ...filtersFromUrl(url, currency, taxDisplay === 'incl') };
}

/**
 * Keeps the catalog query in the page URL, so back / forward and shared links work: the URL is
 * read when the catalog appears and on every history move, and written on every query change.
 */
export class UrlSyncController implements ReactiveController {
  private stop: (() => void) | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly storefront: () => Storefront | undefined,
    private readonly enabled: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.onPopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
    this.stop?.();
    this.stop = undefined;
  }

  /** Starts following the storefront's query; called when the storefront is known. */
  attach(): void {
    this.stop?.();
    this.stop = undefined;
    const storefront = this.storefront();
    if (!storefront || !this.enabled()) return;
    storefront.setQuery(urlQuery(new URL(location.href), storefront));
    this.stop = storefront.$query.listen((query) => {
      const next = urlForQuery(new URL(location.href), query, storefront.$settings.get().currency);
      if (next.href === location.href) return;
      // A new search or page is a step back can return to; typing refines the current one.
      const sameSearch =
        new URL(location.href).searchParams.get(PARAMS.text) === (query.text || null);
      if (sameSearch) history.pushState(history.state, '', next);
      else history.replaceState(history.state, '', next);
    });
  }

  private readonly onPopState = (): void => {
    const storefront = this.storefront();
    if (this.enabled() && storefront)
      storefront.setQuery(urlQuery(new URL(location.href), storefront));
  };
}
