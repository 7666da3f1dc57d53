/*
 * How the page languages (English as in the UK, French as in France) write amounts and counts,
 * exactly as Intl.NumberFormat writes them: CLDR data, which the tests compare with Intl in
 * Node and in Chromium.
 *
 * Why a table: a page's first Intl.NumberFormat loads the runtime's number data, which takes
 * 40 to 90 ms on this project's test machine and four times that on a mid-range phone, in one
 * task in the middle of the first render. Prices and counts in these locales are written
 * without it; any other locale or currency goes through Intl as before.
 */

/** Where the amount (#) goes beside the currency's symbol; a negative amount starts with "-". */
const MONEY: Readonly<Record<string, string>> = {
  'en-GB|EUR': '€#',
  'en-GB|USD': 'US$#',
  'en-GB|GBP': '£#',
  'en-GB|CHF': 'CHF\u00a0#',
  'fr-FR|EUR': '#\u00a0€',
  'fr-FR|USD': '#\u00a0$US',
  'fr-FR|GBP': '#\u00a0£GB',
  'fr-FR|CHF': '#\u00a0CHF',
};

/** The group and decimal marks; both locales group from four digits (1,234). */
const SEPARATORS: Readonly<Record<string, readonly [group: string, decimal: string]>> = {
  'en-GB': [',', '.'],
  'fr-FR': ['\u202f', ','],
};

/** The locales and currencies of the table, for the tests that check it against Intl. */
export const KNOWN_MONEY_FORMATS: readonly string[] = Object.keys(MONEY);
export const KNOWN_NUMBER_LOCALES: readonly string[] = Object.keys(SEPARATORS);

export interface MoneyPattern {
  readonly prefix: string;
  readonly suffix: string;
  readonly group: string;
  readonly decimal: string;
}

/** How `locale` writes an amount of `currency` (2 decimals), if the table knows it. */
export function knownMoneyPattern(locale: string, currency: string): MoneyPattern | undefined {
  const pattern = MONEY[`${locale}|${currency}`];
  const separators = SEPARATORS[locale];
  if (!pattern || !separators) return undefined;
  const [prefix = '', suffix = ''] = pattern.split('#');
  return { prefix, suffix, group: separators[0], decimal: separators[1] };
}

/** The group and decimal marks of `locale`, if the table knows it. */
export function knownSeparators(locale: string): readonly [string, string] | undefined {
  return SEPARATORS[locale];
}
