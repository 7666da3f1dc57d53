import { configureLocalization } from '@lit/localize';
import { LOCALES, type Locale } from '@vitrine/core';

/**
 * English is the source; other catalogues load on demand. One locale per page: @lit/localize
 * keeps it globally, and the storefront sets it from its `locale` attribute.
 */
const { getLocale, setLocale } = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['fr'],
  loadLocale: () => import('../locales/fr.js'),
});

/** The page's current language: every element formats numbers in it, so text and numbers agree. */
export function pageLocale(): Locale {
  return getLocale() as Locale;
}

/** The Intl tag of the page's current language. */
export function intlLocale(): string {
  return INTL_LOCALE[pageLocale()];
}

/** Switches the page language; the last call wins even while a catalogue is still loading. */
export function useLocale(locale: Locale): Promise<void> {
  return setLocale(locale);
}

let pageLanguage: Promise<void> | undefined;

/**
 * The catalogue of the page's language (its `lang`), loading: settled once it is in place or has
 * failed (English then). Undefined when the page is in English, the source: nothing to wait for.
 */
export function pageLanguageLoading(): Promise<void> | undefined {
  const language = document.documentElement.lang.split('-')[0]?.toLowerCase();
  const locale = LOCALES.find((known) => known === language);
  if (!locale || locale === 'en') return undefined;
  return (pageLanguage ??= useLocale(locale).catch(() => undefined));
}

/** BCP 47 tags handed to Intl for each supported locale. */
export const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', fr: 'fr-FR' };

const pluralRules = new Map<string, Intl.PluralRules>();

/** Picks the singular or plural message the way the locale counts (0 is singular in French). */
export function isSingular(count: number, locale: Locale): boolean {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(INTL_LOCALE[locale])));
  return rules.select(count) === 'one';
}
