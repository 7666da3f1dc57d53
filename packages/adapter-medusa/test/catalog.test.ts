import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  DEFAULT_QUERY,
  isVitrineError,
  MAX_LINE_QUANTITY,
  splitPrice,
  type VitrineError,
} from '@vitrine/core';
import type { ReplayRoute } from '@vitrine/conformance';
import { createMedusaAdapter } from '../src/index.js';
import {
  BASE_URL,
  catalogRoutes,
  fixture,
  IDS,
  KEY,
  productListAnswer,
  recordingFetch,
  type FixtureName,
  type ReplayRequest,
} from './support/recorded.js';

function adapterOn(products: FixtureName, place: { countryCode?: string; regionId?: string }) {
  const replay = recordingFetch(catalogRoutes(products));
  const adapter = createMedusaAdapter({
    baseUrl: BASE_URL,
    publishableKey: KEY,
    storeName: 'Medusa Store',
    fetch: replay.fetch,
    ...place,
  });
  return { adapter, sent: replay.sent };
}

const germany = () => adapterOn('products_list_eu_de', { countryCode: 'DE' });

const hasCode = (code: VitrineError['code']) => (error: unknown) =>
  isVitrineError(error) && error.code === code;

describe('catalog on the recorded German answers (region Europe, country de)', () => {
  it('asks for the region, then the products with region, country and calculated prices', async () => {
    const { adapter, sent } = germany();
    await adapter.listProducts(DEFAULT_QUERY);
    assert.deepEqual(
      sent.map((request) => `${request.method} ${request.path}`),
      ['GET /store/regions', 'GET /store/products'],
    );
    for (const request of sent) assert.equal(request.headers.get('x-publishable-api-key'), KEY);
    const params = Object.fromEntries(sent[1]!.url.searchParams);
    assert.deepEqual(params, {
      limit: '24',
      offset: '0',
      region_id: IDS.europe,
      country_code: 'de',
      fields: '*variants.calculated_price,+variants.inventory_quantity,*categories',
    });
  });

  it('reads the region once for all requests', async () => {
    const { adapter, sent } = germany();
    await adapter.listProducts(DEFAULT_QUERY);
    await adapter.getProduct(IDS.chair);
    assert.equal(sent.filter((request) => request.path === '/store/regions').length, 1);
  });

  it('lists the 4 products with their prices incl. VAT at 19 %', async () => {
    const { adapter } = germany();
    const page = await adapter.listProducts(DEFAULT_QUERY);
    assert.equal(page.total, 4);
    assert.equal(page.page, 1);
    assert.equal(page.pageSize, 24);
    assert.deepEqual(
      page.items.map((item) => [item.name, item.bestOffer?.price.amount, item.offerCount]),
      [
        ['Ergonomic Office Chair', 24900, 1], // calculated_amount 249
        ['Copy Paper A4 (box of 5 reams)', 2490, 1], // 24.9
        ['Medusa T-Shirt', 1500, 4], // 15, four variants
        ['Medusa Sweatpants', 2900, 2], // 29 on sale (39 before), two variants
      ],
    );
    // The sale's price list: 29 € instead of original_amount 39 €, struck through.
    assert.deepEqual(page.items[3]!.bestOffer?.regularPrice, {
      amount: 3900,
      currency: 'EUR',
      includesTax: true,
      vatRate: 1900,
    });
    assert.equal(page.items[0]!.bestOffer?.regularPrice, undefined, 'no list: no struck price');
    for (const item of page.items) {
      assert.equal(item.bestOffer?.price.currency, 'EUR');
      assert.equal(item.bestOffer?.price.includesTax, true); // is_calculated_price_tax_inclusive
      assert.equal(item.bestOffer?.price.vatRate, 1900); // 249 / 209.2436974789916 = 1.19
    }
  });

  it('maps a product: sku, category, picture, and the store as seller', async () => {
    const { adapter } = germany();
    const [chair, , tShirt] = (await adapter.listProducts(DEFAULT_QUERY)).items;
    assert.deepEqual(chair, {
      id: IDS.chair,
      sku: 'CHAIR-1',
      name: 'Ergonomic Office Chair',
      offerCount: 1,
      category: { id: IDS.office, name: 'Office' },
      bestOffer: {
        id: IDS.chairVariant,
        variantId: IDS.chairVariant,
        seller: { id: 'store', name: 'Medusa Store' },
        price: { amount: 24900, currency: 'EUR', includesTax: true, vatRate: 1900 },
        stock: 1000, // manage_inventory, inventory_quantity 1000
      },
    });
    // Four variants at 15 €: the first of the cheapest in stock is M / White.
    assert.equal(tShirt?.bestOffer?.id, 'variant_01M81QB7AG2YENJ3W5N9TBW3Z9');
    assert.equal(tShirt?.sku, 'TEE-M-WHITE');
    assert.equal(tShirt?.imageUrl, 'https://example.invalid/tee-black-front.png');
    assert.equal(tShirt?.category?.name, 'Apparel');
  });

  it('pages with limit and offset', async () => {
    const { adapter, sent } = germany();
    const second = await adapter.listProducts({ ...DEFAULT_QUERY, page: 2, pageSize: 2 });
    const params = sent.at(-1)!.url.searchParams;
    assert.equal(params.get('limit'), '2');
    assert.equal(params.get('offset'), '2');
    assert.equal(second.total, 4);
    assert.deepEqual(
      second.items.map((item) => item.id),
      [IDS.tShirt, IDS.sweatpants],
    );
  });

  it('searches with q, sorts with order, filters with category_id', async () => {
    // No answer to these was recorded (the replay answers 501): this checks what is asked.
    const { adapter, sent } = germany();
    const asked = async (change: Partial<typeof DEFAULT_QUERY>) => {
      await assert.rejects(
        adapter.listProducts({ ...DEFAULT_QUERY, ...change }),
        hasCode('server'),
      );
      return sent.at(-1)!.url.searchParams;
    };
    assert.equal((await asked({ text: 'chair' })).get('q'), 'chair');
    assert.equal((await asked({ sort: 'name-asc' })).get('order'), 'title');
    assert.equal((await asked({ sort: 'newest' })).get('order'), '-created_at');
    assert.equal((await asked({ category: IDS.office })).get('category_id'), IDS.office);
  });

  it('declares only the sorts Medusa has, and refuses a price sort before asking', async () => {
    const { adapter, sent } = germany();
    assert.deepEqual(adapter.capabilities.sorts, ['relevance', 'name-asc', 'newest']);
    await assert.rejects(
      adapter.listProducts({ ...DEFAULT_QUERY, sort: 'price-asc' }),
      hasCode('invalid-input'),
    );
    assert.equal(sent.length, 0);
  });

  it('asks for the categories page by page', async () => {
    const { adapter, sent } = germany();
    await assert.rejects(adapter.listCategories(), hasCode('server')); // not recorded: 501
    const request = sent.at(-1)!;
    assert.equal(request.path, '/store/product-categories');
    assert.deepEqual(Object.fromEntries(request.url.searchParams), {
      fields: 'id,name',
      limit: '100',
      offset: '0',
    });
  });
});

describe('product detail on the recorded answers', () => {
  it('opens the chair from the list filtered by its id (the recorded answer)', async () => {
    const recordedDetail: ReplayRoute = {
      method: 'GET',
      path: /^\/store\/products$/,
      when: ({ url }) => url.searchParams.get('id') === IDS.chair,
      response: fixture('product_office_chair_eu'),
    };
    const { fetch, sent } = recordingFetch([recordedDetail, ...catalogRoutes()]);
    const adapter = createMedusaAdapter({
      baseUrl: BASE_URL,
      publishableKey: KEY,
      countryCode: 'de',
      fetch,
    });
    const chair = await adapter.getProduct(IDS.chair);
    const params = sent.at(-1)!.url.searchParams;
    assert.equal(params.get('id'), IDS.chair);
    assert.equal(params.get('region_id'), IDS.europe);
    assert.equal(chair.description, 'Mesh back, adjustable arms.');
    assert.deepEqual(chair.specs, []); // no material, no country of origin
    assert.equal(chair.offers.length, 1);
    assert.equal(chair.offers[0]?.price.amount, 24900);
    assert.equal(chair.variants, undefined, 'one variant is the product itself');
  });

  it('gives the T-shirt its four variants, each with its options and its offer', async () => {
    const { adapter } = germany();
    const tShirt = await adapter.getProduct(IDS.tShirt);
    assert.deepEqual(
      tShirt.variants?.map((variant) => [
        variant.sku,
        variant.name,
        variant.options.map((o) => `${o.name}=${o.value}`).join(' '),
      ]),
      [
        ['TEE-M-WHITE', 'M / White', 'Size=M Color=White'],
        ['TEE-M-BLACK', 'M / Black', 'Size=M Color=Black'],
        ['TEE-S-BLACK', 'S / Black', 'Size=S Color=Black'],
        ['TEE-S-WHITE', 'S / White', 'Size=S Color=White'],
      ],
    );
    assert.deepEqual(
      tShirt.offers.map((offer) => [offer.variantId, offer.price.amount, offer.stock]),
      tShirt.variants?.map((variant) => [variant.id, 1500, 1000]),
    );
  });

  it('is replayed for other ids by filtering the recorded list, as Medusa filters by id', () => {
    // The check behind the replay: the recorded list filtered by the chair's id is the
    // recorded answer to that request, field for field.
    const derived = productListAnswer('products_list_eu_de')({
      url: new URL(`${BASE_URL}/store/products?id=${IDS.chair}`),
    } as ReplayRequest) as { products: unknown[]; count: number };
    const recorded = fixture('product_office_chair_eu') as { products: unknown[]; count: number };
    assert.deepEqual(derived.products, recorded.products);
    assert.equal(derived.count, recorded.count);
  });

  it('answers an id no product has with not-found', async () => {
    const { adapter } = germany();
    await assert.rejects(adapter.getProduct('prod_nothing'), hasCode('not-found'));
  });
});

describe('prices of other markets and customers', () => {
  it('states the US prices excl. tax, at 8.875 % rounded to 888 basis points', async () => {
    const { adapter, sent } = adapterOn('products_list_us', { regionId: IDS.unitedStates });
    const page = await adapter.listProducts(DEFAULT_QUERY);
    // The US region holds one country, so it also fixes the country of the tax.
    assert.equal(sent.at(-1)!.url.searchParams.get('country_code'), 'us');
    assert.deepEqual(
      page.items.map((item) => item.bestOffer?.price),
      [
        // 279.99 $ excl.; with tax 304.8391125 = 279.99 × 1.08875.
        { amount: 27999, currency: 'USD', includesTax: false, vatRate: 888 },
        { amount: 2750, currency: 'USD', includesTax: false, vatRate: 888 }, // 27.5
        { amount: 1700, currency: 'USD', includesTax: false, vatRate: 888 }, // 17
        { amount: 3500, currency: 'USD', includesTax: false, vatRate: 888 }, // 35 on sale (45)
      ],
    );
    // The cost of the rounded rate: 27999 × 888 / 10000 = 2486.3 → 2486, so 30485 incl. tax,
    // where Medusa computes 304.8391125 $ (8.875 %), 30484 to the cent.
    assert.equal(splitPrice(page.items[0]!.bestOffer!.price).incl, 30485);
  });

  it('gives the prices Medusa calculated for the wholesale customer group', async () => {
    const { adapter } = adapterOn('products_list_eu_wholesale_customer', { countryCode: 'de' });
    const [chair, paper] = (await adapter.listProducts(DEFAULT_QUERY)).items;
    // The "Wholesale EUR" override list: 189 € instead of 249 €, 19.5 € instead of 24.9 €.
    assert.equal(chair?.bestOffer?.price.amount, 18900);
    assert.equal(paper?.bestOffer?.price.amount, 1950);
    // An override list is the original price too (original_amount 189): Medusa states no
    // public price beside it, so none is struck through.
    assert.equal(chair?.bestOffer?.regularPrice, undefined);
    assert.equal(paper?.bestOffer?.regularPrice, undefined);
    // Five chairs were sold before this answer was recorded: 995 left.
    assert.equal(chair?.bestOffer?.stock, 995);
  });

  it('counts a variant without managed inventory as always available', async () => {
    const adapter = createMedusaAdapter({
      baseUrl: BASE_URL,
      publishableKey: KEY,
      countryCode: 'de',
      fetch: recordingFetch([untrackedChairRoute(), ...catalogRoutes()]).fetch,
    });
    const chair = await adapter.getProduct(IDS.chair);
    assert.equal(chair.offers[0]?.stock, MAX_LINE_QUANTITY);
  });
});

/** The recorded chair, changed in one field: Medusa does not track its inventory. */
function untrackedChairRoute(): ReplayRoute {
  const recorded = productListAnswer('products_list_eu_de');
  return {
    method: 'GET',
    path: /^\/store\/products$/,
    when: ({ url }) => url.searchParams.get('id') === IDS.chair,
    response: (request: ReplayRequest) => {
      const list = recorded(request) as { products: { variants: object[] }[] };
      Object.assign(list.products[0]!.variants[0]!, { manage_inventory: false });
      return list;
    },
  };
}
