/**
 * Search keys: lower case, accents and ligatures folded, so that "cafe" finds "Café" and
 * "oeuf" finds "Œuf". Done in the application, not with PostgreSQL's unaccent extension,
 * so the schema runs on any PostgreSQL server as it is.
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[œŒ]/g, 'oe')
    .replace(/[æÆ]/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[’‘`´]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** "Stylo bille 4 couleurs" → "stylo-bille-4-couleurs". */
export function slugify(text: string): string {
  return searchKey(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Escapes LIKE wildcards so that user input matches literally (used with ESCAPE '\'). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
