import { VitrineError } from './errors.js';
import { CHANNELS, type Channel } from './settings.js';
import type { VatRate } from './tax.js';
import {
  assertCountryCode,
  isEuCountry,
  vatRateFor,
  VAT_RATES,
  type CountryCode,
  type TaxClass,
  type VatRateTable,
} from './vat-rates.js';

/**
 * Why a rate applies:
 * - 'domestic': seller and buyer in the same country, that country's rate;
 * - 'distance-sale': to a consumer (or a business without a VAT number) in another EU country;
 * - 'reverse-charge': to a business with an EU VAT number in another EU country, 0 %: the
 *   buyer accounts for the VAT (invoice mention "Autoliquidation");
 * - 'export': to a buyer outside the EU, 0 % (goods leaving the EU are exempt).
 */
export type VatReason = 'domestic' | 'distance-sale' | 'reverse-charge' | 'export';

export interface VatContext {
  readonly sellerCountry: CountryCode;
  readonly buyerCountry: CountryCode;
  /** The buyer's VAT number ("DE123456789"); spaces, dots and dashes are ignored. */
  readonly buyerVatNumber?: string;
  readonly channel: Channel;
  readonly taxClass: TaxClass;
  /**
   * Distance sales are taxed at the buyer's country rate (the seller declares them through the
   * OSS, mandatory above €10,000 a year of such sales). Default: the seller's rate.
   */
  readonly destinationRates?: boolean;
  readonly table?: VatRateTable;
}

export interface VatResolution {
  readonly rate: VatRate;
  readonly reverseCharge: boolean;
  readonly reason: VatReason;
  /** The country whose rate applies; absent at 0 % (reverse charge, export). */
  readonly rateCountry?: CountryCode;
}

/** VAT number prefixes differ from ISO codes for Greece only. */
const VAT_PREFIX: Readonly<Record<string, CountryCode>> = { EL: 'GR' };

/** "de 123.456.789" → "DE123456789"; empty or absent → undefined. */
export function normalizeVatNumber(vatNumber: string | undefined): string | undefined {
  if (vatNumber === undefined) return undefined;
  if (typeof vatNumber !== 'string') {
    throw new VitrineError('invalid-input', `VAT number must be text, got ${String(vatNumber)}`);
  }
  const compact = vatNumber.replace(/[\s.-]/g, '').toUpperCase();
  return compact === '' ? undefined : compact;
}

/** The EU country that issued a VAT number, or an error when it is not an EU VAT number. */
export function vatNumberCountry(vatNumber: string): CountryCode {
  const compact = normalizeVatNumber(vatNumber) ?? '';
  const prefix = compact.slice(0, 2);
  const country = VAT_PREFIX[prefix] ?? prefix;
  if (!/^[A-Z]{2}[0-9A-Z+*]{2,12}$/.test(compact) || !isEuCountry(country) || prefix === 'GR') {
    throw new VitrineError(
      'invalid-input',
      `"${vatNumber}" is not an EU VAT number (two-letter country prefix, then 2 to 12 characters)`,
    );
  }
  return country;
}

/**
 * The VAT rate of a sale of goods, and whether the buyer self-assesses it (reverse charge).
 * Reverse charge applies when the channel is B2B, the buyer has an EU VAT number issued by
 * another country than the seller's, and the goods go from one EU country to another. The VAT
 * number is checked for its form only; whether it is valid (VIES) is the backend's call.
 */
export function resolveVat(context: VatContext): VatResolution {
  const { sellerCountry, buyerCountry, channel, taxClass } = context;
  const table = context.table ?? VAT_RATES;
  assertCountryCode(sellerCountry, 'seller country');
  assertCountryCode(buyerCountry, 'buyer country');
  if (!CHANNELS.includes(channel)) {
    throw new VitrineError(
      'invalid-input',
      `Channel must be one of ${CHANNELS.join(', ')}, got ${String(channel)}`,
    );
  }
  const vatNumber = normalizeVatNumber(context.buyerVatNumber);
  const vatCountry = vatNumber === undefined ? undefined : vatNumberCountry(vatNumber);

  if (sellerCountry === buyerCountry) {
    return {
      rate: vatRateFor(sellerCountry, taxClass, table),
      reverseCharge: false,
      reason: 'domestic',
      rateCountry: sellerCountry,
    };
  }
  if (!isEuCountry(sellerCountry)) {
    throw new VitrineError(
      'invalid-input',
      `Sales from ${sellerCountry} (outside the EU) to ${buyerCountry} are not handled here`,
    );
  }
  // Still checks the tax class, so that a bad class is an error whatever the countries.
  const sellerRate = vatRateFor(sellerCountry, taxClass, table);
  if (!isEuCountry(buyerCountry)) {
    return { rate: 0, reverseCharge: false, reason: 'export' };
  }
  if (channel === 'b2b' && vatCountry !== undefined && vatCountry !== sellerCountry) {
    return { rate: 0, reverseCharge: true, reason: 'reverse-charge' };
  }
  if (context.destinationRates) {
    return {
      rate: vatRateFor(buyerCountry, taxClass, table),
      reverseCharge: false,
      reason: 'distance-sale',
      rateCountry: buyerCountry,
    };
  }
  return {
    rate: sellerRate,
    reverseCharge: false,
    reason: 'distance-sale',
    rateCountry: sellerCountry,
  };
}
