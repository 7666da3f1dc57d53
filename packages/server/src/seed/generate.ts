import { searchKey, slugify } from '../text.js';
import { CATEGORIES, SELLERS, type SpecSeed } from './data.js';
import { createRng, type Rng } from './prng.js';

/** Rows ready to insert, in the database's own column names. */
export interface CatalogRows {
  sellers: { id: string; slug: string; name: string }[];
  categories: { id: string; slug: string; name: string; vat_rate: number; position: number }[];
  products: {
    id: string;
    sku: string;
    slug: string;
    name: string;
    brand: string;
    description: string;
    category_id: string;
    vat_rate: number;
    created_at: string;
    name_key: string;
    search_text: string;
  }[];
  product_specs: {
    product_id: string;
    position: number;
    name: string;
    value: string;
    unit: string | null;
  }[];
  offers: {
    id: string;
    product_id: string;
    seller_id: string;
    price_excl_tax: number;
    currency: string;
    stock: number;
    lead_time_days: number;
    /** The variant sold; absent or null for a product without variants. */
    variant_id?: string | null;
  }[];
  /** Products with variants only (see variants.ts); `options` is a JSON array of {name, value}. */
  product_variants?: {
    id: string;
    product_id: string;
    position: number;
    sku: string;
    name: string;
    options: string;
  }[];
}

export const SEED = 20_250_106;
/** Products are dated from here on, so that "newest first" has something to sort. */
const FIRST_PRODUCT_AT = Date.UTC(2025, 0, 6, 8, 0, 0);
const MINUTES_SPREAD = 330 * 24 * 60;
const MIN_PRICE = 89;
const MAX_PRICE = 90_000;
const OUT_OF_STOCK_SHARE = 0.12;

/** Shop-like HT prices: 0,89 €, 12,49 €, 249,00 € — integer arithmetic only. */
export function shelfPrice(cents: number): number {
  const clamped = Math.min(MAX_PRICE, Math.max(MIN_PRICE, Math.trunc(cents)));
  if (clamped >= 10_000) return clamped - (clamped % 100);
  return Math.min(MAX_PRICE, clamped - (clamped % 10) + 9);
}

/** Another seller's price around a reference: −10 % to +15 %, in per mille. */
export function competingPrice(reference: number, rng: Rng): number {
  const perMille = rng.int(900, 1150);
  return shelfPrice(Math.floor((reference * perMille + 500) / 1000));
}

/** When a seed product was listed, spread over the year so that "newest first" sorts. */
/**
 * One seller's offer: the first seller (n = 0) sells at the reference price, the others compete
 * around it; restocking takes longer than shipping from stock. Draws from `rng` in that order.
 */
export function offerRow(
  offer: { no: number; productId: string; sellerId: string; n: number; reference: number },
  stock: number,
  rng: Rng,
): CatalogRows['offers'][number] {
  return {
    id: `o-${String(offer.no).padStart(5, '0')}`,
    product_id: offer.productId,
    seller_id: offer.sellerId,
    price_excl_tax: offer.n === 0 ? offer.reference : competingPrice(offer.reference, rng),
    currency: 'EUR',
    stock,
    lead_time_days: stock > 0 ? rng.int(1, 5) : rng.int(7, 21),
  };
}

export function listedAt(rng: Rng): string {
  return new Date(FIRST_PRODUCT_AT + rng.int(0, MINUTES_SPREAD) * 60_000).toISOString();
}

function sellerCount(rng: Rng, available: number): number {
  const roll = rng.int(1, 10);
  const wanted = roll <= 4 ? 1 : roll <= 8 ? 2 : 3;
  return Math.min(wanted, available);
}

/** A spec whose value is "–" does not apply to that variant and is left out. */
function applicable(specs: SpecSeed[]): SpecSeed[] {
  return specs.filter((spec) => spec.value !== '–');
}

/**
 * The reference catalog's products without variants, identical on every run; referenceCatalog()
 * adds the products with variants after them.
 */
export function generateCatalog(seed = SEED): CatalogRows {
  const rng = createRng(seed);
  const rows: CatalogRows = {
    sellers: SELLERS.map(({ id, slug, name }) => ({ id, slug, name })),
    categories: CATEGORIES.map((c, position) => ({
      id: c.id,
      slug: c.slug,
      name: c.name,
      vat_rate: c.vatRate,
      position,
    })),
    products: [],
    product_specs: [],
    offers: [],
  };
  const slugs = new Set<string>();
  let productNo = 0;
  let offerNo = 0;

  for (const category of CATEGORIES) {
    for (const family of category.families) {
      family.variants.forEach((variant, index) => {
        productNo += 1;
        const id = `p-${String(productNo).padStart(4, '0')}`;
        const sku = `VT-${10_000 + productNo}`;
        const name = family.base ? `${family.base} ${variant}` : variant;
        const brand = rng.pick(family.brands);
        const slug = slugify(name);
        if (slugs.has(slug)) throw new Error(`Two seed products are named "${name}"`);
        slugs.add(slug);
        const createdAt = listedAt(rng);

        rows.products.push({
          id,
          sku,
          slug,
          name,
          brand,
          description: family.desc.replaceAll('{v}', variant),
          category_id: category.id,
          vat_rate: category.vatRate,
          created_at: createdAt,
          name_key: searchKey(name),
          search_text: searchKey(`${name} ${brand} ${sku}`),
        });

        const specs = applicable(family.specs(variant, index, rng));
        if (specs.length < 3) throw new Error(`Seed product "${name}" has fewer than 3 specs`);
        specs.forEach((spec, position) =>
          rows.product_specs.push({ product_id: id, position: position + 1, ...spec }),
        );

        const reference = family.prices
          ? shelfPrice(family.prices[index]!)
          : shelfPrice(rng.int(family.price![0], family.price![1]));
        const sellers = rng.sample(category.sellers, sellerCount(rng, category.sellers.length));
        sellers.forEach((sellerId, n) => {
          offerNo += 1;
          const stock = rng.chance(OUT_OF_STOCK_SHARE)
            ? 0
            : rng.int(category.stock[0], category.stock[1]);
          rows.offers.push(
            offerRow({ no: offerNo, productId: id, sellerId, n, reference }, stock, rng),
          );
        });
      });
    }
  }
  return rows;
}
