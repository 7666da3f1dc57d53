import { currencyExponent } from './currency.js';
import { assertMinorUnits, type Money } from './money.js';
import { vatRatePercent, type VatRate } from './tax.js';

const formatters = new Map<string, Intl.NumberFormat>();

/** One formatter per locale and currency: building them is the slow part of formatting. */
export function currencyFormatter(locale: string, currency: string): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const digits = currencyExponent(currency);
    formatter = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * The exact decimal string of an amount in minor units: 1999 EUR → "19.99", -5 EUR → "-0.05".
 * Built from digits, never through a float.
 */
export function toDecimalString(amount: number, exponent: number): string {
  assertMinorUnits(amount);
  const negative = amount < 0;
  const digits = String(negative ? -amount : amount).padStart(exponent + 1, '0');
  const whole = exponent === 0 ? digits : digits.slice(0, -exponent);
  const fraction = exponent === 0 ? '' : `.${digits.slice(-exponent)}`;
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/** "19,99 €" in fr, "€19.99" in en. Intl formats the decimal string exactly. */
export function formatMoney(value: Money, locale: string): string {
  const formatter = currencyFormatter(locale, value.currency);
  // Intl.NumberFormat accepts exact decimal strings (ES2023); the cast covers older lib typings.
  return formatter.format(
    toDecimalString(value.amount, currencyExponent(value.currency)) as unknown as number,
  );
}

const percentFormatters = new Map<string, Intl.NumberFormat>();

/** "20 %" in fr, "5.5%" in en. */
export function formatVatRate(rate: VatRate, locale: string): string {
  let formatter = percentFormatters.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 });
    percentFormatters.set(locale, formatter);
  }
  // Exact string "0.055" for 550 basis points: rates stay out of float arithmetic too.
  return formatter.format(toDecimalString(rate, 4) as unknown as number);
}

export { vatRatePercent };
