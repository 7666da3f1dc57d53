/** The colours a drawing is made of: a category's, or a product's own (see tints.ts). */
export interface Palette {
  main: string;
  dark: string;
  light: string;
}

/** Each category's colours: the background of its pictures and the colour of its products. */
export const CATEGORY_PALETTES: Record<string, Palette> = {
  'fournitures-de-bureau': { main: '#3b6fd8', dark: '#264c9e', light: '#e6eefc' },
  'mobilier-de-bureau': { main: '#b7793f', dark: '#7e5129', light: '#f6ede3' },
  informatique: { main: '#5b5bd6', dark: '#3c3ca3', light: '#ececfb' },
  'entretien-hygiene': { main: '#1fa39a', dark: '#14736c', light: '#e1f5f3' },
  emballage: { main: '#c8924a', dark: '#8f6530', light: '#f8efe2' },
  'traiteur-plats-prepares': { main: '#d9573b', dark: '#a23d26', light: '#fce9e4' },
  'boissons-a-emporter': { main: '#e0a21b', dark: '#a8770f', light: '#fdf3dc' },
  'epicerie-fine': { main: '#7a9a3a', dark: '#56701f', light: '#eff4e3' },
  'cafe-the-pause': { main: '#7b4b36', dark: '#53301f', light: '#f3e9e3' },
  livres: { main: '#9b3d72', dark: '#6e2950', light: '#f6e6ef' },
};

export const DEFAULT_PALETTE: Palette = { main: '#64748b', dark: '#334155', light: '#eef2f6' };

/** A drawing of one kind of product around (0, 0), roughly 170 × 150, in a palette's colours. */
export type Drawing = (palette: Palette) => string;
