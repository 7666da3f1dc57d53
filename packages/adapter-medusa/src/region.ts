import { VitrineError } from '@vitrine/core';
import type { RegionPayload } from './schemas.js';

/** Where the storefront sells: the region fixes the currency, the country fixes the VAT. */
export interface Market {
  readonly regionId: string;
  /** ISO 4217, upper case. */
  readonly currency: string;
  /** ISO 3166-1 alpha-2, lower case as Medusa writes it. */
  readonly countryCode: string;
}

export interface MarketChoice {
  readonly regionId?: string | undefined;
  readonly countryCode?: string | undefined;
}

const codes = (region: RegionPayload) => (region.countries ?? []).map((c) => c.iso_2.toLowerCase());

/**
 * Picks the region and the country from GET /store/regions. A country picks the region that
 * contains it; a region alone is enough when it holds one country (Medusa computes taxes only
 * for a country, so a region of several needs one named). Wrong choices are the integrator's
 * to fix, so they are refused as invalid input with what would work.
 */
export function chooseMarket(regions: readonly RegionPayload[], choice: MarketChoice): Market {
  const wanted = choice.countryCode?.toLowerCase();
  const region = choice.regionId
    ? regions.find((candidate) => candidate.id === choice.regionId)
    : wanted
      ? regions.find((candidate) => codes(candidate).includes(wanted))
      : regions.length === 1
        ? regions[0]
        : undefined;

  if (!region) {
    const known = regions.map((r) => `${r.id} (${r.name}: ${codes(r).join(', ')})`).join('; ');
    const asked = choice.regionId
      ? `region ${choice.regionId}`
      : wanted && `region with country ${wanted}`;
    throw new VitrineError(
      'invalid-input',
      asked
        ? `The shop has no ${asked}. Its regions: ${known || 'none'}`
        : `The shop has several regions: pass regionId or countryCode. Its regions: ${known}`,
    );
  }

  const countries = codes(region);
  const countryCode = wanted ?? (countries.length === 1 ? countries[0] : undefined);
  if (!countryCode || !countries.includes(countryCode)) {
    throw new VitrineError(
      'invalid-input',
      countryCode
        ? `Region ${region.name} does not include country ${countryCode}: ${countries.join(', ')}`
        : `Region ${region.name} spans ${countries.join(', ') || 'no country'}: pass countryCode, ` +
            'the country whose VAT applies',
    );
  }
  return { regionId: region.id, currency: region.currency_code.toUpperCase(), countryCode };
}
