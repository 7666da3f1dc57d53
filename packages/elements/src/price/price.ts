import { updateWhenLocaleChanges, msg } from '@lit/localize';
import {
  DEFAULT_SETTINGS,
  formatMoney,
  splitPrice,
  type Price,
  type TaxDisplay,
} from '@vitrine/core';
import { html, LitElement, nothing } from 'lit';
import { warnOnce } from '../shared/define.js';
import { taxLabel } from '../shared/labels.js';
import { intlLocale } from '../shared/localize.js';
import { StorefrontController } from '../shared/storefront-controller.js';
import { styles } from './price.styles.js';

/**
 * Give it a `price` object, or `amount` (minor units), `currency` and `vat-rate` (basis points)
 * attributes. It follows its storefront's language and tax display.
 *
 * @summary A price, incl. VAT first for consumers and excl. VAT first for professionals.
 * @attr storefront - Id of the `<vt-storefront>` to follow when placed outside one.
 *
 * @csspart price - The whole price.
 * @csspart primary - The amount shown first, with its label.
 * @csspart amount - The first amount itself.
 * @csspart label - "incl. VAT" / "TTC" or "excl. VAT" / "HT".
 * @csspart secondary - The other amount, with `show-both`.
 * @csspart unavailable - Shown instead when there is no valid price.
 * @cssproperty --vt-price-size - Font size of the first amount.
 */
export class VtPrice extends LitElement {
  static override styles = styles;

  static override properties = {
    price: { attribute: false },
    amount: { type: Number },
    currency: { type: String },
    vatRate: { type: Number, attribute: 'vat-rate' },
    includesTax: { type: Boolean, attribute: 'includes-tax' },
    showBoth: { type: Boolean, attribute: 'show-both' },
  };

  /** The price to show; takes precedence over the attributes. */
  declare price: Price | undefined;
  /** Amount in minor units (cents): `1999` is 19.99 €. */
  declare amount: number | undefined;
  /** ISO 4217 code. Default: the storefront's currency. */
  declare currency: string | undefined;
  /** VAT rate in basis points: `2000` is 20 %. */
  declare vatRate: number | undefined;
  /** The amount already includes VAT. */
  declare includesTax: boolean;
  /** Also show the other amount (excl. VAT beside incl. VAT, or the reverse). */
  declare showBoth: boolean;

  private readonly storefront = new StorefrontController(this, (sf) => [sf.$settings]);

  constructor() {
    super();
    this.includesTax = false;
    this.showBoth = false;
    updateWhenLocaleChanges(this);
  }

  private resolvedPrice(currency: string): Price | undefined {
    if (this.price) return this.price;
    if (this.amount === undefined || this.vatRate === undefined) return undefined;
    return {
      amount: this.amount,
      currency: this.currency || currency,
      vatRate: this.vatRate,
      includesTax: this.includesTax,
    };
  }

  protected override render() {
    const settings = this.storefront.value?.$settings.get() ?? DEFAULT_SETTINGS;
    const locale = intlLocale();
    const price = this.resolvedPrice(settings.currency);
    let text: Record<TaxDisplay, string>;
    try {
      if (!price) throw new Error('no price');
      const split = splitPrice(price);
      const format = (amount: number) => formatMoney({ amount, currency: price.currency }, locale);
      text = { incl: format(split.incl), excl: format(split.excl) };
    } catch (error) {
      if (price) warnOnce(`<vt-price> cannot show ${JSON.stringify(price)}: ${String(error)}`);
      return html`<span part="unavailable" class="unavailable"
        >${msg('Price unavailable', { id: 'price.unavailable' })}</span
      >`;
    }
    const first = settings.taxDisplay;
    const other: TaxDisplay = first === 'incl' ? 'excl' : 'incl';
    return html`<span part="price" class="price">
      <span part="primary" class="primary"
        ><span part="amount" class="amount">${text[first]}</span>
        <span part="label" class="label">${taxLabel(first)}</span></span
      >
      ${
        this.showBoth
          ? html`<span part="secondary" class="secondary">${text[other]} ${taxLabel(other)}</span>`
          : nothing
      }
    </span>`;
  }
}
