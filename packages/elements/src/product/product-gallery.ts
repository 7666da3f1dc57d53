import { msg, str } from '@lit/localize';
import type { ProductDetail, ProductImage } from '@vitrine/core';
import { html, nothing } from 'lit';

/** The pictures to show: the detail's gallery, else the summary's picture alone, else none. */
export function galleryOf(product: ProductDetail): readonly ProductImage[] {
  if (product.images?.length) return product.images;
  return product.imageUrl ? [{ url: product.imageUrl, alt: product.name }] : [];
}

export interface Gallery {
  readonly images: readonly ProductImage[];
  /** Index of the picture shown large. */
  readonly shown: number;
  /** URLs that failed to load (moved, offline): a placeholder takes their place. */
  readonly broken: ReadonlySet<string>;
  show(index: number): void;
  fail(url: string): void;
}

/**
 * The main picture large, in a 4:3 box that keeps its size whatever loads (no layout shift),
 * and below it one button per picture (none for a single picture). The thumbnails are one tab
 * stop: the arrow keys move between them and show the picture they reach.
 */
export function renderGallery({ images, shown, broken, show, fail }: Gallery) {
  const count = images.length;
  const picture = (image: ProductImage | undefined, thumbnail = false) =>
    image && !broken.has(image.url)
      ? html`<img
          part=${thumbnail ? nothing : 'image'}
          src=${image.url}
          alt=${thumbnail ? '' : image.alt}
          width="400"
          height="300"
          loading=${thumbnail ? 'lazy' : 'eager'}
          @error=${() => fail(image.url)}
        />`
      : html`<div part=${thumbnail ? nothing : 'image'} class="placeholder"></div>`;
  // The arrows step to the previous or next picture, wrapping at the ends.
  const onKey = (event: KeyboardEvent) => {
    const step = { ArrowLeft: count - 1, ArrowRight: 1 }[event.key];
    if (!step) return;
    event.preventDefault(); // the page does not scroll
    const next = (shown + step) % count;
    show(next);
    ((event.currentTarget as Element).children[next] as HTMLElement).focus();
  };
  return html`<div class="media">
    ${picture(images[shown])}
    ${
      count > 1
        ? html`<div
            class="thumbnails"
            role="group"
            aria-label=${msg('Product pictures', { id: 'product.gallery' })}
            @keydown=${onKey}
          >
            ${images.map(
              (image, index) =>
                html`<button
                  part="thumbnail"
                  aria-label=${msg(str`View ${index + 1} of ${count}: ${image.alt}`, {
                    id: 'product.galleryView',
                  })}
                  aria-pressed=${String(index === shown)}
                  tabindex=${index === shown ? 0 : -1}
                  @click=${() => show(index)}
                >
                  ${picture(image, true)}
                </button>`,
            )}
          </div>`
        : nothing
    }
  </div>`;
}
