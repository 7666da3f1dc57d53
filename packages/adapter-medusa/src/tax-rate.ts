import { BASIS, VitrineError, type VatRate } from '@vitrine/core';

/**
 * Medusa states a variant's VAT only through two amounts of one price: with and without tax
 * (`calculated_amount_with_tax`, `calculated_amount_without_tax`), computed for the country
 * of the request. Their ratio is 1 + rate, so the rate in basis points is
 * (with − without) / without × 10 000: 249 / 209.2436974789916 → 1900 (19 %, Germany);
 * 304.8391125 / 279.99 → 887.5 (8.875 %, the recorded US rate).
 *
 * Both amounts are floating-point numbers, so the quotient carries noise far below a tenth of
 * a basis point: it is first snapped to tenths of a basis point, then rounded half-up to the
 * whole basis point the core's VatRate holds. A rate finer than a basis point (8.875 %) cannot
 * be held exactly and becomes the nearest one (888).
 */
export function vatRateFromAmounts(withTax: number, withoutTax: number): VatRate {
  if (withoutTax <= 0 || withTax < withoutTax) {
    // A free item shows no rate; tax below zero is no rate at all.
    if (withTax === 0 && withoutTax === 0) return 0;
    throw new VitrineError(
      'invalid-response',
      `Medusa stated ${withTax} with tax for ${withoutTax} without: no VAT rate gives that`,
    );
  }
  const tenths = Math.round(((withTax - withoutTax) / withoutTax) * BASIS * 10);
  return checked(Math.floor((tenths + 5) / 10));
}

/**
 * The rate of a cart line's tax lines, stated in percent (`rate: 19`); several lines (a
 * federal and a provincial tax) add up. Each percent is read through its decimal digits;
 * digits beyond a hundredth of a percent round half-up, as for vatRateFromAmounts.
 */
export function vatRateFromTaxLines(lines: readonly { readonly rate: number }[]): VatRate {
  return checked(lines.reduce((sum, line) => sum + basisPointsFromPercent(line.rate), 0));
}

function basisPointsFromPercent(percent: number): number {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(String(percent));
  if (!match) throw new VitrineError('invalid-response', `Not a tax rate in percent: ${percent}`);
  const [, whole = '0', fraction = ''] = match;
  const hundredths = Number(fraction.slice(0, 2).padEnd(2, '0'));
  const roundUp = fraction.charCodeAt(2) >= 53; /* '5' */
  return Number(whole) * 100 + hundredths + (roundUp ? 1 : 0);
}

function checked(rate: number): VatRate {
  if (!Number.isSafeInteger(rate) || rate < 0 || rate > BASIS) {
    throw new VitrineError('invalid-response', `Medusa stated a tax rate of ${rate / 100} %`);
  }
  return rate;
}
