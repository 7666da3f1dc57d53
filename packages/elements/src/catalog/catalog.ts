import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import {
  DEFAULT_QUERY,
  formatCount,
  pageCount,
  productStructuredData,
  SORTS,
  type CatalogQuery,
  type CatalogSort,
  type ProductSummary,
  type Storefront,
} from '@vitrine/core';
import { html, nothing, type PropertyValues } from 'lit';
import { VitrineElement } from '../shared/vitrine-element.js';
import { errorMessage } from '../shared/error-message.js';
import { intlLocale, isSingular, pageLocale } from '../shared/localize.js';
import { StorefrontController } from '../shared/storefront-controller.js';
import { StructuredDataController } from '../shared/structured-data-controller.js';
import { UrlSyncController } from '../shared/url-sync-controller.js';
import '../product-card/vt-product-card.js';
import { styles } from './catalog.styles.js';
import type { ResultListController } from './result-list-controller.js';
import type { SearchSuggestions } from './suggestions-controller.js';

const SEARCH_DELAY_MS = 250;
const SKELETON_CARDS = 8;
/** The most the reference server sends at once: fewer requests while scrolling the list. */
const LIST_PAGE_SIZE = 100;

function sortLabel(sort: CatalogSort): string {
  switch (sort) {
    case 'relevance':
      return msg('Relevance', { id: 'sort.relevance' });
    case 'price-asc':
      return msg('Price: low to high', { id: 'sort.priceAsc' });
    case 'price-desc':
      return msg('Price: high to low', { id: 'sort.priceDesc' });
    case 'name-asc':
      return msg('Name: A to Z', { id: 'sort.nameAsc' });
    case 'newest':
      return msg('Newest', { id: 'sort.newest' });
    case 'rating':
      return msg('Best rated', { id: 'sort.rating' });
  }
}

/**
 * @summary The product catalog: search with suggestions, category filter, sort, a grid of product
 * cards or a table of rows, in pages or in one list to scroll.
 * @attr storefront - Id of the `<vt-storefront>` to use when placed outside one.
 *
 * @fires vt-product-select - The visitor picked a suggested product (cancelable: the catalog
 * then goes to `product-href`, or searches for the product's name without one).
 *
 * @csspart toolbar - The search, category and sort controls.
 * @csspart search - The search field.
 * @csspart suggestions - The suggestions under the search field.
 * @csspart summary - The number of products found.
 * @csspart grid - The list of cards.
 * @csspart table - The table of rows (`layout="table"` or `"list"`).
 * @csspart pagination - Previous / next page controls.
 * @csspart error - The message shown when products cannot be loaded, with its retry button.
 * @csspart empty - The message shown when nothing matches.
 * @cssproperty --vt-catalog-min-card-width - Narrowest a card gets before the grid wraps (default 220px).
 * @cssproperty --vt-catalog-sticky-top - Where the column heads of `layout="list"` stay while the page scrolls: the height of the host page's own sticky header (default 0).
 */
export class VtCatalog extends VitrineElement {
  static override styles = styles;

  static override properties = {
    pageSize: { type: Number, attribute: 'page-size' },
    category: { type: String },
    productHref: { type: String, attribute: 'product-href' },
    compare: { type: Boolean },
    layout: { type: String },
    syncUrl: { type: Boolean, attribute: 'sync-url' },
  };

  /** Products per page (1–100), with pages. Default: 24. */
  declare pageSize: number | undefined;
  /** Category id selected when the catalog first shows. */
  declare category: string | undefined;
  /** Link to a product's page, `{id}` standing for its id: `product.html?id={id}`. */
  declare productHref: string | undefined;
  /** Cards get a "Compare" box (place a `<vt-compare>` on the page). */
  declare compare: boolean;
  /**
   * `grid` of cards or dense `table` of rows, both in pages, or `list`: the table's rows in one
   * list scrolled with the page, for thousands of products (the results load 100 at a time as
   * they come into view). Default: table for `b2b`, grid for `b2c`.
   */
  declare layout: string | undefined;
  /** Keep search, category, brand, sort and page in the page URL (back / forward, shared links). */
  declare syncUrl: boolean;

  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  // Both load on first use: most visitors never need them.
  private suggestions: SearchSuggestions | undefined;
  private suggestionsLoad: Promise<void> | undefined;
  /** Typed while the suggestions loaded, and not searched for yet. */
  private typedBeforeSuggestions = false;
  private resultList: ResultListController | undefined;
  private resultListLoad: Promise<void> | undefined;

  private readonly storefront = new StorefrontController(
    this,
    (sf) => [sf.$settings, sf.$query, sf.$catalog, sf.$categories],
    (sf) => {
      if (sf) this.applyInitialQuery(sf);
      this.urlSync.attach();
    },
  );

  private readonly urlSync = new UrlSyncController(
    this,
    () => this.storefront.value,
    () => this.syncUrl,
  );

  // The cards live in this element's shadow root, so the list is described here, in light DOM.
  private readonly structuredData = new StructuredDataController(this, () => {
    const catalog = this.storefront.value?.$catalog.get();
    if (catalog?.status !== 'ready' || catalog.data.items.length === 0) return undefined;
    return {
      '@context': 'https://schema.org',
      '@type': 'ItemList',
      itemListElement: catalog.data.items.map((product, index) => {
        const href = this.hrefOf(product.id);
        const { '@context': _context, ...item } = productStructuredData(
          product,
          typeof href === 'string' ? new URL(href, document.baseURI).href : undefined,
        );
        return { '@type': 'ListItem', position: index + 1, item };
      }),
    };
  });

  constructor() {
    super();
    this.compare = false;
    this.syncUrl = false;
    updateWhenLocaleChanges(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.searchTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Switching between pages and the list changes how many products a request brings.
    const storefront = this.storefront.value;
    if (storefront && this.hasUpdated && changed.has('layout')) {
      storefront.setQuery({ pageSize: this.requestedPageSize() ?? DEFAULT_QUERY.pageSize });
    }
  }

  private applyInitialQuery(storefront: Storefront): void {
    const pageSize = this.requestedPageSize();
    const initial: Partial<CatalogQuery> = {
      ...(pageSize && { pageSize }),
      ...(this.category && { category: this.category }),
    };
    if (Object.keys(initial).length) storefront.setQuery(initial);
  }

  private requestedPageSize(): number | undefined {
    if (this.layout === 'list') return LIST_PAGE_SIZE;
    const valid = this.pageSize !== undefined && this.pageSize >= 1 && this.pageSize <= 100;
    return valid ? this.pageSize : undefined;
  }

  private get searchField(): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>('input[type=search]');
  }

  private onSearchInput(event: InputEvent): void {
    const text = (event.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.search({ text: text.trim() }), SEARCH_DELAY_MS);
    this.suggestions?.typed(text);
    this.typedBeforeSuggestions = !this.suggestions;
  }

  private search(change: Partial<CatalogQuery>): void {
    clearTimeout(this.searchTimer);
    this.storefront.value?.setQuery(change);
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    this.suggestions?.close();
    this.typedBeforeSuggestions = false;
    this.search({ text: this.searchField?.value.trim() ?? '' });
  }

  private loadSuggestions(): void {
    this.suggestionsLoad ??= import('./suggestions-controller.js').then(({ SearchSuggestions }) => {
      this.suggestions = new SearchSuggestions(this, {
        storefront: () => this.storefront.value,
        hrefOf: (id) => this.productHref?.replaceAll('{id}', encodeURIComponent(id)),
        search: (change) => this.search(change),
      });
      const text = this.searchField?.value;
      if (text && this.typedBeforeSuggestions) this.suggestions.typed(text);
    });
  }

  private goToPage(page: number): void {
    this.storefront.value?.setQuery({ page });
    this.renderRoot.querySelector<HTMLElement>('.summary')?.focus();
    this.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }

  protected override render() {
    const storefront = this.storefront.value;
    if (!storefront) return nothing;
    const query = storefront.$query.get();
    const catalog = storefront.$catalog.get();
    const categories = storefront.$categories.get();
    const page = 'data' in catalog ? catalog.data : undefined;
    const loading = catalog.status === 'loading' || catalog.status === 'idle';
    const suggests = storefront.adapter.capabilities.suggestions && !!storefront.adapter.suggest;
    const list = this.layout === 'list';
    return html`<section class="catalog" aria-label=${msg('Catalog', { id: 'catalog.label' })}>
      <form part="toolbar" class="toolbar" role="search" @submit=${this.onSubmit}>
        <div class="search">
          <label class="field">
            <span>${msg('Search', { id: 'catalog.search' })}</span>
            <input
              part="search"
              type="search"
              .value=${query.text}
              placeholder=${msg('Name, brand or SKU', { id: 'catalog.searchPlaceholder' })}
              @input=${this.onSearchInput}
              role=${suggests ? 'combobox' : nothing}
              aria-autocomplete=${suggests ? 'list' : nothing}
              aria-controls=${suggests ? 'suggestions' : nothing}
              aria-expanded=${suggests ? String(!!this.suggestions?.open) : nothing}
              aria-activedescendant=${this.suggestions?.activeId ?? nothing}
              autocomplete=${suggests ? 'off' : nothing}
              @focus=${suggests ? this.loadSuggestions : nothing}
              @keydown=${this.suggestions?.onKeydown ?? nothing}
            />
          </label>
          ${
            suggests
              ? (this.suggestions?.render() ??
                html`<div id="suggestions" role="listbox" hidden></div>`)
              : nothing
          }
        </div>
        <label class="field">
          <span>${msg('Category', { id: 'catalog.category' })}</span>
          <select
            @change=${(e: Event) =>
              storefront.setQuery({ category: (e.target as HTMLSelectElement).value })}
          >
            <option value="" ?selected=${!query.category}>
              ${msg('All categories', { id: 'catalog.allCategories' })}
            </option>
            ${
              categories.status === 'ready'
                ? categories.data.map(
                    (c) =>
                      html`<option value=${c.id} ?selected=${c.id === query.category}>
                        ${c.name}
                      </option>`,
                  )
                : nothing
            }
          </select>
        </label>
        <label class="field">
          <span>${msg('Sort by', { id: 'catalog.sortBy' })}</span>
          <select
            @change=${(e: Event) =>
              storefront.setQuery({ sort: (e.target as HTMLSelectElement).value as CatalogSort })}
          >
            ${SORTS.filter((s) => storefront.adapter.capabilities.sorts.includes(s)).map(
              (s) =>
                html`<option value=${s} ?selected=${s === query.sort}>${sortLabel(s)}</option>`,
            )}
          </select>
        </label>
      </form>
      <p part="summary" class="summary" role="status" tabindex="-1">
        ${page && catalog.status !== 'error' ? this.summary(page.total, page.query.text) : nothing}
      </p>
      ${
        catalog.status === 'error'
          ? html`<div part="error" class="notice error" role="alert">
              <p>${errorMessage(catalog.error)}</p>
              <button class="button secondary" @click=${() => void storefront.reloadCatalog()}>
                ${msg('Try again', { id: 'action.retry' })}
              </button>
            </div>`
          : nothing
      }
      ${page && page.total === 0 && !loading ? this.renderEmpty(storefront, page.query) : nothing}
      ${
        page
          ? list
            ? this.renderList(loading)
            : this.tableLayout(storefront)
              ? this.renderTable(page.items, loading)
              : this.renderGrid(page.items, loading)
          : loading
            ? this.renderSkeleton()
            : nothing
      }
      ${
        page && !list && pageCount(page) > 1
          ? this.renderPagination(page.page, pageCount(page))
          : nothing
      }
    </section>`;
  }

  private tableLayout(storefront: Storefront): boolean {
    if (this.layout === 'table' || this.layout === 'grid') return this.layout === 'table';
    return storefront.$settings.get().channel === 'b2b';
  }

  private renderGrid(items: readonly ProductSummary[], loading: boolean) {
    return html`<ul part="grid" class="grid" aria-busy=${loading ? 'true' : 'false'}>
      ${items.map(
        (product) =>
          html`<li>
            <vt-product-card
              .product=${product}
              href=${this.hrefOf(product.id)}
              ?compare=${this.compare}
            ></vt-product-card>
          </li>`,
      )}
    </ul>`;
  }

  private renderTable(items: readonly ProductSummary[], loading: boolean) {
    // Consumers never see the table: its rows load only when a professional page needs them.
    void import('../product-row/vt-product-row.js');
    return html`<div
      part="table"
      class="table"
      role="table"
      aria-label=${msg('Products', { id: 'catalog.products' })}
      aria-busy=${loading ? 'true' : 'false'}
    >
      ${this.tableHead()} ${items.map((product) => this.row(product))}
    </div>`;
  }

  private renderList(loading: boolean) {
    this.resultListLoad ??= import('./result-list-controller.js').then(
      ({ ResultListController }) => {
        this.resultList = new ResultListController(this, () => this.storefront.value);
        this.requestUpdate();
      },
    );
    return (
      this.resultList?.render({
        head: this.tableHead(),
        row: (product, index) => this.row(product, index + 2),
        busy: loading,
      }) ?? this.renderSkeleton()
    );
  }

  private tableHead() {
    return html`<div class="head" role="row" aria-rowindex="1">
      <span role="columnheader"
        ><span class="visually-hidden">${msg('Picture', { id: 'catalog.picture' })}</span></span
      >
      <span role="columnheader">${msg('Product', { id: 'catalog.product' })}</span>
      <span role="columnheader">${msg('Seller', { id: 'product.seller' })}</span>
      <span role="columnheader">${msg('Price', { id: 'product.price' })}</span>
      <span role="columnheader">${msg('Availability', { id: 'product.availability' })}</span>
      <span role="columnheader">${msg('Quantity', { id: 'product.quantity' })}</span>
    </div>`;
  }

  /** A table row; with `rowIndex`, a row of the virtual list, which measures it as it appears. */
  private row(product: ProductSummary, rowIndex?: number) {
    return html`<vt-product-row
      .product=${product}
      .renderAtOnce=${rowIndex !== undefined}
      href=${this.hrefOf(product.id)}
      aria-rowindex=${rowIndex ?? nothing}
      ?compare=${this.compare}
    ></vt-product-row>`;
  }

  private hrefOf(id: string) {
    return this.productHref?.replaceAll('{id}', encodeURIComponent(id)) ?? nothing;
  }

  private summary(total: number, text: string) {
    const locale = pageLocale();
    // "10,000 products", "10 000 produits": digits grouped as the page's language writes them.
    const count = formatCount(total, intlLocale());
    if (text) {
      return isSingular(total, locale)
        ? msg(str`${count} product for “${text}”`, { id: 'catalog.countFor.one' })
        : msg(str`${count} products for “${text}”`, { id: 'catalog.countFor.other' });
    }
    return isSingular(total, locale)
      ? msg(str`${count} product`, { id: 'catalog.count.one' })
      : msg(str`${count} products`, { id: 'catalog.count.other' });
  }

  private renderEmpty(storefront: Storefront, query: CatalogQuery) {
    return html`<div part="empty" class="notice empty">
      <p>${msg('No products match your search.', { id: 'catalog.empty' })}</p>
      ${
        query.text || query.category || query.brand
          ? html`<button
              class="button secondary"
              @click=${() => storefront.setQuery({ text: '', category: '', brand: '' })}
            >
              ${msg('Show all products', { id: 'catalog.clear' })}
            </button>`
          : nothing
      }
    </div>`;
  }

  private renderSkeleton() {
    return html`<ul class="grid" aria-hidden="true">
        ${Array.from({ length: SKELETON_CARDS }, () => html`<li class="skeleton"></li>`)}
      </ul>
      <p class="visually-hidden" role="status">
        ${msg('Loading products…', { id: 'catalog.loading' })}
      </p>`;
  }

  private renderPagination(current: number, pages: number) {
    return html`<nav
      part="pagination"
      class="pagination"
      aria-label=${msg('Pages', { id: 'catalog.pages' })}
    >
      <button
        class="button secondary"
        ?disabled=${current <= 1}
        @click=${() => this.goToPage(current - 1)}
      >
        ${msg('Previous', { id: 'catalog.previous' })}
      </button>
      <span aria-current="page"
        >${msg(str`Page ${current} of ${pages}`, { id: 'catalog.pageOf' })}</span
      >
      <button
        class="button secondary"
        ?disabled=${current >= pages}
        @click=${() => this.goToPage(current + 1)}
      >
        ${msg('Next', { id: 'catalog.next' })}
      </button>
    </nav>`;
  }
}
