import { VitrineError } from './errors.js';
import { divideRounded, type RoundingMode } from './rounding.js';

/**
 * A VAT rate in basis points of a percent: 20 % is 2000, 5.5 % is 550, 2.1 % is 210.
 * Integers keep rates exact.
 */
export type VatRate = number;

export const BASIS = 10_000;

export function assertVatRate(rate: unknown): asserts rate is VatRate {
  if (typeof rate !== 'number' || !Number.isInteger(rate) || rate < 0 || rate > BASIS) {
    throw new VitrineError(
      'invalid-input',
      `VAT rate must be between 0 and 10000 basis points (0–100 %), got ${String(rate)}`,
    );
  }
}

/** VAT due on a net (HT) amount in minor units. */
export function taxOnNet(net: number, rate: VatRate, mode: RoundingMode = 'half-up'): number {
  assertVatRate(rate);
  return Number(divideRounded(BigInt(net) * BigInt(rate), BigInt(BASIS), mode));
}

/** Net (HT) part of a gross (TTC) amount; the VAT is then gross − net, so HT + VAT = TTC. */
export function netFromGross(gross: number, rate: VatRate, mode: RoundingMode = 'half-up'): number {
  assertVatRate(rate);
  return Number(divideRounded(BigInt(gross) * BigInt(BASIS), BigInt(BASIS + rate), mode));
}

/** One amount seen both ways. Always: incl = excl + tax. */
export interface TaxSplit {
  readonly excl: number;
  readonly tax: number;
  readonly incl: number;
}

export function splitFromNet(net: number, rate: VatRate, mode: RoundingMode = 'half-up'): TaxSplit {
  const tax = taxOnNet(net, rate, mode);
  return { excl: net, tax, incl: net + tax };
}

export function splitFromGross(
  gross: number,
  rate: VatRate,
  mode: RoundingMode = 'half-up',
): TaxSplit {
  const net = netFromGross(gross, rate, mode);
  return { excl: net, tax: gross - net, incl: gross };
}

/** "20 %" style label parts for a rate: 550 → "5.5". Locale formatting happens in format.ts. */
export function vatRatePercent(rate: VatRate): string {
  const whole = Math.trunc(rate / 100);
  const fraction = String(rate % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : String(whole);
}
