import { searchKey } from '../text.js';
import type { Palette } from './palettes.js';

type Tint = Pick<Palette, 'main' | 'dark'>;

/*
 * Colours named in product names ("Stylo bille rétractable rouge", "Confiture extra abricot"),
 * for the kinds of product whose colour is the product's own (see TINTED in subjects.ts).
 * Tested on the name folded to lower case without accents, first match first: "bleu marine"
 * before "bleu", the fruit of a lemonade before the lemonade.
 */
const TINTS: readonly (readonly [RegExp, Tint])[] = [
  [/\bbleu marine\b/, { main: '#24406e', dark: '#15294a' }],
  [/\bbleu\b/, { main: '#2f6fd6', dark: '#1d4f9e' }],
  [/\bnoir(e|es|s)?\b/, { main: '#2f343b', dark: '#15181c' }],
  [/\brouges?\b/, { main: '#d63a3a', dark: '#9e2525' }],
  [/\bvert(e|es|s)?\b/, { main: '#3a9e5b', dark: '#24703e' }],
  [/\bgris anthracite\b/, { main: '#454b53', dark: '#272b30' }],
  [/\bgris\b/, { main: '#9aa1aa', dark: '#5f6670' }],
  [/\bblanc(he|hes|s)?\b/, { main: '#f4f4f2', dark: '#9ca3af' }],
  [/\bjaunes?\b/, { main: '#f2c94c', dark: '#c99a1c' }],
  [/\bchene clair\b/, { main: '#d9b382', dark: '#a67c4e' }],
  [/\bhetre\b/, { main: '#d7a86e', dark: '#a27443' }],
  [/\babricot\b/, { main: '#f29e3d', dark: '#b96a14' }],
  [/\bfraise\b/, { main: '#d7263d', dark: '#9b1728' }],
  [/\bframboise\b/, { main: '#d6336c', dark: '#9c1f4c' }],
  [/\bfigue\b/, { main: '#7b3f61', dark: '#552a43' }],
  [/\bmangue\b/, { main: '#f4a224', dark: '#b87510' }],
  [/\bpeche\b/, { main: '#f0a35e', dark: '#b8702f' }],
  [/\bpomme\b/, { main: '#d9c13c', dark: '#9e8a1c' }],
  [/\borange\b/, { main: '#f28c28', dark: '#b5600f' }],
  [/\bcitron/, { main: '#efd94a', dark: '#b39f1a' }],
  [/\bmiel\b/, { main: '#e0a21b', dark: '#a8770f' }],
  [/\bmoutarde\b/, { main: '#c9a227', dark: '#8f7214' }],
  [/\bterrine\b/, { main: '#a65d45', dark: '#73402f' }],
  [/\bsel\b/, { main: '#eef1f4', dark: '#8a97a6' }],
  [/\beau\b/, { main: '#bfe3f5', dark: '#5b9bbf' }],
  [/\blimonade\b/, { main: '#f1ecb4', dark: '#a39a45' }],
];

/** The colour a product's name gives it, if any. */
export function tintOf(name: string): Tint | undefined {
  const key = searchKey(name);
  return TINTS.find(([words]) => words.test(key))?.[1];
}
