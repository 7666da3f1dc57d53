/** The regional codes of Vendure's LanguageCode enum; every other code is a bare language. */
const REGIONAL = new Set([
  'zh_Hans',
  'zh_Hant',
  'nl_BE',
  'en_AU',
  'en_CA',
  'en_GB',
  'en_US',
  'fr_CA',
  'fr_CH',
  'de_AT',
  'de_CH',
  'fa_AF',
  'pt_BR',
  'pt_PT',
  'ro_MD',
  'es_ES',
  'es_MX',
  'sw_CD',
]);

/**
 * Vendure's LanguageCode for a locale: "fr-CA" → "fr_CA", which Vendure knows, but "fr-FR" →
 * "fr", since Vendure has no "fr_FR" and would fall back to the shop's default language.
 */
export function vendureLanguageCode(locale: string): string {
  const [language = '', second = ''] = locale.trim().split(/[-_]/);
  const base = language.toLowerCase();
  const qualifier =
    second.length === 2
      ? second.toUpperCase()
      : second.charAt(0).toUpperCase() + second.slice(1).toLowerCase();
  const regional = `${base}_${qualifier}`;
  return second && REGIONAL.has(regional) ? regional : base;
}
