import type { Drawing } from '../palettes.js';

/** Shipping supplies: boxes, tape, padding, labels, bags. */
export const packagingDrawings = {
  box: (p) => `
    <path d="M-66 -12 L0 20 L0 82 L-66 50 Z" fill="${p.main}"/>
    <path d="M0 20 L66 -12 L66 50 L0 82 Z" fill="${p.dark}"/>
    <path d="M-66 -12 L0 -44 L66 -12 L0 20 Z" fill="${p.main}"/>
    <path d="M-66 -12 L0 -44 L66 -12 L0 20 Z" fill="#fff" opacity=".28"/>
    <path d="M-40 -25 L-27 -31 L40 1 L27 7 Z" fill="#fff" opacity=".6"/>
    <path d="M27 7 L40 1 L40 22 L27 28 Z" fill="#fff" opacity=".4"/>`,
  'tape-roll': (p) => `
    <path d="M48 38 L76 74 L50 82 L30 50 Z" fill="${p.main}" opacity=".85"/>
    <circle r="64" fill="${p.main}"/>
    <circle r="52" fill="none" stroke="#fff" stroke-width="2" opacity=".3"/>
    <circle r="64" fill="none" stroke="${p.dark}" stroke-width="3"/>
    <circle r="34" fill="#e9d3ad"/>
    <circle r="26" fill="${p.light}"/>`,
  'stretch-film': (p) => `
    <rect x="-90" y="-9" width="34" height="18" rx="7" fill="${p.dark}"/>
    <rect x="56" y="-9" width="34" height="18" rx="7" fill="${p.dark}"/>
    <rect x="-60" y="-46" width="120" height="92" fill="#cbd5e1" opacity=".85"/>
    <ellipse cx="60" rx="14" ry="46" fill="#e2e8f0"/>
    <ellipse cx="60" rx="6" ry="12" fill="${p.dark}"/>
    <ellipse cx="-60" rx="14" ry="46" fill="#b8c2cf"/>
    <path d="M-50 -30 H44 M-50 24 H44" stroke="#fff" stroke-width="5" opacity=".6"/>
    <path d="M-20 46 L-40 78 H30 L20 46 Z" fill="#cbd5e1" opacity=".7"/>`,
  'tape-dispenser': (p) => `
    <path d="M-14 6 L-44 70 H-20 L6 14 Z" fill="${p.dark}"/>
    <path d="M-10 -28 L60 10" stroke="${p.dark}" stroke-width="10" stroke-linecap="round"/>
    <path d="M52 4 L70 -6 L74 14 Z" fill="#9ca3af"/>
    <circle cx="-10" cy="-28" r="44" fill="${p.main}"/>
    <circle cx="-10" cy="-28" r="20" fill="#e9d3ad"/>
    <circle cx="-10" cy="-28" r="8" fill="${p.dark}"/>
    <path d="M28 -8 L62 10" stroke="${p.main}" stroke-width="5"/>`,
  'bubble-wrap': (p) => `
    <rect x="-82" y="-56" width="132" height="112" rx="4" fill="#fff" opacity=".9"/>
    <path d="M-70 -42 H40 M-62 -22 H40 M-70 -2 H40 M-62 18 H40 M-70 38 H40" stroke="${p.main}" stroke-opacity=".45" stroke-width="12" stroke-linecap="round" stroke-dasharray="0 16"/>
    <rect x="40" y="-58" width="36" height="116" rx="18" fill="#e2e8f0"/>
    <ellipse cx="58" cy="-40" rx="18" ry="18" fill="#f1f5f9" stroke="#cbd5e1" stroke-width="2"/>
    <ellipse cx="58" cy="-40" rx="6" ry="6" fill="${p.dark}"/>`,
  'padded-envelope': (p) => `
    <rect x="-80" y="-48" width="160" height="104" rx="6" fill="${p.main}"/>
    <path d="M-80 -48 H80 L70 -70 H-70 Z" fill="${p.dark}"/>
    <path d="M-70 -38 H70" stroke="#fff" stroke-width="9" stroke-linecap="round" stroke-dasharray="0 13" opacity=".8"/>
    <rect x="-50" y="-6" width="80" height="40" rx="3" fill="#fff"/>
    <path d="M-40 6 H14 M-40 16 H4 M-40 26 H20" stroke="${p.dark}" stroke-width="3" opacity=".5"/>`,
  labels: (p) => `
    <rect x="-66" y="-80" width="106" height="150" rx="4" fill="#fff" stroke="#e5e7eb" stroke-width="2"/>
    <path d="M-58 -60 H32 M-58 -26 H32 M-58 8 H32 M-58 42 H32" stroke="${p.main}" stroke-opacity=".3" stroke-width="26" stroke-dasharray="41 8"/>
    <g transform="rotate(-10 40 20)">
      <rect x="4" y="-10" width="78" height="56" rx="4" fill="#fff" stroke="${p.main}" stroke-width="3"/>
      <path d="M14 6 H56 M14 16 H44" stroke="${p.dark}" stroke-width="4" opacity=".6"/>
      <path d="M14 32 H72" stroke="#1f2937" stroke-width="14" stroke-dasharray="2 2 4 2 1 3 3 1"/>
    </g>`,
  'loose-fill': (p) => `
    <path d="M-52 -60 H52 L58 66 H-58 Z" fill="#c3ccd8"/>
    <path d="M-44 -36 H46 M-48 -12 H48 M-50 12 H50 M-52 36 H52 M-54 56 H54" stroke="#fff" stroke-width="11" stroke-linecap="round" stroke-dasharray="8 14"/>
    <path d="M-52 -60 H52 L58 66 H-58 Z" fill="none" stroke="#b8c2cf" stroke-width="3"/>
    <path d="M-16 -60 Q0 -76 16 -60" fill="none" stroke="${p.dark}" stroke-width="6"/>
    <rect x="-40" y="-52" width="80" height="14" rx="3" fill="${p.main}"/>
    <path d="M66 56 h10 M70 70 h8 M-78 66 h10" stroke="#fbf7ec" stroke-width="10" stroke-linecap="round"/>`,
  'paper-bag': (p) => `
    <path d="M-28 -32 C-28 -84 28 -84 28 -32" stroke="${p.dark}" stroke-width="7" fill="none"/>
    <path d="M-58 -32 H58 L64 70 H-64 Z" fill="${p.main}"/>
    <path d="M38 -32 L64 70 H46 Z" fill="#000" opacity=".08"/>
    <path d="M-58 -32 L-48 -22 H48 L58 -32" fill="${p.dark}" opacity=".35"/>
    <circle cx="-28" cy="-24" r="3" fill="${p.dark}"/>
    <circle cx="28" cy="-24" r="3" fill="${p.dark}"/>
    <rect x="-26" y="10" width="52" height="30" rx="4" fill="#fff" opacity=".35"/>`,
} satisfies Record<string, Drawing>;
