import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import {
  DEFAULT_SETTINGS,
  divideRoundedNumber,
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
 * @csspart regular - The usual price, struck through, with `regularPrice`.
 * @csspart per-unit - The price per unit, with `pack-size`.
 * @csspart eco - "incl. … eco-contribution" (dont éco-participation), when the price has one.
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
    regularPrice: { attribute: false },
    packSize: { type: Number, attribute: 'pack-size' },
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
    const price = this.resolvedPrice(settings.currency);
    let texts: PriceTexts;
    try {
      if (!price) throw new Error('no price');
      texts = priceTexts(price, intlLocale(), this.regularPrice, this.packSize);
    } catch (error) {
      if (price) warnOnce(`<vt-price> cannot show ${JSON.stringify(price)}: ${String(error)}`);
      return html`<span part="unavailable" class="unavailable"
        >${msg('Price unavailable', { id: 'price.unavailable' })}</span
      >`;
    }
    const first = settings.taxDisplay;
    const other: TaxDisplay = first === 'incl' ? 'excl' : 'incl';
    const regular = texts.regular?.[first];
    const perUnit = texts.perUnit?.[first];
    return html`<span part="price" class="price">
      <span part="primary" class="primary"
        ><span part="amount" class="amount ${regular ? 'sale' : ''}">${texts.amount[first]}</span>
        <span part="label" class="label">${taxLabel(first)}</span>
        ${
          regular
            ? html`<s part="regular" class="regular"
                ><span class="visually-hidden"
                  >${msg('instead of', { id: 'price.insteadOf' })}</span
                >
                ${regular}</s
              >`
            : nothing
        }</span
      >
      ${
        this.showBoth
          ? html`<span part="secondary" class="secondary"
              >${texts.amount[other]} ${taxLabel(other)}</span
            >`
          : nothing
      }
      ${
        perUnit
          ? html`<span part="per-unit" class="secondary"
              >${msg(str`${perUnit} per unit`, { id: 'price.perUnit' })}</span
            >`
          : nothing
      }
      ${
        texts.eco
          ? html`<span part="eco" class="secondary"
              >${msg(str`incl. ${texts.eco} eco-contribution`, { id: 'cart.eco' })}</span
            >`
          : nothing
      }
    </span>`;
  }
}

type BothWays = Record<TaxDisplay, string>;

interface PriceTexts {
  readonly amount: BothWays;
  /** Only when the regular price is higher than the price shown. */
  readonly regular?: BothWays;
  readonly perUnit?: BothWays;
  readonly eco?: string;
}

/** Every amount a price shows, formatted; throws on a price that cannot be shown exactly. */
function priceTexts(
  price: Price,
  locale: string,
  regularPrice: Price | undefined,
  packSize: number | undefined,
): PriceTexts {
  const format = (amount: number) => formatMoney({ amount, currency: price.currency }, locale);
  const both = ({ incl, excl }: { incl: number; excl: number }) => ({
    incl: format(incl),
    excl: format(excl),
  });
  const split = splitPrice(price);
  const regular = regularPrice && splitPrice(regularPrice);
  const perPack = packSize !== undefined && Number.isInteger(packSize) && packSize > 1;
  return {
    amount: both(split),
    ...(regular && regular.incl > split.incl && { regular: both(regular) }),
    ...(perPack && {
      perUnit: both({
        incl: divideRoundedNumber(split.incl, packSize, 'half-up'),
        excl: divideRoundedNumber(split.excl, packSize, 'half-up'),
      }),
    }),
    ...(price.ecoContribution && { eco: format(price.ecoContribution) }),
  };
}
