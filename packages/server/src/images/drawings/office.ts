import type { Drawing } from '../palettes.js';

/** Office supplies: what a desk drawer holds. */
export const officeDrawings = {
  notebook: (p) => `
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
  pen: (p) => `
    <path d="M-80 58 q14 -20 28 0 t28 0 t28 0" stroke="${p.main}" stroke-width="4" fill="none" stroke-linecap="round"/>
    <g transform="rotate(40)">
      <rect x="-13" y="-78" width="26" height="120" rx="11" fill="#f3f4f6" stroke="#cbd5e1" stroke-width="2"/>
      <rect x="-4" y="-66" width="8" height="104" rx="4" fill="${p.main}" opacity=".45"/>
      <rect x="-14" y="-92" width="28" height="34" rx="9" fill="${p.main}"/>
      <rect x="-5" y="-100" width="10" height="12" rx="3" fill="${p.dark}"/>
      <rect x="11" y="-86" width="7" height="50" rx="3" fill="${p.dark}"/>
      <rect x="-13" y="-4" width="26" height="26" rx="4" fill="${p.main}"/>
      <path d="M-12 40 H12 L3 68 H-3 Z" fill="#cbd5e1"/>
      <circle cy="70" r="3" fill="${p.dark}"/>
    </g>`,
  highlighter: (p) => `
    <rect x="-84" y="36" width="120" height="20" rx="3" fill="${p.main}" opacity=".35"/>
    <g transform="rotate(-35)">
      <rect x="-22" y="-58" width="44" height="98" rx="12" fill="${p.main}"/>
      <rect x="-12" y="-40" width="8" height="70" rx="4" fill="#fff" opacity=".35"/>
      <rect x="-23" y="-84" width="46" height="34" rx="10" fill="${p.dark}"/>
      <path d="M-15 40 H15 L11 60 H-11 Z" fill="${p.dark}"/>
      <path d="M-8 60 H8 L8 72 L-8 64 Z" fill="${p.main}"/>
    </g>`,
  ream: (p) => `
    <path d="M-84 -8 L0 -42 L84 -8 L0 26 Z" fill="#fff"/>
    <path d="M-84 -8 L0 26 V66 L-84 32 Z" fill="${p.main}"/>
    <path d="M0 26 L84 -8 V32 L0 66 Z" fill="${p.dark}"/>
    <path d="M-84 -2 L0 32 L84 -2 M-84 4 L0 38 L84 4" stroke="#fff" stroke-width="2" fill="none" opacity=".55"/>
    <path d="M-60 18 L-20 34 V52 L-60 36 Z" fill="#fff" opacity=".9"/>
    <path d="M-84 -8 L0 -42 L84 -8 L0 26 Z" fill="none" stroke="#d7dce3" stroke-width="2"/>
    <path d="M-30 -20 L0 -32 L44 -14 L14 -2 Z" fill="${p.main}" opacity=".18"/>`,
  binder: (p) => `
    <g transform="rotate(9 40 70)">
      <rect x="-4" y="-74" width="58" height="144" rx="5" fill="${p.dark}"/>
      <rect x="6" y="-58" width="38" height="46" rx="3" fill="#fff" opacity=".75"/>
    </g>
    <rect x="-56" y="-74" width="62" height="146" rx="5" fill="${p.main}"/>
    <rect x="-46" y="-58" width="42" height="54" rx="3" fill="#fff"/>
    <rect x="-40" y="-48" width="30" height="6" rx="2" fill="${p.dark}" opacity=".6"/>
    <rect x="-40" y="-36" width="22" height="6" rx="2" fill="${p.dark}" opacity=".4"/>
    <circle cx="-25" cy="40" r="11" fill="#fff" stroke="${p.dark}" stroke-width="5"/>`,
  stapler: (p) => `
    <rect x="-80" y="38" width="160" height="18" rx="9" fill="#4b5563"/>
    <rect x="40" y="32" width="30" height="8" rx="2" fill="#9ca3af"/>
    <path d="M-74 38 Q-76 -2 -50 -10 L64 -26 Q82 -28 80 -12 L76 22 Q74 32 62 32 L-52 34 Z" fill="${p.main}"/>
    <path d="M-44 -4 L62 -18" stroke="#fff" stroke-width="5" stroke-linecap="round" opacity=".35"/>
    <path d="M-40 20 H54" stroke="${p.dark}" stroke-width="4" stroke-linecap="round"/>
    <circle cx="-60" cy="28" r="8" fill="${p.dark}"/>`,
  'sticky-notes': (p) => `
    <g transform="rotate(-9)">
      <rect x="-60" y="-54" width="116" height="116" rx="4" fill="${p.main}"/>
    </g>
    <rect x="-56" y="-62" width="116" height="116" rx="4" fill="#f7d154"/>
    <rect x="-56" y="-62" width="116" height="20" fill="#e9bf3a"/>
    <rect x="-40" y="-22" width="78" height="7" rx="3" fill="#8a6d12" opacity=".45"/>
    <rect x="-40" y="-6" width="62" height="7" rx="3" fill="#8a6d12" opacity=".45"/>
    <rect x="-40" y="10" width="70" height="7" rx="3" fill="#8a6d12" opacity=".45"/>
    <path d="M60 30 L36 54 H60 Z" fill="#d7ab26"/>`,
  envelope: (p) => `
    <rect x="-82" y="-52" width="164" height="108" rx="6" fill="#fff" stroke="${p.main}" stroke-width="4"/>
    <path d="M-80 54 L-10 6 Q0 0 10 6 L80 54" stroke="${p.main}" stroke-width="3" fill="none" opacity=".45"/>
    <path d="M-80 -50 L-8 8 Q0 14 8 8 L80 -50 Z" fill="${p.main}"/>
    <path d="M-80 -50 L-8 8 Q0 14 8 8 L80 -50" stroke="${p.dark}" stroke-width="3" fill="none"/>
    <rect x="40" y="22" width="28" height="22" rx="2" fill="${p.light}" stroke="${p.dark}" stroke-width="2"/>`,
  scissors: (p) => `
    <g transform="rotate(35)">
      <path d="M-9 4 L-14 -94 Q0 -94 9 -6 Z" fill="#94a3b8"/>
      <path d="M9 4 L14 -94 Q0 -94 -9 -6 Z" fill="#cbd5e1" stroke="#94a3b8" stroke-width="2"/>
      <path d="M-4 0 L-22 22 M4 0 L22 22" stroke="${p.dark}" stroke-width="11" stroke-linecap="round"/>
      <ellipse cx="-26" cy="44" rx="16" ry="24" fill="none" stroke="${p.main}" stroke-width="11"/>
      <ellipse cx="26" cy="44" rx="16" ry="24" fill="none" stroke="${p.main}" stroke-width="11"/>
      <circle r="6" fill="#64748b"/>
    </g>`,
  'paper-clips': (p) => {
    const clip = 'M6 -20 V26 a8 8 0 0 1 -16 0 V-32 a12 12 0 0 1 24 0 V32 a16 16 0 0 1 -32 0 V-14';
    return `
    <rect x="-76" y="-46" width="92" height="76" rx="6" fill="${p.main}"/>
    <rect x="-76" y="-46" width="92" height="16" rx="6" fill="${p.dark}"/>
    <rect x="-58" y="-16" width="56" height="20" rx="3" fill="#fff" opacity=".85"/>
    <path d="${clip}" transform="translate(44 -20) rotate(25)" stroke="#94a3b8" stroke-width="5" fill="none" stroke-linecap="round"/>
    <path d="${clip}" transform="translate(-20 46) rotate(-70)" stroke="${p.main}" stroke-width="5" fill="none" stroke-linecap="round"/>
    <path d="${clip}" transform="translate(52 46) rotate(100)" stroke="#64748b" stroke-width="5" fill="none" stroke-linecap="round"/>`;
  },
} satisfies Record<string, Drawing>;
