import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ReplayRoute } from '@vitrine/conformance';
import { createMedusaAdapter } from '../src/index.js';
import { BASE_URL, catalogRoutes, fixture, IDS, KEY, recordingFetch } from './support/recorded.js';

interface RecordedProduct {
  id: string;
  thumbnail: string | null;
  images: { url: string; rank: number }[] | null;
}

function adapterOn(routes: ReplayRoute[]) {
  const { fetch } = recordingFetch(routes);
  return createMedusaAdapter({ baseUrl: BASE_URL, publishableKey: KEY, countryCode: 'de', fetch });
}

const recorded = () => adapterOn(catalogRoutes('products_list_eu_de'));

describe('product images on the recorded German answers', () => {
  it('gives the T-shirt its one recorded image, titled by the product', async () => {
    // Recorded: thumbnail = images[0].url = "https://example.invalid/tee-black-front.png"
    // (rank 0): the same picture once, not twice.
    const tShirt = await recorded().getProduct(IDS.tShirt);
    assert.equal(tShirt.imageUrl, 'https://example.invalid/tee-black-front.png');
    assert.deepEqual(tShirt.images, [
      { url: 'https://example.invalid/tee-black-front.png', alt: 'Medusa T-Shirt' },
    ]);
  });

  it('leaves images out for the chair, recorded without thumbnail or images', async () => {
    const chair = await recorded().getProduct(IDS.chair);
    assert.equal(chair.imageUrl, undefined);
    assert.equal(chair.images, undefined);
  });

  it('orders several images by rank, the thumbnail first', async () => {
    // Derived from the recorded list: the T-shirt given a back view ranked before a side view,
    // listed in the opposite order, and a thumbnail apart from its images.
    const list = fixture('products_list_eu_de') as { products: RecordedProduct[] };
    const tee = list.products.find((product) => product.id === IDS.tShirt)!;
    const front = tee.images![0]!;
    tee.thumbnail = 'https://example.invalid/tee-thumb.png';
    tee.images = [
      { ...front, url: 'https://example.invalid/tee-side.png', rank: 2 },
      { ...front, url: 'https://example.invalid/tee-back.png', rank: 1 },
      front, // rank 0
    ];
    const [regions] = catalogRoutes();
    const derived: ReplayRoute = {
      method: 'GET',
      path: /^\/store\/products$/,
      response: { ...list, products: [tee], count: 1 },
    };
    const product = await adapterOn([regions!, derived]).getProduct(IDS.tShirt);
    assert.deepEqual(
      product.images?.map((image) => image.url.replace('https://example.invalid/', '')),
      ['tee-thumb.png', 'tee-black-front.png', 'tee-back.png', 'tee-side.png'],
    );
  });
});
