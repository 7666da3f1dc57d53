import assert from 'node:assert/strict';
import {
  CATALOG_FILTERS,
  DEFAULT_QUERY,
  splitPrice,
  supportsFilter,
  type CatalogFilter,
  type CatalogQuery,
  type ProductSummary,
} from '@vitrine/core';
import { assertSummaryShape, grossOf, pairs } from './checks.js';
import type { Check } from './suite.js';

const query = (change: Partial<CatalogQuery>): CatalogQuery => ({ ...DEFAULT_QUERY, ...change });

/** A word of the product's name a search should find it by. */
function searchWord(product: ProductSummary): string {
  const words = product.name.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 4);
  return words.sort((a, b) => b.length - a.length)[0] ?? product.name;
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Ascending by one of two measures: backends sort by the price incl. or excl. VAT. */
function ascendingBy(items: readonly ProductSummary[], direction: 1 | -1): boolean {
  const priced = items.flatMap((item) => (item.bestOffer ? [item.bestOffer.price] : []));
  return [grossOf, (price: { amount: number }) => price.amount].some((measure) =>
    pairs(priced).every(([a, b]) => direction * (measure(b) - measure(a)) >= 0),
  );
}

export const CATALOG_CHECKS: readonly Check[] = [
  {
    name: 'catalog-list',
    title: 'the first page lists products with valid offers',
    async run({ firstPage }) {
      const page = await firstPage();
      assert.ok(page.items.length > 0, 'the catalog must not be empty');
      assert.ok(page.items.length <= 24, `asked for 24, got ${page.items.length}`);
      assert.equal(page.page, 1);
      assert.equal(page.pageSize, 24);
      assert.ok(page.total >= page.items.length, 'total counts at least the items shown');
      const ids = page.items.map((item) => item.id);
      assert.equal(new Set(ids).size, ids.length, 'a product appears once per page');
      page.items.forEach((item, index) => assertSummaryShape(item, `item ${index}`));
      assert.ok(
        page.items.some((item) => item.bestOffer),
        'at least one product of the first page can be bought',
      );
    },
  },
  {
    name: 'catalog-paging',
    title: 'pages are disjoint, share one total and run out past the end',
    async run({ adapter }) {
      const first = await adapter.listProducts(query({ pageSize: 2, page: 1 }));
      if (first.total <= 2) assert.fail('paging needs a catalog of at least 3 products');
      const second = await adapter.listProducts(query({ pageSize: 2, page: 2 }));
      assert.equal(second.total, first.total, 'the total does not depend on the page');
      assert.equal(second.page, 2);
      assert.equal(first.items.length, 2);
      assert.equal(second.items.length, Math.min(2, first.total - 2));
      const firstIds = new Set(first.items.map((item) => item.id));
      assert.ok(
        second.items.every((item) => !firstIds.has(item.id)),
        'page 2 repeats a product of page 1',
      );
      const pastEnd = await adapter.listProducts(
        query({ pageSize: 2, page: Math.ceil(first.total / 2) + 1 }),
      );
      assert.equal(pastEnd.items.length, 0, 'a page past the end is empty, not an error');
    },
  },
  {
    name: 'catalog-search',
    title: 'a word of a product name finds it; nonsense finds nothing',
    notApplicable: (adapter) => (adapter.capabilities.search ? null : 'no search capability'),
    async run({ adapter, firstPage }) {
      const [product] = (await firstPage()).items;
      const word = searchWord(product!);
      const found = await adapter.listProducts(query({ text: word, pageSize: 24 }));
      assert.ok(found.total > 0, `searching "${word}" found nothing`);
      assert.ok(
        found.items.some((item) =>
          fold(`${item.name} ${item.sku} ${item.brand ?? ''}`).includes(fold(word)),
        ),
        `searching "${word}" must list a product whose name holds it`,
      );
      const none = await adapter.listProducts(query({ text: 'qzxwvj zzyqk' }));
      assert.equal(none.total, 0, 'nonsense must find nothing');
      assert.equal(none.items.length, 0);
    },
  },
  {
    name: 'catalog-sorts',
    title: 'every declared price sort orders the page by price',
    async run({ adapter }) {
      const priceSorts = adapter.capabilities.sorts.filter((sort) => sort.startsWith('price'));
      for (const sort of priceSorts) {
        const { items } = await adapter.listProducts(query({ sort, pageSize: 24 }));
        const direction = sort === 'price-asc' ? 1 : -1;
        assert.ok(ascendingBy(items, direction), `${sort} must order the page by price`);
      }
      for (const sort of adapter.capabilities.sorts) {
        const page = await adapter.listProducts(query({ sort, pageSize: 5 }));
        assert.ok(page.items.length > 0, `sort ${sort} must return products`);
      }
    },
  },
  {
    name: 'catalog-categories',
    title: 'categories list; filtering by one keeps only its products',
    notApplicable: (adapter) => (adapter.capabilities.categories ? null : 'no categories'),
    async run({ adapter, firstPage }) {
      const categories = await adapter.listCategories();
      assert.ok(categories.length > 0, 'categories must not be empty');
      const ids = categories.map((category) => category.id);
      assert.equal(new Set(ids).size, ids.length, 'category ids are unique');
      const all = await firstPage();
      const used = all.items.find((item) => item.category)?.category;
      const category =
        categories.find((candidate) => candidate.id === used?.id) ??
        categories.find((candidate) => (candidate.productCount ?? 1) > 0)!;
      const filtered = await adapter.listProducts(query({ category: category.id, pageSize: 24 }));
      assert.ok(filtered.total > 0, `category ${category.id} must hold products`);
      assert.ok(filtered.total <= all.total, 'a filter never adds products');
      if (category.productCount !== undefined) {
        assert.equal(filtered.total, category.productCount, 'productCount matches the filter');
      }
      for (const item of filtered.items) {
        if (item.category) assert.equal(item.category.id, category.id, `${item.name}'s category`);
      }
    },
  },
  {
    name: 'catalog-facets',
    title: 'facet counts match what filtering by them returns',
    notApplicable: (adapter) => (adapter.capabilities.facets ? null : 'no facets capability'),
    async run({ adapter }) {
      const page = await adapter.listProducts(DEFAULT_QUERY, { facets: true });
      const facets = page.facets;
      assert.ok(facets, 'facets were asked for and the adapter declares them');
      for (const value of [...facets.categories, ...facets.brands]) {
        assert.ok(value.id && value.name, 'a facet value needs an id and a name');
        assert.ok(Number.isInteger(value.count) && value.count >= 0, `${value.name} count`);
        assert.ok(value.count <= page.total, `${value.name} counts more than the total`);
      }
      if (facets.availability) {
        const { inStock, outOfStock } = facets.availability;
        assert.equal(inStock + outOfStock, page.total, 'in stock + out of stock = total');
      }
      const brand = [...facets.brands].sort((a, b) => b.count - a.count)[0];
      assert.ok(brand, 'the catalog has at least one brand');
      const byBrand = await adapter.listProducts(query({ brand: brand.id }));
      assert.equal(byBrand.total, brand.count, `filtering by ${brand.name} gives its count`);
      for (const item of byBrand.items) {
        if (item.brand) assert.equal(item.brand, brand.name, `${item.name}'s brand`);
      }
      const category = [...facets.categories].sort((a, b) => b.count - a.count)[0];
      if (category) {
        const byCategory = await adapter.listProducts(query({ category: category.id }));
        assert.equal(byCategory.total, category.count, `filtering by ${category.name}`);
      }
    },
  },
  {
    name: 'catalog-filters',
    title: 'seller, stock, price and specification filters give what their counts announce',
    notApplicable: (adapter) =>
      CATALOG_FILTERS.some((filter) => supportsFilter(adapter.capabilities, filter))
        ? null
        : 'no filters beyond category and brand',
    async run({ adapter }) {
      const has = (filter: CatalogFilter) => supportsFilter(adapter.capabilities, filter);
      const page = await adapter.listProducts(DEFAULT_QUERY, { facets: true });
      const facets = page.facets!;
      if (has('seller')) {
        assert.ok(facets.sellers?.length, 'declares the seller filter: counts sellers');
        const seller = facets.sellers[0]!;
        const bySeller = await adapter.listProducts(query({ seller: seller.id }), {
          facets: true,
        });
        assert.equal(bySeller.total, seller.count, `filtering by seller ${seller.name}`);
        assert.deepEqual(bySeller.facets?.sellers, facets.sellers, 'sellers ignore their filter');
      }
      if (has('in-stock')) {
        assert.ok(facets.availability, 'declares the in-stock filter: counts the stock');
        const inStock = await adapter.listProducts(query({ inStock: true, pageSize: 24 }));
        assert.equal(inStock.total, facets.availability.inStock, 'in stock only');
        for (const item of inStock.items) {
          assert.ok((item.bestOffer?.stock ?? 0) > 0, `${item.name} is in stock`);
        }
      }
      if (has('price')) {
        const price = facets.price;
        assert.ok(price, 'declares the price filter: bounds the prices');
        assert.ok(price.exclTax.min <= price.exclTax.max && price.inclTax.min <= price.inclTax.max);
        assert.ok(price.exclTax.min <= price.inclTax.min, 'TTC is never below HT');
        // The cheapest HT and the dearest TTC, each alone as a range: exactly those prices.
        const cheapest = await adapter.listProducts(
          query({ price: { min: price.exclTax.min, max: price.exclTax.min, includesTax: false } }),
        );
        assert.ok(cheapest.total > 0, 'the lowest bound is a price of the results');
        for (const item of cheapest.items) {
          assert.equal(splitPrice(item.bestOffer!.price).excl, price.exclTax.min, item.name);
        }
        const dearest = await adapter.listProducts(
          query({ price: { min: price.inclTax.max, max: price.inclTax.max, includesTax: true } }),
        );
        assert.ok(dearest.total > 0, 'the highest TTC bound is a price of the results');
        for (const item of dearest.items) {
          assert.equal(grossOf(item.bestOffer!.price), price.inclTax.max, item.name);
        }
        // The whole range, either way, keeps every product that has a price.
        const [excl, incl] = await Promise.all(
          [false, true].map((includesTax) =>
            adapter.listProducts(
              query({
                price: {
                  min: includesTax ? price.inclTax.min : price.exclTax.min,
                  max: includesTax ? price.inclTax.max : price.exclTax.max,
                  includesTax,
                },
              }),
            ),
          ),
        );
        assert.equal(excl!.total, incl!.total, 'the HT and TTC bounds hold the same products');
      }
      if (has('specs')) {
        assert.deepEqual(facets.specs ?? [], [], 'specifications only within a category');
        const category = [...facets.categories].sort((a, b) => b.count - a.count)[0];
        assert.ok(category, 'specifications need a category');
        const within = await adapter.listProducts(query({ category: category.id }), {
          facets: true,
        });
        const specs = within.facets?.specs ?? [];
        assert.ok(specs.length <= 4, 'at most 4 specifications');
        for (const spec of specs) {
          assert.ok(spec.values.length >= 2 && spec.values.length <= 8, `${spec.name}: 2 to 8`);
        }
        const [spec] = specs;
        if (spec) {
          const value = spec.values[0]!;
          const bySpec = await adapter.listProducts(
            query({ category: category.id, specs: { [spec.name]: value.id } }),
          );
          assert.equal(bySpec.total, value.count, `${spec.name} = ${value.name}`);
        }
      }
    },
  },
  {
    name: 'catalog-rating-sort',
    title: 'the rating sort puts the best average first and unrated products last',
    notApplicable: (adapter) =>
      adapter.capabilities.sorts.includes('rating') ? null : 'no rating sort',
    async run({ adapter }) {
      const { items } = await adapter.listProducts(query({ sort: 'rating', pageSize: 100 }));
      const rated = items.filter((item) => item.rating);
      assert.ok(rated.length > 0, 'some products have a rating');
      assert.deepEqual(items.slice(0, rated.length), rated, 'rated products come first');
      for (const [a, b] of pairs(rated)) {
        const [x, y] = [a.rating!, b.rating!];
        assert.ok(
          x.average > y.average || (x.average === y.average && x.count >= y.count),
          `${a.name} (${x.average}, ${x.count}) before ${b.name} (${y.average}, ${y.count})`,
        );
      }
    },
  },
  {
    name: 'catalog-suggestions',
    title: 'suggestions for a word list products holding it; nonsense suggests nothing',
    notApplicable: (adapter) => (adapter.capabilities.suggestions ? null : 'no suggestions'),
    async run({ adapter, firstPage }) {
      assert.ok(adapter.suggest, 'declares suggestions: needs suggest()');
      const word = searchWord((await firstPage()).items[0]!);
      const suggestions = await adapter.suggest(word);
      assert.ok(suggestions.products.length > 0, `"${word}" suggests no product`);
      assert.ok(
        suggestions.products.some((p) =>
          fold(`${p.name} ${p.sku} ${p.brand ?? ''}`).includes(fold(word)),
        ),
        `a suggested product holds "${word}"`,
      );
      for (const group of [suggestions.categories, suggestions.brands]) {
        for (const value of group) {
          assert.ok(value.id && value.name && value.count > 0, `${value.name}: id, name, count`);
        }
      }
      const [category] = suggestions.categories;
      if (category) {
        const within = await adapter.listProducts(query({ text: word, category: category.id }));
        assert.equal(within.total, category.count, `"${word}" in ${category.name}`);
      }
      const none = await adapter.suggest('qzxwvj zzyqk');
      assert.deepEqual([none.products, none.categories, none.brands], [[], [], []]);
    },
  },
];
