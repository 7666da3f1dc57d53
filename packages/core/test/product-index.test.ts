import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { SORTS, splitPrice, type CatalogSort, type ProductSummary } from '../src/index.ts';
import {
  filterProducts,
  indexProducts,
  sortProducts,
  type ProductFilter,
} from '../src/product-index.ts';
import { sortByKey } from '../src/radix-sort.ts';
import { searchKey, searchWords } from '../src/search-key.ts';
import { propertyRuns } from './support/cart-property.ts';

const offer = (
  id: string,
  amount: number,
  includesTax: boolean,
  vatRate: number,
  stock: number,
) => ({
  id,
  seller: { id: 's-1', name: 'Bureau Plus' },
  price: { amount, currency: 'EUR', includesTax, vatRate },
  stock,
});

/**
 * Five products, their positions 0–4 in this order. The compared prices, split with splitPrice
 * (half up):
 *   0  230 TTC at 20 %   → HT 230 × 10000 / 12000 = 191.67 → 192, TTC 230
 *   1  211 TTC at 5.5 %  → HT 211 × 10000 / 10550 = 200,        TTC 211
 *   2  200 HT  at 5.5 %  → HT 200,                              TTC 200 + 11 = 211
 *   3  no offer
 *   4   60 TTC at 20 %   → HT 60 × 10000 / 12000 = 50,          TTC 60
 * Name order (French collation): Café (2), Cahier (1), Étui (3), Recharge (4), Stylo (0):
 * "caf" before "cah", and É sorts with E.
 */
const CATALOGUE: ProductSummary[] = [
  {
    id: 'p-stylo',
    sku: 'BIC-001',
    name: 'Stylo bille bleu',
    brand: 'Bic',
    category: { id: 'c-pens', name: 'Stylos' },
    bestOffer: offer('o-0', 230, true, 2000, 10),
    offerCount: 1,
    rating: { average: 4.5, count: 12 },
  },
  {
    id: 'p-cahier',
    sku: 'CF-A4',
    name: 'Cahier à spirale A4',
    brand: 'Clairefontaine',
    category: { id: 'c-paper', name: 'Papier' },
    bestOffer: offer('o-1', 211, true, 550, 0),
    offerCount: 1,
    rating: { average: 4.5, count: 30 },
  },
  {
    id: 'p-cafe',
    sku: 'CAF-1',
    name: 'Café moulu bio',
    brand: 'Comptoir',
    category: { id: 'c-food', name: 'Épicerie' },
    bestOffer: offer('o-2', 200, false, 550, 5),
    offerCount: 1,
  },
  {
    id: 'p-etui',
    sku: 'BIC-ETUI',
    name: 'Étui à stylos',
    brand: 'Bic',
    category: { id: 'c-pens', name: 'Stylos' },
    offerCount: 0,
    rating: { average: 3, count: 2 },
  },
  {
    id: 'p-recharge',
    sku: 'RCH-9',
    name: 'Recharge stylo bleu',
    category: { id: 'c-pens', name: 'Stylos' },
    bestOffer: offer('o-4', 60, true, 2000, 3),
    offerCount: 1,
  },
];

const index = indexProducts(CATALOGUE, { locale: 'fr' });
const filtered = (filter: ProductFilter) => [...filterProducts(index, filter)];
const sorted = (sort: CatalogSort, text = '', positions = filterProducts(index, { text })) => [
  ...sortProducts(index, positions, sort, text),
];

describe('search keys', () => {
  it('fold case, accents, ligatures, apostrophes and spaces as the reference server does', () => {
    assert.equal(searchKey('  Cœur  de L’Été\tÆther Straße '), "coeur de l'ete aether strasse");
  });

  it('drop words without a letter or digit: "-" alone is no search', () => {
    assert.deepEqual(searchWords('Stylo - BLEU …'), ['stylo', 'bleu']);
    assert.deepEqual(searchWords(' - '), []);
  });
});

describe('filtering an indexed catalogue', () => {
  it('finds every word in the name, brand or SKU, accents and case ignored', () => {
    // "stylo" is in "Stylo bille bleu", "Étui à stylos" and "Recharge stylo bleu".
    assert.deepEqual(filtered({ text: 'stylo' }), [0, 3, 4]);
    // Both words: the étui has no "bleu".
    assert.deepEqual(filtered({ text: 'STYLO  Bleu' }), [0, 4]);
    assert.deepEqual(filtered({ text: 'cafe' }), [2]);
    // A brand and a SKU.
    assert.deepEqual(filtered({ text: 'bic' }), [0, 3]);
    assert.deepEqual(filtered({ text: 'cf-a4' }), [1]);
    assert.deepEqual(filtered({ text: 'stylo cahier' }), []);
  });

  it('keeps everything for an empty or punctuation-only search', () => {
    assert.deepEqual(filtered({}), [0, 1, 2, 3, 4]);
    assert.deepEqual(filtered({ text: ' - ' }), [0, 1, 2, 3, 4]);
  });

  it('narrows by category, brand and stock, and finds nothing in an unknown category', () => {
    assert.deepEqual(filtered({ category: 'c-pens', text: 'bleu' }), [0, 4]);
    assert.deepEqual(filtered({ brand: 'Bic' }), [0, 3]);
    // The cahier's offer has no stock; the étui has no offer.
    assert.deepEqual(filtered({ inStock: true }), [0, 2, 4]);
    assert.deepEqual(filtered({ category: 'c-none' }), []);
    assert.deepEqual(filtered({ brand: 'bic' }), []);
  });
});

describe('sorting an indexed catalogue', () => {
  it('by price excl. VAT, ties by name, products without a price last either way', () => {
    // HT: 4 (50), 0 (192), then 2 and 1 at 200 in name order (Café, Cahier); 3 has none.
    assert.deepEqual(sorted('price-asc'), [4, 0, 2, 1, 3]);
    assert.deepEqual(sorted('price-desc'), [2, 1, 0, 4, 3]);
  });

  it('by price incl. VAT when asked', () => {
    const incl = indexProducts(CATALOGUE, { locale: 'fr', priceBasis: 'incl' });
    // TTC: 4 (60), then 2 and 1 at 211 in name order, 0 (230), 3 without a price.
    assert.deepEqual(
      [...sortProducts(incl, Uint32Array.of(0, 1, 2, 3, 4), 'price-asc')],
      [4, 2, 1, 0, 3],
    );
  });

  it('by name, and by rating: best average first, more reviews first, unrated last', () => {
    assert.deepEqual(sorted('name-asc'), [2, 1, 3, 4, 0]);
    // 4.5 with 30 reviews (1), 4.5 with 12 (0), 3.0 (3), then unrated by name: Café, Recharge.
    assert.deepEqual(sorted('rating'), [1, 0, 3, 2, 4]);
  });

  it('by relevance: names starting with the search, then containing it, then the others', () => {
    // "stylo b": 0 "stylo bille bleu" starts with it; 4 "recharge stylo bleu" contains it;
    // 3 "etui a stylos" matches both words ("b" in "bic") but not the phrase.
    assert.deepEqual(sorted('relevance', 'Stylo B'), [0, 4, 3]);
    // Found by brand only: no name holds "bic", so name order (Étui, Stylo).
    assert.deepEqual(sorted('relevance', 'bic'), [3, 0]);
    assert.deepEqual(sorted('relevance'), [2, 1, 3, 4, 0]);
  });

  it('keeps the order given for "newest" (summaries carry no date), and sorts any subset', () => {
    assert.deepEqual(sorted('newest', '', Uint32Array.of(4, 0, 2)), [4, 0, 2]);
    assert.deepEqual(sorted('price-desc', '', Uint32Array.of(4, 3, 0)), [0, 4, 3]);
    assert.deepEqual(sorted('name-asc', '', new Uint32Array(0)), []);
  });
});

describe('radix sort of positions', () => {
  it('sorts keys above 2³² by their high word, ties in the order given', () => {
    const amounts = [2 ** 40 + 1, 7, 2 ** 40, 7, 2 ** 33];
    const low = Uint32Array.from(amounts, (a) => a >>> 0);
    const high = Uint32Array.from(amounts, (a) => Math.floor(a / 2 ** 32));
    const all = Uint32Array.of(0, 1, 2, 3, 4);
    assert.deepEqual([...sortByKey(all, [low, high])], [1, 3, 4, 2, 0]);
    assert.deepEqual([...sortByKey(all, [low, high], 'descending')], [0, 2, 4, 1, 3]);
  });
});

// ---------------------------------------------------------------------------------------------
// The same answers as plain code: Array.prototype.filter and a comparator sort.

const NAMES = ['Stylo bleu', 'stylo Bleu', 'Cahier', 'Café', 'Cœur', 'Étui', 'Zèbre', ''];
const arbitraryProduct = fc.record({
  name: fc.constantFrom(...NAMES),
  brand: fc.option(fc.constantFrom('Bic', 'Œuvre', 'Oxford'), { nil: undefined }),
  category: fc.constantFrom('c1', 'c2', ''),
  price: fc.option(
    fc.record({
      amount: fc.oneof(fc.integer({ min: 0, max: 5_000 }), fc.integer({ min: 0, max: 2 ** 45 })),
      includesTax: fc.boolean(),
      vatRate: fc.constantFrom(0, 550, 2000),
      stock: fc.integer({ min: 0, max: 3 }),
    }),
    { nil: undefined },
  ),
  rating: fc.option(
    fc.record({
      average: fc.integer({ min: 10, max: 50 }).map((tenths) => tenths / 10),
      count: fc.integer({ min: 0, max: 4 }),
    }),
    { nil: undefined },
  ),
});

type RawProduct = typeof arbitraryProduct extends fc.Arbitrary<infer T> ? T : never;

function product(raw: RawProduct, i: number): ProductSummary {
  return {
    id: `p-${i}`,
    sku: `SKU-${i}`,
    name: raw.name,
    ...(raw.brand && { brand: raw.brand }),
    ...(raw.category && { category: { id: raw.category, name: raw.category } }),
    ...(raw.price && {
      bestOffer: offer(
        `o-${i}`,
        raw.price.amount,
        raw.price.includesTax,
        raw.price.vatRate,
        raw.price.stock,
      ),
    }),
    offerCount: raw.price ? 1 : 0,
    ...(raw.rating && { rating: raw.rating }),
  };
}

function referenceFilter(products: readonly ProductSummary[], filter: ProductFilter): number[] {
  const words = searchWords(filter.text ?? '');
  return products.flatMap((p, i) => {
    const text = searchKey(`${p.name} ${p.brand ?? ''} ${p.sku}`);
    const keep =
      words.every((word) => text.includes(word)) &&
      (!filter.category || p.category?.id === filter.category) &&
      (!filter.brand || p.brand === filter.brand) &&
      (!filter.inStock || (p.bestOffer?.stock ?? 0) > 0);
    return keep ? [i] : [];
  });
}

function referenceSort(
  products: readonly ProductSummary[],
  positions: readonly number[],
  sort: CatalogSort,
  text: string,
): number[] {
  if (sort === 'newest') return [...positions];
  const collator = new Intl.Collator('fr');
  const byName = (a: number, b: number) =>
    collator.compare(products[a]!.name, products[b]!.name) || a - b;
  const ht = (i: number) => {
    const price = products[i]!.bestOffer?.price;
    return price ? splitPrice(price).excl : undefined;
  };
  const phrase = searchWords(text).join(' ');
  const tier = (i: number) => {
    const name = searchKey(products[i]!.name);
    return name.startsWith(phrase) ? 0 : name.includes(phrase) ? 1 : 2;
  };
  const rating = (i: number) => {
    const r = products[i]!.rating;
    return r && r.count > 0 ? [r.average, r.count] : [-1, 0];
  };
  const compare: Record<Exclude<CatalogSort, 'newest'>, (a: number, b: number) => number> = {
    'name-asc': byName,
    'price-asc': (a, b) =>
      Number(ht(a) === undefined) - Number(ht(b) === undefined) ||
      (ht(a) ?? 0) - (ht(b) ?? 0) ||
      byName(a, b),
    'price-desc': (a, b) =>
      Number(ht(a) === undefined) - Number(ht(b) === undefined) ||
      (ht(b) ?? 0) - (ht(a) ?? 0) ||
      byName(a, b),
    rating: (a, b) =>
      rating(b)[0]! - rating(a)[0]! || rating(b)[1]! - rating(a)[1]! || byName(a, b),
    relevance: (a, b) => (phrase ? tier(a) - tier(b) : 0) || byName(a, b),
  };
  return [...positions].sort(compare[sort]);
}

describe('the index against plain code', () => {
  it('keeps and orders the same products as Array filter and sort with comparators', () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryProduct, { maxLength: 40 }),
        fc.record({
          text: fc.constantFrom('', 'stylo', 'STYLO bleu', 'cafe', 'coeur', 'bic', 'sku-1', 'e'),
          category: fc.constantFrom('', 'c1', 'c2', 'c9'),
          brand: fc.constantFrom('', 'Bic', 'Œuvre'),
          inStock: fc.boolean(),
        }),
        fc.constantFrom(...SORTS),
        (raw, filter, sort) => {
          const products = raw.map(product);
          const built = indexProducts(products, { locale: 'fr' });
          const found = filterProducts(built, filter);
          const expected = referenceFilter(products, filter);
          assert.deepEqual([...found], expected);
          assert.deepEqual(
            [...sortProducts(built, found, sort, filter.text)],
            referenceSort(products, expected, sort, filter.text),
          );
        },
      ),
      { numRuns: propertyRuns() },
    );
  });
});
