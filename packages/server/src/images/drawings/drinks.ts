import type { Drawing } from '../palettes.js';

/** Drinks to take away: bottles, cups, packs. */
export const drinkDrawings = {
  smoothie: (p) => `
    <path d="M16 -28 L34 -88" stroke="${p.dark}" stroke-width="7" stroke-linecap="round"/>
    <path d="M-38 -56 H38 L27 66 H-27 Z" fill="#fff" opacity=".75"/>
    <path d="M-35 -26 H35 L27 66 H-27 Z" fill="${p.main}"/>
    <rect x="-20" y="-14" width="16" height="16" rx="3" fill="#fff" opacity=".5"/>
    <rect x="4" y="-4" width="14" height="14" rx="3" fill="#fff" opacity=".4"/>
    <path d="M-38 -56 H38 L27 66 H-27 Z" fill="none" stroke="${p.dark}" stroke-width="4" stroke-linejoin="round"/>
    <circle cx="-38" cy="-56" r="17" fill="#f4d35e" stroke="#fff" stroke-width="4"/>
    <path d="M-38 -70 V-42 M-50 -56 H-26" stroke="#fff" stroke-width="2" opacity=".8"/>`,
  bottle: (p) => `
    <rect x="-13" y="-88" width="26" height="14" rx="3" fill="${p.dark}"/>
    <path d="M-11 -74 H11 V-54 Q32 -44 32 -16 V62 Q32 72 22 72 H-22 Q-32 72 -32 62 V-16 Q-32 -44 -11 -54 Z" fill="#fff" opacity=".6"/>
    <path d="M-32 -20 H32 V62 Q32 72 22 72 H-22 Q-32 72 -32 62 Z" fill="${p.main}"/>
    <path d="M-11 -74 H11 V-54 Q32 -44 32 -16 V62 Q32 72 22 72 H-22 Q-32 72 -32 62 V-16 Q-32 -44 -11 -54 Z" fill="none" stroke="${p.dark}" stroke-width="3"/>
    <rect x="-32" y="6" width="64" height="36" fill="#fff" opacity=".92"/>
    <rect x="-20" y="16" width="40" height="6" rx="3" fill="${p.dark}" opacity=".7"/>
    <rect x="-14" y="28" width="28" height="5" rx="2" fill="${p.dark}" opacity=".4"/>
    <path d="M-22 -12 V0 M-22 50 V62" stroke="#fff" stroke-width="5" opacity=".4" stroke-linecap="round"/>`,
  'cup-to-go': (p) => `
    <path d="M-10 -84 c-8 -10 8 -14 0 -26 M10 -84 c-8 -10 8 -14 0 -26" stroke="${p.dark}" stroke-width="4" opacity=".4" fill="none" stroke-linecap="round"/>
    <path d="M-40 -50 H40 L30 70 H-30 Z" fill="#fff" stroke="#d1d5db" stroke-width="2"/>
    <path d="M-37 -8 H37 L33 38 H-33 Z" fill="${p.main}"/>
    <path d="M-20 8 H20 M-16 22 H16" stroke="#fff" stroke-width="4" opacity=".6"/>
    <path d="M-34 -64 L-28 -76 H28 L34 -64 Z" fill="${p.dark}"/>
    <rect x="-46" y="-64" width="92" height="15" rx="6" fill="${p.dark}"/>`,
  'drinks-crate': (p) => `
    <g stroke="#fff" stroke-width="2">
      <rect x="-66" y="-64" width="24" height="50" rx="8" fill="#7cb55a"/>
      <rect x="-32" y="-74" width="24" height="60" rx="8" fill="#e0a21b"/>
      <rect x="2" y="-68" width="24" height="54" rx="8" fill="#cde9f6"/>
      <rect x="36" y="-74" width="24" height="60" rx="8" fill="#e4572e"/>
    </g>
    <path d="M-62 -72 h16 M-28 -82 h16 M6 -76 h16 M40 -82 h16" stroke="${p.dark}" stroke-width="7" stroke-linecap="round"/>
    <rect x="-82" y="-26" width="164" height="92" rx="6" fill="${p.main}"/>
    <path d="M-82 8 H82 M-82 38 H82" stroke="${p.dark}" stroke-width="4"/>
    <rect x="-22" y="-16" width="44" height="14" rx="7" fill="${p.dark}"/>`,
} satisfies Record<string, Drawing>;
