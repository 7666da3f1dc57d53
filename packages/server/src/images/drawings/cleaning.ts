import type { Drawing } from '../palettes.js';

/** Cleaning and hygiene: dispensers, paper, bags, gloves, protective wear. */
export const cleaningDrawings = {
  spray: (p) => `
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
  'pump-bottle': (p) => `
    <rect x="-5" y="-66" width="10" height="30" fill="${p.dark}"/>
    <rect x="-16" y="-76" width="44" height="13" rx="5" fill="${p.dark}"/>
    <rect x="24" y="-74" width="22" height="8" rx="3" fill="${p.dark}"/>
    <rect x="-14" y="-42" width="28" height="16" rx="3" fill="${p.dark}"/>
    <rect x="-40" y="-30" width="80" height="100" rx="18" fill="${p.main}"/>
    <rect x="-28" y="-2" width="56" height="44" rx="6" fill="#fff" opacity=".88"/>
    <path d="M0 4 C10 18 12 26 0 34 C-12 26 -10 18 0 4 Z" fill="${p.main}"/>
    <path d="M-30 -14 V54" stroke="#fff" stroke-width="6" opacity=".25" stroke-linecap="round"/>`,
  'toilet-roll': (p) => `
    <rect x="-52" y="-48" width="104" height="108" fill="#fafafa"/>
    <ellipse cy="60" rx="52" ry="15" fill="#fafafa"/>
    <rect x="26" y="-48" width="26" height="108" fill="#000" opacity=".05"/>
    <rect x="-52" y="2" width="104" height="30" fill="${p.main}"/>
    <path d="M-52 32 Q0 46 52 32" fill="${p.main}"/>
    <ellipse cy="-48" rx="52" ry="15" fill="#fff" stroke="#e5e7eb" stroke-width="2"/>
    <ellipse cy="-48" rx="17" ry="5" fill="#d6c7ad"/>`,
  'paper-towels': (p) => `
    <path d="M-72 -22 L-54 -58 H54 L72 -22 Z" fill="#fff" stroke="#e5e7eb" stroke-width="2"/>
    <rect x="-72" y="-24" width="144" height="86" rx="3" fill="#fff" stroke="#e5e7eb" stroke-width="2"/>
    <path d="M-72 -8 H72 M-72 6 H72 M-72 48 H72" stroke="#e5e7eb" stroke-width="2"/>
    <rect x="-72" y="16" width="144" height="24" fill="${p.main}"/>
    <rect x="-30" y="22" width="60" height="12" rx="3" fill="#fff" opacity=".8"/>`,
  'bin-bag': (p) => `
    <path d="M-14 -50 L-34 -80 M14 -50 L34 -80" stroke="#2f3a45" stroke-width="11" stroke-linecap="round"/>
    <path d="M-58 70 Q-74 10 -40 -22 Q-20 -38 -14 -52 H14 Q20 -38 40 -22 Q74 10 58 70 Z" fill="#2f3a45"/>
    <path d="M-16 -52 H16" stroke="${p.main}" stroke-width="7" stroke-linecap="round"/>
    <path d="M-38 -2 Q-48 30 -40 58" stroke="#fff" stroke-width="7" opacity=".18" fill="none" stroke-linecap="round"/>
    <path d="M10 -20 Q20 20 8 62" stroke="#000" stroke-width="4" opacity=".2" fill="none"/>`,
  glove: (p) => `
    <g fill="${p.main}">
      <rect x="-38" y="-74" width="17" height="72" rx="8.5"/>
      <rect x="-19" y="-86" width="17" height="84" rx="8.5"/>
      <rect x="0" y="-82" width="17" height="80" rx="8.5"/>
      <rect x="19" y="-68" width="17" height="66" rx="8.5"/>
      <rect x="-38" y="-20" width="74" height="72" rx="22"/>
      <rect x="-76" y="-8" width="54" height="19" rx="9.5" transform="rotate(-38 -32 2)"/>
    </g>
    <path d="M-26 -30 V-8 M-7 -40 V-8 M12 -36 V-8" stroke="${p.dark}" stroke-width="3" opacity=".4"/>
    <rect x="-38" y="46" width="74" height="26" rx="4" fill="${p.dark}"/>`,
  wipes: (p) => `
    <rect x="-46" y="-30" width="92" height="98" rx="10" fill="${p.main}"/>
    <rect x="-32" y="0" width="64" height="40" rx="5" fill="#fff" opacity=".88"/>
    <path d="M-18 20 H18 M0 8 V32" stroke="${p.main}" stroke-width="5" stroke-linecap="round"/>
    <path d="M-8 -44 Q-24 -72 0 -84 Q24 -72 8 -44 Z" fill="#fff" stroke="#e5e7eb" stroke-width="2"/>
    <rect x="-50" y="-46" width="100" height="22" rx="8" fill="${p.dark}"/>`,
  cloths: (p) => `
    <rect x="-72" y="26" width="144" height="34" rx="9" fill="${p.dark}"/>
    <rect x="-66" y="-6" width="136" height="34" rx="9" fill="#f2c14e"/>
    <rect x="-72" y="-38" width="144" height="34" rx="9" fill="${p.main}"/>
    <path d="M-62 -22 H62 M-56 10 H60 M-62 42 H62" stroke="#fff" stroke-width="2" stroke-dasharray="3 5" opacity=".6"/>`,
  mop: (p) => `
    <path d="M-10 -24 L40 -90" stroke="#9ca3af" stroke-width="7" stroke-linecap="round"/>
    <path d="M14 -10 V-36 H46 V-10" fill="${p.dark}"/>
    <path d="M-62 -4 H46 L36 68 H-52 Z" fill="${p.main}"/>
    <rect x="-68" y="-12" width="120" height="12" rx="5" fill="${p.dark}"/>
    <path d="M-44 -10 q6 -28 12 -6 q6 -28 12 -6 q6 -28 12 -6 q6 -28 12 -6 Z" fill="#f1f5f9" stroke="#cbd5e1" stroke-width="2"/>
    <path d="M-48 14 H34" stroke="#fff" stroke-width="4" opacity=".3"/>`,
  'safety-shoe': (p) => `
    <path d="M-82 46 H76 Q86 46 84 56 L82 64 H-82 Z" fill="#374151"/>
    <path d="M-80 46 L-78 -10 Q-76 -24 -60 -26 L-34 -30 Q-22 -46 -4 -44 L8 -16 Q32 -2 62 8 Q84 18 82 46 Z" fill="${p.main}"/>
    <path d="M40 4 Q70 12 82 30 V46 H40 Z" fill="${p.dark}"/>
    <path d="M-20 -30 L-4 -16 M-12 -38 L4 -22 M-2 -20 L8 -32" stroke="#fff" stroke-width="4" stroke-linecap="round"/>
    <path d="M-62 24 Q-20 8 30 20" stroke="#fff" stroke-width="6" opacity=".55" fill="none" stroke-linecap="round"/>
    <path d="M-82 52 H84" stroke="#f2c14e" stroke-width="3"/>`,
} satisfies Record<string, Drawing>;
