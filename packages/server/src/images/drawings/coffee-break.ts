import type { Drawing } from '../palettes.js';

/** Coffee, tea and what goes with them. */
export const coffeeBreakDrawings = {
  mug: (p) => `
    <ellipse cx="0" cy="56" rx="82" ry="13" fill="${p.dark}"/>
    <circle cx="60" cy="6" r="17" fill="none" stroke="${p.main}" stroke-width="10"/>
    <path d="M-56 -16 H56 L46 44 Q0 62 -46 44 Z" fill="${p.main}"/>
    <path d="M-46 -6 H-30 L-36 34" stroke="#fff" stroke-width="6" fill="none" stroke-linecap="round" opacity=".25"/>
    <path d="M-22 -30 c-12 -14 10 -24 0 -44 M2 -30 c-12 -14 10 -24 0 -44 M26 -30 c-12 -14 10 -24 0 -44"
      stroke="${p.dark}" stroke-width="6" fill="none" stroke-linecap="round" opacity=".45"/>`,
  'coffee-bag': (p) => `
    <path d="M-50 -66 H50 L56 68 H-56 Z" fill="${p.dark}"/>
    <rect x="-53" y="-78" width="106" height="16" rx="3" fill="${p.main}"/>
    <path d="M-44 -70 H44" stroke="#fff" stroke-width="2" stroke-dasharray="4 4" opacity=".5"/>
    <circle cy="-44" r="6" fill="${p.main}"/>
    <rect x="-36" y="-24" width="72" height="60" rx="6" fill="#fff" opacity=".92"/>
    <ellipse cy="6" rx="13" ry="18" fill="${p.main}"/>
    <path d="M0 -11 Q-7 6 0 23" stroke="#fff" stroke-width="3" fill="none"/>
    <ellipse cx="66" cy="62" rx="8" ry="11" fill="${p.main}" transform="rotate(30 66 62)"/>
    <ellipse cx="-68" cy="64" rx="8" ry="11" fill="${p.main}" transform="rotate(-40 -68 64)"/>`,
  capsules: (p) => {
    const capsule = (x: number, y: number, colour: string) => `
    <g transform="translate(${x} ${y})">
      <path d="M-20 -10 H20 L13 16 H-13 Z" fill="${colour}"/>
      <rect x="-25" y="-15" width="50" height="7" rx="3" fill="#d1d5db"/>
    </g>`;
    return `
    <rect x="-72" y="-70" width="120" height="74" rx="6" fill="${p.main}"/>
    <rect x="-58" y="-54" width="60" height="14" rx="3" fill="#fff" opacity=".85"/>
    ${capsule(-46, 30, '#3b2f6b')}${capsule(6, 42, '#1f6fb2')}${capsule(56, 22, '#b3261e')}${capsule(38, -8, p.dark)}`;
  },
  'soft-pods': (p) => `
    <rect x="-76" y="-62" width="110" height="70" rx="6" fill="${p.main}"/>
    <rect x="-62" y="-48" width="56" height="14" rx="3" fill="#fff" opacity=".85"/>
    <circle cx="-30" cy="34" r="32" fill="#f5efe6" stroke="#d6c7ad" stroke-width="4"/>
    <circle cx="-30" cy="34" r="20" fill="${p.dark}"/>
    <circle cx="36" cy="20" r="32" fill="#f5efe6" stroke="#d6c7ad" stroke-width="4"/>
    <circle cx="36" cy="20" r="20" fill="${p.dark}"/>`,
  'tea-box': (p) => `
    <path d="M-72 -38 L-52 -56 H48 L28 -38 Z" fill="${p.dark}"/>
    <path d="M28 -38 L48 -56 V48 L28 66 Z" fill="${p.dark}" opacity=".8"/>
    <rect x="-72" y="-38" width="100" height="104" rx="2" fill="${p.main}"/>
    <rect x="-60" y="-10" width="76" height="40" rx="4" fill="#fff" opacity=".88"/>
    <path d="M-36 18 Q-26 -6 -4 -2 Q-14 20 -36 18 Z" fill="#7a9a3a"/>
    <path d="M64 -40 V-2" stroke="#9ca3af" stroke-width="2"/>
    <rect x="56" y="-54" width="16" height="14" fill="${p.main}"/>
    <rect x="46" y="-2" width="36" height="44" rx="4" fill="#f5e6c8" stroke="#d6c7ad" stroke-width="2"/>`,
  'sugar-cubes': (p) => {
    const cube = (x: number, y: number) => `
    <path d="M${x} ${y} l26 -13 l26 13 l-26 13 Z" fill="#fff"/>
    <path d="M${x} ${y} l26 13 v28 l-26 -13 Z" fill="#e5e9ef"/>
    <path d="M${x + 26} ${y + 13} l26 -13 v28 l-26 13 Z" fill="#cfd6df"/>`;
    const pile = [
      [-78, 18],
      [-26, 18],
      [26, 18],
      [-52, -10],
      [0, -10],
      [-26, -38],
    ];
    return `<ellipse cy="60" rx="86" ry="14" fill="${p.main}"/>${pile.map(([x, y]) => cube(x!, y!)).join('')}`;
  },
  'cocoa-tin': (p) => `
    <rect x="-48" y="-48" width="96" height="112" fill="${p.dark}"/>
    <ellipse cy="64" rx="48" ry="12" fill="${p.dark}"/>
    <rect x="-48" y="-6" width="96" height="46" fill="#f2c14e"/>
    <path d="M-16 8 H12 L8 30 H-12 Z" fill="${p.main}"/>
    <circle cx="14" cy="16" r="6" fill="none" stroke="${p.main}" stroke-width="3"/>
    <ellipse cy="-48" rx="48" ry="12" fill="#c9ccd3"/>
    <ellipse cy="-50" rx="40" ry="8" fill="#e5e7eb"/>`,
  'milk-pods': (p) => {
    const pod = (x: number, y: number) => `
    <g transform="translate(${x} ${y}) scale(1.5)">
      <path d="M-16 -8 H16 L11 18 H-11 Z" fill="#fff" stroke="#d1d5db" stroke-width="1.5"/>
      <ellipse cy="-8" rx="18" ry="5" fill="${p.main}"/>
      <path d="M14 -10 L28 -20 L24 -6 Z" fill="${p.main}"/>
    </g>`;
    return `${pod(-36, -24)}${pod(30, -30)}${pod(0, 32)}`;
  },
} satisfies Record<string, Drawing>;
