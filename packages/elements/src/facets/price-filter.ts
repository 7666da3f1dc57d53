import { msg, str } from '@lit/localize';
import {
  formatMoney,
  priceInputText,
  priceRangeFromInput,
  type PriceFacet,
  type PriceInputProblem,
  type Storefront,
} from '@vitrine/core';
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { live } from 'lit/directives/live.js';
import { taxLabel } from '../shared/labels.js';
import { intlLocale } from '../shared/localize.js';

type Bound = 'min' | 'max';

function problemText(problem: PriceInputProblem): string {
  return problem === 'order'
    ? msg('The minimum is above the maximum.', { id: 'facets.priceOrder' })
    : msg('Enter a price in figures, such as 12.50.', { id: 'facets.priceNumber' });
}

/**
 * The price range of `<vt-facets>`: two fields read when they change or on Enter (not on every
 * key), in the tax display the visitor sees. A range already applied stays in the display it
 * was typed in (VAT rates differ per product, so it cannot be re-expressed exactly), and its
 * fields say which; the bounds of the results follow the display at once.
 */
export class PriceFilter implements ReactiveController {
  /** What the visitor has typed and not applied yet; undefined: the applied range shows. */
  private draft: Record<Bound, string> | undefined;
  /** The applied range the draft started from: another one (a link, "back") drops the draft. */
  private draftFor: string | undefined;
  private problem: PriceInputProblem | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly storefront: () => Storefront | undefined,
  ) {
    host.addController(this);
  }

  private applied(): string {
    return JSON.stringify(this.storefront()?.$query.get().price ?? null);
  }

  hostUpdate(): void {
    // Before this render: nothing more to request.
    if (this.draft && this.draftFor !== this.applied()) this.forget();
  }

  private forget(): void {
    this.draft = undefined;
    this.problem = undefined;
  }

  /** Forgets what was typed (the filters were cleared). */
  reset(): void {
    this.forget();
    this.host.requestUpdate();
  }

  /** Whether the applied range's figures are TTC: its own display, else the one seen. */
  private includesTax(storefront: Storefront): boolean {
    const range = storefront.$query.get().price;
    const applied = range && (range.min !== undefined || range.max !== undefined);
    return applied ? range.includesTax : storefront.$settings.get().taxDisplay === 'incl';
  }

  private text(storefront: Storefront, bound: Bound): string {
    if (this.draft) return this.draft[bound];
    const amount = storefront.$query.get().price?.[bound];
    const { currency } = storefront.$settings.get();
    return amount === undefined ? '' : priceInputText(amount, currency, intlLocale());
  }

  private edit(bound: Bound, value: string): void {
    const storefront = this.storefront();
    if (!storefront) return;
    if (!this.draft) this.draftFor = this.applied();
    this.draft = {
      min: this.text(storefront, 'min'),
      max: this.text(storefront, 'max'),
      [bound]: value,
    };
  }

  // An arrow function: lit calls listeners with the element as `this`.
  private readonly apply = (event: Event): void => {
    event.preventDefault();
    const storefront = this.storefront();
    if (!storefront || !this.draft) return;
    const { currency } = storefront.$settings.get();
    const includesTax = this.includesTax(storefront);
    const read = priceRangeFromInput(this.draft, currency, intlLocale(), includesTax);
    if ('problem' in read) {
      this.problem = read.problem;
    } else {
      this.problem = undefined;
      this.draft = undefined;
      // A range the visitor empties is no filter: it also forgets the display it was typed in.
      storefront.setQuery({ price: read.range });
    }
    this.host.requestUpdate();
  };

  render(storefront: Storefront, facet: PriceFacet | undefined) {
    const includesTax = this.includesTax(storefront);
    const unit = taxLabel(includesTax ? 'incl' : 'excl');
    const display = storefront.$settings.get().taxDisplay;
    const shown = display === 'incl' ? facet?.inclTax : facet?.exclTax;
    const own = includesTax ? facet?.inclTax : facet?.exclTax;
    const locale = intlLocale();
    const money = (amount: number) => formatMoney({ amount, currency: facet!.currency }, locale);
    const invalid = (bound: Bound) => this.problem === bound || this.problem === 'order';
    const field = (bound: Bound, label: string) =>
      html`<label class="bound">
        <span>${label} <span class="unit">${unit}</span></span>
        <input
          part="price-input"
          name=${bound}
          inputmode="decimal"
          autocomplete="off"
          enterkeyhint="done"
          .value=${live(this.text(storefront, bound))}
          placeholder=${own ? priceInputText(own[bound], facet!.currency, locale) : ''}
          aria-invalid=${invalid(bound) ? 'true' : 'false'}
          aria-describedby=${this.problem ? 'price-error price-bounds' : 'price-bounds'}
          @input=${(e: Event) => this.edit(bound, (e.target as HTMLInputElement).value)}
          @change=${this.apply}
        />
      </label>`;
    return html`<fieldset part="group price" class="group price">
      <legend>${msg('Price', { id: 'product.price' })}</legend>
      ${
        shown
          ? html`<p class="bounds" id="price-bounds">
              ${msg(str`From ${money(shown.min)} to ${money(shown.max)}`, { id: 'facets.priceBounds' })}
              ${taxLabel(display)}
            </p>`
          : nothing
      }
      <form class="range" @submit=${this.apply}>
        ${field('min', msg('Min', { id: 'facets.priceMin' }))}
        ${field('max', msg('Max', { id: 'facets.priceMax' }))}
        <button part="apply" class="apply">${msg('Apply', { id: 'facets.priceApply' })}</button>
      </form>
      ${
        this.problem
          ? html`<p part="error" class="error" id="price-error" role="alert">
              ${problemText(this.problem)}
            </p>`
          : nothing
      }
    </fieldset>`;
  }
}
