import { currencyExponent } from './currency.js';
import { dayNumber, type IsoDate } from './dates.js';
import { assertMinorUnits, type Money } from './money.js';
import {
  knownMoneyPattern,
  knownSeparators,
  type MoneyPattern as Pattern,
} from './number-patterns.js';
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

/** Formats minor units of one currency in one locale. */
type MoneyFormat = (amount: number) => string;

const moneyFormats = new Map<string, Map<string, MoneyFormat>>();

/**
 * Intl.NumberFormat takes about 2 µs per call, too slow for a grid of a thousand prices
 * re-rendered on every change. So the formatter's pattern (sign, symbol, separators) is read
 * once from formatToParts and amounts are then written from their digits directly. The pattern
 * is checked against Intl on sample amounts; a locale it does not fit (other digits, Indian
 * grouping…) keeps Intl for every call. Either way the text is the same as Intl's.
 */
function moneyFormat(locale: string, currency: string): MoneyFormat {
  let byCurrency = moneyFormats.get(locale);
  if (!byCurrency) {
    byCurrency = new Map();
    moneyFormats.set(locale, byCurrency);
  }
  let format = byCurrency.get(currency);
  if (!format) {
    format = knownMoneyFormat(locale, currency) ?? intlMoneyFormat(locale, currency);
    byCurrency.set(currency, format);
  }
  return format;
}

/** A locale and currency of ./number-patterns.ts: written without loading Intl's number data. */
function knownMoneyFormat(locale: string, currency: string): MoneyFormat | undefined {
  const positive = knownMoneyPattern(locale, currency);
  if (!positive || currencyExponent(currency) !== 2) return undefined;
  return groupedFormat(positive, { ...positive, prefix: `-${positive.prefix}` }, 4, 2);
}

function intlMoneyFormat(locale: string, currency: string): MoneyFormat {
  const formatter = currencyFormatter(locale, currency);
  const exponent = currencyExponent(currency);
  const viaIntl: MoneyFormat = (amount) =>
    // Intl.NumberFormat accepts exact decimal strings (ES2023); the cast covers older typings.
    formatter.format(toDecimalString(amount, exponent) as unknown as number);
  const fast = patternFormat(formatter, exponent);
  return fast && SAMPLES.every((amount) => fast(amount) === viaIntl(amount)) ? fast : viaIntl;
}

/** Amounts that exercise every part of a pattern: zero, small, grouping thresholds, negatives. */
const SAMPLES = [
  0,
  1,
  9,
  10,
  99,
  100,
  999,
  1000,
  1234,
  9999,
  10000,
  12345,
  99999,
  123456,
  1000000,
  1234567,
  12345678,
  123456789,
  1234567890,
  98765432101234,
  Number.MAX_SAFE_INTEGER,
].flatMap((amount) => [amount, -amount]);

/** Reads prefix, suffix and separators of one sign from formatToParts, if they are plain. */
function readPattern(formatter: Intl.NumberFormat, sample: string): Pattern | undefined {
  const parts = formatter.formatToParts(sample as unknown as number);
  let prefix = '';
  let suffix = '';
  let group = '';
  let decimal = '';
  let seenNumber = false;
  for (const part of parts) {
    if (part.type === 'integer' || part.type === 'fraction') {
      if (!/^[0-9]+$/.test(part.value)) return undefined;
      seenNumber = true;
    } else if (part.type === 'group') group = part.value;
    else if (part.type === 'decimal') decimal = part.value;
    else if (seenNumber) suffix += part.value;
    else prefix += part.value;
  }
  return seenNumber ? { prefix, suffix, group, decimal } : undefined;
}

function patternFormat(formatter: Intl.NumberFormat, exponent: number): MoneyFormat | undefined {
  const fraction = exponent === 0 ? '' : `.${'5'.repeat(exponent)}`;
  const positive = readPattern(formatter, `1234567${fraction}`);
  const negative = readPattern(formatter, `-1234567${fraction}`);
  if (!positive || !negative || !positive.group) return undefined;
  // Some locales (es, pl…) group only from five digits: 1234 but 12 345.
  const integer = formatter.formatToParts('1234' as unknown as number);
  const minGrouping = integer.some((p) => p.type === 'group') ? 4 : 5;
  return groupedFormat(positive, negative, minGrouping, exponent);
}

/** Writes the digits of minor units between a sign's prefix and suffix, grouped by three. */
function groupedFormat(
  positive: Pattern,
  negative: Pattern,
  minGrouping: number,
  exponent: number,
): MoneyFormat {
  return (amount) => {
    assertMinorUnits(amount);
    const pattern = amount < 0 ? negative : positive;
    const digits = String(amount < 0 ? -amount : amount).padStart(exponent + 1, '0');
    const whole = exponent === 0 ? digits : digits.slice(0, digits.length - exponent);
    const decimals = exponent === 0 ? '' : pattern.decimal + digits.slice(digits.length - exponent);
    return (
      pattern.prefix + groupDigits(whole, pattern.group, minGrouping) + decimals + pattern.suffix
    );
  };
}

function groupDigits(whole: string, group: string, minGrouping: number): string {
  if (whole.length < minGrouping) return whole;
  const head = whole.length % 3 || 3;
  let grouped = whole.slice(0, head);
  for (let i = head; i < whole.length; i += 3) grouped += group + whole.slice(i, i + 3);
  return grouped;
}

/** "19,99 €" in fr, "€19.99" in en: exactly the text of Intl.NumberFormat, built faster. */
export function formatMoney(value: Money, locale: string): string {
  return moneyFormat(locale, value.currency)(value.amount);
}

const countFormatters = new Map<string, Intl.NumberFormat>();

/** A whole count as the locale writes it: "12 345" in fr, "12,345" in en. */
export function formatCount(count: number, locale: string): string {
  const separators = knownSeparators(locale);
  if (separators && Number.isSafeInteger(count)) {
    const digits = groupDigits(String(Math.abs(count)), separators[0], 4);
    // Intl writes the sign of -0 too.
    return count < 0 || Object.is(count, -0) ? `-${digits}` : digits;
  }
  let formatter = countFormatters.get(locale);
  if (!formatter) countFormatters.set(locale, (formatter = new Intl.NumberFormat(locale)));
  return formatter.format(count);
}

/** The character that separates the decimals in a locale: "," in French, "." in English. */
export function decimalMark(locale: string): string {
  const known = knownSeparators(locale)?.[1];
  if (known) return known;
  const parts = new Intl.NumberFormat(locale).formatToParts(1.5);
  return parts.find((part) => part.type === 'decimal')?.value ?? '.';
}

const percentFormatters = new Map<string, Intl.NumberFormat>();

function percentFormatter(locale: string): Intl.NumberFormat {
  let formatter = percentFormatters.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 });
    percentFormatters.set(locale, formatter);
  }
  return formatter;
}

/** "20 %" in fr, "5.5%" in en. */
export function formatVatRate(rate: VatRate, locale: string): string {
  // Exact string "0.055" for 550 basis points: rates stay out of float arithmetic too.
  return percentFormatter(locale).format(toDecimalString(rate, 4) as unknown as number);
}

/**
 * Any percentage given in basis points of a percent (1500 = 15 %, -250 = -2.5 %): savings,
 * discounts, early-payment rates. "15 %" in fr, "15%" in en.
 */
export function formatPercent(basisPoints: number, locale: string): string {
  assertMinorUnits(basisPoints, 'basis points');
  return percentFormatter(locale).format(toDecimalString(basisPoints, 4) as unknown as number);
}

const MS_PER_DAY = 86_400_000;
const dateFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A calendar date such as a due date: "31 mars 2028" in fr, "31 March 2028" in en-GB. Read in
 * UTC, where IsoDate days are defined, so no time zone can move it to the day before.
 */
export function formatDate(
  date: IsoDate,
  locale: string,
  style: 'long' | 'medium' | 'short' = 'long',
): string {
  const day = dayNumber(date);
  const key = `${locale}|${style}`;
  let formatter = dateFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' });
    dateFormatters.set(key, formatter);
  }
  // Midnight UTC of that day, from the integer day number (Date.UTC would read year 28 as 1928).
  return formatter.format(day * MS_PER_DAY);
}

export { vatRatePercent };
