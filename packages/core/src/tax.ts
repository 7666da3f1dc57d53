import { VitrineError } from './errors.js';
import { assertMinorUnits } from './money.js';
import { assertRoundingMode, divideRounded, type RoundingMode } from './rounding.js';
import { divideSmall } from './small-division.js';

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

/** Amounts up to this many minor units (4.5 × 10^11) times a rate or BASIS stay exact. */
const SMALL = Math.floor(2 ** 52 / (2 * BASIS));

/** VAT due on a net (HT) amount in minor units. */
export function taxOnNet(net: number, rate: VatRate, mode: RoundingMode = 'half-up'): number {
  assertMinorUnits(net, 'net amount');
  assertVatRate(rate);
  assertRoundingMode(mode);
  return exactRatio(net, rate, BASIS, mode);
}

/** Net (HT) part of a gross (TTC) amount; the VAT is then gross − net, so HT + VAT = TTC. */
export function netFromGross(gross: number, rate: VatRate, mode: RoundingMode = 'half-up'): number {
  assertMinorUnits(gross, 'gross amount');
  assertVatRate(rate);
  assertRoundingMode(mode);
  return exactRatio(gross, BASIS, BASIS + rate, mode);
}

/** amount × factor / divisor, rounded once; BigInt only when the product could lose digits. */
function exactRatio(amount: number, factor: number, divisor: number, mode: RoundingMode): number {
  if (amount <= SMALL && amount >= -SMALL) return divideSmall(amount * factor, divisor, mode);
  const result = Number(divideRounded(BigInt(amount) * BigInt(factor), BigInt(divisor), mode));
  if (!Number.isSafeInteger(result)) {
    throw new VitrineError('invalid-input', 'Amount is too large to be exact');
  }
  return result;
}

/** One amount seen both ways. Always: incl = excl + tax. */
export interface TaxSplit {
  readonly excl: number;
  readonly tax: number;
  readonly incl: number;
}

export function splitFromNet(net: number, rate: VatRate, mode: RoundingMode = 'half-up'): TaxSplit {
  const tax = taxOnNet(net, rate, mode);
  return { excl: net, tax, incl: safeSum(net, tax) };
}

function safeSum(a: number, b: number): number {
  const sum = a + b;
  if (!Number.isSafeInteger(sum)) {
    throw new VitrineError('invalid-input', 'Amount is too large to be exact');
  }
  return sum;
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

/**
 * A rate stated in percent (Vendure's `taxRate: 20`, Medusa's `rate: 5.5`) in basis points,
 * exactly: through its decimal digits, at most two after the point.
 */
export function vatRateFromPercent(percent: number | string): VatRate {
  const text = String(percent).trim();
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  const rate = match ? Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0')) : NaN;
  if (!(rate <= BASIS)) {
    throw new VitrineError('invalid-response', `Not a VAT rate in percent: ${text}`);
  }
  return rate;
}
