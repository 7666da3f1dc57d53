import { currencyExponent } from './currency.js';
import { VitrineError } from './errors.js';
import { toDecimalString } from './format.js';

/**
 * Backends state money three ways: minor units (Vendure: 1261), major-unit numbers (Medusa:
 * 12.61) and decimal strings (Medusa's raw amounts: "12.61"). These turn each into minor units
 * exactly, through the decimal digits, never through floating-point multiplication.
 */

export type ExtraDigits = 'reject' | 'half-up';

const DECIMAL = /^([+-])?(\d+)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

/**
 * Minor units of a decimal amount in major units. A number is read through its shortest
 * round-trip spelling (what the backend's JSON said). Digits beyond the currency's exponent
 * are refused by default, or rounded half away from zero with `extraDigits: 'half-up'`.
 */
export function minorUnitsFromDecimal(
  value: string | number,
  currency: string,
  extraDigits: ExtraDigits = 'reject',
): number {
  const text = typeof value === 'number' ? String(value) : value.trim();
  const match = DECIMAL.exec(text);
  if (!match || (typeof value === 'number' && !Number.isFinite(value))) {
    throw new VitrineError('invalid-response', `Not a decimal amount: ${String(value)}`);
  }
  const [, sign = '', whole = '', fraction = '', exponentText = '0'] = match;
  // Shift the decimal point: the digits stay a string until the end.
  const shift = currencyExponent(currency) + Number(exponentText);
  let digits = whole + fraction;
  let point = whole.length + shift;
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  digits = digits.padEnd(point, '0');
  const kept = digits.slice(0, point) || '0';
  const dropped = digits.slice(point);
  let units = BigInt(kept);
  if (/[1-9]/.test(dropped)) {
    if (extraDigits === 'reject') {
      throw new VitrineError('invalid-response', `${text} ${currency} is finer than a minor unit`);
    }
    if (dropped.charCodeAt(0) >= 53 /* '5' */) units += 1n;
  }
  const amount = Number(sign === '-' ? -units : units);
  if (!Number.isSafeInteger(amount)) {
    throw new VitrineError('invalid-response', `${text} ${currency} is too large to be exact`);
  }
  return amount === 0 ? 0 : amount; // never -0
}

/** The decimal string of minor units in major units ("12.61"), as backends expect it back. */
export function decimalFromMinorUnits(amount: number, currency: string): string {
  return toDecimalString(amount, currencyExponent(currency));
}
