import { VitrineError } from './errors.js';
import { assertVatRate, vatRatePercent, type VatRate } from './tax.js';

/**
 * What kind of goods a product is, for VAT. Each country maps the classes it has to its own
 * rates: the same product class can carry different rates in different countries.
 */
export type TaxClass = 'standard' | 'intermediate' | 'reduced' | 'super-reduced';

export const TAX_CLASSES: readonly TaxClass[] = [
  'standard',
  'intermediate',
  'reduced',
  'super-reduced',
];

/** ISO 3166-1 alpha-2 country code, upper case ('FR', 'DE'). */
export type CountryCode = string;

export type VatRateTable = Readonly<
  Record<CountryCode, Readonly<Partial<Record<TaxClass, VatRate>>>>
>;

/**
 * Rates in basis points, as in force in 2025. Rates change by law: pass your own table to
 * vatRateFor() when they do, or for other countries.
 * - FR: 20 % standard, 10 % intermediate ("taux intermédiaire"), 5.5 % reduced, 2.1 % super-reduced.
 * - DE: 19 % standard, 7 % reduced.
 * - BE: 21 % standard, 12 % intermediate, 6 % reduced.
 * - ES: 21 % standard, 10 % reduced ("reducido"), 4 % super-reduced ("superreducido").
 * - IT: 22 % standard, 10 % intermediate, 5 % reduced, 4 % super-reduced ("minima").
 */
export const VAT_RATES: VatRateTable = {
  FR: { standard: 2000, intermediate: 1000, reduced: 550, 'super-reduced': 210 },
  DE: { standard: 1900, reduced: 700 },
  BE: { standard: 2100, intermediate: 1200, reduced: 600 },
  ES: { standard: 2100, reduced: 1000, 'super-reduced': 400 },
  IT: { standard: 2200, intermediate: 1000, reduced: 500, 'super-reduced': 400 },
};

/** The 27 member states of the European Union (Greece is GR here, EL in VAT numbers). */
export const EU_COUNTRIES: ReadonlySet<CountryCode> = new Set([
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
]);

export function assertCountryCode(code: unknown, what = 'country'): asserts code is CountryCode {
  if (typeof code !== 'string' || !/^[A-Z]{2}$/.test(code)) {
    throw new VitrineError(
      'invalid-input',
      `${what} must be an upper-case ISO 3166 code such as FR, got ${String(code)}`,
    );
  }
}

export function isEuCountry(code: CountryCode): boolean {
  return EU_COUNTRIES.has(code);
}

export function assertTaxClass(taxClass: unknown): asserts taxClass is TaxClass {
  if (!TAX_CLASSES.includes(taxClass as TaxClass)) {
    throw new VitrineError(
      'invalid-input',
      `Tax class must be one of ${TAX_CLASSES.join(', ')}, got ${String(taxClass)}`,
    );
  }
}

/** The VAT rate of a tax class in a country; a class the country does not have is an error. */
export function vatRateFor(
  country: CountryCode,
  taxClass: TaxClass,
  table: VatRateTable = VAT_RATES,
): VatRate {
  assertCountryCode(country);
  assertTaxClass(taxClass);
  const rates = Object.hasOwn(table, country) ? table[country] : undefined;
  if (!rates) {
    throw new VitrineError(
      'invalid-input',
      `No VAT rates are known for ${country}: pass a table that has them`,
    );
  }
  const rate = rates[taxClass];
  if (rate === undefined) {
    const known = TAX_CLASSES.filter((c) => rates[c] !== undefined)
      .map((c) => `${c} ${vatRatePercent(rates[c]!)} %`)
      .join(', ');
    throw new VitrineError(
      'invalid-input',
      `${country} has no ${taxClass} VAT rate (it has: ${known})`,
    );
  }
  assertVatRate(rate);
  return rate;
}
