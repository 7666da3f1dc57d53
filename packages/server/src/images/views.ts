import { productViewImageUrl, type ProductImage } from '../catalog/types.js';
import { stableHash } from './hash.js';

/*
 * The pictures of a product page. Nothing is stored: a product's views follow from its id, and
 * the image route draws each one, so every machine shows the same gallery.
 */

export const PRODUCT_VIEWS = ['front', 'detail', 'in-use', 'packaging'] as const;
export type ProductView = (typeof PRODUCT_VIEWS)[number];

/** In the catalogue's language (French), after the product's name. */
const VIEW_NAMES: Record<ProductView, string> = {
  front: 'vue de face',
  detail: 'détail',
  'in-use': 'en situation',
  packaging: 'emballage',
};

/** Three or four views, in the same order, chosen by the id's top hash byte. */
export function productViews(productId: string): readonly ProductView[] {
  return PRODUCT_VIEWS.slice(0, 3 + ((stableHash(productId) >>> 24) % 2));
}

/** "Stylo bille rétractable bleu — détail". */
export function viewAlt(name: string, view: ProductView): string {
  return `${name} — ${VIEW_NAMES[view]}`;
}

/** The product detail's `images`: the front (the summary's `imageUrl`) first. */
export function productImages(productId: string, name: string): ProductImage[] {
  return productViews(productId).map((view) => ({
    url: productViewImageUrl(productId, view),
    alt: viewAlt(name, view),
  }));
}
