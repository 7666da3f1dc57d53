import type { Drawing } from '../palettes.js';

const CRUST = '#e0a452';
const CRUST_DARK = '#b9772f';
const LEAF = '#7cb55a';
const TOMATO = '#e4572e';

/** Prepared meals: trays, salads, sandwiches, baked dishes, pastries. */
export const mealDrawings = {
  cloche: (p) => `
    <ellipse cx="0" cy="48" rx="88" ry="15" fill="${p.dark}"/>
    <ellipse cx="0" cy="45" rx="74" ry="9" fill="#fff" opacity=".25"/>
    <path d="M-68 42 A68 68 0 0 1 68 42 Z" fill="${p.main}"/>
    <path d="M-44 10 A48 48 0 0 1 -6 -22" stroke="#fff" stroke-width="7" fill="none" stroke-linecap="round" opacity=".35"/>
    <rect x="-6" y="-36" width="12" height="10" fill="${p.dark}"/>
    <circle cx="0" cy="-40" r="9" fill="${p.dark}"/>`,
  'meal-tray': (p) => `
    <rect x="-88" y="-56" width="176" height="112" rx="12" fill="${p.dark}"/>
    <rect x="-80" y="-48" width="160" height="96" rx="8" fill="#fff"/>
    <circle cx="-24" cy="4" r="36" fill="#f3e8d8"/>
    <path d="M-46 4 Q-24 -24 -2 4 Q-24 24 -46 4 Z" fill="${p.main}"/>
    <circle cx="-14" cy="20" r="7" fill="${LEAF}"/>
    <circle cx="-34" cy="22" r="6" fill="${LEAF}"/>
    <circle cx="44" cy="-20" r="22" fill="#91c46c"/>
    <circle cx="50" cy="-24" r="6" fill="${TOMATO}"/>
    <rect x="24" y="10" width="44" height="28" rx="6" fill="#f2c14e"/>
    <path d="M-72 -36 V38" stroke="#9ca3af" stroke-width="4" stroke-linecap="round"/>`,
  salad: (p) => `
    <circle cx="-40" cy="-8" r="24" fill="${LEAF}"/>
    <circle cx="-6" cy="-22" r="28" fill="#91c46c"/>
    <circle cx="32" cy="-12" r="24" fill="#6aa84f"/>
    <circle cx="10" cy="-10" r="10" fill="${TOMATO}"/>
    <circle cx="-28" cy="-24" r="8" fill="${TOMATO}"/>
    <circle cx="44" cy="-28" r="9" fill="#fde68a"/>
    <path d="M-80 -2 H80 Q74 68 0 68 Q-74 68 -80 -2 Z" fill="${p.main}"/>
    <path d="M-80 -2 H80" stroke="${p.dark}" stroke-width="6" stroke-linecap="round"/>
    <path d="M-58 16 Q-50 44 -22 54" stroke="#fff" stroke-width="6" opacity=".3" fill="none" stroke-linecap="round"/>`,
  sandwich: (p) => `
    <g transform="rotate(-12)">
      <rect x="-88" y="0" width="176" height="28" rx="14" fill="${CRUST}"/>
      <path d="M-80 2 H80" stroke="${LEAF}" stroke-width="10" stroke-dasharray="14 4" stroke-linecap="round"/>
      <rect x="-80" y="-8" width="160" height="10" rx="4" fill="#eaa0a0"/>
      <rect x="-88" y="-34" width="176" height="30" rx="15" fill="${CRUST}"/>
      <path d="M-56 -28 l18 14 M-14 -30 l18 14 M28 -30 l18 14" stroke="#f3d4a0" stroke-width="6" stroke-linecap="round"/>
      <rect x="-30" y="-38" width="60" height="70" fill="${p.main}" opacity=".85"/>
    </g>`,
  wrap: (p) => `
    <g transform="rotate(-18)">
      <rect x="-80" y="-32" width="120" height="64" rx="30" fill="#e9c98f"/>
      <ellipse cx="40" rx="24" ry="32" fill="#f3dcae"/>
      <path d="M40 0 m-5 0 a5 7 0 1 1 10 0 a10 14 0 1 1 -20 0 a15 21 0 1 1 30 0" stroke="${LEAF}" stroke-width="4" fill="none"/>
      <circle cx="44" cy="-12" r="4" fill="${TOMATO}"/>
      <rect x="-80" y="-34" width="60" height="68" rx="8" fill="${p.main}"/>
      <path d="M-64 -34 V34" stroke="#fff" stroke-width="3" opacity=".4"/>
    </g>`,
  quiche: (p) => `
    <ellipse cy="22" rx="82" ry="36" fill="${p.dark}" opacity=".25"/>
    <ellipse cy="16" rx="78" ry="34" fill="${CRUST_DARK}"/>
    <ellipse cy="8" rx="78" ry="34" fill="${CRUST}" stroke="${CRUST_DARK}" stroke-width="5" stroke-dasharray="5 7"/>
    <ellipse cy="8" rx="64" ry="26" fill="#f5d26b"/>
    <path d="M-30 0 h0 M-8 12 h0 M18 -4 h0 M36 14 h0 M-44 14 h0 M6 22 h0" stroke="${p.main}" stroke-width="9" stroke-linecap="round"/>
    <path d="M-20 -8 h0 M26 4 h0 M-4 -2 h0" stroke="${LEAF}" stroke-width="7" stroke-linecap="round"/>`,
  'baked-dish': (p) => `
    <rect x="-100" y="-8" width="20" height="14" rx="6" fill="${p.dark}"/>
    <rect x="80" y="-8" width="20" height="14" rx="6" fill="${p.dark}"/>
    <path d="M-86 -14 H86 L74 58 H-74 Z" fill="${p.main}"/>
    <rect x="-82" y="-38" width="164" height="30" rx="8" fill="#e9b95c"/>
    <path d="M-64 -26 q20 -10 40 0 t40 0 t40 0" stroke="#c0392b" stroke-width="6" fill="none" stroke-linecap="round"/>
    <path d="M-50 -16 h0 M-6 -30 h0 M36 -16 h0 M60 -30 h0" stroke="${CRUST_DARK}" stroke-width="9" stroke-linecap="round"/>
    <path d="M-74 10 H74" stroke="#fff" stroke-width="4" opacity=".3"/>`,
  croissant: (p) => `
    <rect x="-86" y="30" width="172" height="36" rx="4" fill="${p.main}"/>
    <path d="M-86 30 H86" stroke="${p.dark}" stroke-width="4"/>
    <g fill="${CRUST}" stroke="${CRUST_DARK}" stroke-width="3">
      <ellipse cx="-62" cy="12" rx="18" ry="12" transform="rotate(-55 -62 12)"/>
      <ellipse cx="62" cy="12" rx="18" ry="12" transform="rotate(55 62 12)"/>
      <ellipse cx="-36" cy="-12" rx="24" ry="19" transform="rotate(-30 -36 -12)"/>
      <ellipse cx="36" cy="-12" rx="24" ry="19" transform="rotate(30 36 -12)"/>
      <ellipse cy="-22" rx="30" ry="26"/>
    </g>
    <path d="M-14 -40 Q-4 -22 -12 -2 M14 -40 Q4 -22 12 -2" stroke="#f3d4a0" stroke-width="4" fill="none" stroke-linecap="round"/>`,
  'petits-fours': (p) => `
    <ellipse cy="34" rx="88" ry="30" fill="#fff"/>
    <ellipse cy="34" rx="68" ry="20" fill="#f3f4f6"/>
    <rect x="-62" y="2" width="30" height="24" rx="4" fill="#f4a7b9"/>
    <rect x="-62" y="2" width="30" height="8" rx="4" fill="#fff"/>
    <circle cx="-6" cy="12" r="16" fill="#8b5a2b"/>
    <circle cx="-6" cy="4" r="6" fill="#f3e8d8"/>
    <rect x="20" y="0" width="32" height="26" rx="4" fill="#f2c14e"/>
    <circle cx="36" cy="-2" r="6" fill="${p.main}"/>
    <ellipse cx="-24" cy="40" rx="18" ry="9" fill="${CRUST}"/>
    <circle cx="-24" cy="36" r="6" fill="${p.main}"/>
    <ellipse cx="26" cy="42" rx="18" ry="9" fill="#7a9a3a"/>`,
} satisfies Record<string, Drawing>;
