import type { Rng } from './prng.js';

/*
 * The reference catalog: a French B2B/B2C marketplace for offices and shops. Brands are
 * invented (no trademark in a demo); VAT classes follow the French rules: 20 % for
 * standard goods, 10 % for prepared food and non-alcoholic drinks sold for immediate
 * consumption, 5.5 % for groceries and books.
 */

export interface SellerSeed {
  id: string;
  slug: string;
  name: string;
}

export interface SpecSeed {
  name: string;
  value: string;
  unit: string | null;
}

export interface FamilySeed {
  /** Start of each product name; empty when every variant is a whole name (books). */
  base: string;
  variants: readonly string[];
  brands: readonly string[];
  /** HT price range in cents for any variant… */
  price?: readonly [min: number, max: number];
  /** …or one base HT price in cents per variant (varied by a few percent). */
  prices?: readonly number[];
  /** Short description; {v} stands for the variant. */
  desc: string;
  specs: (variant: string, index: number, r: Rng) => SpecSeed[];
}

export interface CategorySeed {
  id: string;
  slug: string;
  name: string;
  vatRate: number;
  /** Sellers that can offer products of this category. */
  sellers: readonly string[];
  /** Typical stock of an in-stock offer. */
  stock: readonly [number, number];
  families: readonly FamilySeed[];
}

const s = (name: string, value: string, unit: string | null = null): SpecSeed => ({
  name,
  value,
  unit,
});

export const SELLERS: readonly SellerSeed[] = [
  { id: 's-01', slug: 'bureau-plus', name: 'Bureau Plus' },
  { id: 's-02', slug: 'papeterie-lyonnaise', name: 'Papeterie Lyonnaise' },
  { id: 's-03', slug: 'comptoir-du-sud', name: 'Comptoir du Sud' },
  { id: 's-04', slug: 'net-et-clair-hygiene', name: 'Net & Clair Hygiène' },
  { id: 's-05', slug: 'maison-varenne-traiteur', name: 'Maison Varenne Traiteur' },
  { id: 's-06', slug: 'atelier-numerique', name: 'Atelier Numérique' },
];

const fournitures: CategorySeed = {
  id: 'c-01',
  slug: 'fournitures-de-bureau',
  name: 'Fournitures de bureau',
  vatRate: 2000,
  sellers: ['s-01', 's-02', 's-04'],
  stock: [20, 900],
  families: [
    {
      base: 'Stylo bille rétractable',
      variants: ['bleu', 'noir', 'rouge', 'vert', '4 couleurs'],
      brands: ['Calame', 'Plume & Cie'],
      prices: [89, 89, 95, 95, 349],
      desc: 'Stylo à bille rétractable {v}, encre à séchage rapide et grip souple pour une écriture confortable.',
      specs: (v, i) => [
        s("Couleur d'encre", v),
        s('Largeur de trait', '0,4', 'mm'),
        s('Pointe', '1,0', 'mm'),
        s('Rechargeable', i === 4 ? 'Oui' : 'Non'),
        s('Matière du corps', 'Plastique recyclé à 60 %'),
      ],
    },
    {
      base: 'Cahier piqûre 96 pages',
      variants: ['A4 grands carreaux', 'A5 petits carreaux', '24 × 32 cm Seyès', 'A4 ligné'],
      brands: ['Ligne Claire', 'Papeteries du Rhône'],
      price: [129, 329],
      desc: 'Cahier {v}, papier vélin 90 g/m² extra-blanc, couverture polypropylène résistante.',
      specs: (v) => [
        s(
          'Format',
          v.split(' ')[0] === '24' ? '24 × 32' : v.split(' ')[0]!,
          v.startsWith('24') ? 'cm' : null,
        ),
        s('Nombre de pages', '96', 'pages'),
        s('Grammage', '90', 'g/m²'),
        s('Réglure', v.replace(/^(A4|A5|24 × 32 cm) /, '')),
        s('Couverture', 'Polypropylène'),
      ],
    },
    {
      base: 'Ramette papier A4 80 g',
      variants: [
        'blanc 500 feuilles',
        'recyclé 500 feuilles',
        'carton de 5 ramettes',
        'couleurs pastel 500 feuilles',
      ],
      brands: ['Papeteries du Rhône', 'Atelier Dauphine'],
      prices: [549, 589, 2499, 899],
      desc: 'Papier {v} pour imprimantes laser et jet d’encre, passage machine sans bourrage.',
      specs: (_v, i) => [
        s('Format', '21 × 29,7', 'cm'),
        s('Grammage', '80', 'g/m²'),
        s('Feuilles', i === 2 ? '2 500' : '500', 'feuilles'),
        s('Blancheur', i === 1 ? 'CIE 150' : 'CIE 161'),
        s('Certification', i === 1 ? 'Ange bleu, Écolabel européen' : 'FSC'),
      ],
    },
    {
      base: 'Classeur à levier',
      variants: ['dos 50 mm bleu', 'dos 80 mm noir', 'dos 80 mm rouge', 'dos 50 mm vert'],
      brands: ['Rivoli Bureau', 'Ligne Claire'],
      price: [249, 489],
      desc: 'Classeur A4 à levier, {v}, carton recouvert de polypropylène, œillet et étiquette de dos.',
      specs: (v) => [
        s('Format', 'A4'),
        s('Largeur du dos', v.includes('50') ? '50' : '80', 'mm'),
        s('Capacité', v.includes('50') ? '350' : '600', 'feuilles'),
        s('Matière', 'Carton recouvert polypropylène'),
      ],
    },
    {
      base: 'Surligneur fluo',
      variants: ['jaune', 'pochette de 4 couleurs', 'pochette de 6 pastel'],
      brands: ['Calame', 'Plume & Cie'],
      prices: [99, 399, 629],
      desc: 'Surligneur {v} à pointe biseautée, encre à base d’eau qui ne traverse pas le papier.',
      specs: (_v, i) => [
        s('Pointe', 'Biseautée 2 – 5', 'mm'),
        s('Nombre de surligneurs', ['1', '4', '6'][i]!),
        s('Encre', 'À base d’eau'),
        s('Autonomie anti-séchage', '4', 'h'),
      ],
    },
    {
      base: 'Agrafeuse de bureau',
      variants: ['25 feuilles', '40 feuilles', 'pince 20 feuilles'],
      brands: ['Rivoli Bureau', 'Atelier Dauphine'],
      prices: [799, 1499, 1099],
      desc: 'Agrafeuse {v} tout métal, chargement par le dessus, agrafage fermé ou épinglé.',
      specs: (v, i) => [
        s("Capacité d'agrafage", v.match(/\d+/)![0], 'feuilles'),
        s('Agrafes', i === 1 ? '24/6 et 26/6' : '24/6'),
        s('Matière', 'Acier chromé'),
        s('Poids', ['0,35', '0,52', '0,28'][i]!, 'kg'),
      ],
    },
    {
      base: 'Notes repositionnables 76 × 76 mm',
      variants: ['jaunes (12 blocs)', 'couleurs vives (6 blocs)', 'pastel (12 blocs)'],
      brands: ['Calame', 'Ligne Claire'],
      prices: [699, 549, 759],
      desc: 'Blocs de notes {v} de 100 feuilles, adhésif repositionnable qui ne laisse aucune trace.',
      specs: (_v, i) => [
        s('Dimensions', '76 × 76', 'mm'),
        s('Feuilles par bloc', '100', 'feuilles'),
        s('Nombre de blocs', i === 1 ? '6' : '12'),
        s('Grammage', '70', 'g/m²'),
      ],
    },
    {
      base: 'Enveloppes auto-adhésives',
      variants: [
        'DL 110 × 220 mm (boîte de 500)',
        'C5 162 × 229 mm (boîte de 500)',
        'C4 229 × 324 mm (boîte de 250)',
      ],
      brands: ['Papeteries du Rhône', 'Atelier Dauphine'],
      prices: [1890, 2490, 2990],
      desc: 'Enveloppes blanches {v}, fermeture à bande protectrice, sans fenêtre.',
      specs: (v) => [
        s('Format', v.split(' ')[0]!),
        s('Dimensions', v.match(/\d+ × \d+/)![0], 'mm'),
        s('Grammage', '90', 'g/m²'),
        s('Fermeture', 'Bande protectrice'),
        s('Quantité', v.includes('250') ? '250' : '500', 'enveloppes'),
      ],
    },
    {
      base: 'Ciseaux de bureau',
      variants: ['17 cm', '21 cm', '25 cm ambidextres'],
      brands: ['Rivoli Bureau', 'Plume & Cie'],
      prices: [249, 349, 549],
      desc: 'Ciseaux {v}, lames en acier inoxydable, poignées ergonomiques bi-matière.',
      specs: (v) => [
        s('Longueur', v.split(' ')[0]!, 'cm'),
        s('Lames', 'Acier inoxydable'),
        s('Poignée', 'Bi-matière'),
        s('Usage', v.includes('ambidextres') ? 'Droitiers et gauchers' : 'Droitiers'),
      ],
    },
    {
      base: 'Boîte de trombones',
      variants: ['28 mm (100)', '50 mm (100)'],
      brands: ['Atelier Dauphine', 'Calame'],
      prices: [99, 189],
      desc: 'Trombones {v} en acier nickelé, bouts arrondis qui n’abîment pas le papier.',
      specs: (v) => [
        s('Longueur', v.split(' ')[0]!, 'mm'),
        s('Quantité', '100', 'trombones'),
        s('Matière', 'Acier nickelé'),
      ],
    },
  ],
};

const mobilier: CategorySeed = {
  id: 'c-02',
  slug: 'mobilier-de-bureau',
  name: 'Mobilier de bureau',
  vatRate: 2000,
  sellers: ['s-01', 's-06'],
  stock: [2, 60],
  families: [
    {
      base: 'Fauteuil de bureau ergonomique',
      variants: ['noir', 'gris anthracite', 'bleu marine', 'dossier résille'],
      brands: ['Ergos', 'Atelier Vauban'],
      price: [14900, 48900],
      desc: 'Fauteuil ergonomique {v}, mécanisme synchrone, soutien lombaire réglable et accoudoirs 3D.',
      specs: (_v, _i, r) => [
        s("Hauteur d'assise", '45 – 56', 'cm'),
        s('Charge maximale', r.pick(['120', '130', '150']), 'kg'),
        s('Accoudoirs', 'Réglables 3D'),
        s('Mécanisme', 'Synchrone, 4 positions'),
        s('Poids', r.pick(['15,8', '16,5', '18,2']), 'kg'),
        s('Garantie', '5', 'ans'),
      ],
    },
    {
      base: 'Bureau droit',
      variants: [
        '120 × 80 cm chêne clair',
        '140 × 80 cm blanc',
        '160 × 80 cm noyer',
        '180 × 80 cm gris',
      ],
      brands: ['Atelier Vauban', 'Mobilier Rhodanien'],
      prices: [14900, 18900, 24900, 31900],
      desc: 'Bureau droit {v}, plateau mélaminé 25 mm anti-rayures, piètement métal laqué.',
      specs: (v) => [
        s('Dimensions', v.match(/\d+ × \d+/)![0], 'cm'),
        s('Hauteur', '74', 'cm'),
        s('Plateau', 'Panneau mélaminé 25 mm'),
        s('Piètement', 'Acier laqué époxy'),
        s('Charge maximale', '80', 'kg'),
      ],
    },
    {
      base: 'Bureau assis-debout électrique',
      variants: ['120 × 70 cm', '140 × 80 cm', '160 × 80 cm double moteur'],
      brands: ['Ergos', 'Nordlys Bureau'],
      prices: [39900, 52900, 89900],
      desc: 'Bureau réglable en hauteur {v}, commande à mémoire 4 positions, mouvement silencieux.',
      specs: (v, i) => [
        s('Dimensions du plateau', v.match(/\d+ × \d+/)![0], 'cm'),
        s('Hauteur réglable', '62 – 127', 'cm'),
        s('Moteurs', i === 2 ? '2' : '1'),
        s('Mémoires', '4', 'positions'),
        s('Vitesse', '38', 'mm/s'),
        s('Charge maximale', i === 2 ? '140' : '100', 'kg'),
      ],
    },
    {
      base: 'Caisson mobile 3 tiroirs',
      variants: ['blanc', 'gris', 'chêne clair'],
      brands: ['Mobilier Rhodanien', 'Atelier Vauban'],
      price: [12900, 22900],
      desc: 'Caisson {v} sur roulettes, serrure centralisée, tiroir pour dossiers suspendus.',
      specs: () => [
        s('Dimensions', '42 × 58 × 60', 'cm'),
        s('Tiroirs', '3'),
        s('Serrure', 'Centralisée, 2 clés'),
        s('Poids', '24', 'kg'),
      ],
    },
    {
      base: 'Armoire métallique à portes battantes',
      variants: ['H 100 cm', 'H 198 cm'],
      brands: ['Mobilier Rhodanien', 'Nordlys Bureau'],
      prices: [27900, 54900],
      desc: 'Armoire en acier {v}, tablettes réglables, fermeture à clé trois points.',
      specs: (_v, i) => [
        s('Dimensions', i === 0 ? '100 × 100 × 43' : '198 × 100 × 43', 'cm'),
        s('Tablettes', i === 0 ? '2' : '4'),
        s('Matière', 'Acier laqué'),
        s('Charge par tablette', '70', 'kg'),
        s('Poids', i === 0 ? '38' : '64', 'kg'),
      ],
    },
    {
      base: 'Lampe de bureau LED',
      variants: ['noire', 'blanche', 'à pince', 'avec chargeur sans fil'],
      brands: ['Lumio', 'Nordlys Bureau'],
      prices: [2990, 2990, 2490, 7990],
      desc: 'Lampe LED {v}, bras articulé, intensité et température de couleur réglables.',
      specs: (_v, i) => [
        s('Puissance', i === 3 ? '10' : '8', 'W'),
        s('Flux lumineux', i === 3 ? '800' : '600', 'lm'),
        s('Température de couleur', '2700 – 6500', 'K'),
        s('Longueur du câble', '1,5', 'm'),
      ],
    },
    {
      base: 'Repose-pieds réglable',
      variants: ['plastique', 'bois et métal'],
      brands: ['Ergos', 'Atelier Vauban'],
      prices: [1990, 4490],
      desc: 'Repose-pieds {v} inclinable, surface antidérapante, améliore la posture assise.',
      specs: () => [
        s('Dimensions', '45 × 35', 'cm'),
        s('Inclinaison', '0 – 30', '°'),
        s('Hauteur', '10 – 16', 'cm'),
      ],
    },
    {
      base: 'Table de réunion',
      variants: ['ronde Ø 120 cm', 'rectangulaire 200 × 100 cm', 'rectangulaire 240 × 120 cm'],
      brands: ['Atelier Vauban', 'Mobilier Rhodanien'],
      prices: [29900, 54900, 79900],
      desc: 'Table de réunion {v}, plateau stratifié, passe-câbles intégré.',
      specs: (_v, i) => [
        s('Places', ['4', '8', '10'][i]!, 'personnes'),
        s('Hauteur', '74', 'cm'),
        s('Plateau', 'Stratifié 25 mm'),
        s('Piètement', 'Acier laqué'),
      ],
    },
    {
      base: 'Portemanteau sur pied',
      variants: ['hêtre', 'métal noir'],
      brands: ['Mobilier Rhodanien', 'Nordlys Bureau'],
      prices: [4990, 5990],
      desc: 'Portemanteau {v}, 8 patères et porte-parapluies, base lestée stable.',
      specs: (v) => [
        s('Hauteur', '178', 'cm'),
        s('Patères', '8'),
        s('Matière', v === 'hêtre' ? 'Hêtre massif' : 'Acier laqué'),
      ],
    },
  ],
};

const informatique: CategorySeed = {
  id: 'c-03',
  slug: 'informatique',
  name: 'Informatique',
  vatRate: 2000,
  sellers: ['s-01', 's-06'],
  stock: [3, 250],
  families: [
    {
      base: 'Souris sans fil',
      variants: ['compacte', 'ergonomique verticale', 'silencieuse', 'Bluetooth multi-appareils'],
      brands: ['Kelvo', 'Octet'],
      prices: [1290, 3990, 1690, 4990],
      desc: 'Souris {v}, capteur optique précis, récepteur USB nano rangé sous la coque.',
      specs: (_v, i, r) => [
        s('Connexion', i === 3 ? 'Bluetooth 5.1 et USB 2,4 GHz' : 'USB 2,4 GHz'),
        s('Résolution', r.pick(['1200', '1600', '2400']), 'dpi'),
        s('Boutons', i === 1 ? '6' : '3'),
        s('Autonomie', r.pick(['12', '18', '24']), 'mois'),
        s('Poids', r.pick(['68', '85', '112']), 'g'),
      ],
    },
    {
      base: 'Clavier AZERTY',
      variants: ['filaire USB', 'sans fil compact', 'mécanique rétroéclairé', 'ergonomique'],
      brands: ['Kelvo', 'Numeris'],
      prices: [1990, 3490, 12900, 6990],
      desc: 'Clavier {v} disposition française, touches silencieuses et pavé numérique.',
      specs: (_v, i) => [
        s('Disposition', 'AZERTY français'),
        s('Connexion', i === 0 || i === 2 ? 'USB filaire' : 'USB 2,4 GHz'),
        s('Touches', i === 1 ? '98' : '105'),
        s('Longueur du câble', i === 0 || i === 2 ? '1,8' : '–', i === 0 || i === 2 ? 'm' : null),
      ],
    },
    {
      base: 'Écran',
      variants: [
        '24 pouces Full HD IPS',
        '27 pouces QHD IPS',
        '27 pouces 4K USB-C',
        '34 pouces incurvé WQHD',
      ],
      brands: ['Lumio', 'Numeris'],
      prices: [12900, 22900, 37900, 54900],
      desc: 'Écran {v}, pied réglable en hauteur, filtre lumière bleue pour le travail prolongé.',
      specs: (_v, i) => [
        s('Diagonale', ['23,8', '27', '27', '34'][i]!, 'pouces'),
        s('Résolution', ['1920 × 1080', '2560 × 1440', '3840 × 2160', '3440 × 1440'][i]!, 'pixels'),
        s('Dalle', i === 3 ? 'VA incurvée' : 'IPS'),
        s('Fréquence', i === 3 ? '100' : '75', 'Hz'),
        s('Connectique', i === 2 ? 'USB-C 65 W, HDMI, DisplayPort' : 'HDMI, DisplayPort'),
      ],
    },
    {
      base: 'Câble USB-C vers USB-C',
      variants: ['1 m', '2 m', 'tressé 3 m'],
      brands: ['Octet', 'Kelvo'],
      prices: [790, 1190, 1990],
      desc: 'Câble USB-C {v}, charge rapide 100 W et transfert de données 10 Gb/s.',
      specs: (v) => [
        s('Longueur', v.match(/\d+/)![0], 'm'),
        s('Puissance de charge', '100', 'W'),
        s('Débit', '10', 'Gb/s'),
        s('Gaine', v.includes('tressé') ? 'Nylon tressé' : 'TPE'),
      ],
    },
    {
      base: 'Disque SSD externe',
      variants: ['500 Go', '1 To', '2 To'],
      brands: ['Octet', 'Numeris'],
      prices: [5990, 8990, 16900],
      desc: 'SSD externe {v} en USB-C, boîtier aluminium résistant aux chocs.',
      specs: (v) => [
        s('Capacité', v.split(' ')[0]!, v.split(' ')[1]!),
        s('Interface', 'USB 3.2 Gen 2'),
        s('Vitesse de lecture', '1050', 'Mo/s'),
        s('Poids', '52', 'g'),
      ],
    },
    {
      base: 'Clé USB 3.2',
      variants: ['32 Go', '64 Go', '128 Go'],
      brands: ['Octet', 'Kelvo'],
      prices: [690, 990, 1690],
      desc: 'Clé USB {v}, capuchon rétractable, anneau pour porte-clés.',
      specs: (v) => [
        s('Capacité', v.split(' ')[0]!, 'Go'),
        s('Interface', 'USB 3.2 Gen 1'),
        s('Vitesse de lecture', '150', 'Mo/s'),
      ],
    },
    {
      base: 'Casque audio avec micro',
      variants: ['USB filaire', 'Bluetooth à réduction de bruit'],
      brands: ['Kelvo', 'Lumio'],
      prices: [2990, 12900],
      desc: 'Casque {v} pour la visioconférence, micro antibruit orientable, coussinets mémoire de forme.',
      specs: (_v, i) => [
        s('Connexion', i === 0 ? 'USB-A filaire' : 'Bluetooth 5.2'),
        s('Autonomie', i === 0 ? '–' : '30', i === 0 ? null : 'h'),
        s('Micro', 'Antibruit, orientable'),
        s('Poids', i === 0 ? '160' : '245', 'g'),
      ],
    },
    {
      base: 'Webcam',
      variants: ['Full HD 1080p', '4K avec double micro'],
      brands: ['Numeris', 'Lumio'],
      prices: [4490, 13900],
      desc: 'Webcam {v}, correction automatique de la lumière, cache de confidentialité.',
      specs: (_v, i) => [
        s('Résolution', i === 0 ? '1920 × 1080' : '3840 × 2160', 'pixels'),
        s('Champ de vision', i === 0 ? '78' : '90', '°'),
        s('Micro', i === 0 ? 'Mono' : 'Stéréo, double'),
        s('Fixation', 'Clip écran et filetage trépied'),
      ],
    },
    {
      base: "Station d'accueil USB-C",
      variants: ['7 ports', '12 ports double écran'],
      brands: ['Octet', 'Numeris'],
      prices: [5490, 17900],
      desc: 'Station d’accueil {v} : un seul câble pour l’écran, le réseau et la charge de l’ordinateur portable.',
      specs: (_v, i) => [
        s('Ports', i === 0 ? '7' : '12'),
        s('Écrans externes', i === 0 ? '1' : '2'),
        s('Charge', i === 0 ? '85' : '100', 'W'),
        s('Ethernet', '1', 'Gb/s'),
      ],
    },
    {
      base: 'Imprimante laser monochrome',
      variants: ['A4 Wi-Fi', 'A4 recto verso réseau'],
      brands: ['Numeris', 'Kelvo'],
      prices: [11900, 28900],
      desc: 'Imprimante laser {v}, impression rapide et silencieuse pour les petites équipes.',
      specs: (_v, i) => [
        s('Vitesse', i === 0 ? '20' : '34', 'pages/min'),
        s('Résolution', '1200 × 1200', 'ppp'),
        s('Recto verso', i === 0 ? 'Manuel' : 'Automatique'),
        s('Bac papier', i === 0 ? '150' : '250', 'feuilles'),
        s('Poids', i === 0 ? '4,8' : '7,4', 'kg'),
      ],
    },
  ],
};

const entretien: CategorySeed = {
  id: 'c-04',
  slug: 'entretien-hygiene',
  name: 'Entretien & hygiène',
  vatRate: 2000,
  sellers: ['s-04', 's-01'],
  stock: [10, 600],
  families: [
    {
      base: 'Essuie-mains papier pliés en Z',
      variants: ['1 pli (colis de 3 750)', '2 plis (colis de 3 200)'],
      brands: ['Netaline', 'Bel Azur'],
      prices: [2990, 3890],
      desc: 'Essuie-mains {v} en ouate recyclée, absorbants et compatibles avec les distributeurs standard.',
      specs: (_v, i) => [
        s('Plis', i === 0 ? '1' : '2'),
        s('Format', '23 × 24', 'cm'),
        s('Quantité', i === 0 ? '3 750' : '3 200', 'formats'),
        s('Matière', 'Ouate 100 % recyclée'),
        s('Label', 'Écolabel européen'),
      ],
    },
    {
      base: 'Papier toilette',
      variants: ['2 plis (12 rouleaux)', '2 plis (96 rouleaux)', 'maxi jumbo (6 rouleaux)'],
      brands: ['Netaline', 'Hygiena'],
      prices: [449, 3490, 2790],
      desc: 'Papier toilette {v}, doux et résistant, mandrin carton recyclable.',
      specs: (_v, i) => [
        s('Plis', '2'),
        s('Rouleaux', ['12', '96', '6'][i]!),
        s('Longueur par rouleau', i === 2 ? '380' : '22', 'm'),
        s('Matière', 'Ouate recyclée'),
      ],
    },
    {
      base: 'Savon liquide mains',
      variants: ['500 ml', 'recharge 5 L', "à l'aloe vera 1 L"],
      brands: ['Hygiena', 'Bel Azur'],
      prices: [299, 1890, 590],
      desc: 'Savon liquide {v}, pH neutre pour la peau, parfum frais et discret.',
      specs: (v, i) => [
        s('Contenance', ['50', '5', '1'][i]!, i === 0 ? 'cl' : 'L'),
        s('Parfum', v.includes('aloe') ? 'Aloe vera' : 'Fleur de coton'),
        s('pH', '5,5'),
        s('Conditionnement', i === 1 ? 'Bidon' : 'Flacon pompe'),
      ],
    },
    {
      base: 'Gel hydroalcoolique',
      variants: ['100 ml', 'flacon pompe 500 ml', 'bidon 5 L'],
      brands: ['Hygiena', 'Prodinet'],
      prices: [199, 549, 2990],
      desc: 'Gel hydroalcoolique {v} conforme à la norme EN 14476, séchage rapide sans rinçage.',
      specs: (_v, i) => [
        s('Contenance', ['10', '50', '5'][i]!, i === 2 ? 'L' : 'cl'),
        s("Taux d'alcool", '70', '%'),
        s('Norme', 'EN 1500, EN 14476'),
      ],
    },
    {
      base: 'Nettoyant multi-surfaces',
      variants: ['pulvérisateur 750 ml', 'concentré 5 L', 'écologique 1 L'],
      brands: ['Prodinet', 'Bel Azur'],
      prices: [349, 2490, 549],
      desc: 'Nettoyant {v} pour bureaux, sols et sanitaires, dégraisse sans laisser de traces.',
      specs: (_v, i) => [
        s('Contenance', ['75', '5', '1'][i]!, i === 0 ? 'cl' : 'L'),
        s('Dilution', i === 1 ? '1 %' : 'Prêt à l’emploi'),
        s('Parfum', 'Citron vert'),
        s('Label', i === 2 ? 'Écolabel européen' : '–'),
      ],
    },
    {
      base: 'Sacs poubelle',
      variants: ['30 L (rouleau de 50)', '50 L (rouleau de 25)', '100 L renforcés (carton de 200)'],
      brands: ['Netaline', 'Prodinet'],
      prices: [299, 349, 4490],
      desc: 'Sacs poubelle {v} à lien coulissant, polyéthylène recyclé résistant.',
      specs: (v, i) => [
        s('Contenance', v.match(/\d+/)![0], 'L'),
        s('Épaisseur', ['18', '25', '50'][i]!, 'µm'),
        s('Fermeture', 'Lien coulissant'),
        s('Matière', 'Polyéthylène recyclé'),
      ],
    },
    {
      base: 'Gants nitrile non poudrés',
      variants: ['taille S (boîte de 100)', 'taille M (boîte de 100)', 'taille L (boîte de 100)'],
      brands: ['Hygiena', 'Prodinet'],
      price: [590, 790],
      desc: 'Gants jetables {v}, sans latex, bonne sensibilité tactile pour le nettoyage et la cuisine.',
      specs: (v) => [
        s('Taille', v.split(' ')[1]!),
        s('Quantité', '100', 'gants'),
        s('Matière', 'Nitrile sans latex'),
        s('Norme', 'EN 455, EN 374'),
      ],
    },
    {
      base: 'Lingettes désinfectantes',
      variants: ['boîte de 100', 'seau de 500'],
      brands: ['Hygiena', 'Bel Azur'],
      prices: [599, 2290],
      desc: 'Lingettes {v} pour claviers, poignées et plans de travail, virucides en 5 minutes.',
      specs: (_v, i) => [
        s('Quantité', i === 0 ? '100' : '500', 'lingettes'),
        s('Format', '20 × 20', 'cm'),
        s('Norme', 'EN 14476'),
      ],
    },
    {
      base: 'Chiffons microfibre',
      variants: ['lot de 10', 'lot de 50'],
      brands: ['Netaline', 'Prodinet'],
      prices: [890, 3490],
      desc: 'Chiffons microfibre {v}, lavables à 90 °C, quatre couleurs pour séparer les zones.',
      specs: (_v, i) => [
        s('Quantité', i === 0 ? '10' : '50', 'chiffons'),
        s('Format', '40 × 40', 'cm'),
        s('Grammage', '300', 'g/m²'),
        s('Lavage', '90', '°C'),
      ],
    },
    {
      base: 'Balai espagnol',
      variants: ['avec seau essoreur', 'frange de rechange'],
      brands: ['Netaline', 'Bel Azur'],
      prices: [2490, 499],
      desc: 'Balai espagnol {v}, frange en microfibre pour un lavage des sols sans effort.',
      specs: (_v, i) =>
        i === 0
          ? [
              s('Contenance du seau', '14', 'L'),
              s('Manche', '130', 'cm'),
              s('Frange', 'Microfibre'),
              s('Essorage', 'Par pédale'),
            ]
          : [
              s('Frange', 'Microfibre'),
              s('Longueur des fils', '28', 'cm'),
              s('Lavage', '60', '°C'),
              s('Fixation', 'Filetage universel'),
            ],
    },
  ],
};

const emballage: CategorySeed = {
  id: 'c-05',
  slug: 'emballage',
  name: 'Emballage',
  vatRate: 2000,
  sellers: ['s-01', 's-02', 's-04'],
  stock: [10, 400],
  families: [
    {
      base: 'Carton double cannelure',
      variants: [
        '30 × 20 × 15 cm (lot de 25)',
        '40 × 30 × 30 cm (lot de 20)',
        '60 × 40 × 40 cm (lot de 10)',
      ],
      brands: ['Cartonia', 'Packline'],
      prices: [2290, 3290, 2990],
      desc: 'Cartons {v} en double cannelure, solides pour l’expédition et le déménagement.',
      specs: (v) => [
        s('Dimensions intérieures', v.match(/\d+ × \d+ × \d+/)![0], 'cm'),
        s('Cannelure', 'Double (BC)'),
        s('Quantité', v.match(/lot de (\d+)/)![1]!, 'cartons'),
        s('Matière', 'Carton recyclé'),
      ],
    },
    {
      base: "Ruban adhésif d'emballage",
      variants: [
        'brun 48 mm × 66 m (6 rouleaux)',
        'transparent 48 mm × 66 m (6 rouleaux)',
        'papier kraft 50 mm × 50 m',
      ],
      brands: ['Packline', 'Embalex'],
      prices: [949, 949, 679],
      desc: 'Ruban adhésif {v}, déroulement silencieux et adhérence immédiate sur carton.',
      specs: (_v, i) => [
        s('Largeur', i === 2 ? '50' : '48', 'mm'),
        s('Longueur', i === 2 ? '50' : '66', 'm'),
        s('Support', i === 2 ? 'Papier kraft' : 'Polypropylène'),
        s('Rouleaux', i === 2 ? '1' : '6'),
      ],
    },
    {
      base: 'Dévidoir adhésif',
      variants: ['manuel 50 mm', 'de table'],
      brands: ['Embalex', 'Packline'],
      prices: [899, 1490],
      desc: 'Dévidoir {v} avec lame de coupe protégée et frein réglable.',
      specs: (_v, i) => [
        s('Largeur maximale du ruban', i === 0 ? '50' : '25', 'mm'),
        s('Matière', i === 0 ? 'Acier et plastique' : 'Fonte lestée'),
        s('Poids', i === 0 ? '0,42' : '1,1', 'kg'),
      ],
    },
    {
      base: 'Papier bulle',
      variants: ['50 cm × 10 m', '100 cm × 50 m'],
      brands: ['Embalex', 'Cartonia'],
      prices: [690, 3290],
      desc: 'Film à bulles {v} pour protéger les objets fragiles pendant le transport.',
      specs: (v) => [
        s('Largeur', v.split(' ')[0]!, 'cm'),
        s('Longueur', v.match(/× (\d+)/)![1]!, 'm'),
        s('Diamètre des bulles', '10', 'mm'),
        s('Épaisseur', '50', 'µm'),
      ],
    },
    {
      base: 'Enveloppes matelassées à bulles',
      variants: [
        '150 × 210 mm (lot de 100)',
        '220 × 260 mm (lot de 100)',
        '270 × 360 mm (lot de 50)',
      ],
      brands: ['Packline', 'Embalex'],
      prices: [1990, 2790, 2290],
      desc: 'Enveloppes matelassées {v}, fermeture adhésive, kraft blanc imprimable.',
      specs: (v) => [
        s('Dimensions utiles', v.match(/\d+ × \d+/)![0], 'mm'),
        s('Quantité', v.match(/lot de (\d+)/)![1]!, 'enveloppes'),
        s('Fermeture', 'Bande adhésive'),
      ],
    },
    {
      base: 'Film étirable manuel',
      variants: ['transparent 450 mm × 300 m', 'noir 450 mm × 300 m'],
      brands: ['Embalex', 'Packline'],
      prices: [1290, 1490],
      desc: 'Film étirable {v} pour la palettisation, étirement jusqu’à 150 %.',
      specs: (v) => [
        s('Largeur', '450', 'mm'),
        s('Longueur', '300', 'm'),
        s('Épaisseur', '17', 'µm'),
        s('Couleur', v.split(' ')[0]!),
      ],
    },
    {
      base: "Étiquettes d'expédition",
      variants: ['99,1 × 67,7 mm (800)', 'A4 pleine page (100)'],
      brands: ['Papeteries du Rhône', 'Packline'],
      prices: [1690, 1290],
      desc: 'Étiquettes adhésives {v} pour imprimantes laser et jet d’encre.',
      specs: (_v, i) => [
        s('Format', i === 0 ? '99,1 × 67,7' : '210 × 297', 'mm'),
        s('Étiquettes par planche', i === 0 ? '8' : '1'),
        s('Quantité', i === 0 ? '800' : '100', 'étiquettes'),
      ],
    },
    {
      base: 'Particules de calage',
      variants: ['sac de 250 L', 'biodégradables sac de 400 L'],
      brands: ['Cartonia', 'Embalex'],
      prices: [1890, 2890],
      desc: 'Particules de calage {v} pour remplir les vides et bloquer les objets dans le colis.',
      specs: (v, i) => [
        s('Volume', v.match(/(\d+) L/)![1]!, 'L'),
        s('Matière', i === 0 ? 'Polystyrène recyclé' : 'Amidon de maïs'),
        s('Poids', i === 0 ? '1,2' : '2,4', 'kg'),
      ],
    },
    {
      base: 'Pochettes porte-documents adhésives',
      variants: ['C6 (lot de 1000)', 'DL (lot de 1000)'],
      brands: ['Packline', 'Cartonia'],
      prices: [2490, 2890],
      desc: 'Pochettes transparentes {v} pour coller le bordereau et la facture sur le colis.',
      specs: (v, i) => [
        s('Format', v.split(' ')[0]!),
        s('Dimensions', i === 0 ? '165 × 120' : '235 × 130', 'mm'),
        s('Quantité', '1 000', 'pochettes'),
        s('Inscription', '« Documents ci-inclus »'),
      ],
    },
    {
      base: 'Boîte postale en carton',
      variants: ['format A5 (lot de 50)', 'format A4 (lot de 50)', 'format A3 (lot de 25)'],
      brands: ['Cartonia', 'Packline'],
      prices: [2190, 2990, 2690],
      desc: 'Boîtes postales {v} à montage rapide sans adhésif, idéales pour l’e-commerce.',
      specs: (v, i) => [
        s('Format', v.split(' ')[1]!),
        s('Dimensions intérieures', ['22 × 16 × 5', '31 × 22 × 10', '43 × 31 × 10'][i]!, 'cm'),
        s('Quantité', v.match(/lot de (\d+)/)![1]!, 'boîtes'),
        s('Matière', 'Carton simple cannelure'),
      ],
    },
  ],
};

const allergens = ['gluten', 'lait', 'œuf', 'moutarde', 'céleri', 'poisson', 'sésame'];

const traiteur: CategorySeed = {
  id: 'c-06',
  slug: 'traiteur-plats-prepares',
  name: 'Traiteur & plats préparés',
  vatRate: 1000,
  sellers: ['s-05', 's-03'],
  stock: [5, 80],
  families: [
    {
      base: 'Plateau-repas',
      variants: [
        'Saveurs du Sud',
        'Bistrot classique',
        'Végétarien du marché',
        'Mer et iodé',
        'Prestige',
      ],
      brands: ['Maison Varenne', 'La Table de Jeanne'],
      prices: [1690, 1590, 1490, 2190, 2990],
      desc: 'Plateau-repas « {v} » livré frais : entrée, plat, fromage et dessert, couverts inclus.',
      specs: (_v, _i, r) => [
        s('Poids', r.pick(['620', '680', '710']), 'g'),
        s('Composition', 'Entrée, plat, fromage, dessert'),
        s('Conservation', '0 à 4', '°C'),
        s('Allergènes', r.sample(allergens, 3).join(', ')),
        s('À consommer', 'Le jour de la livraison'),
      ],
    },
    {
      base: 'Salade composée',
      variants: ['César au poulet', 'niçoise', 'quinoa et légumes rôtis', 'chèvre chaud et noix'],
      brands: ['Cuisine & Saisons', 'Maison Varenne'],
      price: [590, 990],
      desc: 'Salade {v} préparée le matin même, vinaigrette à part.',
      specs: (_v, _i, r) => [
        s('Poids', r.pick(['300', '320', '350']), 'g'),
        s('Conservation', '0 à 4', '°C'),
        s('Allergènes', r.sample(allergens, 2).join(', ')),
      ],
    },
    {
      base: 'Sandwich baguette',
      variants: ['jambon beurre', 'poulet crudités', 'thon mayonnaise', 'végétarien'],
      brands: ['Traiteur du Marais', 'Cuisine & Saisons'],
      price: [390, 650],
      desc: 'Sandwich {v} sur baguette tradition, garni généreusement.',
      specs: (_v, _i, r) => [
        s('Poids', r.pick(['220', '250', '270']), 'g'),
        s('Pain', 'Baguette tradition'),
        s('Conservation', '0 à 4', '°C'),
        s('Allergènes', ['gluten', ...r.sample(allergens.slice(1), 1)].join(', ')),
      ],
    },
    {
      base: 'Quiche individuelle',
      variants: ['lorraine', 'saumon et épinards', 'chèvre et courgettes'],
      brands: ['Traiteur du Marais', 'La Table de Jeanne'],
      price: [450, 690],
      desc: 'Quiche {v} à la pâte brisée pur beurre, à réchauffer 10 minutes au four.',
      specs: () => [
        s('Poids', '180', 'g'),
        s('Réchauffage', '10 min à 180', '°C'),
        s('Conservation', '0 à 4', '°C'),
        s('Allergènes', 'gluten, lait, œuf'),
      ],
    },
    {
      base: 'Lasagnes bolognaises',
      variants: ['portion 350 g', 'plat familial 1,2 kg'],
      brands: ['Cuisine & Saisons', 'Maison Varenne'],
      prices: [690, 1990],
      desc: 'Lasagnes bolognaises {v}, bœuf français et béchamel maison.',
      specs: (_v, i) => [
        s('Poids', i === 0 ? '350' : '1 200', 'g'),
        s('Parts', i === 0 ? '1' : '4'),
        s('Origine de la viande', 'France'),
        s('Allergènes', 'gluten, lait, œuf, céleri'),
      ],
    },
    {
      base: 'Hachis parmentier',
      variants: ['portion 350 g', 'au confit de canard 400 g'],
      brands: ['La Table de Jeanne', 'Traiteur du Marais'],
      prices: [690, 990],
      desc: 'Hachis parmentier {v}, purée de pommes de terre au beurre gratinée.',
      specs: (_v, i) => [
        s('Poids', i === 0 ? '350' : '400', 'g'),
        s('Réchauffage', '4 min au micro-ondes'),
        s('Allergènes', 'lait'),
      ],
    },
    {
      base: 'Wrap',
      variants: ['poulet curry', 'falafel et houmous'],
      brands: ['Cuisine & Saisons', 'Traiteur du Marais'],
      price: [450, 590],
      desc: 'Wrap {v} roulé dans une galette de blé moelleuse.',
      specs: () => [
        s('Poids', '200', 'g'),
        s('Conservation', '0 à 4', '°C'),
        s('Allergènes', 'gluten, sésame'),
      ],
    },
    {
      base: 'Coffret petit-déjeuner',
      variants: ['pour 6 personnes', 'pour 12 personnes'],
      brands: ['Maison Varenne', 'La Table de Jeanne'],
      prices: [4990, 8990],
      desc: 'Coffret petit-déjeuner {v} : viennoiseries, jus de fruits frais, fruits de saison.',
      specs: (v) => [
        s('Personnes', v.match(/\d+/)![0]!, 'personnes'),
        s('Composition', 'Viennoiseries, jus, fruits, yaourts'),
        s('Livraison', 'Avant 9 h'),
        s('Allergènes', 'gluten, lait, œuf'),
      ],
    },
    {
      base: 'Plateau de mignardises',
      variants: ['24 pièces', '48 pièces'],
      brands: ['Maison Varenne', 'La Table de Jeanne'],
      prices: [3290, 5990],
      desc: 'Plateau de {v} sucrées : macarons, tartelettes et choux, pour vos réunions et cocktails.',
      specs: (v) => [
        s('Pièces', v.split(' ')[0]!, 'pièces'),
        s('Conservation', '0 à 4', '°C'),
        s('Allergènes', 'gluten, lait, œuf, fruits à coque'),
      ],
    },
  ],
};

const boissons: CategorySeed = {
  id: 'c-07',
  slug: 'boissons-a-emporter',
  name: 'Boissons à emporter',
  vatRate: 1000,
  sellers: ['s-05', 's-03'],
  stock: [10, 200],
  families: [
    {
      base: "Jus d'orange pressé",
      variants: ['25 cl', '1 L'],
      brands: ['Verger de Provence', 'Maison Varenne'],
      prices: [290, 690],
      desc: 'Jus d’orange pressé du jour {v}, sans sucre ajouté, servi frais.',
      specs: (v) => [
        s('Contenance', v.split(' ')[0]!, v.split(' ')[1]!),
        s('Sucres ajoutés', 'Aucun'),
        s('Conservation', '0 à 4', '°C'),
      ],
    },
    {
      base: 'Limonade artisanale',
      variants: ['nature 33 cl', 'citron gingembre 33 cl', 'framboise 33 cl'],
      brands: ['Limonaderie Lyonnaise', 'Citronnade & Co'],
      price: [220, 290],
      desc: 'Limonade artisanale {v} en bouteille verre consignée, servie fraîche.',
      specs: () => [
        s('Contenance', '33', 'cl'),
        s('Emballage', 'Verre consigné'),
        s('Sucres', '7,8', 'g/100 ml'),
      ],
    },
    {
      base: 'Thé glacé maison',
      variants: ['pêche 33 cl', 'citron 33 cl'],
      brands: ['Citronnade & Co', 'Maison Varenne'],
      price: [250, 320],
      desc: 'Thé glacé {v} infusé à froid, peu sucré, servi frais.',
      specs: () => [
        s('Contenance', '33', 'cl'),
        s('Base', 'Thé noir infusé à froid'),
        s('Sucres', '4,5', 'g/100 ml'),
      ],
    },
    {
      base: 'Smoothie',
      variants: ['fraise banane 25 cl', 'mangue passion 25 cl', 'vert épinard pomme 25 cl'],
      brands: ['Verger de Provence', 'Citronnade & Co'],
      price: [350, 450],
      desc: 'Smoothie {v} mixé minute, 100 % fruits et légumes.',
      specs: () => [
        s('Contenance', '25', 'cl'),
        s('Composition', '100 % fruits et légumes'),
        s('Conservation', '0 à 4', '°C'),
      ],
    },
    {
      base: 'Eau minérale plate',
      variants: ['50 cl', '1,5 L'],
      brands: ['Source des Alpes', 'Source Sainte-Colombe'],
      prices: [120, 190],
      desc: 'Eau minérale naturelle plate {v}, servie fraîche.',
      specs: (v) => [
        s('Contenance', v.split(' ')[0]!, v.split(' ')[1]!),
        s('Résidu sec', '345', 'mg/L'),
        s('Bouteille', 'PET recyclé'),
      ],
    },
    {
      base: 'Eau gazeuse',
      variants: ['33 cl', '1 L'],
      brands: ['Source Sainte-Colombe', 'Source des Alpes'],
      prices: [150, 250],
      desc: 'Eau minérale naturellement gazeuse {v}, fines bulles.',
      specs: (v) => [
        s('Contenance', v.split(' ')[0]!, v.split(' ')[1]!),
        s('Bulles', 'Fines'),
        s('Bouteille', v === '33 cl' ? 'Verre' : 'PET recyclé'),
      ],
    },
    {
      base: 'Café latte à emporter',
      variants: ['30 cl', '40 cl'],
      brands: ['Maison Varenne', 'Citronnade & Co'],
      prices: [350, 420],
      desc: 'Café latte {v} préparé à la commande avec un espresso pur arabica et du lait entier.',
      specs: (v) => [
        s('Contenance', v.split(' ')[0]!, 'cl'),
        s('Café', 'Pur arabica'),
        s('Lait', 'Entier, ou végétal sur demande'),
      ],
    },
    {
      base: 'Thé chaud à emporter',
      variants: ['Earl Grey 30 cl', 'vert au jasmin 30 cl'],
      brands: ['Maison Varenne', 'Citronnade & Co'],
      price: [250, 300],
      desc: 'Thé {v} infusé à la commande, servi dans un gobelet compostable.',
      specs: () => [
        s('Contenance', '30', 'cl'),
        s('Infusion', '3', 'min'),
        s('Gobelet', 'Carton compostable'),
      ],
    },
    {
      base: 'Chocolat chaud à emporter',
      variants: ['30 cl', 'viennois 30 cl'],
      brands: ['Maison Varenne', 'Citronnade & Co'],
      prices: [350, 420],
      desc: 'Chocolat chaud {v} au cacao pur et lait entier.',
      specs: (v) => [
        s('Contenance', '30', 'cl'),
        s('Cacao', '32', '%'),
        s('Chantilly', v.startsWith('viennois') ? 'Oui' : 'Non'),
      ],
    },
    {
      base: 'Citronnade',
      variants: ['à la menthe 50 cl', 'classique 1 L'],
      brands: ['Citronnade & Co', 'Limonaderie Lyonnaise'],
      prices: [350, 590],
      desc: 'Citronnade {v} préparée avec des citrons pressés du jour.',
      specs: (v) => [
        s('Contenance', v.includes('50') ? '50' : '1', v.includes('50') ? 'cl' : 'L'),
        s('Citrons', 'Pressés du jour'),
        s('Sucres', '6', 'g/100 ml'),
      ],
    },
    {
      base: 'Pack boissons réunion',
      variants: ['10 personnes', '20 personnes'],
      brands: ['Maison Varenne', 'Citronnade & Co'],
      prices: [2490, 4590],
      desc: 'Pack boissons pour {v} : eaux, jus et thermos de café, gobelets compris.',
      specs: (v) => [
        s('Personnes', v.split(' ')[0]!, 'personnes'),
        s('Composition', 'Eaux, jus pressés, café, thé'),
        s('Livraison', 'Créneau d’une heure'),
      ],
    },
    {
      base: 'Jus de pomme trouble',
      variants: ['25 cl', '1 L'],
      brands: ['Verger de Provence', 'Limonaderie Lyonnaise'],
      prices: [250, 550],
      desc: 'Jus de pomme trouble {v} pressé à froid, servi frais.',
      specs: (v) => [
        s('Contenance', v.split(' ')[0]!, v.split(' ')[1]!),
        s('Variété', 'Reinette et Golden'),
        s('Sucres ajoutés', 'Aucun'),
      ],
    },
  ],
};

const epicerie: CategorySeed = {
  id: 'c-08',
  slug: 'epicerie-fine',
  name: 'Épicerie fine',
  vatRate: 550,
  sellers: ['s-03', 's-05'],
  stock: [5, 300],
  families: [
    {
      base: 'Confiture extra',
      variants: ['abricot 320 g', 'fraise 320 g', 'figue 320 g', 'orange amère 320 g'],
      brands: ['Confiturerie Bressane', 'Maison Aubrac'],
      price: [450, 690],
      desc: 'Confiture extra {v} cuite au chaudron, 65 % de fruits.',
      specs: (v) => [
        s('Poids net', '320', 'g'),
        s('Fruits', v.replace(/ 320 g$/, '')),
        s('Teneur en fruits', '65', '%'),
        s('Contenant', 'Pot verre'),
      ],
    },
    {
      base: 'Miel de',
      variants: ['lavande 250 g', 'acacia 500 g', 'châtaignier 250 g'],
      brands: ['Les Ruchers de Provence', 'Maison Aubrac'],
      prices: [790, 1290, 750],
      desc: 'Miel {v} récolté en France, crémeux ou liquide selon la saison.',
      specs: (v) => [
        s('Poids net', v.match(/(\d+) g/)![1]!, 'g'),
        s('Origine', 'France'),
        s('Fleur', v.replace(/ \d+ g$/, '')),
      ],
    },
    {
      base: "Huile d'olive vierge extra",
      variants: ['50 cl', '1 L', 'bidon 3 L'],
      brands: ['Moulin de Lourmarin', 'Maison Aubrac'],
      prices: [1190, 1990, 4990],
      desc: 'Huile d’olive vierge extra {v}, première pression à froid, fruité vert.',
      specs: (v) => [
        s('Contenance', v.match(/(\d+) /)![1]!, v.endsWith('cl') ? 'cl' : 'L'),
        s('Extraction', 'À froid'),
        s('Origine', 'Provence'),
        s('Acidité', '< 0,3', '%'),
      ],
    },
    {
      base: 'Tapenade',
      variants: ['noire 90 g', 'verte 90 g'],
      brands: ['Moulin de Lourmarin', 'Maison Aubrac'],
      price: [390, 490],
      desc: 'Tapenade {v} aux olives de Provence et câpres, pour l’apéritif.',
      specs: () => [
        s('Poids net', '90', 'g'),
        s('Olives', '75', '%'),
        s('Conservation après ouverture', '10', 'jours'),
      ],
    },
    {
      base: 'Biscuits sablés pur beurre',
      variants: ['boîte métal 250 g', 'sachet 150 g'],
      brands: ['Biscuiterie Nantaise', 'Maison Aubrac'],
      prices: [690, 329],
      desc: 'Sablés pur beurre {v}, recette traditionnelle au beurre AOP.',
      specs: (v) => [
        s('Poids net', v.match(/(\d+) g/)![1]!, 'g'),
        s('Beurre', 'AOP Charentes-Poitou'),
        s('Allergènes', 'gluten, lait, œuf'),
      ],
    },
    {
      base: 'Chocolat noir 70 %',
      variants: ['tablette 100 g', 'coffret dégustation 250 g'],
      brands: ['Maison Aubrac', 'Biscuiterie Nantaise'],
      prices: [349, 1490],
      desc: 'Chocolat noir 70 % de cacao, {v}, fèves d’Amérique du Sud.',
      specs: (v) => [
        s('Poids net', v.match(/(\d+) g/)![1]!, 'g'),
        s('Cacao', '70', '%'),
        s('Origine des fèves', 'Pérou, Équateur'),
      ],
    },
    {
      base: 'Fleur de sel de Guérande',
      variants: ['125 g', '250 g'],
      brands: ["Salines de l'Atlantique", 'Maison Aubrac'],
      prices: [390, 690],
      desc: 'Fleur de sel {v} récoltée à la main, pot en grès.',
      specs: (v) => [
        s('Poids net', v.split(' ')[0]!, 'g'),
        s('Récolte', 'À la main'),
        s('Contenant', 'Pot en grès'),
      ],
    },
    {
      base: "Moutarde à l'ancienne",
      variants: ['210 g', 'pot en grès 500 g'],
      brands: ['Maison Aubrac', 'Confiturerie Bressane'],
      prices: [290, 890],
      desc: 'Moutarde à l’ancienne {v} aux graines entières, vinaigre de vin.',
      specs: (v) => [
        s('Poids net', v.match(/(\d+) g/)![1]!, 'g'),
        s('Graines', 'Entières'),
        s('Allergènes', 'moutarde'),
      ],
    },
    {
      base: 'Pâtes artisanales',
      variants: ['fusilli 500 g', 'tagliatelles aux œufs 250 g'],
      brands: ['Maison Aubrac', 'Moulin de Lourmarin'],
      prices: [349, 390],
      desc: 'Pâtes {v} tréfilées au bronze et séchées lentement.',
      specs: (v) => [
        s('Poids net', v.match(/(\d+) g/)![1]!, 'g'),
        s('Blé', 'Dur, cultivé en France'),
        s('Cuisson', v.startsWith('fusilli') ? '9' : '4', 'min'),
      ],
    },
    {
      base: 'Terrine de campagne',
      variants: ['180 g', "au piment d'Espelette 180 g"],
      brands: ['Maison Aubrac', 'Confiturerie Bressane'],
      price: [390, 520],
      desc: 'Terrine de campagne {v}, porc français, bocal en verre.',
      specs: () => [
        s('Poids net', '180', 'g'),
        s('Origine de la viande', 'France'),
        s('Contenant', 'Bocal verre'),
      ],
    },
    {
      base: "Calissons d'Aix",
      variants: ['boîte de 200 g'],
      brands: ['Les Ruchers de Provence'],
      prices: [1490],
      desc: 'Calissons d’Aix {v}, pâte d’amande et melon confit sous glace royale.',
      specs: () => [
        s('Poids net', '200', 'g'),
        s('Amandes', '40', '%'),
        s('Allergènes', 'fruits à coque, œuf'),
      ],
    },
  ],
};

const cafe: CategorySeed = {
  id: 'c-09',
  slug: 'cafe-the-pause',
  name: 'Café, thé & pause',
  vatRate: 550,
  sellers: ['s-03', 's-01', 's-05'],
  stock: [10, 500],
  families: [
    {
      base: 'Café en grains',
      variants: ['pur arabica 1 kg', 'bio Éthiopie 500 g', 'espresso corsé 1 kg'],
      brands: ['Torréfaction Lyonnaise', 'Maison Colombe'],
      prices: [1890, 1290, 1690],
      desc: 'Café en grains {v}, torréfaction lente à l’ancienne, pour machines à grain.',
      specs: (v, _i, r) => [
        s('Poids net', v.includes('500') ? '500' : '1', v.includes('500') ? 'g' : 'kg'),
        s('Variété', v.includes('corsé') ? 'Arabica et robusta' : 'Arabica'),
        s('Intensité', String(r.int(6, 10)), '/10'),
        s('Torréfaction', 'Lente, en tambour'),
      ],
    },
    {
      base: 'Café moulu',
      variants: ['Colombie 250 g', 'décaféiné 250 g'],
      brands: ['Torréfaction Lyonnaise', 'Maison Colombe'],
      price: [390, 590],
      desc: 'Café moulu {v}, mouture moyenne pour cafetière filtre et à piston.',
      specs: (_v, _i, r) => [
        s('Poids net', '250', 'g'),
        s('Mouture', 'Moyenne'),
        s('Intensité', String(r.int(4, 8)), '/10'),
      ],
    },
    {
      base: 'Capsules de café compatibles',
      variants: ['intense (boîte de 50)', 'lungo (boîte de 50)', 'décaféiné (boîte de 50)'],
      brands: ['Maison Colombe', 'Torréfaction Lyonnaise'],
      price: [1290, 1590],
      desc: 'Capsules {v} compostables, compatibles avec les machines à capsules courantes.',
      specs: (_v, _i, r) => [
        s('Capsules', '50'),
        s('Intensité', String(r.int(5, 11)), '/13'),
        s('Matière', 'Compostable'),
        s('Poids net', '260', 'g'),
      ],
    },
    {
      base: 'Dosettes souples de café',
      variants: ['classique (×40)', 'corsé (×40)'],
      brands: ['Maison Colombe', 'Torréfaction Lyonnaise'],
      price: [590, 690],
      desc: 'Dosettes souples {v} pour machines à dosettes, café équilibré.',
      specs: () => [
        s('Dosettes', '40'),
        s('Poids net', '276', 'g'),
        s('Format', 'Dosette souple 62 mm'),
      ],
    },
    {
      base: 'Thé noir',
      variants: ['Earl Grey 100 sachets', 'Breakfast 100 sachets'],
      brands: ['Thés de la Baie', 'Maison Colombe'],
      price: [690, 890],
      desc: 'Thé noir {v} en sachets individuels suremballés, idéal pour la salle de pause.',
      specs: () => [s('Sachets', '100'), s('Poids net', '200', 'g'), s('Infusion', '3 à 4', 'min')],
    },
    {
      base: 'Thé vert',
      variants: ['Sencha 100 g', 'à la menthe 50 sachets'],
      brands: ['Thés de la Baie', 'Maison Colombe'],
      price: [490, 890],
      desc: 'Thé vert {v}, feuilles entières au goût frais et végétal.',
      specs: (v) => [
        s('Présentation', v.includes('sachets') ? 'Sachets' : 'Vrac'),
        s('Poids net', v.includes('sachets') ? '75' : '100', 'g'),
        s('Infusion', '2 à 3', 'min'),
        s('Température', '80', '°C'),
      ],
    },
    {
      base: 'Infusion',
      variants: ['verveine 50 sachets', 'camomille 50 sachets', 'tilleul menthe 50 sachets'],
      brands: ['Thés de la Baie', 'Les Ruchers de Provence'],
      price: [390, 590],
      desc: 'Infusion {v}, plantes issues de l’agriculture biologique.',
      specs: () => [s('Sachets', '50'), s('Poids net', '75', 'g'), s('Agriculture', 'Biologique')],
    },
    {
      base: 'Sucre en morceaux',
      variants: ['1 kg', 'bûchettes (carton de 1 000)'],
      brands: ['Sucrerie Picarde', 'Maison Colombe'],
      prices: [199, 1990],
      desc: 'Sucre blanc {v}, de betteraves cultivées en France.',
      specs: (_v, i) => [
        s('Poids net', i === 0 ? '1' : '4', 'kg'),
        s('Origine', 'Betterave, France'),
        s('Format', i === 0 ? 'Morceaux n° 4' : 'Bûchettes de 4 g'),
      ],
    },
    {
      base: 'Chocolat en poudre',
      variants: ['1 kg'],
      brands: ['Maison Colombe'],
      prices: [890],
      desc: 'Chocolat en poudre {v} pour distributeurs et boissons chaudes, 32 % de cacao.',
      specs: () => [s('Poids net', '1', 'kg'), s('Cacao', '32', '%'), s('Allergènes', 'lait')],
    },
    {
      base: 'Lait en dosettes',
      variants: ['(lot de 120)'],
      brands: ['Maison Colombe'],
      prices: [990],
      desc: 'Dosettes de lait demi-écrémé {v}, conservation à température ambiante.',
      specs: () => [
        s('Dosettes', '120'),
        s('Contenance par dosette', '7,5', 'ml'),
        s('Conservation', 'Température ambiante'),
      ],
    },
    {
      base: 'Biscuits pour le café',
      variants: ['spéculoos (boîte de 300)', 'madeleines individuelles (×48)'],
      brands: ['Biscuiterie Nantaise', 'Maison Colombe'],
      prices: [1890, 1490],
      desc: 'Biscuits {v} emballés à l’unité, à servir avec le café.',
      specs: (_v, i) => [
        s('Pièces', i === 0 ? '300' : '48'),
        s('Poids net', i === 0 ? '1,9' : '1,2', 'kg'),
        s('Allergènes', 'gluten, lait, œuf'),
      ],
    },
  ],
};

const books: readonly [title: string, author: string, pages: number][] = [
  ['Le guide pratique de la comptabilité des TPE', 'Claire Moreau', 256],
  ["Droit du travail : l'essentiel", 'Antoine Lefèvre', 384],
  ['Manager une équipe hybride', 'Sophie Garnier', 224],
  ['La facturation électronique expliquée', 'Julien Perrin', 176],
  ['Réussir ses achats professionnels', 'Nathalie Roux', 240],
  ['Négocier avec ses fournisseurs', 'Marc Fontaine', 208],
  ['Le e-commerce B2B en 50 questions', 'Élodie Marchand', 192],
  ['Excel pour les gestionnaires', 'Thomas Girard', 416],
  ['Rédiger des écrits professionnels efficaces', 'Isabelle Chevalier', 160],
  ['Le lean management au bureau', 'Pierre Dumont', 232],
  ['La TVA sans peine', 'Hélène Bertrand', 288],
  ['Créer et gérer sa micro-entreprise', 'Laurent Mercier', 320],
  ['Marketing digital pour les PME', 'Camille Lambert', 272],
  ['Les bases de la cybersécurité en entreprise', 'Nicolas Faure', 248],
  ['Prendre la parole en public', 'Anne Rousseau', 176],
  ['Gestion de trésorerie pour les dirigeants', 'François Blanc', 264],
  ['Le code de la commande publique commenté', 'Valérie Henry', 912],
  ['Logistique et supply chain : les fondamentaux', 'Olivier Masson', 352],
  ['Recruter sans se tromper', 'Cécile Lemoine', 200],
  ["L'art de la réunion efficace", 'Bruno Gauthier', 144],
  ['RGPD : guide de mise en conformité', 'Sandrine Picard', 296],
  ['La cuisine des collectivités', 'Michel Arnaud', 448],
  ['Histoire du commerce à Lyon', 'Jeanne Vidal', 336],
  ['Atlas des vins de France', 'Paul Renaud', 304],
];

const livres: CategorySeed = {
  id: 'c-10',
  slug: 'livres',
  name: 'Livres',
  vatRate: 550,
  sellers: ['s-02', 's-06'],
  stock: [1, 40],
  families: [
    {
      base: '',
      variants: books.map(([title]) => title),
      brands: [
        'Éditions du Parvis',
        'Presses de la Saône',
        'Éditions Gérance',
        'Librairie Technique Moreau',
      ],
      price: [990, 4900],
      desc: '« {v} » : un ouvrage clair et concret, avec exemples, fiches pratiques et modèles à réutiliser.',
      specs: (_v, i, r) => {
        const [, author, pages] = books[i]!;
        return [
          s('Auteur', author),
          s('Pages', String(pages), 'pages'),
          s('Format', r.pick(['15,5 × 24', '17 × 24', '14 × 21']), 'cm'),
          s('Reliure', pages > 600 ? 'Relié' : 'Broché'),
          s('Parution', String(r.int(2019, 2025))),
        ];
      },
    },
  ],
};

export const CATEGORIES: readonly CategorySeed[] = [
  fournitures,
  mobilier,
  informatique,
  entretien,
  emballage,
  traiteur,
  boissons,
  epicerie,
  cafe,
  livres,
];
