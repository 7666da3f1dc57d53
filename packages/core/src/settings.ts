import { isCurrencyCode } from './currency.js';

export type Channel = 'b2c' | 'b2b';
export type TaxDisplay = 'incl' | 'excl';
export type Locale = 'en' | 'fr';

export const CHANNELS: readonly Channel[] = ['b2c', 'b2b'];
export const LOCALES: readonly Locale[] = ['en', 'fr'];
export const TAX_DISPLAYS: readonly TaxDisplay[] = ['incl', 'excl'];

export interface StorefrontSettings {
  readonly channel: Channel;
  readonly locale: Locale;
  readonly currency: string;
  /** Which amount comes first: consumers see TTC first, professionals HT. */
  readonly taxDisplay: TaxDisplay;
}

export const DEFAULT_SETTINGS: StorefrontSettings = {
  channel: 'b2c',
  locale: 'en',
  currency: 'EUR',
  taxDisplay: 'incl',
};

export function defaultTaxDisplay(channel: Channel): TaxDisplay {
  return channel === 'b2b' ? 'excl' : 'incl';
}

/** What the host page wrote in attributes, unchecked. */
export interface RawSettings {
  readonly channel?: string | null;
  readonly locale?: string | null;
  readonly currency?: string | null;
  readonly taxDisplay?: string | null;
}

export interface ResolvedSettings {
  readonly settings: StorefrontSettings;
  /** One message per value that was not understood and fell back to its default. */
  readonly problems: readonly string[];
}

function pick<T extends string>(
  name: string,
  value: string | null | undefined,
  allowed: readonly T[],
  fallback: T,
  problems: string[],
): T {
  if (value == null || value === '') return fallback;
  const normal = value.trim().toLowerCase();
  if ((allowed as readonly string[]).includes(normal)) return normal as T;
  problems.push(`${name}="${value}" is not one of ${allowed.join(', ')}; using "${fallback}".`);
  return fallback;
}

/** Reads host attributes into settings; unknown values fall back to defaults and are reported. */
export function resolveSettings(raw: RawSettings): ResolvedSettings {
  const problems: string[] = [];
  const channel = pick('channel', raw.channel, CHANNELS, DEFAULT_SETTINGS.channel, problems);
  // "fr-FR" and "fr" both mean French.
  const language = raw.locale?.split('-')[0] ?? null;
  const locale = pick('locale', language, LOCALES, DEFAULT_SETTINGS.locale, problems);
  let currency = DEFAULT_SETTINGS.currency;
  if (raw.currency) {
    const code = raw.currency.trim().toUpperCase();
    if (isCurrencyCode(code)) currency = code;
    else problems.push(`currency="${raw.currency}" is not an ISO 4217 code; using "${currency}".`);
  }
  const taxDisplay = pick(
    'tax-display',
    raw.taxDisplay,
    TAX_DISPLAYS,
    defaultTaxDisplay(channel),
    problems,
  );
  return { settings: { channel, locale, currency, taxDisplay }, problems };
}
