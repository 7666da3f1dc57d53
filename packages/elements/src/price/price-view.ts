import { msg, str } from '@lit/localize';
import {
  divideRoundedNumber,
  formatMoney,
  splitPrice,
  type Price,
  type TaxDisplay,
} from '@vitrine/core';
import { html, nothing } from 'lit';
import { warnOnce } from '../shared/define.js';
import { taxLabel } from '../shared/labels.js';
import { intlLocale } from '../shared/localize.js';

/*
 * The markup of a price, for `<vt-price>` and for the elements that show many prices at once:
 * product cards and rows render it in their own shadow tree rather than through a nested
 * `<vt-price>`, which in a grid or a table would be one more element, shadow root and render per
 * product. A shadow tree that renders it adopts `tokens` and `priceViewStyles`
 * (./price.styles.ts), and follows the storefront's settings and language itself.
 */

export interface PriceViewOptions {
  /** The amount shown first: incl. or excl. VAT. */
  readonly display: TaxDisplay;
  /** Also show the other amount. */
  readonly showBoth?: boolean;
  /** The usual price: struck through beside a lower price (a promotion). */
  readonly regularPrice?: Price | undefined;
  /** Units in the pack the price is for: adds the price per unit. */
  readonly packSize?: number | undefined;
}

/** The price, or "Price unavailable" for none or one that cannot be shown exactly. */
export function priceView(price: Price | undefined, options: PriceViewOptions) {
  let texts: PriceTexts;
  try {
    if (!price) throw new Error('no price');
    texts = priceTexts(price, intlLocale(), options);
  } catch (error) {
    if (price) warnOnce(`Cannot show the price ${JSON.stringify(price)}: ${String(error)}`);
    return html`<span part="unavailable" class="unavailable"
      >${msg('Price unavailable', { id: 'price.unavailable' })}</span
    >`;
  }
  const first = options.display;
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
              ><span class="visually-hidden">${msg('instead of', { id: 'price.insteadOf' })}</span>
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
  /** The same price the other way (excl. beside incl. VAT), with `showBoth`. */
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
function priceTexts(price: Price, locale: string, options: PriceViewOptions): PriceTexts {
  const { display: first, regularPrice, packSize } = options;
  const format = (amount: number) => formatMoney({ amount, currency: price.currency }, locale);
  const split = splitPrice(price);
  const texts: { -readonly [K in keyof PriceTexts]: PriceTexts[K] } = {
    amount: format(split[first]),
  };
  if (options.showBoth) texts.other = format(split[first === 'incl' ? 'excl' : 'incl']);
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
