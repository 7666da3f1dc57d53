import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  DEFAULT_QUERY,
  splitPrice,
  type CatalogQuery,
  type CommerceAdapter,
  type ProductDetail,
  type VatRate,
} from '@vitrine/core';
import { createMemoryAdapter, sampleProducts } from '../src/index.js';

/*
 * A generated catalogue of 10,000 products, searched and sorted through the adapter and
 * compared with a plain computation over the array: fold every text, test every word, sort
 * with a comparator. Few words, prices and brands, so that many products share a name or a
 * price and the tie orders are exercised too.
 */
const COUNT = 10_000;
const WORDS = ['Papier', 'stylo', 'bureau', 'Café', 'thé', 'métal', 'lampe', 'écran'];
const MORE_WORDS = ['vert', 'bleu', 'noir', 'recyclé', 'grand', 'petit', 'Élégant', 'pro'];
const ALL_WORDS = [...WORDS, ...MORE_WORDS];
const BRANDS = ['Bic', 'Oxford', 'Rapid', 'Maison Bonnat', 'Élan'];
const RATES: readonly VatRate[] = [2000, 1000, 550];

/** The same numbers in [0, 1) on every run (a linear congruential generator). */
function numbers(seed: number): () => number {
  let state = seed;
  return () => (state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0) / 2 ** 32;
}

function generate(): ProductDetail[] {
  const next = numbers(42);
  const pick = <T>(values: readonly T[]) => values[Math.floor(next() * values.length)]!;
  return Array.from({ length: COUNT }, (_, index) => {
    const base = sampleProducts[index % sampleProducts.length]!;
    const { bestOffer, ...rest } = base;
    const number = String(index + 1).padStart(5, '0');
    const product = {
      ...rest,
      id: `g-${number}`,
      sku: `G-${number}`,
      name: `${pick(ALL_WORDS)} ${pick(ALL_WORDS)} ${pick(ALL_WORDS)}`,
      brand: pick(BRANDS),
    };
    // One in fifty has nobody selling it: no price.
    if (index % 50 === 7 || !bestOffer) return product;
    const price = {
      amount: 100 + Math.floor(next() * 400),
      currency: 'EUR',
      includesTax: next() < 0.5,
      vatRate: pick(RATES),
    };
    return { ...product, bestOffer: { ...bestOffer, price } };
  });
}

const products = generate();
const adapter = createMemoryAdapter({ products });
const query = (change: Partial<CatalogQuery>): CatalogQuery => ({ ...DEFAULT_QUERY, ...change });

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const holdsWords = (text: string) => {
  const words = fold(text).split(/\s+/).filter(Boolean);
  return (p: ProductDetail) =>
    words.every((word) => fold(`${p.name} ${p.brand ?? ''} ${p.sku}`).includes(word));
};
const priceOf = (p: ProductDetail, basis: 'excl' | 'incl' = 'excl') =>
  p.bestOffer ? splitPrice(p.bestOffer.price)[basis] : undefined;

const collator = new Intl.Collator();
/** Ties by name, then in catalogue order (the generated ids are in that order). */
const byName = (a: ProductDetail, b: ProductDetail) =>
  collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1);
/** Priced products by their price excl. VAT in `direction`, then the others; ties by name. */
const byPrice = (direction: 1 | -1) => (a: ProductDetail, b: ProductDetail) => {
  const [pa, pb] = [priceOf(a), priceOf(b)];
  if (pa === undefined || pb === undefined) {
    return pa === pb ? byName(a, b) : pa === undefined ? 1 : -1;
  }
  return direction * (pa - pb) || byName(a, b);
};

/** Every page of a query, put together; and the total each page announced. */
async function allPages(
  catalog: CommerceAdapter,
  change: Partial<CatalogQuery>,
): Promise<{ ids: string[]; totals: Set<number> }> {
  const ids: string[] = [];
  const totals = new Set<number>();
  for (let page = 1; ; page++) {
    const result = await catalog.listProducts(query({ ...change, page, pageSize: 500 }));
    totals.add(result.total);
    ids.push(...result.items.map((item) => item.id));
    if (result.items.length < 500) return { ids, totals };
  }
}

const byId = new Map(products.map((p) => [p.id, p]));

describe('memory adapter: a catalogue of 10,000 products', () => {
  it('finds every product holding the words and sorts them by price excl. VAT', async () => {
    const text = 'CAFE  vert';
    const expected = products.filter(holdsWords(text)).sort(byPrice(1));
    // Neither nothing nor everything, and priced and unpriced products among them.
    assert.ok(expected.length > 100 && expected.length < COUNT / 2, `${expected.length}`);
    assert.ok(expected.some((p) => !p.bestOffer));

    const { ids, totals } = await allPages(adapter, { text, sort: 'price-asc' });
    assert.deepEqual([...totals], [expected.length]);
    assert.equal(ids.length, expected.length);
    const listed = ids.map((id) => byId.get(id)!);
    assert.ok(listed.every(holdsWords(text)), 'a listed product lacks a word');
    const prices = listed.flatMap((p) => priceOf(p) ?? []);
    assert.ok(
      prices.every((price, i) => i === 0 || prices[i - 1]! <= price),
      'prices are non-decreasing',
    );
    assert.ok(
      listed.slice(prices.length).every((p) => !p.bestOffer),
      'products without a price come last',
    );
    assert.deepEqual(
      ids,
      expected.map((p) => p.id),
    );
  });

  it('applies category, seller and a TTC price range with the search, dearest first', async () => {
    const change = {
      text: 'bureau',
      category: 'mobilier',
      seller: 's-comptoir',
      price: { min: 200, max: 400, includesTax: true },
      sort: 'price-desc',
    } as const;
    const expected = products
      .filter(holdsWords(change.text))
      .filter((p) => p.category?.id === change.category)
      .filter((p) => p.offers.some((offer) => offer.seller.id === change.seller))
      .filter((p) => {
        const price = priceOf(p, 'incl');
        return price !== undefined && price >= 200 && price <= 400;
      })
      .sort(byPrice(-1));
    assert.ok(expected.length > 20, `${expected.length}`);
    const { ids, totals } = await allPages(adapter, change);
    assert.deepEqual([...totals], [expected.length]);
    assert.deepEqual(
      ids,
      expected.map((p) => p.id),
    );
  });

  it('puts names starting with the search first, then names holding it, by name', async () => {
    const text = 'café VERT';
    const tier = (p: ProductDetail) => {
      const name = fold(p.name);
      return name.startsWith('cafe vert') ? 0 : name.includes('cafe vert') ? 1 : 2;
    };
    const expected = products
      .filter(holdsWords(text))
      .sort((a, b) => tier(a) - tier(b) || byName(a, b));
    // "Café vert …", "… café vert" and "vert … café" are all among them.
    assert.deepEqual([...new Set(expected.map(tier))], [0, 1, 2]);
    const { ids } = await allPages(adapter, { text });
    assert.deepEqual(
      ids,
      expected.map((p) => p.id),
    );
  });
});
