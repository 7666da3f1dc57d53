import type { Category, Offer, ProductDetail, SellerRef } from '@vitrine/core';

/** A small French catalog for stories and component tests: every VAT class, several sellers. */
export const sampleCategories: readonly Category[] = [
  { id: 'bureau', name: 'Fournitures de bureau' },
  { id: 'mobilier', name: 'Mobilier' },
  { id: 'epicerie', name: 'Épicerie fine' },
  { id: 'livres', name: 'Livres' },
];

const sellers: readonly SellerRef[] = [
  { id: 's-bureau-plus', name: 'Bureau Plus' },
  { id: 's-papeterie', name: 'Papeterie Lyonnaise' },
  { id: 's-comptoir', name: 'Comptoir du Sud' },
];

const RATES: Record<string, number> = { bureau: 2000, mobilier: 2000, epicerie: 550, livres: 550 };
const COLOURS: Record<string, string> = {
  bureau: '#3b6ea8',
  mobilier: '#8a5a3c',
  epicerie: '#b5473a',
  livres: '#4d7c4a',
};

type Row = [category: string, name: string, brand: string, cents: number, stock: number];

type Spec = [name: string, value: string, unit?: string];

/**
 * Specifications beyond brand and reference, by product index: a few values shared by several
 * products of a category, so that they make useful filters.
 */
const SPECS: Record<number, readonly Spec[]> = {
  0: [
    ['Couleur', 'Blanc'],
    ['Format', 'A4'],
    ['Grammage', '80', 'g/m²'],
  ],
  1: [
    ['Couleur', 'Bleu'],
    ['Pointe', '1', 'mm'],
  ],
  2: [
    ['Couleur', 'Noir'],
    ['Format', 'A4'],
  ],
  3: [['Couleur', 'Noir']],
  4: [
    ['Couleur', 'Bleu'],
    ['Format', '24 × 32', 'cm'],
  ],
  5: [['Couleur', 'Assortis']],
  6: [['Couleur', 'Noir']],
  7: [
    ['Couleur', 'Jaune'],
    ['Format', '76 × 76', 'mm'],
  ],
  8: [
    ['Matière', 'Tissu'],
    ['Garantie', '5', 'ans'],
  ],
  9: [
    ['Matière', 'Bois'],
    ['Garantie', '5', 'ans'],
  ],
  10: [
    ['Matière', 'Métal'],
    ['Garantie', '2', 'ans'],
  ],
  11: [
    ['Matière', 'Aluminium'],
    ['Garantie', '2', 'ans'],
  ],
  12: [
    ['Matière', 'Métal'],
    ['Garantie', '10', 'ans'],
  ],
  13: [
    ['Matière', 'Acier émaillé'],
    ['Garantie', '2', 'ans'],
  ],
  14: [
    ['Origine', 'Éthiopie'],
    ['Bio', 'Non'],
    ['Poids net', '1000', 'g'],
  ],
  15: [
    ['Origine', 'Japon'],
    ['Bio', 'Oui'],
    ['Poids net', '100', 'g'],
  ],
  16: [
    ['Origine', 'France'],
    ['Bio', 'Oui'],
    ['Poids net', '500', 'g'],
  ],
  17: [
    ['Origine', 'France'],
    ['Bio', 'Non'],
    ['Contenance', '75', 'cl'],
  ],
  18: [
    ['Origine', 'France'],
    ['Bio', 'Non'],
    ['Poids net', '250', 'g'],
  ],
  19: [
    ['Origine', 'Pérou'],
    ['Bio', 'Oui'],
    ['Poids net', '500', 'g'],
  ],
  20: [
    ['Reliure', 'Broché'],
    ['Pages', '320', 'pages'],
  ],
  21: [
    ['Reliure', 'Broché'],
    ['Pages', '256', 'pages'],
  ],
  22: [
    ['Reliure', 'Relié'],
    ['Pages', '1 450', 'pages'],
  ],
  23: [
    ['Reliure', 'Poche'],
    ['Pages', '192', 'pages'],
  ],
};

/** Published reviews of some products, by index: [average, count]. Two tie on both. */
const RATINGS: Record<number, readonly [average: number, count: number]> = {
  0: [4.5, 12],
  1: [4.2, 30],
  3: [4.5, 4],
  8: [4.8, 9],
  9: [4.8, 9],
  14: [4.7, 21],
  20: [3.9, 7],
  22: [4.1, 3],
};

const rows: readonly Row[] = [
  ['bureau', 'Ramette papier A4 80 g', 'Clairefontaine', 549, 420],
  ['bureau', 'Stylo bille Cristal bleu (lot de 10)', 'Bic', 390, 800],
  ['bureau', 'Classeur à levier dos 8 cm', 'Exacompta', 329, 150],
  ['bureau', 'Agrafeuse de bureau métal', 'Rapid', 1890, 35],
  ['bureau', 'Cahier spirale 24 × 32 cm', 'Oxford', 245, 0],
  ['bureau', 'Surligneurs pastel (lot de 6)', 'Stabilo', 612, 90],
  ['bureau', 'Calculatrice de bureau 12 chiffres', 'Casio', 2450, 18],
  ['bureau', 'Post-it 76 × 76 mm (12 blocs)', '3M', 1575, 60],
  ['mobilier', 'Fauteuil de bureau ergonomique Lyon', 'Sokoa', 28900, 7],
  ['mobilier', 'Bureau assis-debout 160 × 80', 'Kinnarps', 64900, 3],
  ['mobilier', 'Caisson mobile 3 tiroirs', 'Gautier', 15990, 12],
  ['mobilier', 'Lampe de bureau LED articulée', 'Unilux', 5490, 25],
  ['mobilier', 'Étagère métallique 5 niveaux', 'Manutan', 8990, 0],
  ['mobilier', 'Tableau blanc magnétique 120 × 90', 'Nobo', 11900, 9],
  ['epicerie', 'Café grains Éthiopie Moka 1 kg', 'Maison Bonnat', 2290, 40],
  ['epicerie', 'Thé vert Sencha bio 100 g', 'Kusmi', 1190, 55],
  ['epicerie', 'Miel de lavande de Provence 500 g', 'Rucher du Ventoux', 1450, 30],
  ['epicerie', 'Huile d’olive vierge extra 75 cl', 'Moulin Castelas', 2490, 20],
  ['epicerie', 'Sablés au beurre de Bretagne', 'La Mère Poulard', 545, 120],
  ['epicerie', 'Chocolat noir 70 % (lot de 5)', 'Valrhona', 1980, 0],
  ['livres', 'Le Commerce B2B expliqué', 'Dunod', 2900, 14],
  ['livres', 'Manuel de la facturation électronique', 'Eyrolles', 3500, 8],
  ['livres', 'Guide de la TVA 2026', 'Francis Lefebvre', 8900, 5],
  ['livres', 'Petit traité de négociation', 'Gallimard', 890, 60],
];

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .slice(0, 2)
    .map((word) => word[0])
    .join('');
}

/** A flat 4:3 illustration as a data URL: no network, no files. */
function image(category: string, name: string): string {
  const colour = COLOURS[category] ?? '#555';
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300"><rect width="400" height="300" fill="${colour}22"/><circle cx="200" cy="140" r="80" fill="${colour}"/><text x="200" y="165" font-family="sans-serif" font-size="64" fill="#fff" text-anchor="middle">${initials(name)}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

/** Office supplies sell by quantity: the first offer of every fourth product has breaks. */
function tiersFor(index: number, cents: number, rate: number): Pick<Offer, 'tiers'> {
  if (index % 4 !== 0) return {};
  // A percentage of the price, rounded down, in integers.
  const share = (percent: number) => (cents * percent - ((cents * percent) % 100)) / 100;
  const price = (amount: number) => ({
    amount,
    currency: 'EUR',
    includesTax: false,
    vatRate: rate,
  });
  return {
    tiers: [
      { minQuantity: 10, price: price(share(95)) },
      { minQuantity: 50, price: price(share(85)) },
    ],
  };
}

function offersFor(index: number, cents: number, stock: number, rate: number): Offer[] {
  const count = 1 + (index % 3);
  return Array.from({ length: count }, (_, n) => ({
    id: `o-${index + 1}-${n + 1}`,
    seller: sellers[(index + n) % sellers.length]!,
    price: { amount: cents + n * 37, currency: 'EUR', includesTax: false, vatRate: rate },
    stock: n === 0 ? stock : stock + 5,
    leadTimeDays: 1 + n * 2,
    ...(n === 0 && tiersFor(index, cents, rate)),
  }));
}

export const sampleProducts: readonly ProductDetail[] = rows.map(
  ([category, name, brand, cents, stock], index) => {
    const rate = RATES[category] ?? 2000;
    const offers = offersFor(index, cents, stock, rate);
    const inStock = offers.filter((offer) => offer.stock > 0);
    const bestOffer = [...(inStock.length ? inStock : offers)].sort(
      (a, b) => a.price.amount - b.price.amount,
    )[0];
    const categoryRef = sampleCategories.find((c) => c.id === category)!;
    const rating = RATINGS[index];
    return {
      id: `p-${String(index + 1).padStart(4, '0')}`,
      sku: `VT-${10001 + index}`,
      name,
      brand,
      imageUrl: image(category, name),
      category: { id: categoryRef.id, name: categoryRef.name },
      offerCount: offers.length,
      ...(bestOffer && { bestOffer }),
      ...(rating && { rating: { average: rating[0], count: rating[1] } }),
      description: `${name}, par ${brand}.`,
      specs: [
        { name: 'Marque', value: brand },
        { name: 'Référence', value: `VT-${10001 + index}` },
        ...(SPECS[index] ?? []).map(([name, value, unit]) => ({
          name,
          value,
          ...(unit && { unit }),
        })),
      ],
      offers,
    };
  },
);
