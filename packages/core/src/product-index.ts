import type { CatalogSort, ProductSummary } from './catalog.js';
import { splitPrice } from './price.js';
import { sortByKey } from './radix-sort.js';
import { searchKey, searchWords } from './search-key.js';
import type { TaxDisplay } from './settings.js';

/*
 * Searching and sorting a whole catalogue inside the page (100,000 products) without a round
 * trip. Everything a query compares is computed once per catalogue: the folded search text,
 * category, brand and stock of each product, its price in one typed array, its place in name
 * order. A query is then a scan of one string and typed arrays, and a sort is a radix sort of
 * positions by integer keys. The orders are the reference server's: price (products without
 * one last), name, rating or relevance, ties by name, then catalogue order.
 */

export interface ProductIndexOptions {
  /** The language of the name order (Intl.Collator); default: the runtime's. */
  readonly locale?: string;
  /**
   * The amount price orders compare: excl. VAT by default, as the reference server does.
   * A stated price is split first, so a price stated incl. VAT compares with one stated excl.
   */
  readonly priceBasis?: TaxDisplay;
}

export interface ProductIndex<P extends ProductSummary = ProductSummary> {
  readonly products: readonly P[];
  /** Each product's folded "name brand SKU" (searchKey), which search words must all be in. */
  readonly texts: readonly string[];
  /** The texts joined by line breaks, where a search word is looked for in one scan. */
  readonly joinedTexts: string;
  /** Where each product's text starts in `joinedTexts`; one more entry ends the last one. */
  readonly textStarts: Uint32Array;
  /** Length of the folded name at the start of each text (relevance looks at names only). */
  readonly nameLengths: Uint32Array;
  /** Each product's place in name order (ties in catalogue order): its name sort key. */
  readonly nameRanks: Uint32Array;
  /** The best offer's unit price compared by the price orders, in minor units; NaN: none. */
  readonly prices: Float64Array;
  /**
   * The prices as sort keys: their low 32 bits, then the high bits when a price needs them
   * (0 without a price).
   */
  readonly priceWords: readonly Uint32Array[];
  /** Rating sort key: 0 unrated, else (average in tenths + 1) × 2²⁶ + number of reviews. */
  readonly ratingKeys: Uint32Array;
  /** Category and brand of each product as numbers from 1 (0: none), and what they stand for. */
  readonly categories: Uint32Array;
  readonly categoryCodes: ReadonlyMap<string, number>;
  readonly brands: Uint32Array;
  readonly brandCodes: ReadonlyMap<string, number>;
  /** 1 when the best offer is in stock. */
  readonly inStock: Uint8Array;
}

/** What a search keeps; every field absent or empty keeps everything. */
export interface ProductFilter {
  /** Every word must appear in the name, brand or SKU, accents and case ignored. */
  readonly text?: string;
  /** Category id. */
  readonly category?: string;
  /** Brand name, exactly. */
  readonly brand?: string;
  /** Only products whose best offer is in stock. */
  readonly inStock?: boolean;
}

const TWO_TO_32 = 2 ** 32;
/** Reviews counted in the rating key; more are counted as this many. */
const MAX_REVIEWS = 2 ** 26 - 1;

/** Computes once what filterProducts and sortProducts compare. */
export function indexProducts<P extends ProductSummary>(
  products: readonly P[],
  options: ProductIndexOptions = {},
): ProductIndex<P> {
  const count = products.length;
  const texts: string[] = new Array<string>(count);
  const textStarts = new Uint32Array(count + 1);
  const nameLengths = new Uint32Array(count);
  const prices = new Float64Array(count);
  const priceLow = new Uint32Array(count);
  const priceHigh = new Uint32Array(count);
  const ratingKeys = new Uint32Array(count);
  const categories = new Uint32Array(count);
  const brands = new Uint32Array(count);
  const inStock = new Uint8Array(count);
  const categoryCodes = new Map<string, number>();
  const brandCodes = new Map<string, number>();
  const basis = options.priceBasis ?? 'excl';
  let offset = 0;
  let highPrices = false;
  for (let i = 0; i < count; i++) {
    const product = products[i]!;
    const name = searchKey(product.name);
    // The same text as searchKey(`${name} ${brand} ${sku}`), folding the name only once.
    texts[i] = [name, searchKey(product.brand ?? ''), searchKey(product.sku)]
      .filter(Boolean)
      .join(' ');
    nameLengths[i] = name.length;
    textStarts[i] = offset;
    offset += texts[i]!.length + 1;
    const price = comparedPrice(product, basis);
    prices[i] = price;
    if (!Number.isNaN(price)) {
      priceLow[i] = price >>> 0;
      priceHigh[i] = Math.floor(price / TWO_TO_32);
      highPrices ||= price >= TWO_TO_32;
    }
    ratingKeys[i] = ratingKey(product);
    categories[i] = code(categoryCodes, product.category?.id);
    brands[i] = code(brandCodes, product.brand);
    inStock[i] = (product.bestOffer?.stock ?? 0) > 0 ? 1 : 0;
  }
  textStarts[count] = offset;
  return {
    products,
    texts,
    joinedTexts: texts.join('\n'),
    textStarts,
    nameLengths,
    nameRanks: nameRanks(products, options.locale),
    prices,
    // Prices below 2³² minor units (42,949,672.96 € in cents) need no second word.
    priceWords: highPrices ? [priceLow, priceHigh] : [priceLow],
    ratingKeys,
    categories,
    categoryCodes,
    brands,
    brandCodes,
    inStock,
  };
}

/** The best offer's unit price, split to the basis compared; NaN when it has none to show. */
function comparedPrice(product: ProductSummary, basis: TaxDisplay): number {
  const price = product.bestOffer?.price;
  if (!price) return Number.NaN;
  try {
    const amount = splitPrice(price)[basis];
    return amount >= 0 ? amount : Number.NaN;
  } catch {
    // A price that cannot be shown exactly is not shown: it sorts with the products without one.
    return Number.NaN;
  }
}

function ratingKey(product: ProductSummary): number {
  const rating = product.rating;
  if (!rating || !(rating.count > 0)) return 0;
  const tenths = Math.round(Math.min(5, Math.max(0, rating.average)) * 10);
  return (tenths + 1) * 2 ** 26 + Math.min(Math.floor(rating.count), MAX_REVIEWS);
}

function code(codes: Map<string, number>, value: string | undefined): number {
  if (!value) return 0;
  let number = codes.get(value);
  if (number === undefined) codes.set(value, (number = codes.size + 1));
  return number;
}

function nameRanks(products: readonly ProductSummary[], locale: string | undefined): Uint32Array {
  const collator = new Intl.Collator(locale);
  const order = Array.from(products.keys()).sort(
    (a, b) => collator.compare(products[a]!.name, products[b]!.name) || a - b,
  );
  const ranks = new Uint32Array(products.length);
  order.forEach((product, rank) => (ranks[product] = rank));
  return ranks;
}

/** No product has this code: a filter on an unknown category or brand keeps nothing. */
const UNKNOWN = -1;

/** The positions (into `index.products`) of the products a filter keeps, in catalogue order. */
export function filterProducts(index: ProductIndex, filter: ProductFilter): Uint32Array {
  const category = filter.category ? (index.categoryCodes.get(filter.category) ?? UNKNOWN) : 0;
  const brand = filter.brand ? (index.brandCodes.get(filter.brand) ?? UNKNOWN) : 0;
  const inStockOnly = filter.inStock === true;
  const keeps = (position: number) =>
    (category === 0 || index.categories[position] === category) &&
    (brand === 0 || index.brands[position] === brand) &&
    (!inStockOnly || index.inStock[position] === 1);

  const count = index.products.length;
  const found = new Uint32Array(count);
  let size = 0;
  const words = searchWords(filter.text ?? '');
  const { joinedTexts, textStarts, texts } = index;
  const hasWords = (position: number, from: number) => {
    const text = texts[position]!;
    for (let w = from; w < words.length; w++) if (!text.includes(words[w]!)) return false;
    return true;
  };
  if (words.length === 0 || category !== 0 || brand !== 0) {
    // A category or brand leaves few products to search: compare numbers first, then texts.
    for (let position = 0; position < count; position++) {
      if (keeps(position) && hasWords(position, 0)) found[size++] = position;
    }
    return found.slice(0, size);
  }
  // Otherwise the occurrences of the longest word (likely the rarest) in the joined texts are
  // the only candidates, found by the engine's string search instead of one search per product.
  words.sort((a, b) => b.length - a.length);
  const scanned = words[0]!;
  let position = 0;
  for (let from = 0; ;) {
    const at = joinedTexts.indexOf(scanned, from);
    if (at === -1) break;
    position = productAt(textStarts, at, position);
    if (keeps(position) && hasWords(position, 1)) found[size++] = position;
    from = textStarts[position + 1]!;
  }
  return found.slice(0, size);
}

/** The product whose text holds `offset` of the joined texts, looking from `first` on. */
function productAt(starts: Uint32Array, offset: number, first: number): number {
  let low = first;
  let high = starts.length - 2;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * The positions in the order asked, ties by name, then in catalogue order. `text` is the
 * search, which relevance needs: names starting with it first, then names containing it, then
 * the others (without a search: by name). `newest` keeps the order given: summaries carry no
 * date.
 */
export function sortProducts(
  index: ProductIndex,
  positions: Uint32Array,
  sort: CatalogSort,
  text = '',
): Uint32Array {
  if (sort === 'newest') return positions.slice();
  // Least significant key first: the sorts after this one keep equal products in name order.
  const byName = sortByKey(positions, [index.nameRanks]);
  switch (sort) {
    case 'name-asc':
      return byName;
    case 'price-asc':
      return byPrice(index, byName, 'ascending');
    case 'price-desc':
      return byPrice(index, byName, 'descending');
    case 'rating':
      // Unrated products have key 0: last when the best come first.
      return sortByKey(byName, [index.ratingKeys], 'descending');
    case 'relevance':
      return byRelevance(index, byName, searchWords(text));
  }
}

/** Products with a price in price order, then those without one in the order given. */
function byPrice(
  index: ProductIndex,
  positions: Uint32Array,
  direction: 'ascending' | 'descending',
): Uint32Array {
  const priced = new Uint32Array(positions.length);
  const unpriced = new Uint32Array(positions.length);
  let pricedSize = 0;
  let unpricedSize = 0;
  for (let i = 0; i < positions.length; i++) {
    const position = positions[i]!;
    if (Number.isNaN(index.prices[position]!)) unpriced[unpricedSize++] = position;
    else priced[pricedSize++] = position;
  }
  const sorted = new Uint32Array(positions.length);
  sorted.set(sortByKey(priced.subarray(0, pricedSize), index.priceWords, direction));
  sorted.set(unpriced.subarray(0, unpricedSize), pricedSize);
  return sorted;
}

/** Names starting with the search, then names containing it, then the rest, each in the order given. */
function byRelevance(
  index: ProductIndex,
  positions: Uint32Array,
  words: readonly string[],
): Uint32Array {
  if (words.length === 0) return positions;
  const phrase = words.join(' ');
  const tiers = new Uint8Array(positions.length);
  const starts = [0, 0, 0];
  positions.forEach((position, i) => {
    const text = index.texts[position]!;
    const nameLength = index.nameLengths[position]!;
    const at = text.indexOf(phrase);
    const tier =
      at === 0 && phrase.length <= nameLength
        ? 0
        : at !== -1 && at + phrase.length <= nameLength
          ? 1
          : 2;
    tiers[i] = tier;
    starts[tier]! += 1;
  });
  // Sizes to first places: tier 0 from 0, tier 1 after tier 0, tier 2 after both.
  starts[2] = starts[0]! + starts[1]!;
  starts[1] = starts[0]!;
  starts[0] = 0;
  const sorted = new Uint32Array(positions.length);
  positions.forEach((position, i) => (sorted[starts[tiers[i]!]!++] = position));
  return sorted;
}
