import { SORTS, type CatalogQuery, type CatalogSort, type Storefront } from '@vitrine/core';
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

/** The page URL for a query: defaults are left out, the host's other parameters are kept. */
export function urlForQuery(current: URL, query: CatalogQuery): URL {
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
  return url;
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
    storefront.setQuery(queryFromUrl(new URL(location.href)));
    this.stop = storefront.$query.listen((query) => {
      const next = urlForQuery(new URL(location.href), query);
      if (next.href === location.href) return;
      // A new search or page is a step back can return to; typing refines the current one.
      const sameSearch =
        new URL(location.href).searchParams.get(PARAMS.text) === (query.text || null);
      if (sameSearch) history.pushState(history.state, '', next);
      else history.replaceState(history.state, '', next);
    });
  }

  private readonly onPopState = (): void => {
    if (this.enabled()) this.storefront()?.setQuery(queryFromUrl(new URL(location.href)));
  };
}
