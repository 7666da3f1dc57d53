import { expect, html } from '@open-wc/testing';
import { createMemoryAdapter } from '@vitrine/adapter-memory';
import type { ProductDetail } from '@vitrine/core';
import { sendKeys } from '@web/test-runner-commands';
import { useLocale } from '../shared/localize.js';
import { eventually, mountInStorefront, sampleProducts } from '../shared/test-fixtures.js';
import {
  galleryProducts,
  withBrokenPicture,
  withOnePicture,
  withoutPicture,
  withViews,
} from './sample-gallery.js';
import './vt-product.js';

async function mountProduct(product: ProductDetail, locale: 'en' | 'fr' = 'en') {
  const { root } = await mountInStorefront(
    html`<vt-product product-id=${product.id}></vt-product>`,
    {
      adapter: createMemoryAdapter({ products: [...sampleProducts, ...galleryProducts] }),
      settings: { locale },
    },
  );
  const el = root.querySelector('vt-product')!;
  await eventually(() => expect(el.shadowRoot!.querySelector('h2')).to.exist);
  return el;
}

const main = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part=image]')!;
const thumbnails = (el: Element) => [
  ...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=thumbnail]'),
];
const pressed = (el: Element) =>
  thumbnails(el).map((button) => button.getAttribute('aria-pressed'));

describe('<vt-product> gallery', () => {
  beforeEach(() => useLocale('en'));

  it('shows the first picture large and one labelled thumbnail per picture', async () => {
    const el = await mountProduct(withViews);
    const image = main(el) as HTMLImageElement;
    expect(image.getAttribute('src')).to.equal(withViews.images![0]!.url);
    expect(image.alt).to.equal('Desk organiser — front');
    // The box is reserved before the picture loads.
    expect([image.getAttribute('width'), image.getAttribute('height')]).to.deep.equal([
      '400',
      '300',
    ]);
    expect(thumbnails(el).map((button) => button.getAttribute('aria-label'))).to.deep.equal([
      'View 1 of 4: Desk organiser — front',
      'View 2 of 4: Desk organiser — detail',
      'View 3 of 4: Desk organiser — in use',
      'View 4 of 4: Desk organiser — packaging',
    ]);
    expect(pressed(el)).to.deep.equal(['true', 'false', 'false', 'false']);
    for (const thumbnail of thumbnails(el)) {
      const small = thumbnail.querySelector('img')!;
      expect(small.getAttribute('loading')).to.equal('lazy');
      expect(small.alt).to.equal('', 'the button says what it shows');
    }
    await expect(el).to.be.accessible();
  });

  it('shows the picture of the thumbnail clicked', async () => {
    const el = await mountProduct(withViews);
    thumbnails(el)[2]!.click();
    await eventually(() =>
      expect(main(el).getAttribute('src')).to.equal(withViews.images![2]!.url),
    );
    expect((main(el) as HTMLImageElement).alt).to.equal('Desk organiser — in use');
    expect(pressed(el)).to.deep.equal(['false', 'false', 'true', 'false']);
    // The one shown is framed; the others are not.
    const frames = thumbnails(el).map((button) => getComputedStyle(button).borderTopColor);
    expect(frames.filter((colour) => colour === 'rgba(0, 0, 0, 0)')).to.have.length(3);
    expect(frames[2]).not.to.equal('rgba(0, 0, 0, 0)');
  });

  it('keeps the main picture’s box when another picture is shown', async () => {
    const el = await mountProduct(withViews);
    await eventually(() => expect((main(el) as HTMLImageElement).complete).to.equal(true));
    const before = main(el).getBoundingClientRect();
    thumbnails(el)[1]!.click();
    await eventually(() =>
      expect(main(el).getAttribute('src')).to.equal(withViews.images![1]!.url),
    );
    const after = main(el).getBoundingClientRect();
    expect([after.width, after.height]).to.deep.equal([before.width, before.height]);
    // 4:3 whatever the width the page gives it.
    expect(Math.round((after.width * 3) / 4)).to.equal(Math.round(after.height));
  });

  it('moves between thumbnails with the arrow keys, one tab stop for all', async () => {
    const el = await mountProduct(withViews);
    expect(thumbnails(el).map((button) => button.tabIndex)).to.deep.equal([0, -1, -1, -1]);
    thumbnails(el)[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await eventually(() => expect(pressed(el)).to.deep.equal(['false', 'true', 'false', 'false']));
    expect(el.shadowRoot!.activeElement).to.equal(thumbnails(el)[1]);
    expect(main(el).getAttribute('src')).to.equal(withViews.images![1]!.url);
    expect(thumbnails(el).map((button) => button.tabIndex)).to.deep.equal([-1, 0, -1, -1]);

    // From the second, left twice: the first, then round to the last (each from the one shown).
    await sendKeys({ press: 'ArrowLeft' });
    await eventually(() => expect(pressed(el)).to.deep.equal(['true', 'false', 'false', 'false']));
    await sendKeys({ press: 'ArrowLeft' });
    await eventually(() => expect(pressed(el)).to.deep.equal(['false', 'false', 'false', 'true']));
    expect(el.shadowRoot!.activeElement).to.equal(thumbnails(el)[3]);
    expect(main(el).getAttribute('src')).to.equal(withViews.images![3]!.url);
  });

  it('shows a single picture without thumbnails', async () => {
    const el = await mountProduct(withOnePicture);
    expect(main(el).getAttribute('src')).to.equal(withOnePicture.images![0]!.url);
    expect(thumbnails(el)).to.have.length(0);
  });

  it('shows the summary’s picture when the detail has no gallery', async () => {
    const plain = sampleProducts[0]!;
    expect(plain.images).to.equal(undefined);
    const el = await mountProduct(plain);
    expect(main(el).getAttribute('src')).to.equal(plain.imageUrl);
    expect((main(el) as HTMLImageElement).alt).to.equal(plain.name);
    expect(thumbnails(el)).to.have.length(0);
  });

  it('shows the placeholder when there is no picture', async () => {
    const el = await mountProduct(withoutPicture);
    expect(main(el).tagName).to.equal('DIV');
    expect(main(el).classList.contains('placeholder')).to.equal(true);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(thumbnails(el)).to.have.length(0);
  });

  it('replaces a picture that fails to load by the placeholder, large and small', async () => {
    const el = await mountProduct(withBrokenPicture);
    const broken = thumbnails(el)[1]!;
    // Its thumbnail falls back first (it loads, lazily, as it is on screen).
    await eventually(() => expect(broken.querySelector('.placeholder')).to.exist);
    expect(broken.querySelector('img')).to.equal(null);
    expect(broken.getAttribute('aria-label')).to.equal('View 2 of 3: Desk organiser — detail');
    const height = main(el).getBoundingClientRect().height;

    broken.click();
    await eventually(() => expect(main(el).classList.contains('placeholder')).to.equal(true));
    expect(main(el).getBoundingClientRect().height).to.equal(height);
    // The others still show.
    thumbnails(el)[2]!.click();
    await eventually(() =>
      expect(main(el).getAttribute('src')).to.equal(withBrokenPicture.images![2]!.url),
    );
    await expect(el).to.be.accessible();
  });

  it('says the thumbnails in French', async () => {
    const el = await mountProduct(withViews, 'fr');
    await eventually(() =>
      expect(thumbnails(el)[0]!.getAttribute('aria-label')).to.equal(
        'Vue 1 sur 4 : Desk organiser — front',
      ),
    );
    expect(el.shadowRoot!.querySelector('[role=group]')!.getAttribute('aria-label')).to.equal(
      'Photos du produit',
    );
  });
});
