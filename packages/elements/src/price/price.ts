import { updateWhenLocaleChanges } from '@lit/localize';
import { DEFAULT_SETTINGS, type Price, type TaxDisplay } from '@vitrine/core';
import { VitrineElement } from '../shared/vitrine-element.js';
import { StorefrontController } from '../shared/storefront-controller.js';
import { priceView } from './price-view.js';
import { styles } from './price.styles.js';

/** Another value of `tax-display` is ignored: the storefront's display applies. */
const isTaxDisplay = (value: string | undefined): value is TaxDisplay =>
  value === 'incl' || value === 'excl';

/**
 * Give it a `price` object, or `amount` (minor units), `currency` and `vat-rate` (basis points)
 * attributes. It follows its storefront's language and tax display, unless told `tax-display`.
 *
 * @summary A price, incl. VAT first for consumers and excl. VAT first for professionals.
 * @attr storefront - Id of the `<vt-storefront>` to follow when placed outside one.
 *
 * @csspart price - The whole price.
 * @csspart primary - The amount shown first, with its label.
 * @csspart amount - The first amount itself.
 * @csspart label - "incl. VAT" / "TTC" or "excl. VAT" / "HT".
 * @csspart secondary - The other amount, with `show-both`.
 * @csspart regular - The usual price, struck through, with `regularPrice`.
 * @csspart per-unit - The price per unit, with `pack-size`.
 * @csspart eco - "incl. … eco-contribution" (dont éco-participation), when the price has one.
 * @csspart unavailable - Shown instead when there is no valid price.
 * @cssproperty --vt-price-size - Font size of the first amount.
 */
export class VtPrice extends VitrineElement {
  static override styles = styles;

  static override properties = {
    price: { attribute: false },
    amount: { type: Number },
    currency: { type: String },
    vatRate: { type: Number, attribute: 'vat-rate' },
    includesTax: { type: Boolean, attribute: 'includes-tax' },
    showBoth: { type: Boolean, attribute: 'show-both' },
    regularPrice: { attribute: false },
    packSize: { type: Number, attribute: 'pack-size' },
    taxDisplay: { type: String, attribute: 'tax-display' },
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
  /** The usual price: struck through beside a lower `price` (a promotion). */
  declare regularPrice: Price | undefined;
  /** Units in the pack the price is for: adds the price per unit. */
  declare packSize: number | undefined;
  /**
   * `incl` or `excl`: the amount shown first. Default: the storefront's, incl. VAT for
   * consumers and excl. VAT for professionals.
   */
  declare taxDisplay: TaxDisplay | undefined;

  /**
   * Made only when the storefront decides something: a price told its tax display (as
   * `<vt-compare>` tells each of its prices) and given a `price` or a `currency` does not look
   * for one.
   */
  private storefront: StorefrontController | undefined;

  constructor() {
    super();
    this.includesTax = false;
    this.showBoth = false;
    updateWhenLocaleChanges(this);
  }

  protected override willUpdate(): void {
    const needed =
      !isTaxDisplay(this.taxDisplay) ||
      (!this.price && this.amount !== undefined && !this.currency);
    // Added while connected, the controller asks for the storefront at once, before render().
    this.storefront ??= needed ? new StorefrontController(this, (sf) => [sf.$settings]) : undefined;
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
    const settings = this.storefront?.value?.$settings.get() ?? DEFAULT_SETTINGS;
    return priceView(this.resolvedPrice(settings.currency), {
      display: isTaxDisplay(this.taxDisplay) ? this.taxDisplay : settings.taxDisplay,
      showBoth: this.showBoth,
      regularPrice: this.regularPrice,
      packSize: this.packSize,
    });
  }
}
