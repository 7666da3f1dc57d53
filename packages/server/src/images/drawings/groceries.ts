import type { Drawing } from '../palettes.js';

/** Fine groceries: jars, bottles, sweets, dry goods. */
export const groceryDrawings = {
  jar: (p) => `
    <rect x="-44" y="-74" width="88" height="24" rx="5" fill="${p.dark}"/>
    <path d="M-44 -62 H44" stroke="#fff" stroke-width="2" opacity=".35"/>
    <rect x="-52" y="-52" width="104" height="120" rx="22" fill="${p.main}"/>
    <rect x="-40" y="-16" width="80" height="48" rx="6" fill="#fff" opacity=".9"/>
    <rect x="-26" y="-4" width="52" height="7" rx="3" fill="${p.dark}" opacity=".8"/>
    <rect x="-18" y="10" width="36" height="5" rx="2" fill="${p.dark}" opacity=".45"/>
    <path d="M-38 -40 V-24" stroke="#fff" stroke-width="6" stroke-linecap="round" opacity=".35"/>`,
  'oil-bottle': (p) => `
    <path d="M-14 -76 H14 V-52 Q34 -38 34 -8 V62 Q34 72 24 72 H-24 Q-34 72 -34 62 V-8 Q-34 -38 -14 -52 Z" fill="#9aa53a"/>
    <rect x="-16" y="-90" width="32" height="16" rx="3" fill="${p.dark}"/>
    <rect x="-26" y="2" width="52" height="44" rx="4" fill="#fff" opacity=".92"/>
    <ellipse cx="-4" cy="22" rx="9" ry="6" fill="${p.main}" transform="rotate(-25 -4 22)"/>
    <path d="M2 18 Q10 8 16 10" stroke="${p.dark}" stroke-width="2" fill="none"/>
    <path d="M-24 -6 V54" stroke="#fff" stroke-width="5" opacity=".3" stroke-linecap="round"/>`,
  biscuits: () => `
    <circle cx="36" cy="-18" r="40" fill="#d39443" stroke="#b9772f" stroke-width="7" stroke-dasharray="6 5"/>
    <circle cx="-20" cy="12" r="48" fill="#e6ae5e" stroke="#c98a3e" stroke-width="8" stroke-dasharray="7 6"/>
    <path d="M-38 -4 h0 M-20 -4 h0 M-2 -4 h0 M-38 14 h0 M-20 14 h0 M-2 14 h0 M-38 32 h0 M-20 32 h0 M-2 32 h0" stroke="#b9772f" stroke-width="5" stroke-linecap="round"/>`,
  'chocolate-bar': (p) => `
    <g transform="rotate(-12)">
      <rect x="-76" y="-46" width="150" height="92" rx="6" fill="#5a3220"/>
      <path d="M-40 -46 V46 M-4 -46 V46 M-76 0 H10" stroke="#3e2114" stroke-width="4"/>
      <path d="M-70 -40 H-46 M-34 -40 H-10 M-70 6 H-46 M-34 6 H-10" stroke="#fff" stroke-width="3" opacity=".15"/>
      <path d="M10 -52 H82 V52 H10 L18 34 L8 16 L18 -2 L8 -20 L18 -38 Z" fill="${p.main}"/>
      <rect x="30" y="-20" width="36" height="40" rx="4" fill="#fff" opacity=".85"/>
      <path d="M38 -6 H58 M38 6 H52" stroke="${p.dark}" stroke-width="4"/>
    </g>`,
  pasta: (p) => `
    <path d="M-48 -72 H48 L54 66 H-54 Z" fill="#fff" stroke="#e5e7eb" stroke-width="3"/>
    <path d="M-38 -34 q6 -9 12 0 t12 0 t12 0 t12 0 t12 0 t12 0 M-40 -12 q6 -9 12 0 t12 0 t12 0 t12 0 t12 0 t12 0 M-42 10 q6 -9 12 0 t12 0 t12 0 t12 0 t12 0 t12 0" stroke="#e7b24c" stroke-width="8" fill="none" stroke-linecap="round"/>
    <rect x="-48" y="-76" width="96" height="22" rx="3" fill="${p.main}"/>
    <rect x="-34" y="28" width="68" height="28" rx="4" fill="${p.main}"/>
    <rect x="-20" y="38" width="40" height="6" rx="3" fill="#fff" opacity=".8"/>`,
  calissons: (p) => `
    <rect x="-84" y="-44" width="168" height="96" rx="8" fill="${p.main}"/>
    <rect x="-74" y="-34" width="148" height="76" rx="4" fill="${p.dark}"/>
    <path d="M-62 -16 H66 M-62 8 H66 M-62 32 H66" stroke="#fdfaf2" stroke-width="14" stroke-linecap="round" stroke-dasharray="18 18"/>
    <path d="M-84 52 H84" stroke="${p.dark}" stroke-width="4"/>`,
} satisfies Record<string, Drawing>;
