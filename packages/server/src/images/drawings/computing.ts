import type { Drawing } from '../palettes.js';

/** Computer equipment: screens, peripherals, storage, cables. */
export const computingDrawings = {
  monitor: (p) => `
    <rect x="-78" y="-72" width="156" height="104" rx="8" fill="${p.dark}"/>
    <rect x="-70" y="-64" width="140" height="88" rx="4" fill="${p.main}"/>
    <path d="M-70 -64 H10 L-50 24 H-70 Z" fill="#fff" opacity=".12"/>
    <rect x="-58" y="-52" width="56" height="9" rx="3" fill="#fff" opacity=".85"/>
    <rect x="-58" y="-36" width="84" height="6" rx="3" fill="#fff" opacity=".45"/>
    <rect x="-58" y="-24" width="70" height="6" rx="3" fill="#fff" opacity=".45"/>
    <rect x="-8" y="32" width="16" height="18" fill="${p.dark}"/>
    <rect x="-38" y="48" width="76" height="9" rx="4" fill="${p.dark}"/>`,
  mouse: (p) => `
    <path d="M0 -74 C42 -74 50 -30 50 10 C50 54 28 74 0 74 C-28 74 -50 54 -50 10 C-50 -30 -42 -74 0 -74 Z" fill="${p.main}"/>
    <path d="M0 -72 V-14 M-49 -14 Q0 -2 49 -14" stroke="${p.dark}" stroke-width="3" fill="none"/>
    <rect x="-6" y="-56" width="12" height="24" rx="6" fill="${p.dark}"/>
    <path d="M-32 -30 Q-38 10 -28 40" stroke="#fff" stroke-width="7" opacity=".25" fill="none" stroke-linecap="round"/>`,
  keyboard: (p) => `
    <rect x="-88" y="-40" width="176" height="80" rx="8" fill="${p.dark}"/>
    <path d="M-78 -26 H78 M-72 -10 H72 M-78 6 H78" stroke="#fff" stroke-width="11" stroke-dasharray="10 3" opacity=".9"/>
    <path d="M-78 22 H-44 M-36 22 H40 M48 22 H78" stroke="#fff" stroke-width="11" opacity=".9"/>
    <rect x="-88" y="-40" width="176" height="8" rx="4" fill="#fff" opacity=".12"/>
    <circle cx="72" cy="-34" r="2.5" fill="#4ade80"/>`,
  cable: (p) => `
    <path d="M-62 34 C-70 -40 6 -64 26 -24 S-14 56 34 50 S84 -6 60 -44" stroke="${p.main}" stroke-width="9" fill="none" stroke-linecap="round"/>
    <rect x="-74" y="34" width="24" height="30" rx="5" fill="${p.dark}"/>
    <rect x="-69" y="62" width="14" height="12" rx="2" fill="#cbd5e1"/>
    <g transform="translate(60 -44) rotate(-20)">
      <rect x="-12" y="-30" width="24" height="30" rx="5" fill="${p.dark}"/>
      <rect x="-7" y="-42" width="14" height="12" rx="2" fill="#cbd5e1"/>
    </g>`,
  'external-drive': (p) => `
    <path d="M30 60 C40 88 86 80 80 40" stroke="#374151" stroke-width="6" fill="none"/>
    <g transform="rotate(-8)">
      <rect x="-52" y="-70" width="104" height="136" rx="18" fill="${p.dark}"/>
      <rect x="-44" y="-62" width="88" height="120" rx="12" fill="${p.main}"/>
      <rect x="-30" y="-40" width="44" height="9" rx="4" fill="#fff" opacity=".7"/>
      <path d="M-44 -10 L44 -50 V-20 L-44 20 Z" fill="#fff" opacity=".08"/>
      <circle cx="30" cy="46" r="4" fill="#4ade80"/>
    </g>`,
  'usb-key': (p) => `
    <g transform="rotate(-35)">
      <rect x="-24" y="-66" width="48" height="96" rx="10" fill="${p.main}"/>
      <rect x="-14" y="-34" width="10" height="56" rx="5" fill="#fff" opacity=".25"/>
      <circle cy="-52" r="7" fill="${p.light}"/>
      <rect x="-17" y="30" width="34" height="38" rx="2" fill="#cbd5e1"/>
      <rect x="-9" y="46" width="6" height="7" fill="#64748b"/>
      <rect x="3" y="46" width="6" height="7" fill="#64748b"/>
    </g>`,
  headset: (p) => `
    <path d="M26 46 C40 70 60 40 70 64" stroke="#374151" stroke-width="4" fill="none"/>
    <rect x="62" y="62" width="22" height="14" rx="3" fill="#374151"/>
    <path d="M-40 0 V-14 A52 52 0 0 1 64 -14 V-4" stroke="${p.dark}" stroke-width="12" fill="none" stroke-linecap="round"/>
    <rect x="48" y="-14" width="30" height="52" rx="13" fill="${p.dark}"/>
    <ellipse cx="-30" cy="18" rx="36" ry="44" fill="${p.main}"/>
    <ellipse cx="-30" cy="18" rx="22" ry="30" fill="${p.dark}" opacity=".45"/>
    <path d="M-46 -4 Q-52 14 -46 34" stroke="#fff" stroke-width="6" opacity=".3" fill="none" stroke-linecap="round"/>
    <path d="M-38 58 Q-16 84 18 70" stroke="${p.dark}" stroke-width="5" fill="none" stroke-linecap="round"/>
    <circle cx="20" cy="70" r="8" fill="${p.dark}"/>`,
  webcam: (p) => `
    <path d="M-12 14 H12 L18 42 H-18 Z" fill="${p.dark}"/>
    <rect x="-48" y="40" width="96" height="12" rx="6" fill="${p.dark}"/>
    <rect x="-64" y="-46" width="128" height="64" rx="32" fill="${p.dark}"/>
    <circle cy="-14" r="24" fill="#111827"/>
    <circle cy="-14" r="15" fill="${p.main}"/>
    <circle cx="-5" cy="-19" r="5" fill="#fff" opacity=".75"/>
    <circle cx="44" cy="-14" r="4" fill="#4ade80"/>
    <circle cx="-44" cy="-14" r="3" fill="#111827"/>`,
  dock: (p) => `
    <path d="M56 -22 C60 -70 -4 -52 -16 -84" stroke="#374151" stroke-width="7" fill="none" stroke-linecap="round"/>
    <rect x="-82" y="-26" width="164" height="58" rx="14" fill="${p.dark}"/>
    <rect x="-82" y="-26" width="164" height="16" rx="8" fill="#fff" opacity=".12"/>
    <path d="M-62 10 H40" stroke="#111827" stroke-width="10" stroke-dasharray="14 8"/>
    <circle cx="62" cy="10" r="4" fill="#4ade80"/>
    <rect x="-60" y="44" width="120" height="6" rx="3" fill="${p.main}" opacity=".5"/>`,
  printer: (p) => `
    <rect x="-42" y="-80" width="84" height="44" fill="#fff" stroke="#cbd5e1" stroke-width="2"/>
    <rect x="-84" y="-44" width="168" height="82" rx="10" fill="${p.main}"/>
    <rect x="-84" y="-44" width="168" height="18" rx="8" fill="#fff" opacity=".2"/>
    <rect x="50" y="-18" width="22" height="10" rx="2" fill="#4ade80" opacity=".85"/>
    <rect x="-58" y="10" width="116" height="10" rx="3" fill="${p.dark}"/>
    <path d="M-48 16 H48 L56 66 H-56 Z" fill="#fff" stroke="#cbd5e1" stroke-width="2"/>
    <path d="M-36 32 H28 M-38 44 H34 M-40 56 H12" stroke="${p.dark}" stroke-width="4" opacity=".35"/>`,
} satisfies Record<string, Drawing>;
