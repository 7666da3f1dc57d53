import { DEFAULT_QUERY, isVitrineError, splitPrice, type CatalogQuery } from '@vitrine/core';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createVendureAdapter } from '../src/index.js';
import { toFacets } from '../src/map-catalog.js';
import { vendureLanguageCode } from '../src/language.js';
import { stockFromLevel } from '../src/map-price.js';
import { textFromHtml } from '../src/plain-text.js';
import { recording } from './support/recordings.js';
import { recordedShop, SHOP_URL, shopRoutes } from './support/shop-replay.js';

const CHANNEL = { id: '__default_channel__', name: '__default_channel__' };

function adapterOn(shop = recordedShop(), options: { currencyCode?: string } = {}) {
  return createVendureAdapter({ baseUrl: SHOP_URL, fetch: shop.fetch, ...options });
}

/** What the adapter asks Vendure for a query, whatever the (unrecorded) answer. */
async function searchSentFor(query: Partial<CatalogQuery>): Promise<Record<string, unknown>> {
  const shop = recordedShop([]);
  await assert.rejects(adapterOn(shop).listProducts({ ...DEFAULT_QUERY, ...query }));
  return shop.sent[0]?.body.variables?.input as Record<string, unknown>;
}

describe('catalog on the recorded Vendure 3.7 catalog', () => {
  it('lists the products the search found, in its order, with their cheapest offer', async () => {
    const shop = recordedShop();
    const page = await adapterOn(shop).listProducts(DEFAULT_QUERY);

    assert.deepEqual(shop.sent[0]?.body.variables, {
      input: { term: '', groupByProduct: true, take: 24, skip: 0 },
    });
    assert.deepEqual(shop.sent[1]?.body.variables, { ids: ['1', '2', '3', '4'], take: 4 });
    assert.equal(page.total, 4); // search.totalItems
    assert.deepEqual(
      page.items.map((item) => [item.id, item.name, item.brand, item.category?.name]),
      [
        ['1', 'Vendure T-Shirt', 'Acme', 'Apparel'],
        ['2', 'Ergonomic Office Chair', 'Acme', 'Office'],
        ['3', 'Copy Paper A4 (box of 5 reams)', 'PaperCo', 'Office'],
        // The book is in no collection: no category rather than an invented one.
        ['4', "Children's Book", 'Acme', undefined],
      ],
    );
  });

  it('states prices as the merchant entered them: with tax, at the rate Vendure applied', async () => {
    const page = await adapterOn().listProducts(DEFAULT_QUERY);
    const [tee, chair, paper, book] = page.items;

    // The channel has pricesIncludeTax: true, so priceWithTax is the entered price.
    assert.deepEqual(tee?.bestOffer, {
      id: '1', // the first of four variants at 1500: the cheapest in stock, first on a tie
      seller: CHANNEL,
      price: { amount: 1500, currency: 'EUR', includesTax: true, vatRate: 1900 },
      stock: 3, // "IN_STOCK": more than Vendure's lowStockLevel of 2
      variantId: '1',
    });
    assert.equal(tee?.sku, 'TEE-S-BLACK');
    assert.equal(tee?.offerCount, 4);
    // One variant without options: the product is its own variant, no variantId.
    assert.deepEqual(chair?.bestOffer, {
      id: '5',
      seller: CHANNEL,
      price: { amount: 24900, currency: 'EUR', includesTax: true, vatRate: 1900 },
      stock: 3,
    });
    assert.equal(paper?.bestOffer?.price.amount, 2490);
    // taxRateApplied.value 7 (reduced rate) → 700 basis points.
    assert.deepEqual(book?.bestOffer?.price, {
      amount: 1299,
      currency: 'EUR',
      includesTax: true,
      vatRate: 700,
    });
  });

  it('derives from each TTC price the net price Vendure derived', async () => {
    const page = await adapterOn().listProducts(DEFAULT_QUERY);
    const recorded = recording('products_list').response.data.products.items;
    // 1500 / 1.19 = 1260.50 → 1261; 24900 / 1.19 = 20924.37 → 20924;
    // 2490 / 1.19 = 2092.44 → 2092; 1299 / 1.07 = 1214.02 → 1214: Vendure's `price` each time.
    assert.deepEqual(
      page.items.map((item) => splitPrice(item.bestOffer!.price).excl),
      recorded.map((product: { variants: { price: number }[] }) => product.variants[0]!.price),
    );
    assert.deepEqual(
      page.items.map((item) => splitPrice(item.bestOffer!.price).excl),
      [1261, 20924, 2092, 1214],
    );
  });

  it('asks for the configured currency and takes the currency from the variants', async () => {
    const shop = recordedShop();
    const page = await adapterOn(shop, { currencyCode: 'USD' }).listProducts(DEFAULT_QUERY);

    assert.equal(shop.sent[0]?.url.searchParams.get('currencyCode'), 'USD');
    // activeChannel.currencyCode still says EUR in the USD answer; the variants say USD.
    assert.deepEqual(page.items[0]?.bestOffer?.price, {
      amount: 1700,
      currency: 'USD',
      includesTax: true,
      vatRate: 1900,
    });
  });

  it('sends the language, the channel token and the seller name given', async () => {
    const shop = recordedShop();
    const adapter = createVendureAdapter({
      baseUrl: SHOP_URL,
      fetch: shop.fetch,
      languageCode: 'fr',
      channelToken: 'n7il9ew44eod2gqky21r',
      sellerName: 'Acme Store',
    });
    const page = await adapter.listProducts(DEFAULT_QUERY);

    assert.equal(shop.sent[0]?.url.searchParams.get('languageCode'), 'fr');
    assert.equal(shop.sent[0]?.headers.get('vendure-token'), 'n7il9ew44eod2gqky21r');
    assert.deepEqual(page.items[0]?.bestOffer?.seller, {
      id: '__default_channel__',
      name: 'Acme Store',
    });
  });

  it('pages, sorts, searches and filters by collection through the search input', async () => {
    assert.deepEqual(await searchSentFor({ page: 3, pageSize: 10 }), {
      term: '',
      groupByProduct: true,
      take: 10,
      skip: 20,
    });
    assert.deepEqual((await searchSentFor({ sort: 'price-desc' })).sort, { price: 'DESC' });
    assert.deepEqual((await searchSentFor({ sort: 'name-asc' })).sort, { name: 'ASC' });
    assert.equal((await searchSentFor({ text: 'chair' })).term, 'chair');
    assert.equal((await searchSentFor({ category: 'office' })).collectionSlug, 'office');
  });

  it('refuses a sort Vendure cannot do without asking it', async () => {
    const shop = recordedShop();
    await assert.rejects(
      adapterOn(shop).listProducts({ ...DEFAULT_QUERY, sort: 'newest' }),
      (error) => isVitrineError(error) && error.code === 'invalid-input',
    );
    assert.equal(shop.sent.length, 0);
  });

  it('counts brands from the recorded facet values', () => {
    const { facetValues } = recording('search_grouped_by_product').response.data.search;
    // Brand facet values: Acme on the tee, the chair and the book (3), PaperCo on the paper (1).
    assert.deepEqual(toFacets(facetValues, [], 'brand').brands, [
      { id: 'Acme', name: 'Acme', count: 3 },
      { id: 'PaperCo', name: 'PaperCo', count: 1 },
    ]);
  });

  it('refuses facets from an answer without collection counts rather than show none', async () => {
    // The recorded search selected facetValues but not `collections`, the category counts.
    const routes = [
      {
        method: 'POST',
        path: /^\/shop-api$/,
        response: recording('search_grouped_by_product').response,
      },
    ];
    await assert.rejects(
      adapterOn(recordedShop(routes)).listProducts(DEFAULT_QUERY, { facets: true }),
      (error) =>
        isVitrineError(error) &&
        error.code === 'invalid-response' &&
        error.fields[0]?.path === 'search.collections',
    );
  });
});

describe('product detail on the recorded Vendure 3.7 catalog', () => {
  it('gives each variant its options, in the order of the option groups, and its offer', async () => {
    const shop = recordedShop();
    const product = await adapterOn(shop).getProduct('1');

    assert.deepEqual(shop.sent[0]?.body.variables, { id: '1' });
    assert.equal(product.description, 'Organic cotton tee.');
    assert.deepEqual(product.variants, [
      {
        id: '1',
        sku: 'TEE-S-BLACK',
        name: 'Vendure T-Shirt S Black',
        options: [
          { name: 'size', value: 'S' },
          { name: 'color', value: 'Black' },
        ],
      },
      {
        id: '2',
        sku: 'TEE-S-WHITE',
        name: 'Vendure T-Shirt S White',
        options: [
          { name: 'size', value: 'S' },
          { name: 'color', value: 'White' },
        ],
      },
      {
        // Recorded as [black, m]: put back in the groups' order.
        id: '3',
        sku: 'TEE-M-BLACK',
        name: 'Vendure T-Shirt M Black',
        options: [
          { name: 'size', value: 'M' },
          { name: 'color', value: 'Black' },
        ],
      },
      {
        id: '4',
        sku: 'TEE-M-WHITE',
        name: 'Vendure T-Shirt M White',
        options: [
          { name: 'size', value: 'M' },
          { name: 'color', value: 'White' },
        ],
      },
    ]);
    assert.deepEqual(
      product.offers.map((offer) => [offer.id, offer.variantId, offer.price.amount, offer.stock]),
      [
        ['1', '1', 1500, 3],
        ['2', '2', 1500, 3],
        ['3', '3', 1500, 3],
        ['4', '4', 1500, 3],
      ],
    );
  });

  it('shows a product without options as its own variant', async () => {
    const chair = await adapterOn().getProduct('2');
    assert.equal(chair.variants, undefined);
    assert.deepEqual(
      chair.offers.map((offer) => offer.variantId),
      [undefined],
    );
  });

  it('says not found for a product the shop does not have', async () => {
    await assert.rejects(
      adapterOn().getProduct('99'),
      (error) => isVitrineError(error) && error.code === 'not-found',
    );
  });

  it('refuses a product answer without tax rate or channel rather than invent them', async () => {
    // The recorded product(slug) query selected neither taxRateApplied nor activeChannel
    // (whether prices were entered with tax): no honest Price can be made from it.
    const routes = [
      {
        method: 'POST',
        path: /^\/shop-api$/,
        response: recording('product_detail_tshirt').response,
      },
    ];
    await assert.rejects(
      adapterOn(recordedShop(routes)).getProduct('1'),
      (error) => isVitrineError(error) && error.code === 'invalid-response',
    );
  });
});

describe('stock levels', () => {
  it('reads what the default strategy says as the least it promises, and counts as counts', () => {
    // DefaultStockDisplayStrategy(lowStockLevel = 2): 0 → OUT_OF_STOCK, 1–2 → LOW_STOCK, 3+ → IN_STOCK.
    assert.equal(stockFromLevel('OUT_OF_STOCK', 2), 0);
    assert.equal(stockFromLevel('LOW_STOCK', 2), 1);
    assert.equal(stockFromLevel('IN_STOCK', 2), 3);
    assert.equal(stockFromLevel('IN_STOCK', 10), 11);
    assert.equal(stockFromLevel('12', 2), 12);
    assert.equal(stockFromLevel(7, 2), 7);
    assert.throws(
      () => stockFromLevel('BACK_SOON', 2),
      (error) => isVitrineError(error) && error.code === 'invalid-response',
    );
  });

  it('follows the low-stock level the shop configured', async () => {
    const shop = recordedShop();
    const adapter = createVendureAdapter({
      baseUrl: SHOP_URL,
      fetch: shop.fetch,
      lowStockLevel: 5,
    });
    const page = await adapter.listProducts(DEFAULT_QUERY);
    assert.equal(page.items[0]?.bestOffer?.stock, 6);
  });
});

describe('text and language', () => {
  it('keeps a plain description as it is, with no HTML to sanitise', async () => {
    const product = await adapterOn().getProduct('1');
    assert.equal(product.description, 'Organic cotton tee.');
    assert.equal(product.descriptionHtml, undefined);
  });

  it('reads the text of a rich description without a DOM', () => {
    const html =
      '<p>Mesh back &amp; adjustable arms.</p><ul><li>5 years</li><li>EN&nbsp;1335</li></ul>';
    assert.equal(textFromHtml(html), 'Mesh back & adjustable arms.\n5 years\nEN 1335');
    assert.equal(textFromHtml('<p>A<br>B</p><script>alert(1)</script>'), 'A\nB');
  });

  it('sends a locale as a language code Vendure knows', () => {
    assert.equal(vendureLanguageCode('fr'), 'fr');
    assert.equal(vendureLanguageCode('fr-FR'), 'fr');
    assert.equal(vendureLanguageCode('fr-CA'), 'fr_CA');
    assert.equal(vendureLanguageCode('pt_BR'), 'pt_BR');
    assert.equal(vendureLanguageCode('zh-hant-TW'), 'zh_Hant');
  });
});

describe('routes', () => {
  it('answer only what was recorded', async () => {
    // A search with a term was never recorded: the replay refuses it instead of inventing.
    const shop = recordedShop(shopRoutes());
    await assert.rejects(
      adapterOn(shop).listProducts({ ...DEFAULT_QUERY, text: 'chair' }),
      (error) => isVitrineError(error) && error.code === 'server' && error.status === 501,
    );
  });
});
