import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import {
  formatCount,
  hasFilters,
  supportsFilter,
  type CatalogFacets,
  type CatalogQuery,
  type FacetCount,
  type Storefront,
} from '@vitrine/core';
import { html, nothing } from 'lit';
import { VitrineElement } from '../shared/vitrine-element.js';
import { intlLocale } from '../shared/localize.js';
import { StorefrontController } from '../shared/storefront-controller.js';
import { facetChoices } from './facet-choices.js';
import { styles } from './facets.styles.js';
import { PriceFilter } from './price-filter.js';

/** A facet of choices: category, brand, seller, or one specification (`spec:<name>`). */
type Facet = 'category' | 'brand' | 'seller' | `spec:${string}`;

/** Every filter lifted at once. */
const NO_FILTERS: Partial<CatalogQuery> = {
  category: '',
  brand: '',
  seller: '',
  inStock: false,
  price: undefined,
  specs: {},
};

/**
 * One choice per facet: picking a value filters the catalog at once (the storefront's query, so
 * `<vt-catalog>` and the page URL follow), "All" lifts that filter. The counts come with the
 * catalog's page, from the backend; each counts what choosing the value would show. Sellers,
 * stock, price and specifications show when the backend filters by them (`capabilities.filters`);
 * specifications once a category is chosen, as they differ per category. Renders nothing when
 * the backend cannot count (`capabilities.facets`).
 *
 * @summary Filters the catalog by category, brand, seller, stock, price and specifications, with
 * the number of products of each choice.
 * @attr storefront - Id of the `<vt-storefront>` to use when placed outside one.
 * @csspart panel - The whole set of filters.
 * @csspart title - The "Filters" title.
 * @csspart toggle - On a phone, the "Filters" button that shows or hides the choices.
 * @csspart clear - The "Clear filters" button.
 * @csspart group - The choices of one facet (category, brand, seller, price, a specification).
 * @csspart option - One choice.
 * @csspart count - The number of products of a choice.
 * @csspart more - The button showing all the choices of a facet, or fewer.
 * @csspart availability - The stock: the "In stock only" choice, or how many are in stock.
 * @csspart price - The price range (also a `group`).
 * @csspart price-input - The lowest and highest price fields.
 * @csspart apply - The button applying the price range.
 * @csspart error - What is wrong with the price range typed.
 * @cssstate unsupported - The backend cannot count: nothing is shown, and no room is taken.
 */
export class VtFacets extends VitrineElement {
  static override styles = styles;

  static override properties = {
    expanded: { state: true },
    open: { state: true },
  };

  /** The facets whose every value is shown. */
  declare private expanded: ReadonlySet<Facet>;
  /** On a phone, the choices hide behind a "Filters" button, so that the products come first. */
  declare private open: boolean;

  private readonly internals = this.attachInternals();

  private readonly storefront = new StorefrontController(this, (sf) => [
    sf.$query,
    sf.$catalog,
    // Only for the name of a chosen category that the counts leave out.
    sf.$categories,
    // The tax display the price bounds are shown in.
    sf.$settings,
  ]);

  private readonly price = new PriceFilter(this, () => this.storefront.value);

  constructor() {
    super();
    this.expanded = new Set();
    this.open = false;
    updateWhenLocaleChanges(this);
  }

  protected override willUpdate(): void {
    const supported = this.storefront.value?.adapter.capabilities.facets === true;
    // Custom states are recent (2024): older browsers just get an empty block.
    const states = this.internals.states as CustomStateSet | undefined;
    if (supported) states?.delete('unsupported');
    else states?.add('unsupported');
  }

  private choose(facet: Facet, id: string): void {
    const storefront = this.storefront.value;
    if (!storefront) return;
    if (facet.startsWith('spec:')) {
      const name = facet.slice('spec:'.length);
      const { [name]: _lifted, ...others } = storefront.$query.get().specs ?? {};
      storefront.setQuery({ specs: id ? { ...others, [name]: id } : others });
    } else storefront.setQuery({ [facet]: id });
  }

  private async clear(): Promise<void> {
    this.storefront.value?.setQuery(NO_FILTERS);
    this.price.reset();
    // The button turns disabled: keep the keyboard where the filters are (the first choice, or
    // the "Filters" button when a phone hides them).
    await this.updateComplete;
    const targets = this.renderRoot.querySelectorAll<HTMLElement>('input, .toggle');
    [...targets].find((target) => target.getClientRects().length > 0)?.focus();
  }

  private toggle(facet: Facet): void {
    const next = new Set(this.expanded);
    if (!next.delete(facet)) next.add(facet);
    this.expanded = next;
  }

  protected override render() {
    const storefront = this.storefront.value;
    if (!storefront?.adapter.capabilities.facets) return nothing;
    const { capabilities } = storefront.adapter;
    const query = storefront.$query.get();
    const catalog = storefront.$catalog.get();
    const facets = 'data' in catalog ? catalog.data?.facets : undefined;
    const busy = catalog.status === 'loading' || catalog.status === 'idle';
    return html`<section
      part="panel"
      class="panel"
      aria-labelledby="title"
      aria-busy=${busy ? 'true' : 'false'}
    >
      <div class="head">
        <p part="title" class="title" id="title">${msg('Filters', { id: 'facets.title' })}</p>
        <button
          part="toggle"
          class="toggle"
          aria-expanded=${this.open ? 'true' : 'false'}
          aria-controls="choices"
          @click=${() => (this.open = !this.open)}
        >
          ${msg('Filters', { id: 'facets.title' })}
        </button>
        <button part="clear" class="link" ?disabled=${!hasFilters(query)} @click=${this.clear}>
          ${msg('Clear filters', { id: 'facets.clear' })}
        </button>
      </div>
      <div class=${this.open ? 'choices open' : 'choices'} id="choices">
        ${this.renderFacet(
          'category',
          msg('Category', { id: 'catalog.category' }),
          msg('All categories', { id: 'catalog.allCategories' }),
          facets?.categories,
          query.category,
          (id) => categoryName(storefront, id),
        )}
        ${this.renderFacet(
          'brand',
          msg('Brand', { id: 'facets.brand' }),
          msg('All brands', { id: 'facets.allBrands' }),
          facets?.brands,
          query.brand ?? '',
          (id) => id,
        )}
        ${
          supportsFilter(capabilities, 'seller')
            ? this.renderFacet(
                'seller',
                msg('Seller', { id: 'product.seller' }),
                msg('All sellers', { id: 'facets.allSellers' }),
                facets?.sellers,
                query.seller ?? '',
                (id) => id,
              )
            : nothing
        }
        ${this.renderAvailability(storefront, facets?.availability)}
        ${supportsFilter(capabilities, 'price') ? this.price.render(storefront, facets?.price) : nothing}
        ${supportsFilter(capabilities, 'specs') && query.category ? this.renderSpecs(query, facets) : nothing}
      </div>
    </section>`;
  }

  /** `values` is absent until the first counts arrive: then only "All" and the choice show. */
  private renderFacet(
    facet: Facet,
    legend: string,
    allLabel: string,
    values: readonly FacetCount[] | undefined,
    selected: string,
    nameOf: (id: string) => string,
  ) {
    const expanded = this.expanded.has(facet);
    const { shown, more, total } = facetChoices(values ?? [], selected, nameOf, expanded);
    const locale = intlLocale();
    const count = (value: number) => formatCount(value, locale);
    return html`<fieldset part="group" class="group">
      <legend>${legend}</legend>
      <label part="option" class="option">
        <input
          type="radio"
          name=${facet}
          value=""
          .checked=${!selected}
          @change=${() => this.choose(facet, '')}
        />
        <span class="name">${allLabel}</span>
      </label>
      ${shown.map(
        (choice) =>
          html`<label part="option" class="option">
            <input
              type="radio"
              name=${facet}
              .value=${choice.id}
              .checked=${choice.checked}
              ?disabled=${choice.disabled}
              @change=${() => this.choose(facet, choice.id)}
            />
            <span class="name"
              >${choice.name}
              ${
                values
                  ? html`<span part="count" class="count">(${count(choice.count)})</span>`
                  : nothing
              }</span
            >
          </label>`,
      )}
      ${
        more > 0
          ? html`<button
              part="more"
              class="link more"
              aria-expanded=${expanded ? 'true' : 'false'}
              @click=${() => this.toggle(facet)}
            >
              ${
                expanded
                  ? msg('Show fewer', { id: 'facets.showFewer' })
                  : msg(str`Show all (${total})`, { id: 'facets.showAll' })
              }
            </button>`
          : nothing
      }
    </fieldset>`;
  }

  /** The specifications of the category in view; a chosen one shows even when nothing has it. */
  private renderSpecs(query: CatalogQuery, facets: CatalogFacets | undefined) {
    const chosen = Object.entries(query.specs ?? {}).filter(([, value]) => value);
    const counted = facets?.specs ?? [];
    const specs = [
      ...counted,
      ...chosen
        .filter(([name]) => !counted.some((spec) => spec.name === name))
        .map(([name]) => ({ name, values: [] })),
    ];
    return specs.map((spec) =>
      this.renderFacet(
        `spec:${spec.name}`,
        spec.name,
        msg('Any', { id: 'facets.anySpec' }),
        facets ? spec.values : undefined,
        query.specs?.[spec.name] ?? '',
        (id) => id,
      ),
    );
  }

  private renderAvailability(storefront: Storefront, availability: CatalogFacets['availability']) {
    const locale = intlLocale();
    const count = (value: number) => formatCount(value, locale);
    if (!supportsFilter(storefront.adapter.capabilities, 'in-stock')) {
      if (!availability) return nothing;
      const { inStock, outOfStock } = availability;
      return html`<div part="availability" class="availability">
        <p class="legend">${msg('Availability', { id: 'product.availability' })}</p>
        <p>
          ${msg(str`${count(inStock)} in stock, ${count(outOfStock)} out of stock`, {
            id: 'facets.stock',
          })}
        </p>
      </div>`;
    }
    const checked = storefront.$query.get().inStock === true;
    return html`<fieldset part="group availability" class="group">
      <legend>${msg('Availability', { id: 'product.availability' })}</legend>
      <label part="option" class="option">
        <input
          type="checkbox"
          .checked=${checked}
          ?disabled=${!checked && availability?.inStock === 0}
          @change=${(e: Event) =>
            storefront.setQuery({ inStock: (e.target as HTMLInputElement).checked })}
        />
        <span class="name"
          >${msg('In stock only', { id: 'facets.inStockOnly' })}
          ${
            availability
              ? html`<span part="count" class="count">(${count(availability.inStock)})</span>`
              : nothing
          }</span
        >
      </label>
    </fieldset>`;
  }
}

/** A category's name from the storefront's list, for a choice the counts leave out. */
function categoryName(storefront: Storefront, id: string): string {
  const categories = storefront.$categories.get();
  return (categories.status === 'ready' && categories.data.find((c) => c.id === id)?.name) || id;
}
