import { DRAWINGS } from './drawings/index.js';
import { stableHash } from './hash.js';
import { CATEGORY_PALETTES, DEFAULT_PALETTE, type Palette } from './palettes.js';
import { pictureSubject, TINTED } from './subjects.js';
import { tintOf } from './tints.js';
import { viewAlt, type ProductView } from './views.js';

/*
 * Product pictures drawn on the fly: a flat illustration of the kind of product (subjects.ts), in
 * its category's colours or the colour its name gives, with the product's initials. No files, no
 * network, identical on every machine, 4:3 to sit in a 320 × 240 product card. Each view (front, detail, in use, packaging)
 * stages the same illustration differently, so the gallery's pictures are told apart at a glance.
 */

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
  const palette = CATEGORY_PALETTES[categorySlug] ?? DEFAULT_PALETTE;
  const subject = pictureSubject(name, categorySlug);
  // The scene keeps the category's colours; a red pen is drawn red.
  const tint = TINTED.has(subject) ? tintOf(name) : undefined;
  const motif = DRAWINGS[subject](tint ? { ...palette, ...tint } : palette);
  const letters = escapeXml(initials(name) || '?');
  // The front is the product itself; the other views say which view they are.
  const title = escapeXml(view === 'front' ? name : viewAlt(name, view));
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300" width="400" height="300" role="img" aria-label="${title}">
  <title>${title}</title>${VIEWS[view]({ palette, motif, h: stableHash(id), letters })}
</svg>`;
}
