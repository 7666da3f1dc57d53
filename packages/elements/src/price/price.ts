import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import {
  DEFAULT_SETTINGS,
  divideRoundedNumber,
  formatMoney,
  splitPrice,
  type Price,
  type TaxDisplay,
} from '@vitrine/core';
import { html, nothing } from 'lit';
import { VitrineElement } from '../shared/vitrine-element.js';
import { warnOnce } from '../shared/define.js';
import { taxLabel } from '../shared/labels.js';
import { intlLocale } from '../shared/localize.js';
import { StorefrontController } from '../shared/storefront-controller.js';
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
   * Made only when the storefront decides something: a price told its tax display (each
   * card's price, by its card) and given a `price` or a `currency` does not look for one.
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
    const price = this.resolvedPrice(settings.currency);
    const first = isTaxDisplay(this.taxDisplay) ? this.taxDisplay : settings.taxDisplay;
    let texts: PriceTexts;
    try {
      if (!price) throw new Error('no price');
      texts = priceTexts(
        price,
        intlLocale(),
        first,
        this.showBoth,
        this.regularPrice,
        this.packSize,
      );
    } catch (error) {
      if (price) warnOnce(`<vt-price> cannot show ${JSON.stringify(price)}: ${String(error)}`);
      return html`<span part="unavailable" class="unavailable"
        >${msg('Price unavailable', { id: 'price.unavailable' })}</span
      >`;
    }
    const { amount, regular, other } = texts;
    // The usual price (an amount and its label) is one small template, its texts set as
    // `textContent` (no marker comment and part for each); the rarer lines are nested templates
    // rendered only when present: a grid of cards clones the fewest nodes.
    return html`<span part="price" class="price"
      ><span part="primary" class="primary"
        ><span
          part="amount"
          class=${regular ? 'amount sale' : 'amount'}
          .textContent=${amount}
        ></span>
        <span part="label" class="label" .textContent=${taxLabel(first)}></span>${
          regular
            ? html` <s part="regular" class="regular"
                ><span class="visually-hidden"
                  >${msg('instead of', { id: 'price.insteadOf' })}</span
                >
                ${regular}</s
              >`
            : nothing
        }</span
      >${
        other !== undefined || texts.perUnit || texts.eco
          ? secondaryLines(first === 'incl' ? 'excl' : 'incl', texts)
          : nothing
      }</span
    >`;
  }
}

/** The lines under the first amount: the other one, the price per unit, the eco-participation. */
function secondaryLines(otherDisplay: TaxDisplay, { other, perUnit, eco }: PriceTexts) {
  // Each line starts with a space, so that read as text the amounts stay apart.
  return html`${
    other !== undefined
      ? html` <span part="secondary" class="secondary">${other} ${taxLabel(otherDisplay)}</span>`
      : nothing
  }${
    perUnit
      ? html` <span part="per-unit" class="secondary"
          >${msg(str`${perUnit} per unit`, { id: 'price.perUnit' })}</span
        >`
      : nothing
  }${
    eco
      ? html` <span part="eco" class="secondary"
          >${msg(str`incl. ${eco} eco-contribution`, { id: 'cart.eco' })}</span
        >`
      : nothing
  }`;
}

/** The texts a price shows, already in the display chosen first. */
interface PriceTexts {
  readonly amount: string;
  /** The same price the other way (excl. beside incl. VAT), with `show-both`. */
  readonly other?: string;
  /** Only when the regular price is higher than the price shown. */
  readonly regular?: string;
  readonly perUnit?: string;
  readonly eco?: string;
}

/**
 * Every amount a price shows, formatted; throws on a price that cannot be shown exactly. Only
 * the amounts shown are formatted: a card shows one of the two.
 */
function priceTexts(
  price: Price,
  locale: string,
  first: TaxDisplay,
  showBoth: boolean,
  regularPrice: Price | undefined,
  packSize: number | undefined,
): PriceTexts {
  const format = (amount: number) => formatMoney({ amount, currency: price.currency }, locale);
  const split = splitPrice(price);
  const texts: { -readonly [K in keyof PriceTexts]: PriceTexts[K] } = {
    amount: format(split[first]),
  };
  if (showBoth) texts.other = format(split[first === 'incl' ? 'excl' : 'incl']);
  if (regularPrice) {
    const regular = splitPrice(regularPrice);
    if (regular.incl > split.incl) texts.regular = format(regular[first]);
  }
  if (packSize !== undefined && Number.isInteger(packSize) && packSize > 1) {
    texts.perUnit = format(divideRoundedNumber(split[first], packSize, 'half-up'));
  }
  if (price.ecoContribution) texts.eco = format(price.ecoContribution);
  return texts;
}
