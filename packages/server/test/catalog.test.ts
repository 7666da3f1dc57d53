import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { taxOnNet } from '@vitrine/core';
import type {
  Category,
  Offer,
  ProductDetail,
  ProductPage,
  ProductSummary,
  Suggestions,
} from '../src/catalog/types.js';
import { searchKey } from '../src/text.js';
import { fieldPaths, startTestServer, type TestServer } from './helpers.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

const list = async (query = ''): Promise<ProductPage> => {
  const reply = await server.call<ProductPage>('GET', `/api/products${query}`);
  assert.equal(reply.status, 200, reply.text);
  return reply.body;
};

const price = (product: ProductSummary) =>
  product.bestOffer?.price.amount ?? Number.POSITIVE_INFINITY;

function assertOrdered<T>(
  items: T[],
  key: (item: T) => number | string,
  direction: 1 | -1,
  what: string,
) {
  for (let i = 1; i < items.length; i++) {
    const [a, b] = [key(items[i - 1]!), key(items[i]!)];
    assert.ok(direction === 1 ? a <= b : a >= b, `${what} out of order at ${i}: ${a} then ${b}`);
  }
}

describe('GET /api/categories', () => {
  test('lists every category with its VAT rate and product count', async () => {
    const reply = await server.call<{ items: Category[] }>('GET', '/api/categories');
    assert.equal(reply.status, 200);
    const { items } = reply.body;
    assert.ok(items.length >= 8);
    assert.deepEqual(new Set(items.map((c) => c.vatRate)), new Set([2000, 1000, 550]));
    assert.ok(items.every((c) => c.productCount > 0));
    const total = items.reduce((sum, c) => sum + c.productCount, 0);
    assert.equal(total, (await list()).total);
    assert.deepEqual(items[0], {
      id: 'c-01',
      slug: 'fournitures-de-bureau',
      name: 'Fournitures de bureau',
      vatRate: 2000,
      productCount: items[0]!.productCount,
    });
  });
});

describe('GET /api/products', () => {
  test('defaults to page 1 of 24, by name', async () => {
    const page = await list();
    assert.equal(page.page, 1);
    assert.equal(page.pageSize, 24);
    assert.equal(page.items.length, 24);
    assert.ok(page.total >= 240);
    assertOrdered(page.items, (p) => searchKey(p.name), 1, 'names');
    const first = page.items[0]!;
    assert.equal(first.imageUrl, `/images/products/${first.id}.svg`);
  });

  test('pages cover every product once, in a stable order', async () => {
    const { total } = await list();
    const seen: string[] = [];
    for (let page = 1; page <= Math.ceil(total / 100); page++) {
      const body = await list(`?pageSize=100&page=${page}`);
      assert.equal(body.total, total);
      seen.push(...body.items.map((p) => p.id));
    }
    assert.equal(seen.length, total);
    assert.equal(new Set(seen).size, total);
    const beyond = await list(`?pageSize=100&page=${Math.ceil(total / 100) + 1}`);
    assert.deepEqual(beyond.items, []);
    assert.equal(beyond.total, total);
    const again = await list('?pageSize=100&page=2');
    assert.deepEqual(
      again.items.map((p) => p.id),
      seen.slice(100, 200),
    );
  });

  test('filters by category slug; an unknown slug is an empty page', async () => {
    const categories = (await server.call<{ items: Category[] }>('GET', '/api/categories')).body
      .items;
    const books = categories.find((c) => c.slug === 'livres')!;
    const page = await list('?category=livres&pageSize=100');
    assert.equal(page.total, books.productCount);
    assert.ok(page.items.every((p) => p.category.slug === 'livres' && p.vatRate === 550));
    const none = await list('?category=no-such-category');
    assert.deepEqual(none, { items: [], total: 0, page: 1, pageSize: 24 });
  });

  test('sorts by best offer price, name and date', async () => {
    const asc = await list('?sort=price_asc&pageSize=100');
    assertOrdered(asc.items, price, 1, 'price_asc');
    assert.equal(asc.items[0]!.bestOffer!.price.amount, 89);
    const desc = await list('?sort=price_desc&pageSize=100');
    assertOrdered(desc.items, price, -1, 'price_desc');
    assert.ok(desc.items[0]!.bestOffer!.price.amount > 50_000);
    const byName = await list('?sort=name_asc&pageSize=100&page=2');
    assertOrdered(byName.items, (p) => searchKey(p.name), 1, 'name_asc');
    const newest = await list('?sort=newest&pageSize=100');
    assertOrdered(newest.items, (p) => Date.parse(p.createdAt), -1, 'newest');
    const inCategory = await list('?sort=price_asc&category=informatique&pageSize=100');
    assertOrdered(inCategory.items, price, 1, 'price_asc in a category');
  });

  test('searches name, brand and SKU, ignoring accents and case', async () => {
    const cafe = await list('?q=cafe&pageSize=100');
    assert.ok(cafe.total >= 5);
    assert.ok(cafe.items.some((p) => p.name.startsWith('Café en grains')));
    assert.ok(cafe.items.every((p) => searchKey(`${p.name} ${p.brand} ${p.sku}`).includes('cafe')));
    const accented = await list(`?q=${encodeURIComponent('CAFÉ')}&pageSize=100`);
    assert.deepEqual(
      accented.items.map((p) => p.id),
      cafe.items.map((p) => p.id),
    );

    const allWords = await list(`?q=${encodeURIComponent('stylo BLEU')}`);
    assert.deepEqual(
      allWords.items.map((p) => p.name),
      ['Stylo bille rétractable bleu'],
    );

    const bySku = await list('?q=vt-10001');
    assert.deepEqual(
      bySku.items.map((p) => p.id),
      ['p-0001'],
    );

    const byBrand = await list('?q=calame&pageSize=100');
    assert.ok(byBrand.total > 0 && byBrand.items.every((p) => p.brand === 'Calame'));

    const combined = await list('?q=cafe&category=boissons-a-emporter');
    assert.ok(
      combined.total > 0 && combined.items.every((p) => p.category.slug === 'boissons-a-emporter'),
    );
  });

  test('ranks names starting with the search first, then names containing it', async () => {
    const { items } = await list('?q=cafe&pageSize=100');
    const rank = (p: ProductSummary) => {
      const name = searchKey(p.name);
      return name.startsWith('cafe') ? 0 : name.includes('cafe') ? 1 : 2;
    };
    assertOrdered(items, rank, 1, 'relevance rank');
    assert.equal(rank(items[0]!), 0);
    assert.ok(
      items.some((p) => rank(p) === 1),
      'some names only contain the word',
    );
  });

  test('treats LIKE wildcards and punctuation literally', async () => {
    assert.equal((await list(`?q=${encodeURIComponent('%_%')}`)).total, (await list()).total);
    assert.equal((await list(`?q=${encodeURIComponent('st%o')}`)).total, 0);
    assert.equal((await list(`?q=${encodeURIComponent('z_z')}`)).total, 0);
    assert.equal((await list('?q=&category=')).total, (await list()).total);
  });

  test('rejects an invalid sort, page or page size with a 400 naming the field', async () => {
    for (const [query, field] of [
      ['?sort=cheapest', 'sort'],
      ['?sort=', 'sort'],
      ['?page=0', 'page'],
      ['?page=-1', 'page'],
      ['?page=1.5', 'page'],
      ['?page=abc', 'page'],
      ['?pageSize=0', 'pageSize'],
      ['?pageSize=101', 'pageSize'],
      [`?q=${'x'.repeat(201)}`, 'q'],
    ] as const) {
      const reply = await server.call('GET', `/api/products${query}`);
      assert.equal(reply.status, 400, query);
      assert.equal(reply.body.error.code, 'validation');
      assert.deepEqual(fieldPaths(reply), [field], query);
    }
    const several = await server.call('GET', '/api/products?page=0&pageSize=1000');
    assert.deepEqual(fieldPaths(several).sort(), ['page', 'pageSize']);
  });
});

describe('GET /api/products/:id', () => {
  test('returns the summary plus description, specs and every offer, cheapest first', async () => {
    const reply = await server.call<ProductDetail>('GET', '/api/products/p-0001');
    assert.equal(reply.status, 200);
    const product = reply.body;
    assert.equal(product.id, 'p-0001');
    assert.equal(product.sku, 'VT-10001');
    assert.equal(product.name, 'Stylo bille rétractable bleu');
    assert.equal(product.category.slug, 'fournitures-de-bureau');
    assert.ok(product.description.length > 20);
    assert.ok(product.specs.length >= 3);
    assert.deepEqual(product.specs[1], { name: 'Largeur de trait', value: '0,4', unit: 'mm' });
    assert.equal(product.offerCount, product.offers.length);
    assertOrdered(product.offers, (o) => o.price.amount, 1, 'offers');

    const fromList = (await list('?q=vt-10001')).items[0]!;
    const { description, specs, offers, documents, variants, images, ...summary } = product;
    assert.deepEqual(summary, fromList, 'detail = summary + detail fields');
  });

  test('best offer: cheapest in stock, else cheapest', async () => {
    const rows = await server.db.query<{
      product_id: string;
      in_stock: number;
      total: number;
      cheapest_out: boolean;
    }>(`
      SELECT product_id,
             count(*) FILTER (WHERE stock > 0)::int AS in_stock,
             count(*)::int AS total,
             (array_agg(stock ORDER BY price_excl_tax, id))[1] = 0 AS cheapest_out
      FROM offers GROUP BY product_id`);
    const mixed = rows.find((r) => r.cheapest_out && r.in_stock > 0);
    const allOut = rows.find((r) => r.in_stock === 0);
    assert.ok(mixed && allOut, 'the seed has both situations');

    // Offers in the detail also carry their quantity tiers; the best offer is one of them.
    const expectBest = (offers: Offer[]) =>
      [...offers]
        .map(({ tiers, ...offer }) => offer)
        .sort(
          (a, b) =>
            Number(b.stock > 0) - Number(a.stock > 0) ||
            a.price.amount - b.price.amount ||
            a.id.localeCompare(b.id),
        )[0];
    for (const id of [mixed.product_id, allOut.product_id]) {
      const product = (await server.call<ProductDetail>('GET', `/api/products/${id}`)).body;
      assert.deepEqual(product.bestOffer, expectBest(product.offers), id);
    }
    const mixedProduct = (
      await server.call<ProductDetail>('GET', `/api/products/${mixed.product_id}`)
    ).body;
    assert.ok(mixedProduct.bestOffer!.stock > 0);
    assert.notEqual(mixedProduct.bestOffer!.id, mixedProduct.offers[0]!.id);
  });

  test('the best offer follows price and stock changes (kept on the product by triggers)', async () => {
    const [row] = await server.db.query<{ product_id: string }>(
      `SELECT product_id FROM offers GROUP BY product_id
       HAVING count(*) >= 2 AND bool_and(stock > 0) ORDER BY product_id LIMIT 1`,
    );
    const id = row!.product_id;
    const before = (await server.call<ProductDetail>('GET', `/api/products/${id}`)).body;
    const [cheapest, other] = [...before.offers].sort((a, b) => a.price.amount - b.price.amount);
    assert.equal(before.bestOffer!.id, cheapest!.id);
    try {
      await server.db.query('UPDATE offers SET stock = 0 WHERE id = $1', [cheapest!.id]);
      const outOfStock = (await server.call<ProductDetail>('GET', `/api/products/${id}`)).body;
      assert.equal(outOfStock.bestOffer!.id, other!.id, 'the cheapest in stock');
      const listed = await list(`?q=${encodeURIComponent(before.sku)}`);
      assert.equal(listed.items[0]!.bestOffer!.id, other!.id, 'search pages see it too');
      await server.db.query('UPDATE offers SET stock = 0 WHERE product_id = $1', [id]);
      const none = (await server.call<ProductDetail>('GET', `/api/products/${id}`)).body;
      assert.equal(none.bestOffer!.id, cheapest!.id, 'all out: the cheapest');
    } finally {
      for (const offer of before.offers) {
        await server.db.query('UPDATE offers SET stock = $2 WHERE id = $1', [
          offer.id,
          offer.stock,
        ]);
      }
    }
    const restored = (await server.call<ProductDetail>('GET', `/api/products/${id}`)).body;
    assert.deepEqual(restored.bestOffer, before.bestOffer);
  });

  test('answers 404 for an unknown product', async () => {
    for (const id of ['p-9999', 'nope', encodeURIComponent("p-0001' OR '1'='1")]) {
      const reply = await server.call('GET', `/api/products/${id}`);
      assert.equal(reply.status, 404);
      assert.equal(reply.body.error.code, 'not_found');
      assert.deepEqual(reply.body.error.fields, []);
    }
  });
});

describe('GET /api/suggestions', () => {
  const suggest = async (q: string) => {
    const reply = await server.call<Suggestions>(
      'GET',
      `/api/suggestions?q=${encodeURIComponent(q)}`,
    );
    assert.equal(reply.status, 200, reply.text);
    return reply.body;
  };

  test('suggests the products the search would list first, and where the matches are', async () => {
    const suggestions = await suggest('Cahi');
    const page = await list('?q=Cahi&pageSize=6');
    assert.ok(page.total > 0, 'the seed has notebooks');
    assert.equal(suggestions.query, 'cahi');
    assert.deepEqual(
      suggestions.products.map((p) => p.id),
      page.items.map((p) => p.id),
      'the same products, in the same order, as the search',
    );
    // Category and brand counts add up to at most the matches, most frequent first.
    for (const group of [suggestions.categories, suggestions.brands]) {
      assert.ok(group.length > 0 && group.length <= 3);
      assertOrdered(group, (g) => g.count, -1, 'counts');
      assert.ok(group.reduce((sum, g) => sum + g.count, 0) <= page.total);
    }
    const [category] = suggestions.categories;
    const within = await list(`?q=Cahi&category=${category!.value}`);
    assert.equal(within.total, category!.count, 'a category suggestion counts what it lists');
    const [brand] = suggestions.brands;
    const byBrand = await list(`?q=Cahi&brand=${encodeURIComponent(brand!.value)}`);
    assert.equal(byBrand.total, brand!.count, 'a brand suggestion counts what it lists');
  });

  test('folds case and accents, and gives empty lists for no words or no match', async () => {
    assert.deepEqual(
      (await suggest('CAHIÉR')).products.map((p) => p.id),
      (await suggest('cahier')).products.map((p) => p.id),
    );
    assert.deepEqual(await suggest('  ,; '), {
      query: '',
      products: [],
      categories: [],
      brands: [],
    });
    const none = await suggest('qzxwvj');
    assert.deepEqual([none.products, none.categories, none.brands], [[], [], []]);
  });

  test('refuses a missing or overlong search', async () => {
    assert.equal((await server.call('GET', '/api/suggestions')).status, 400);
    const long = await server.call('GET', `/api/suggestions?q=${'a'.repeat(201)}`);
    assert.equal(long.status, 400);
    assert.deepEqual(fieldPaths(long), ['q']);
  });
});

describe('GET /api/products: sellers, stock, price range, specifications, rating', () => {
  /** Every product, read page by page (the oracle the filters are checked against). */
  const everything = async (query = ''): Promise<ProductSummary[]> => {
    const items: ProductSummary[] = [];
    for (let page = 1; ; page++) {
      const body = await list(`?pageSize=100&page=${page}${query}`);
      items.push(...body.items);
      if (items.length >= body.total) return items;
    }
  };
  const ids = (items: ProductSummary[]) => items.map((p) => p.id).sort();
  /** The unit price TTC a consumer sees: VAT half up on the HT price, per unit. */
  const inclTax = (p: ProductSummary) =>
    p.bestOffer!.price.amount + taxOnNet(p.bestOffer!.price.amount, p.vatRate);

  test('sellers: a product counts under every seller offering it; filtering gives the count', async () => {
    const all = await list('?facets=true&pageSize=1');
    const sellers = all.facets!.sellers;
    const offered = await server.db.query<{ seller_id: string; name: string; count: number }>(
      `SELECT o.seller_id, s.name, count(DISTINCT o.product_id)::int AS count
       FROM offers o JOIN sellers s ON s.id = o.seller_id GROUP BY o.seller_id, s.name`,
    );
    assert.deepEqual(
      sellers.map((s) => [s.value, s.label, s.count]).sort(),
      offered.map((s) => [s.seller_id, s.name, s.count]).sort(),
    );
    assertOrdered(sellers, (s) => s.count, -1, 'seller counts');
    // Products sold by several sellers count under each: the counts add up to more than the total.
    assert.ok(sellers.reduce((sum, s) => sum + s.count, 0) > all.total);

    const seller = sellers[1]!;
    const bySeller = await list(`?facets=true&seller=${seller.value}&pageSize=100`);
    assert.equal(bySeller.total, seller.count);
    const [offers] = await server.db.query<{ products: string[] }>(
      'SELECT array_agg(DISTINCT product_id ORDER BY product_id) AS products FROM offers WHERE seller_id = $1',
      [seller.value],
    );
    assert.deepEqual(ids(await everything(`&seller=${seller.value}`)), offers!.products);
    // The seller facet ignores its own filter; the others count within the seller's products.
    assert.deepEqual(bySeller.facets!.sellers, sellers);
    assert.equal(
      bySeller.facets!.categories.reduce((sum, c) => sum + c.count, 0),
      seller.count,
    );
    // Disjunctive with the brand: the brand's products by seller.
    const brand = bySeller.facets!.brands[0]!;
    const both = await list(
      `?facets=true&seller=${seller.value}&brand=${encodeURIComponent(brand.value)}`,
    );
    assert.equal(both.total, brand.count);
    for (const other of both.facets!.sellers) {
      const alone = await list(`?seller=${other.value}&brand=${encodeURIComponent(brand.value)}`);
      assert.equal(alone.total, other.count, `${brand.value} at ${other.label}`);
    }
    assert.equal((await list('?seller=s-none')).total, 0);
  });

  test('in stock only: the best offer has stock; the availability facet ignores the filter', async () => {
    const all = await list('?facets=true&pageSize=1');
    const { inStock, outOfStock } = all.facets!.availability;
    assert.ok(inStock > 0 && outOfStock > 0, 'the seed has both');
    const inStockOnly = await list('?facets=true&inStock=true&pageSize=1');
    assert.equal(inStockOnly.total, inStock);
    assert.deepEqual(inStockOnly.facets!.availability, { inStock, outOfStock });
    const products = await everything('&inStock=true');
    assert.ok(products.every((p) => p.bestOffer !== null && p.bestOffer.stock > 0));
    assert.equal(
      products.length,
      (await everything()).filter((p) => (p.bestOffer?.stock ?? 0) > 0).length,
    );
    assert.equal((await list('?inStock=false')).total, all.total);
  });

  test('price bounds: the cheapest and dearest best offers, HT and TTC at each product’s rate', async () => {
    const priced = (await everything()).filter((p) => p.bestOffer !== null);
    const excl = priced.map((p) => p.bestOffer!.price.amount);
    const incl = priced.map(inclTax);
    const { price } = (await list('?facets=true&pageSize=1')).facets!;
    assert.deepEqual(price, {
      currency: 'EUR',
      exclTax: { min: Math.min(...excl), max: Math.max(...excl) },
      inclTax: { min: Math.min(...incl), max: Math.max(...incl) },
    });
    // The seed's cheapest offer is 0,89 € HT at 20 %: 89 + 18 (17,8 rounded up) = 107 TTC.
    assert.deepEqual(price!.exclTax.min, 89);
    assert.deepEqual(price!.inclTax.min, 107);
    const none = await list('?facets=true&q=qzxwvj');
    assert.equal(none.facets!.price, null);
  });

  test('a price range in HT keeps the best offers within it, bounds included', async () => {
    const products = await everything();
    const priced = products.filter((p) => p.bestOffer !== null);
    const sorted = [...new Set(priced.map((p) => p.bestOffer!.price.amount))].sort((a, b) => a - b);
    const [min, max] = [sorted[10]!, sorted[40]!];
    const expected = priced.filter((p) => {
      const amount = p.bestOffer!.price.amount;
      return amount >= min && amount <= max;
    });
    const found = await everything(`&priceMin=${min}&priceMax=${max}`);
    assert.deepEqual(ids(found), ids(expected));
    assert.ok(
      found.some((p) => p.bestOffer!.price.amount === min),
      'the minimum is included',
    );
    assert.ok(
      found.some((p) => p.bestOffer!.price.amount === max),
      'the maximum is included',
    );
    // One bound alone; an empty bound is no bound, as a form sends it.
    assert.equal(
      (await list(`?priceMin=${min}&priceMax=`)).total,
      priced.filter((p) => p.bestOffer!.price.amount >= min).length,
    );
    // The price facet ignores its own filter: the whole range stays in sight.
    const ranged = await list(`?facets=true&priceMin=${min}&priceMax=${max}`);
    assert.deepEqual(ranged.facets!.price, (await list('?facets=true')).facets!.price);
    assert.equal(
      ranged.facets!.categories.reduce((sum, c) => sum + c.count, 0),
      expected.length,
    );
  });

  test('a price range in TTC converts with each product’s own VAT rate, exactly', async () => {
    const priced = (await everything()).filter((p) => p.bestOffer !== null);
    assert.deepEqual(new Set(priced.map((p) => p.vatRate)), new Set([2000, 1000, 550]));
    // Bounds at the TTC prices of products at 5,5 % and at 20 %: a single HT conversion could
    // not keep both edges.
    const reduced = priced.find((p) => p.vatRate === 550 && inclTax(p) > 1000)!;
    const standard = priced.find((p) => p.vatRate === 2000 && inclTax(p) > inclTax(reduced))!;
    const [min, max] = [inclTax(reduced), inclTax(standard)];
    const expected = priced.filter((p) => inclTax(p) >= min && inclTax(p) <= max);
    const found = await everything(`&priceMin=${min}&priceMax=${max}&priceIncludesTax=true`);
    assert.deepEqual(ids(found), ids(expected));
    assert.ok(ids(found).includes(reduced.id) && ids(found).includes(standard.id));
    // One minor unit beyond either product's TTC price leaves it out.
    const narrower = await everything(
      `&priceMin=${min + 1}&priceMax=${max - 1}&priceIncludesTax=true`,
    );
    assert.ok(!ids(narrower).includes(reduced.id) && !ids(narrower).includes(standard.id));
    // Read as HT, the same figures select other products.
    const asExclTax = await everything(`&priceMin=${min}&priceMax=${max}`);
    assert.notDeepEqual(ids(asExclTax), ids(expected));
  });

  test('refuses price bounds that are not whole minor units, or a minimum above the maximum', async () => {
    for (const [query, field] of [
      ['?priceMin=abc', 'priceMin'],
      ['?priceMin=12.50', 'priceMin'],
      ['?priceMin=-1', 'priceMin'],
      ['?priceMax=1000000000', 'priceMax'],
      ['?priceMin=500&priceMax=499', 'priceMax'],
      ['?priceIncludesTax=yes', 'priceIncludesTax'],
      ['?inStock=1', 'inStock'],
      [`?seller=${'s'.repeat(101)}`, 'seller'],
    ] as const) {
      const reply = await server.call('GET', `/api/products${query}`);
      assert.equal(reply.status, 400, query);
      assert.deepEqual(fieldPaths(reply), [field], query);
    }
    assert.equal((await list('?priceMin=500&priceMax=500')).page, 1);
  });

  test('specifications: only within a category, the telling ones, each value counting its filter', async () => {
    assert.deepEqual((await list('?facets=true')).facets!.specs, []);
    const office = await list('?facets=true&category=fournitures-de-bureau');
    const { specs } = office.facets!;
    assert.ok(specs.length > 0 && specs.length <= 4);
    for (const spec of specs) {
      assert.ok(spec.values.length >= 2 && spec.values.length <= 8, spec.name);
      assertOrdered(spec.values, (v) => v.count, -1, `${spec.name} counts`);
      // At least one value is shared by two products: a spec of unique values is no filter.
      assert.ok(
        spec.values.some((v) => v.count >= 2),
        spec.name,
      );
      for (const value of spec.values) {
        const [row] = await server.db.query<{ count: number }>(
          `SELECT count(*)::int AS count FROM product_specs s JOIN products p ON p.id = s.product_id
           JOIN categories c ON c.id = p.category_id
           WHERE c.slug = 'fournitures-de-bureau' AND s.name = $1
             AND s.value || COALESCE(' ' || s.unit, '') = $2`,
          [spec.name, value.value],
        );
        assert.equal(value.count, row!.count, `${spec.name} = ${value.value}`);
      }
    }
    // A value with its unit, as the product page shows it.
    const withUnit = specs
      .flatMap((s) => s.values)
      .find((v) => / \S+$/.test(v.value) && /\d/.test(v.value));
    assert.ok(withUnit, 'some value carries a unit');

    const [first, second] = specs;
    const value = first!.values[0]!;
    const param = (name: string, v: string) =>
      `spec.${encodeURIComponent(name)}=${encodeURIComponent(v)}`;
    const chosen = await list(
      `?facets=true&category=fournitures-de-bureau&${param(first!.name, value.value)}&pageSize=100`,
    );
    assert.equal(chosen.total, value.count);
    // The chosen specification keeps its other values (it ignores its own filter) …
    assert.deepEqual(
      chosen.facets!.specs.find((s) => s.name === first!.name),
      first,
    );
    // … categories count without it: choosing another category drops the specifications …
    assert.deepEqual(chosen.facets!.categories, office.facets!.categories);
    // … and the others count within the results; two specifications combine with AND.
    const narrowed = chosen.facets!.specs.find((s) => s.name === second!.name);
    for (const other of narrowed?.values ?? []) {
      const both = await list(
        `?category=fournitures-de-bureau&${param(first!.name, value.value)}&${param(second!.name, other.value)}`,
      );
      assert.equal(both.total, other.count, `${first!.name} and ${second!.name} = ${other.value}`);
    }
    const nothing = await list(
      `?category=fournitures-de-bureau&${param(first!.name, value.value)}&${param(first!.name + ' ', 'none')}`,
    );
    assert.equal(nothing.total, 0);
    const tooMany = Array.from({ length: 9 }, (_, i) => param(`n${i}`, 'v')).join('&');
    const refused = await server.call('GET', `/api/products?${tooMany}`);
    assert.equal(refused.status, 400);
  });

  test('sorts by rating: best average first, then most reviews, then name; unrated last', async () => {
    const byRating = await everything('&sort=rating');
    const rated = byRating.filter((p) => p.rating !== null);
    const [row] = await server.db.query<{ count: number }>(
      `SELECT count(DISTINCT product_id)::int AS count FROM reviews WHERE status = 'published'`,
    );
    assert.ok(rated.length === row!.count && rated.length > 1);
    assert.deepEqual(byRating.slice(0, rated.length), rated, 'the rated products come first');
    for (let i = 1; i < rated.length; i++) {
      const [a, b] = [rated[i - 1]!.rating!, rated[i]!.rating!];
      assert.ok(
        a.average > b.average ||
          (a.average === b.average &&
            (a.count > b.count ||
              (a.count === b.count && searchKey(rated[i - 1]!.name) <= searchKey(rated[i]!.name)))),
        `rating out of order at ${i}`,
      );
    }
    assertOrdered(byRating.slice(rated.length), (p) => searchKey(p.name), 1, 'unrated names');
  });
});
