import { msg, str } from '@lit/localize';
import {
  createSuggestionStore,
  type CatalogQuery,
  type FacetCount,
  type Storefront,
  type SuggestionsFor,
} from '@vitrine/core';
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { addStyles } from './add-styles.js';
import { VtProductSelectEvent, type SuggestedProduct } from './product-select-event.js';
import { suggestionStyles } from './suggestions.styles.js';

/** Long enough to skip the letters of a word typed in one go, short enough to feel immediate. */
const SUGGEST_DELAY_MS = 150;

/** The listbox's id, which the search field names in `aria-controls`. */
export const SUGGESTIONS_ID = 'suggestions';

type Choice =
  | { readonly product: SuggestedProduct }
  | { readonly category: FacetCount }
  | { readonly brand: FacetCount };

/** What the suggestions need from the catalog around them. */
export interface SuggestionHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface SuggestionActions {
  storefront(): Storefront | undefined;
  /** The product's page, when the catalog links to product pages. */
  hrefOf(id: string): string | undefined;
  /** Searches with this change of the query. */
  search(change: Partial<CatalogQuery>): void;
}

/**
 * The search field's suggestions, following the WAI-ARIA combobox pattern: the focus stays in
 * the field, ArrowDown / ArrowUp move through the options (`aria-activedescendant`), Enter picks
 * one, Escape or a click elsewhere closes them. Enter with no option active searches as usual.
 * Loaded when the visitor first comes to the search field.
 */
export class SearchSuggestions implements ReactiveController {
  /** Whether the listbox shows (`aria-expanded`). */
  open = false;
  private active = -1;
  /** An arrow key moved the highlight: the option must be in view. */
  private reveal = false;
  /** Closed by the visitor (Escape, a search, a pick): answers still coming stay closed. */
  private dismissed = false;
  private suggestions: SuggestionsFor | undefined;
  private store: ReturnType<typeof createSuggestionStore> | undefined;
  private storeOf: Storefront | undefined;
  private stopListening: (() => void) | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: SuggestionHost,
    private readonly actions: SuggestionActions,
  ) {
    addStyles(host.renderRoot, suggestionStyles);
    host.addController(this);
  }

  /** The option that Enter would pick, for `aria-activedescendant`. */
  get activeId(): string | undefined {
    return this.open && this.active >= 0 ? `suggestion-${this.active}` : undefined;
  }

  hostConnected(): void {
    document.addEventListener('pointerdown', this.onPointerDown);
  }

  hostDisconnected(): void {
    document.removeEventListener('pointerdown', this.onPointerDown);
    clearTimeout(this.timer);
    this.stopListening?.();
    this.stopListening = undefined;
    this.store?.clear();
    this.store = this.storeOf = undefined;
  }

  hostUpdated(): void {
    const id = this.activeId;
    if (id && this.reveal) {
      this.host.renderRoot.querySelector(`#${id}`)?.scrollIntoView({ block: 'nearest' });
    }
    this.reveal = false;
  }

  /** The visitor typed: suggestions for the text once they pause. */
  typed(text: string): void {
    clearTimeout(this.timer);
    this.dismissed = false;
    const store = this.storeFor(this.actions.storefront());
    this.timer = setTimeout(() => void store?.suggest(text), SUGGEST_DELAY_MS);
  }

  close(): void {
    clearTimeout(this.timer);
    this.dismissed = true;
    if (!this.open) return;
    this.open = false;
    this.active = -1;
    this.host.requestUpdate();
  }

  readonly onKeydown = (event: KeyboardEvent): void => {
    const choices = this.choices();
    const count = choices.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (count === 0) return;
        event.preventDefault();
        const down = event.key === 'ArrowDown';
        if (!this.open || this.active < 0) this.active = down ? 0 : count - 1;
        else this.active = (this.active + (down ? 1 : -1) + count) % count;
        this.open = true;
        this.dismissed = false;
        this.reveal = true;
        break;
      }
      case 'Enter': {
        const choice = this.open ? choices[this.active] : undefined;
        if (choice) {
          event.preventDefault();
          this.pick(choice);
        }
        // Otherwise the form searches for the text, as without suggestions.
        this.close();
        return;
      }
      case 'Escape':
        // Closing comes first; the search field clears itself on a second Escape.
        if (!this.open) return;
        event.preventDefault();
        this.close();
        return;
      case 'Tab':
        this.close();
        return;
      default:
        return;
    }
    this.host.requestUpdate();
  };

  render() {
    const suggestions = this.suggestions;
    let index = 0;
    const option = (choice: Choice, content: unknown) => {
      const i = index++;
      return html`<div
        role="option"
        id="suggestion-${i}"
        aria-selected=${i === this.active ? 'true' : 'false'}
        @pointerdown=${(event: Event) => event.preventDefault()}
        @pointermove=${() => this.activate(i)}
        @click=${() => this.pick(choice)}
      >
        ${content}
      </div>`;
    };
    const group = (id: string, heading: string, options: unknown[]) =>
      options.length
        ? html`<div role="group" aria-labelledby="suggestions-${id}">
            <div class="heading" id="suggestions-${id}" role="presentation">${heading}</div>
            ${options}
          </div>`
        : nothing;
    const count = (value: FacetCount) => html` <span class="count">${value.count}</span>`;
    return html`<div
      id=${SUGGESTIONS_ID}
      part="suggestions"
      class="suggestions"
      role="listbox"
      aria-label=${msg('Suggestions', { id: 'suggest.label' })}
      ?hidden=${!this.open}
    >
      ${
        suggestions
          ? [
              group(
                'products',
                msg('Products', { id: 'catalog.products' }),
                suggestions.products.map((product) =>
                  option(
                    { product },
                    html`<span class="name">${product.name}</span>
                      <span class="meta"
                        >${product.brand ? `${product.brand} · ` : ''}${product.sku}</span
                      >`,
                  ),
                ),
              ),
              group(
                'categories',
                msg('Categories', { id: 'suggest.categories' }),
                suggestions.categories.map((category) =>
                  option(
                    { category },
                    html`<span class="name"
                        >${msg(str`“${suggestions.text}” in ${category.name}`, {
                          id: 'suggest.inCategory',
                        })}</span
                      >${count(category)}`,
                  ),
                ),
              ),
              group(
                'brands',
                msg('Brands', { id: 'suggest.brands' }),
                suggestions.brands.map((brand) =>
                  option(
                    { brand },
                    html`<span class="name"
                        >${msg(str`“${suggestions.text}” by ${brand.name}`, {
                          id: 'suggest.byBrand',
                        })}</span
                      >${count(brand)}`,
                  ),
                ),
              ),
            ]
          : nothing
      }
    </div>`;
  }

  /** The pointer and the arrows move the same highlight: one option at a time looks active. */
  private activate(index: number): void {
    if (index === this.active) return;
    this.active = index;
    this.host.requestUpdate();
  }

  private choices(): Choice[] {
    const s = this.suggestions;
    if (!s) return [];
    return [
      ...s.products.map((product) => ({ product })),
      ...s.categories.map((category) => ({ category })),
      ...s.brands.map((brand) => ({ brand })),
    ];
  }

  private storeFor(storefront: Storefront | undefined) {
    if (storefront !== this.storeOf) {
      this.stopListening?.();
      this.store?.clear();
      this.storeOf = storefront;
      this.store = storefront && createSuggestionStore(storefront.adapter);
      this.stopListening = this.store?.$suggestions.listen((suggestions) => {
        this.suggestions = suggestions;
        this.active = -1;
        // Only while the visitor is still in the field: never pop up after they left it.
        this.open =
          !this.dismissed && !!suggestions && this.choices().length > 0 && this.fieldFocused();
        this.host.requestUpdate();
      });
    }
    return this.store;
  }

  private fieldFocused(): boolean {
    const root = this.host.renderRoot as ShadowRoot;
    return root.activeElement?.getAttribute('aria-controls') === SUGGESTIONS_ID;
  }

  private pick(choice: Choice): void {
    const text = this.suggestions?.text ?? '';
    this.close();
    if ('product' in choice) {
      const { product } = choice;
      if (!this.host.dispatchEvent(new VtProductSelectEvent(product))) return;
      const href = this.actions.hrefOf(product.id);
      if (href) location.assign(href);
      // A catalog that links nowhere finds the product by its name.
      else this.actions.search({ text: product.name, category: '', brand: '' });
      return;
    }
    // The counts shown were over every category and brand: the other filter goes.
    this.actions.search(
      'category' in choice
        ? { text, category: choice.category.id, brand: '' }
        : { text, category: '', brand: choice.brand.id },
    );
  }

  private readonly onPointerDown = (event: PointerEvent): void => {
    const search = this.host.renderRoot.querySelector('.search');
    if (this.open && search && !event.composedPath().includes(search)) this.close();
  };
}
