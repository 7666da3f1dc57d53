import type { Drawing } from '../palettes.js';

/** Books: a pile of them, whatever the title. */
export const bookDrawings = {
  books: (p) => `
    <rect x="-72" y="30" width="144" height="28" rx="4" fill="${p.main}"/>
    <rect x="56" y="34" width="12" height="20" rx="2" fill="#fff" opacity=".9"/>
    <rect x="-60" y="2" width="128" height="28" rx="4" fill="${p.dark}"/>
    <rect x="52" y="6" width="12" height="20" rx="2" fill="#fff" opacity=".9"/>
    <rect x="-66" y="-26" width="132" height="28" rx="4" fill="${p.main}"/>
    <rect x="-66" y="-26" width="132" height="28" rx="4" fill="#fff" opacity=".2"/>
    <rect x="50" y="-22" width="12" height="20" rx="2" fill="#fff" opacity=".9"/>
    <path d="M-30 -26 V-4 l6 -5 l6 5 V-26" fill="#f2c14e"/>
    <rect x="-50" y="40" width="60" height="6" rx="3" fill="#fff" opacity=".5"/>
    <rect x="-44" y="13" width="50" height="6" rx="3" fill="#fff" opacity=".4"/>`,
} satisfies Record<string, Drawing>;
