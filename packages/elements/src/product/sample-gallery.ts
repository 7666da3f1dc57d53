import { sampleProducts } from '@vitrine/adapter-memory';
import type { ProductDetail, ProductImage } from '@vitrine/core';

/*
 * Products with several, one, no and a broken picture, for the gallery's stories and tests.
 * Pictures are data URLs (no network), each view drawn apart so a person sees them differ.
 */

const base = sampleProducts.find((p) => p.bestOffer && p.bestOffer.stock > 0)!;

const VIEWS = [
  {
    name: 'front',
    background: '#e6eefc',
    shape: '<rect x="130" y="60" width="140" height="180" rx="12"/>',
  },
  { name: 'detail', background: '#264c9e', shape: '<circle cx="200" cy="150" r="110"/>' },
  { name: 'in use', background: '#f6f1e9', shape: '<path d="M60 240 L200 60 L340 240 Z"/>' },
  {
    name: 'packaging',
    background: '#f8efe2',
    shape: '<rect x="90" y="90" width="220" height="150"/>',
  },
];

function view(index: number, colour: string): ProductImage {
  const { name, background, shape } = VIEWS[index]!;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300"><rect width="400" height="300" fill="${background}"/><g fill="${colour}">${shape}</g><text x="20" y="285" font-family="sans-serif" font-size="20">${index + 1} · ${name}</text></svg>`;
  return {
    url: `data:image/svg+xml,${encodeURIComponent(svg)}`,
    alt: `Desk organiser — ${name}`,
  };
}

const organiser = (id: string, images: readonly ProductImage[]): ProductDetail => {
  const { imageUrl: _summaryPicture, ...rest } = base;
  return {
    ...rest,
    id,
    sku: `ORGA-${id.slice('gallery-'.length).toUpperCase()}`,
    name: 'Desk organiser',
    brand: 'Atelier Bleu',
    description: 'Bamboo desk organiser with four compartments.',
    specs: [{ name: 'Material', value: 'Bamboo' }],
    ...(images[0] && { imageUrl: images[0].url }),
    images,
  };
};

/** Four views: front, detail, in use, packaging. */
export const withViews = organiser(
  'gallery-four',
  VIEWS.map((_, index) => view(index, '#3b6fd8')),
);

/** One picture: no thumbnails. */
export const withOnePicture = organiser('gallery-one', [view(0, '#7a9a3a')]);

/** No picture at all: the placeholder. */
export const withoutPicture = organiser('gallery-none', []);

/** A picture that cannot be decoded, between two that can: its placeholder, not a broken icon. */
export const withBrokenPicture = organiser('gallery-broken', [
  view(0, '#d9573b'),
  { url: 'data:image/png;base64,bm90IGFuIGltYWdl', alt: 'Desk organiser — detail' },
  view(2, '#d9573b'),
]);

export const galleryProducts = [withViews, withOnePicture, withoutPicture, withBrokenPicture];
