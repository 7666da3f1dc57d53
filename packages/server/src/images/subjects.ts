import { searchKey } from '../text.js';
import type { Subject } from './drawings/index.js';

/*
 * What a product's picture shows. A category holds several kinds of product (safety shoes and
 * spray cleaners are both "Entretien & hygiène"), so the name says which: its first words, as
 * merchants write them ("Stylo …", "Armoire …"). A name that says nothing known gets its
 * category's picture.
 */

/** Tested in order on the name folded to lower case without accents; the first match wins. */
const BY_NAME: readonly (readonly [RegExp, Subject])[] = [
  // Office supplies
  [/^stylo/, 'pen'],
  [/^surligneur/, 'highlighter'],
  [/^cahier/, 'notebook'],
  [/^ramette/, 'ream'],
  [/^classeur/, 'binder'],
  [/^agrafeuse/, 'stapler'],
  [/^notes repositionnables/, 'sticky-notes'],
  [/^enveloppes matelassees/, 'padded-envelope'],
  [/^(enveloppes|pochettes)/, 'envelope'],
  [/^ciseaux/, 'scissors'],
  [/trombones/, 'paper-clips'],
  // Furniture
  [/^fauteuil/, 'office-chair'],
  [/^chaise/, 'visitor-chair'],
  [/^bureau assis-debout/, 'standing-desk'],
  [/^bureau\b/, 'desk'],
  [/^table\b/, 'meeting-table'],
  [/^caisson/, 'pedestal'],
  [/^armoire/, 'cabinet'],
  [/^lampe/, 'lamp'],
  [/^repose-pieds/, 'footrest'],
  [/^portemanteau/, 'coat-stand'],
  // Computing
  [/^ecran/, 'monitor'],
  [/^souris/, 'mouse'],
  [/^clavier/, 'keyboard'],
  [/^cable/, 'cable'],
  [/^disque/, 'external-drive'],
  [/^cle usb/, 'usb-key'],
  [/^casque/, 'headset'],
  [/^webcam/, 'webcam'],
  [/^station d'accueil/, 'dock'],
  [/^imprimante/, 'printer'],
  // Cleaning and protection
  [/^(savon|gel hydroalcoolique)/, 'pump-bottle'],
  [/^nettoyant/, 'spray'],
  [/^papier toilette/, 'toilet-roll'],
  [/^essuie-mains/, 'paper-towels'],
  [/^sacs poubelle/, 'bin-bag'],
  [/^gants/, 'glove'],
  [/^lingettes/, 'wipes'],
  [/^chiffons/, 'cloths'],
  [/^balai/, 'mop'],
  [/^(baskets|chaussures)/, 'safety-shoe'],
  // Packaging
  [/^(carton|boite postale)/, 'box'],
  [/^ruban adhesif/, 'tape-roll'],
  [/^film etirable/, 'stretch-film'],
  [/^devidoir/, 'tape-dispenser'],
  [/^papier bulle/, 'bubble-wrap'],
  [/^etiquettes/, 'labels'],
  [/^particules de calage/, 'loose-fill'],
  [/^sacs kraft/, 'paper-bag'],
  // Prepared meals
  [/^plateau-repas/, 'meal-tray'],
  [/^salade/, 'salad'],
  [/^sandwich/, 'sandwich'],
  [/^wrap/, 'wrap'],
  [/^quiche/, 'quiche'],
  [/^(lasagnes|hachis parmentier)/, 'baked-dish'],
  [/^coffret petit-dejeuner/, 'croissant'],
  [/mignardises/, 'petits-fours'],
  // Drinks: "Chocolat chaud à emporter" is a cup, not a chocolate bar or a tin of cocoa.
  [/a emporter\b/, 'cup-to-go'],
  [/^smoothie/, 'smoothie'],
  [/^pack boissons/, 'drinks-crate'],
  [/^(jus|limonade|citronnade|eau|the glace)/, 'bottle'],
  // Fine groceries
  [/^(confiture|miel|tapenade|moutarde|terrine|fleur de sel)/, 'jar'],
  [/^huile/, 'oil-bottle'],
  [/^biscuits/, 'biscuits'],
  [/^chocolat noir/, 'chocolate-bar'],
  [/^pates/, 'pasta'],
  [/^calissons/, 'calissons'],
  // Coffee break
  [/^cafe (en grains|moulu)/, 'coffee-bag'],
  [/^capsules/, 'capsules'],
  [/^dosettes/, 'soft-pods'],
  [/^(the|infusion)\b/, 'tea-box'],
  [/^sucre/, 'sugar-cubes'],
  [/^chocolat en poudre/, 'cocoa-tin'],
  [/^lait/, 'milk-pods'],
];

/** Categories whose products all look alike: a book titled "Le café…" is still a book. */
const WHATEVER_THE_NAME: Record<string, Subject> = { livres: 'books' };

/** The picture of a product whose name says nothing known. */
const BY_CATEGORY: Record<string, Subject> = {
  'fournitures-de-bureau': 'notebook',
  'mobilier-de-bureau': 'office-chair',
  informatique: 'monitor',
  'entretien-hygiene': 'spray',
  emballage: 'box',
  'traiteur-plats-prepares': 'cloche',
  'boissons-a-emporter': 'smoothie',
  'epicerie-fine': 'jar',
  'cafe-the-pause': 'mug',
  livres: 'books',
};

/** A parcel: some product, for a category the pictures do not know either. */
const UNKNOWN: Subject = 'box';

/** The kinds of product drawn in the colour their name gives ("rouge", "abricot"). */
export const TINTED: ReadonlySet<Subject> = new Set<Subject>([
  'pen',
  'highlighter',
  'binder',
  'office-chair',
  'desk',
  'pedestal',
  'lamp',
  'coat-stand',
  'jar',
  'bottle',
  'smoothie',
  'tea-box',
]);

/** The subject a product's name gives, if its name says one. */
export function subjectByName(name: string): Subject | undefined {
  const key = searchKey(name);
  return BY_NAME.find(([words]) => words.test(key))?.[1];
}

export function pictureSubject(name: string, categorySlug: string): Subject {
  return (
    WHATEVER_THE_NAME[categorySlug] ?? subjectByName(name) ?? BY_CATEGORY[categorySlug] ?? UNKNOWN
  );
}
