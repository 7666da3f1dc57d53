import { stableHash } from './hash.js';
import { viewAlt, type ProductView } from './views.js';

/*
 * Product pictures drawn on the fly: a flat illustration of the product's category in the
 * category's colours, with the product's initials. No files, no network, identical on every
 * machine, 4:3 to sit in a 320 × 240 product card. Each view (front, detail, in use, packaging)
 * stages the same illustration differently, so the gallery's pictures are told apart at a glance.
 */

interface Palette {
  main: string;
  dark: string;
  light: string;
}

const PALETTES: Record<string, Palette> = {
  'fournitures-de-bureau': { main: '#3b6fd8', dark: '#264c9e', light: '#e6eefc' },
  'mobilier-de-bureau': { main: '#b7793f', dark: '#7e5129', light: '#f6ede3' },
  informatique: { main: '#5b5bd6', dark: '#3c3ca3', light: '#ececfb' },
  'entretien-hygiene': { main: '#1fa39a', dark: '#14736c', light: '#e1f5f3' },
  emballage: { main: '#c8924a', dark: '#8f6530', light: '#f8efe2' },
  'traiteur-plats-prepares': { main: '#d9573b', dark: '#a23d26', light: '#fce9e4' },
  'boissons-a-emporter': { main: '#e0a21b', dark: '#a8770f', light: '#fdf3dc' },
  'epicerie-fine': { main: '#7a9a3a', dark: '#56701f', light: '#eff4e3' },
  'cafe-the-pause': { main: '#7b4b36', dark: '#53301f', light: '#f3e9e3' },
  livres: { main: '#9b3d72', dark: '#6e2950', light: '#f6e6ef' },
};
const DEFAULT_PALETTE: Palette = { main: '#64748b', dark: '#334155', light: '#eef2f6' };

/** Category pictures around (0, 0), roughly 160 × 140. */
const MOTIFS: Record<string, (p: Palette) => string> = {
  'fournitures-de-bureau': (p) => `
    <rect x="-70" y="-65" width="95" height="125" rx="8" fill="${p.main}"/>
    <rect x="-70" y="-65" width="16" height="125" rx="4" fill="${p.dark}"/>
    <rect x="-42" y="-42" width="54" height="18" rx="3" fill="#fff" opacity=".9"/>
    <rect x="-42" y="-8" width="54" height="5" rx="2" fill="#fff" opacity=".45"/>
    <rect x="-42" y="6" width="40" height="5" rx="2" fill="#fff" opacity=".45"/>
    <g transform="translate(50 -8) rotate(22)">
      <rect x="-9" y="-62" width="18" height="12" rx="3" fill="#ef8f8f"/>
      <rect x="-9" y="-52" width="18" height="7" fill="#c9ccd3"/>
      <rect x="-9" y="-45" width="18" height="85" fill="#f2c14e"/>
      <rect x="-3" y="-45" width="6" height="85" fill="#e0a93a"/>
      <path d="M-9 40 L9 40 L0 62 Z" fill="#f5deb3"/>
      <path d="M-3 55 L3 55 L0 62 Z" fill="${p.dark}"/>
    </g>`,
  'mobilier-de-bureau': (p) => `
    <rect x="-40" y="-78" width="80" height="72" rx="18" fill="${p.main}"/>
    <rect x="-30" y="-68" width="60" height="10" rx="5" fill="#fff" opacity=".25"/>
    <rect x="-64" y="-14" width="12" height="32" rx="6" fill="${p.dark}"/>
    <rect x="52" y="-14" width="12" height="32" rx="6" fill="${p.dark}"/>
    <rect x="-52" y="0" width="104" height="20" rx="10" fill="${p.dark}"/>
    <rect x="-5" y="20" width="10" height="30" fill="#4b5563"/>
    <path d="M-48 54 H48" stroke="#4b5563" stroke-width="8" stroke-linecap="round"/>
    <circle cx="-48" cy="62" r="7" fill="#374151"/>
    <circle cx="0" cy="62" r="7" fill="#374151"/>
    <circle cx="48" cy="62" r="7" fill="#374151"/>`,
  informatique: (p) => `
    <rect x="-78" y="-72" width="156" height="104" rx="8" fill="${p.dark}"/>
    <rect x="-70" y="-64" width="140" height="88" rx="4" fill="${p.main}"/>
    <path d="M-70 -64 H10 L-50 24 H-70 Z" fill="#fff" opacity=".12"/>
    <rect x="-58" y="-52" width="56" height="9" rx="3" fill="#fff" opacity=".85"/>
    <rect x="-58" y="-36" width="84" height="6" rx="3" fill="#fff" opacity=".45"/>
    <rect x="-58" y="-24" width="70" height="6" rx="3" fill="#fff" opacity=".45"/>
    <rect x="-8" y="32" width="16" height="18" fill="${p.dark}"/>
    <rect x="-38" y="48" width="76" height="9" rx="4" fill="${p.dark}"/>`,
  'entretien-hygiene': (p) => `
    <rect x="-32" y="-22" width="64" height="88" rx="14" fill="${p.main}"/>
    <rect x="-22" y="4" width="44" height="36" rx="5" fill="#fff" opacity=".85"/>
    <path d="M-10 22 h20 M0 12 v20" stroke="${p.main}" stroke-width="5" stroke-linecap="round"/>
    <rect x="-15" y="-40" width="30" height="20" fill="${p.dark}"/>
    <rect x="-22" y="-64" width="64" height="26" rx="7" fill="${p.dark}"/>
    <rect x="40" y="-57" width="13" height="11" rx="2" fill="${p.dark}"/>
    <path d="M-4 -38 q-18 8 -14 26" stroke="${p.dark}" stroke-width="6" fill="none" stroke-linecap="round"/>
    <circle cx="66" cy="-62" r="4" fill="${p.main}" opacity=".6"/>
    <circle cx="76" cy="-48" r="5" fill="${p.main}" opacity=".45"/>
    <circle cx="72" cy="-74" r="3" fill="${p.main}" opacity=".5"/>`,
  emballage: (p) => `
    <path d="M-66 -12 L0 20 L0 82 L-66 50 Z" fill="${p.main}"/>
    <path d="M0 20 L66 -12 L66 50 L0 82 Z" fill="${p.dark}"/>
    <path d="M-66 -12 L0 -44 L66 -12 L0 20 Z" fill="${p.main}"/>
    <path d="M-66 -12 L0 -44 L66 -12 L0 20 Z" fill="#fff" opacity=".28"/>
    <path d="M-40 -25 L-27 -31 L40 1 L27 7 Z" fill="#fff" opacity=".6"/>
    <path d="M27 7 L40 1 L40 22 L27 28 Z" fill="#fff" opacity=".4"/>`,
  'traiteur-plats-prepares': (p) => `
    <ellipse cx="0" cy="48" rx="88" ry="15" fill="${p.dark}"/>
    <ellipse cx="0" cy="45" rx="74" ry="9" fill="#fff" opacity=".25"/>
    <path d="M-68 42 A68 68 0 0 1 68 42 Z" fill="${p.main}"/>
    <path d="M-44 10 A48 48 0 0 1 -6 -22" stroke="#fff" stroke-width="7" fill="none" stroke-linecap="round" opacity=".35"/>
    <rect x="-6" y="-36" width="12" height="10" fill="${p.dark}"/>
    <circle cx="0" cy="-40" r="9" fill="${p.dark}"/>`,
  'boissons-a-emporter': (p) => `
    <path d="M16 -28 L34 -88" stroke="${p.dark}" stroke-width="7" stroke-linecap="round"/>
    <path d="M-38 -56 H38 L27 66 H-27 Z" fill="#fff" opacity=".75"/>
    <path d="M-35 -26 H35 L27 66 H-27 Z" fill="${p.main}"/>
    <rect x="-20" y="-14" width="16" height="16" rx="3" fill="#fff" opacity=".5"/>
    <rect x="4" y="-4" width="14" height="14" rx="3" fill="#fff" opacity=".4"/>
    <path d="M-38 -56 H38 L27 66 H-27 Z" fill="none" stroke="${p.dark}" stroke-width="4" stroke-linejoin="round"/>
    <circle cx="-38" cy="-56" r="17" fill="#f4d35e" stroke="#fff" stroke-width="4"/>
    <path d="M-38 -70 V-42 M-50 -56 H-26" stroke="#fff" stroke-width="2" opacity=".8"/>`,
  'epicerie-fine': (p) => `
    <rect x="-44" y="-74" width="88" height="24" rx="5" fill="${p.dark}"/>
    <path d="M-44 -62 H44" stroke="#fff" stroke-width="2" opacity=".35"/>
    <rect x="-52" y="-52" width="104" height="120" rx="22" fill="${p.main}"/>
    <rect x="-40" y="-16" width="80" height="48" rx="6" fill="#fff" opacity=".9"/>
    <rect x="-26" y="-4" width="52" height="7" rx="3" fill="${p.dark}" opacity=".8"/>
    <rect x="-18" y="10" width="36" height="5" rx="2" fill="${p.dark}" opacity=".45"/>
    <path d="M-38 -40 V-24" stroke="#fff" stroke-width="6" stroke-linecap="round" opacity=".35"/>`,
  'cafe-the-pause': (p) => `
    <ellipse cx="0" cy="56" rx="82" ry="13" fill="${p.dark}"/>
    <circle cx="60" cy="6" r="17" fill="none" stroke="${p.main}" stroke-width="10"/>
    <path d="M-56 -16 H56 L46 44 Q0 62 -46 44 Z" fill="${p.main}"/>
    <path d="M-46 -6 H-30 L-36 34" stroke="#fff" stroke-width="6" fill="none" stroke-linecap="round" opacity=".25"/>
    <path d="M-22 -30 c-12 -14 10 -24 0 -44 M2 -30 c-12 -14 10 -24 0 -44 M26 -30 c-12 -14 10 -24 0 -44"
      stroke="${p.dark}" stroke-width="6" fill="none" stroke-linecap="round" opacity=".45"/>`,
  livres: (p) => `
    <rect x="-72" y="30" width="144" height="28" rx="4" fill="${p.main}"/>
    <rect x="56" y="34" width="12" height="20" rx="2" fill="#fff" opacity=".9"/>
    <rect x="-60" y="2" width="128" height="28" rx="4" fill="${p.dark}"/>
    <rect x="52" y="6" width="12" height="20" rx="2" fill="#fff" opacity=".9"/>
    <rect x="-66" y="-26" width="132" height="28" rx="4" fill="${p.main}"/>
    <rect x="-66" y="-26" width="132" height="28" rx="4" fill="#fff" opacity=".2"/>
    <rect x="50" y="-22" width="12" height="20" rx="2" fill="#fff" opacity=".9"/>
    <path d="M-30 -26 V-4 l6 -5 l6 5 V-26" fill="#f2c14e"/>
    <rect x="-50" y="40" width="60" height="6" rx="3" fill="#fff" opacity=".5"/>
    <rect x="-44" y="13" width="50" height="6" rx="3" fill="#fff" opacity=".4"/>`,
};

const DEFAULT_MOTIF = (p: Palette): string => `<circle cx="0" cy="0" r="60" fill="${p.main}"/>`;

const SMALL_WORDS = new Set([
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  'et',
  'en',
  'à',
  'au',
  'aux',
  'pour',
  'sur',
  "d'",
  "l'",
]);

/** "Stylo bille rétractable bleu" → "SB"; "L'art de la réunion efficace" → "AR". */
export function initials(name: string): string {
  const words = name
    .replace(/^[dl][’']/i, '')
    .split(/[\s’'-]+/)
    .filter((word) => /^\p{L}/u.test(word) && !SMALL_WORDS.has(word.toLowerCase()));
  return words
    .slice(0, 2)
    .map((word) => word[0]!.toLocaleUpperCase('fr'))
    .join('');
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export interface ProductPictureInput {
  id: string;
  name: string;
  categorySlug: string;
  /** Absent: the front, the summary's picture. */
  view?: ProductView;
}

/** What a view draws with: the category's look and the product's own numbers. */
interface Stage {
  palette: Palette;
  motif: string;
  h: number;
  letters: string;
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

/** The product on its own, tilted a little, initials in a badge: the card's picture. */
function front({ palette, motif, h, letters }: Stage): string {
  const tilt = (h % 13) - 6;
  const bubbleX = 40 + (h % 90);
  const bubbleY = 30 + ((h >>> 8) % 60);
  const bubble2X = 300 + ((h >>> 16) % 80);
  return `
  <rect width="400" height="300" fill="${palette.light}"/>
  <circle cx="${bubbleX}" cy="${bubbleY}" r="70" fill="${palette.main}" opacity=".08"/>
  <circle cx="${bubble2X}" cy="250" r="95" fill="${palette.main}" opacity=".07"/>
  <ellipse cx="200" cy="228" rx="100" ry="11" fill="${palette.dark}" opacity=".12"/>
  <g transform="translate(200 142) rotate(${tilt}) scale(1.12)">${motif}
  </g>
  <circle cx="346" cy="248" r="30" fill="${palette.dark}"/>
  <text x="346" y="256.5" text-anchor="middle" font-family="${FONT}" font-size="23" font-weight="700" fill="#fff">${letters}</text>`;
}

/** A magnifying glass over one part of the product, on the category's dark colour. */
function detail({ palette, motif, h }: Stage): string {
  // The part looked at: within 30 units of the motif's centre, where every motif has shapes.
  const focusX = ((h >>> 4) % 61) - 30;
  const focusY = ((h >>> 12) % 41) - 20;
  return `
  <rect width="400" height="300" fill="${palette.dark}"/>
  <circle cx="60" cy="250" r="90" fill="#fff" opacity=".06"/>
  <circle cx="360" cy="40" r="70" fill="#fff" opacity=".06"/>
  <clipPath id="lens"><circle cx="180" cy="138" r="108"/></clipPath>
  <g clip-path="url(#lens)">
    <rect width="400" height="300" fill="${palette.light}"/>
    <g transform="translate(180 138) scale(2.7) translate(${-focusX} ${-focusY})">${motif}
    </g>
  </g>
  <path d="M258 216 L328 286" stroke="#1f2937" stroke-width="26" stroke-linecap="round"/>
  <circle cx="180" cy="138" r="108" fill="none" stroke="#fff" stroke-width="12"/>
  <path d="M112 80 A84 84 0 0 1 160 52" stroke="#fff" stroke-width="8" fill="none" stroke-linecap="round" opacity=".7"/>`;
}

/** The product standing on a desk by a window, smaller: how it looks where it is used. */
function inUse({ palette, motif, h }: Stage): string {
  const windowX = 30 + (h % 40);
  return `
  <rect width="400" height="300" fill="#f6f1e9"/>
  <rect y="0" width="400" height="18" fill="${palette.main}" opacity=".12"/>
  <rect x="${windowX}" y="34" width="112" height="118" rx="4" fill="#cfe6f7" stroke="#fff" stroke-width="8"/>
  <path d="M${windowX} 124 q30 -26 56 -8 t56 -6 V152 H${windowX} Z" fill="#9cc9a3"/>
  <path d="M${windowX + 56} 34 V152 M${windowX} 93 H${windowX + 112}" stroke="#fff" stroke-width="6"/>
  <rect x="316" y="148" width="40" height="48" rx="4" fill="${palette.dark}"/>
  <ellipse cx="326" cy="122" rx="13" ry="30" fill="#4f8a5b" transform="rotate(-22 326 122)"/>
  <ellipse cx="346" cy="118" rx="13" ry="32" fill="#5f9e6e" transform="rotate(18 346 118)"/>
  <ellipse cx="336" cy="108" rx="11" ry="34" fill="#6fae7c"/>
  <rect y="196" width="400" height="104" fill="#c9a27a"/>
  <rect y="196" width="400" height="9" fill="#b08761"/>
  <ellipse cx="206" cy="204" rx="78" ry="8" fill="#000" opacity=".14"/>
  <g transform="translate(206 148) scale(.72)">${motif}
  </g>`;
}

/** The shipping box, with the product and its initials on the label. */
function packaging({ palette, motif, letters }: Stage): string {
  return `
  <rect width="400" height="300" fill="${palette.light}"/>
  <path d="M0 300 L90 240 H400 V300 Z" fill="${palette.main}" opacity=".1"/>
  <ellipse cx="214" cy="254" rx="130" ry="12" fill="${palette.dark}" opacity=".16"/>
  <path d="M96 92 L128 58 H318 L286 92 Z" fill="#e2bd84"/>
  <path d="M182 92 L214 58 H238 L206 92 Z" fill="#f1dcb4"/>
  <path d="M286 92 L318 58 V216 L286 250 Z" fill="#a8773d"/>
  <rect x="96" y="92" width="190" height="158" fill="#c99a5b"/>
  <rect x="182" y="92" width="24" height="34" fill="#f1dcb4"/>
  <rect x="114" y="134" width="154" height="98" rx="6" fill="#fff"/>
  <rect x="114" y="134" width="154" height="98" rx="6" fill="none" stroke="${palette.main}" stroke-width="3"/>
  <g transform="translate(158 184) scale(.36)">${motif}
  </g>
  <text x="232" y="186" text-anchor="middle" font-family="${FONT}" font-size="22" font-weight="700" fill="${palette.dark}">${letters}</text>
  <rect x="212" y="198" width="40" height="5" rx="2" fill="${palette.dark}" opacity=".4"/>
  <rect x="212" y="209" width="28" height="5" rx="2" fill="${palette.dark}" opacity=".4"/>
  <path d="M114 108 v-8 m-5 5 l5 -5 l5 5 M128 108 v-8 m-5 5 l5 -5 l5 5" stroke="#5b3f1d" stroke-width="2.5" fill="none"/>`;
}

const VIEWS: Record<ProductView, (stage: Stage) => string> = {
  front,
  detail,
  'in-use': inUse,
  packaging,
};

export function productSvg({
  id,
  name,
  categorySlug,
  view = 'front',
}: ProductPictureInput): string {
  const palette = PALETTES[categorySlug] ?? DEFAULT_PALETTE;
  const motif = (MOTIFS[categorySlug] ?? DEFAULT_MOTIF)(palette);
  const letters = escapeXml(initials(name) || '?');
  // The front is the product itself; the other views say which view they are.
  const title = escapeXml(view === 'front' ? name : viewAlt(name, view));
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300" width="400" height="300" role="img" aria-label="${title}">
  <title>${title}</title>${VIEWS[view]({ palette, motif, h: stableHash(id), letters })}
</svg>`;
}
