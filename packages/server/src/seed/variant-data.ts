import type { SpecSeed } from './data.js';

/*
 * Products of the reference catalog that come in several forms: one product page, a choice of
 * size, colour, length or pack, and offers per variant. Brands and sellers are those of the
 * category (see data.ts); prices are HT in cents.
 */

export interface OptionValueSeed {
  value: string;
  /** Part of the variant's SKU: VT-10265-42. */
  code: string;
  /** How the value reads inside the variant's name, when not as `value`. */
  label?: string;
}

export interface VariantOptionSeed {
  name: string;
  values: readonly OptionValueSeed[];
}

export interface VariantProductSeed {
  categoryId: string;
  name: string;
  brands: readonly string[];
  desc: string;
  specs: readonly SpecSeed[];
  /** Every combination of the values is a variant, unless `exists` says otherwise. */
  options: readonly VariantOptionSeed[];
  exists?: (codes: readonly string[]) => boolean;
  /** The variant's name from its values' labels: "Pointure 42", "Taille 9 (L), lot de 12 paires". */
  variantName: (labels: readonly string[]) => string;
  /** Reference HT price of a variant, from its values' codes (made a shelf price, see shelfPrice). */
  price: (codes: readonly string[]) => number;
  /** Sellers: the first offers every variant, the others some of them. */
  sellers: readonly string[];
  /** Variants (SKU suffix, e.g. "46" or "XL-12") out of stock at every seller. */
  soldOut: readonly string[];
}

const s = (name: string, value: string, unit: string | null = null): SpecSeed => ({
  name,
  value,
  unit,
});

const values = (...items: (string | OptionValueSeed)[]): OptionValueSeed[] =>
  items.map((item) => (typeof item === 'string' ? { value: item, code: item } : item));

export const VARIANT_PRODUCTS: readonly VariantProductSeed[] = [
  {
    categoryId: 'c-04',
    name: 'Baskets de sécurité S3 basses',
    brands: ['Prodinet', 'Netaline'],
    desc: 'Baskets de sécurité basses S3 : embout composite, semelle anti-perforation non métallique et tige déperlante, pour l’entrepôt comme pour l’atelier.',
    specs: [
      s('Norme', 'EN ISO 20345:2022 S3S SR'),
      s('Embout', 'Composite 200 J'),
      s('Semelle', 'Anti-perforation textile, antidérapante'),
      s('Poids (pointure 42)', '540', 'g'),
      s('Largeur', '11 (chaussant large)'),
    ],
    options: [
      { name: 'Pointure', values: values('38', '39', '40', '41', '42', '43', '44', '45', '46') },
    ],
    variantName: ([size]) => `Pointure ${size}`,
    // The largest sizes need more material.
    price: ([size]) => (Number(size) >= 45 ? 5_799 : 5_499),
    sellers: ['s-04', 's-01'],
    soldOut: ['46'],
  },
  {
    categoryId: 'c-04',
    name: 'Gants de manutention enduits nitrile',
    brands: ['Hygiena', 'Prodinet'],
    desc: 'Gants de manutention tricotés sans couture, paume enduite de nitrile : bonne prise sur les cartons et les pièces grasses, dos aéré.',
    specs: [
      s('Norme', 'EN 388:2016 4131X'),
      s('Support', 'Polyester tricoté jauge 13'),
      s('Enduction', 'Nitrile, paume et bout des doigts'),
      s('Lavable', '30', '°C'),
    ],
    options: [
      {
        name: 'Taille',
        values: values(
          { value: '7 (S)', code: 'S' },
          { value: '8 (M)', code: 'M' },
          { value: '9 (L)', code: 'L' },
          { value: '10 (XL)', code: 'XL' },
        ),
      },
      {
        name: 'Conditionnement',
        values: values(
          { value: 'La paire', code: '1', label: 'la paire' },
          { value: 'Lot de 12 paires', code: '12', label: 'lot de 12 paires' },
        ),
      },
    ],
    variantName: ([size, pack]) => `Taille ${size}, ${pack}`,
    price: ([size, pack]) => {
      const extraLarge = size === 'XL';
      if (pack === '12') return extraLarge ? 3_799 : 3_499;
      return extraLarge ? 379 : 349;
    },
    sellers: ['s-04', 's-01'],
    soldOut: ['XL-12'],
  },
  {
    categoryId: 'c-03',
    name: 'Câble HDMI 2.1 Ultra High Speed',
    brands: ['Octet', 'Kelvo'],
    desc: 'Câble HDMI 2.1 certifié Ultra High Speed : 8K à 60 Hz, 4K à 120 Hz, HDR dynamique et eARC.',
    specs: [
      s('Débit', '48', 'Gb/s'),
      s('Résolution maximale', '8K à 60 Hz, 4K à 120 Hz'),
      s('Connecteurs', 'HDMI type A mâle, plaqués or'),
      s('Certification', 'HDMI Ultra High Speed'),
    ],
    options: [
      {
        name: 'Longueur',
        values: values(
          { value: '1 m', code: '1M' },
          { value: '2 m', code: '2M' },
          { value: '3 m', code: '3M' },
          { value: '5 m', code: '5M' },
        ),
      },
    ],
    variantName: ([length]) => `Longueur ${length}`,
    price: ([length]) => ({ '1M': 1_299, '2M': 1_599, '3M': 1_899, '5M': 2_999 })[length!]!,
    sellers: ['s-06', 's-01'],
    soldOut: [],
  },
  {
    categoryId: 'c-02',
    name: 'Chaise visiteur empilable',
    brands: ['Atelier Vauban', 'Nordlys Bureau'],
    desc: 'Chaise visiteur empilable par 6 : coque polypropylène, piètement luge en acier époxy, patins protège-sol.',
    specs: [
      s("Hauteur d'assise", '46', 'cm'),
      s('Empilable', '6', 'chaises'),
      s('Charge maximale', '120', 'kg'),
      s('Piètement', 'Luge, acier époxy noir'),
    ],
    options: [
      {
        name: 'Couleur',
        values: values(
          { value: 'Anthracite', code: 'ANT' },
          { value: 'Bleu pétrole', code: 'BLE' },
          { value: 'Rouge brique', code: 'ROU' },
        ),
      },
      {
        name: 'Conditionnement',
        values: values(
          { value: 'À l’unité', code: '1', label: 'à l’unité' },
          { value: 'Lot de 4', code: '4', label: 'lot de 4' },
        ),
      },
    ],
    // The red one is made to order: one chair at a time.
    exists: ([colour, pack]) => !(colour === 'ROU' && pack === '4'),
    variantName: ([colour, pack]) => `${colour}, ${pack}`,
    price: ([, pack]) => (pack === '4' ? 24_900 : 6_999),
    sellers: ['s-01', 's-06'],
    soldOut: ['BLE-4'],
  },
  {
    categoryId: 'c-05',
    name: 'Sacs kraft à poignées torsadées',
    brands: ['Packline', 'Embalex'],
    desc: 'Sacs en papier kraft brun à poignées torsadées, fond renforcé : pour la boutique, les salons et la vente à emporter.',
    specs: [
      s('Papier', 'Kraft brun 90 g/m², FSC'),
      s('Poignées', 'Papier torsadé, collées'),
      s('Charge', '8', 'kg'),
      s('Recyclable', 'Oui'),
    ],
    options: [
      {
        name: 'Format',
        values: values(
          { value: 'S (18 × 8 × 22 cm)', code: 'S', label: 'S' },
          { value: 'M (26 × 12 × 35 cm)', code: 'M', label: 'M' },
          { value: 'L (32 × 16 × 42 cm)', code: 'L', label: 'L' },
        ),
      },
      {
        name: 'Quantité',
        values: values(
          { value: 'Lot de 50', code: '50', label: 'lot de 50' },
          { value: 'Lot de 250', code: '250', label: 'lot de 250' },
        ),
      },
    ],
    variantName: ([format, pack]) => `Format ${format}, ${pack}`,
    price: ([format, pack]) => {
      const per50 = { S: 1_499, M: 1_899, L: 2_399 }[format!]!;
      // Five lots of 50 for the price of four (then rounded to a shelf price).
      return pack === '250' ? per50 * 4 : per50;
    },
    sellers: ['s-02', 's-01'],
    soldOut: ['L-250'],
  },
];
