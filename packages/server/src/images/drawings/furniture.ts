import type { Drawing } from '../palettes.js';

const METAL = '#4b5563';

/** Office furniture: seats, desks, storage, lighting. */
export const furnitureDrawings = {
  'office-chair': (p) => `
    <rect x="-40" y="-78" width="80" height="72" rx="18" fill="${p.main}"/>
    <rect x="-30" y="-68" width="60" height="10" rx="5" fill="#fff" opacity=".25"/>
    <rect x="-64" y="-14" width="12" height="32" rx="6" fill="${p.dark}"/>
    <rect x="52" y="-14" width="12" height="32" rx="6" fill="${p.dark}"/>
    <rect x="-52" y="0" width="104" height="20" rx="10" fill="${p.dark}"/>
    <rect x="-5" y="20" width="10" height="30" fill="${METAL}"/>
    <path d="M-48 54 H48" stroke="${METAL}" stroke-width="8" stroke-linecap="round"/>
    <circle cx="-48" cy="62" r="7" fill="#374151"/>
    <circle cx="0" cy="62" r="7" fill="#374151"/>
    <circle cx="48" cy="62" r="7" fill="#374151"/>`,
  'visitor-chair': (p) => `
    <path d="M-34 -30 V8 M34 -30 V8" stroke="${METAL}" stroke-width="7"/>
    <rect x="-44" y="-80" width="88" height="54" rx="12" fill="${p.main}"/>
    <rect x="-34" y="-72" width="68" height="8" rx="4" fill="#fff" opacity=".25"/>
    <path d="M-44 14 L-56 68 M44 14 L56 68 M-30 14 L-24 62 M30 14 L24 62" stroke="${METAL}" stroke-width="7" stroke-linecap="round"/>
    <rect x="-54" y="0" width="108" height="18" rx="8" fill="${p.dark}"/>`,
  desk: (p) => `
    <rect x="-26" y="-62" width="62" height="42" rx="4" fill="#374151"/>
    <rect x="-22" y="-58" width="54" height="34" rx="2" fill="#93c5fd" opacity=".6"/>
    <rect x="1" y="-20" width="8" height="10" fill="#374151"/>
    <rect x="-60" y="-30" width="12" height="20" rx="3" fill="${p.dark}"/>
    <rect x="-66" y="4" width="132" height="26" fill="${p.dark}" opacity=".3"/>
    <rect x="-78" y="4" width="9" height="60" fill="${METAL}"/>
    <rect x="69" y="4" width="9" height="60" fill="${METAL}"/>
    <rect x="-86" y="60" width="26" height="7" rx="3" fill="${METAL}"/>
    <rect x="60" y="60" width="26" height="7" rx="3" fill="${METAL}"/>
    <rect x="-88" y="-10" width="176" height="16" rx="3" fill="${p.main}"/>
    <rect x="-88" y="-10" width="176" height="5" rx="2" fill="#fff" opacity=".3"/>`,
  'standing-desk': (p) => `
    <rect x="-26" y="-72" width="62" height="42" rx="4" fill="#374151"/>
    <rect x="-22" y="-68" width="54" height="34" rx="2" fill="#93c5fd" opacity=".6"/>
    <rect x="1" y="-30" width="8" height="10" fill="#374151"/>
    <rect x="-70" y="4" width="14" height="28" fill="#9ca3af"/>
    <rect x="56" y="4" width="14" height="28" fill="#9ca3af"/>
    <rect x="-73" y="30" width="20" height="34" fill="${METAL}"/>
    <rect x="53" y="30" width="20" height="34" fill="${METAL}"/>
    <rect x="-88" y="62" width="50" height="8" rx="4" fill="${METAL}"/>
    <rect x="38" y="62" width="50" height="8" rx="4" fill="${METAL}"/>
    <rect x="-88" y="-20" width="176" height="16" rx="3" fill="${p.main}"/>
    <rect x="-88" y="-20" width="176" height="5" rx="2" fill="#fff" opacity=".3"/>
    <rect x="40" y="-4" width="30" height="9" rx="2" fill="#1f2937"/>
    <circle cx="48" cy="0" r="2" fill="#4ade80"/>`,
  'meeting-table': (p) => `
    <rect x="-70" y="-66" width="44" height="50" rx="10" fill="${p.dark}" opacity=".8"/>
    <rect x="26" y="-66" width="44" height="50" rx="10" fill="${p.dark}" opacity=".8"/>
    <rect x="-12" y="10" width="24" height="48" fill="${METAL}"/>
    <ellipse cy="62" rx="44" ry="9" fill="${METAL}"/>
    <ellipse cy="4" rx="88" ry="22" fill="${p.dark}"/>
    <ellipse cy="-2" rx="88" ry="22" fill="${p.main}"/>
    <ellipse cx="-20" cy="-8" rx="40" ry="7" fill="#fff" opacity=".2"/>`,
  pedestal: (p) => `
    <rect x="-50" y="-72" width="100" height="132" rx="6" fill="${p.main}" stroke="${p.dark}" stroke-width="3"/>
    <rect x="-42" y="-64" width="84" height="30" rx="3" fill="#fff" opacity=".22" stroke="${p.dark}" stroke-width="2"/>
    <rect x="-42" y="-28" width="84" height="30" rx="3" fill="#fff" opacity=".22" stroke="${p.dark}" stroke-width="2"/>
    <rect x="-42" y="8" width="84" height="44" rx="3" fill="#fff" opacity=".22" stroke="${p.dark}" stroke-width="2"/>
    <path d="M-14 -49 H14 M-14 -13 H14 M-14 30 H14" stroke="${p.dark}" stroke-width="6" stroke-linecap="round"/>
    <circle cx="-36" cy="66" r="7" fill="#374151"/>
    <circle cx="36" cy="66" r="7" fill="#374151"/>`,
  cabinet: (p) => `
    <rect x="-54" y="-84" width="108" height="152" rx="4" fill="#a3acb6"/>
    <rect x="-50" y="-80" width="48" height="144" fill="#fff" opacity=".14"/>
    <path d="M0 -82 V66" stroke="#6b7280" stroke-width="3"/>
    <path d="M-40 -66 h26 M-40 -58 h26 M-40 -50 h26 M14 -66 h26 M14 -58 h26 M14 -50 h26" stroke="#6b7280" stroke-width="3"/>
    <rect x="-12" y="-14" width="6" height="26" rx="3" fill="${p.dark}"/>
    <rect x="6" y="-14" width="6" height="26" rx="3" fill="${p.dark}"/>
    <circle cx="14" cy="-24" r="4" fill="${p.main}"/>
    <rect x="-52" y="68" width="12" height="6" fill="#374151"/>
    <rect x="40" y="68" width="12" height="6" fill="#374151"/>`,
  lamp: (p) => `
    <path d="M30 -20 H70 L92 64 H16 Z" fill="#fde68a" opacity=".5"/>
    <ellipse cx="-40" cy="62" rx="40" ry="9" fill="${p.dark}"/>
    <path d="M-40 58 L-16 -14 L34 -44" stroke="${p.main}" stroke-width="8" fill="none" stroke-linecap="round" stroke-linejoin="round"/>
    <circle cx="-16" cy="-14" r="8" fill="${p.dark}"/>
    <g transform="translate(48 -40) rotate(-12)">
      <path d="M-20 -12 H20 L32 20 H-32 Z" fill="${p.main}" stroke="${p.dark}" stroke-width="3"/>
      <rect x="-9" y="-22" width="18" height="12" rx="3" fill="${p.dark}"/>
    </g>`,
  footrest: (p) => `
    <path d="M-22 52 L-8 18 M22 52 L8 6" stroke="${METAL}" stroke-width="8" stroke-linecap="round"/>
    <rect x="-80" y="48" width="160" height="14" rx="7" fill="#374151"/>
    <path d="M-78 28 L76 -14 L80 0 L-74 42 Z" fill="${p.main}"/>
    <path d="M-58 28 L-52 16 M-36 22 L-30 10 M-14 16 L-8 4 M8 10 L14 -2 M30 4 L36 -8 M52 -2 L58 -14" stroke="${p.dark}" stroke-width="4" stroke-linecap="round"/>`,
  'coat-stand': (p) => `
    <path d="M0 62 L-44 74 M0 62 L44 74 M0 62 V76" stroke="${p.main}" stroke-width="8" stroke-linecap="round"/>
    <rect x="-5" y="-82" width="10" height="146" rx="5" fill="${p.main}"/>
    <path d="M0 -64 L-32 -80 M0 -64 L32 -80 M0 -48 L-28 -60 M0 -48 L28 -60" stroke="${p.dark}" stroke-width="6" stroke-linecap="round"/>
    <circle cy="-88" r="8" fill="${p.dark}"/>
    <path d="M26 -62 Q44 -58 48 -40 L56 30 H14 L18 -44 Q20 -58 26 -62 Z" fill="#4f6d8f"/>
    <path d="M26 -60 L34 -26 L24 0" stroke="#3c5573" stroke-width="4" fill="none"/>`,
} satisfies Record<string, Drawing>;
