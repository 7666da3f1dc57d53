import { searchKey, slugify } from '../text.js';
import { CATEGORIES } from './data.js';
import { listedAt, offerRow, shelfPrice, type CatalogRows } from './generate.js';
import { createRng, type Rng } from './prng.js';
import { VARIANT_PRODUCTS, type OptionValueSeed, type VariantProductSeed } from './variant-data.js';

/** The rows of the products with variants, numbered after those of the products without. */
export type VariantCatalogRows = Pick<
  CatalogRows,
  'products' | 'product_specs' | 'offers' | 'product_variants'
> & { product_variants: NonNullable<CatalogRows['product_variants']> };

/** Their own stream of the seeded generator: adding one leaves the simpler products unchanged. */
const VARIANT_STREAM = 0x5eed_0a17;
/** A second seller offers a given variant this often… */
const SECOND_SELLER_SHARE = 0.7;
/** …and has run out of it this often. */
const SECOND_SELLER_OUT_SHARE = 0.25;

/** Every combination of the option values, in the order the options list them. */
function combinations(options: VariantProductSeed['options']): OptionValueSeed[][] {
  return options.reduce<OptionValueSeed[][]>(
    (partial, option) => partial.flatMap((values) => option.values.map((v) => [...values, v])),
    [[]],
  );
}

function inStock(rng: Rng, categoryId: string): number {
  const category = CATEGORIES.find((c) => c.id === categoryId)!;
  return rng.int(category.stock[0], category.stock[1]);
}

/**
 * What a search looks through for a product with variants: its name, brand and SKU as for any
 * product, then each variant's SKU and name. A buyer who types the SKU on a shoe box
 * ("VT-10265-42") or asks for a size or colour ("baskets pointure 42", "chaise bleu pétrole")
 * finds the product. Every search word must match (catalog/filters.ts), so extra words here
 * only let more searches find the product; they never hide it.
 */
export function variantProductSearchText(
  product: Pick<VariantCatalogRows['products'][number], 'name' | 'brand' | 'sku'>,
  variants: readonly Pick<VariantCatalogRows['product_variants'][number], 'sku' | 'name'>[],
): string {
  // Each word of the variants' names once: "pointure 38 39 … 46", not nine times "pointure".
  const nameWords = new Set(variants.flatMap((v) => searchKey(v.name).split(' ')));
  const own = searchKey(`${product.name} ${product.brand} ${product.sku}`);
  const skus = variants.map((v) => searchKey(v.sku));
  return [own, ...skus, ...nameWords].join(' ');
}

/**
 * The products of VARIANT_PRODUCTS with their variants and offers, identical on every run.
 * `after` gives where the numbering of products and offers goes on from.
 */
export function generateVariantProducts(
  after: Pick<CatalogRows, 'products' | 'offers'>,
  seed: number,
): VariantCatalogRows {
  const rng = createRng(seed ^ VARIANT_STREAM);
  const rows: VariantCatalogRows = {
    products: [],
    product_specs: [],
    offers: [],
    product_variants: [],
  };
  let productNo = after.products.length;
  let offerNo = after.offers.length;
  let variantNo = 0;

  for (const seedProduct of VARIANT_PRODUCTS) {
    productNo += 1;
    const id = `p-${String(productNo).padStart(4, '0')}`;
    const sku = `VT-${10_000 + productNo}`;
    const brand = rng.pick(seedProduct.brands);
    const product: VariantCatalogRows['products'][number] = {
      id,
      sku,
      slug: slugify(seedProduct.name),
      name: seedProduct.name,
      brand,
      description: seedProduct.desc,
      category_id: seedProduct.categoryId,
      vat_rate: CATEGORIES.find((c) => c.id === seedProduct.categoryId)!.vatRate,
      created_at: listedAt(rng),
      name_key: searchKey(seedProduct.name),
      // Completed with the variants below, once they are known.
      search_text: '',
    };
    rows.products.push(product);
    seedProduct.specs.forEach((spec, position) =>
      rows.product_specs.push({ product_id: id, position: position + 1, ...spec }),
    );

    const existing = combinations(seedProduct.options).filter(
      (values) => seedProduct.exists?.(values.map((v) => v.code)) ?? true,
    );
    existing.forEach((values, index) => {
      variantNo += 1;
      const variantId = `v-${String(variantNo).padStart(4, '0')}`;
      const codes = values.map((v) => v.code);
      const suffix = codes.join('-');
      rows.product_variants.push({
        id: variantId,
        product_id: id,
        position: index + 1,
        sku: `${sku}-${suffix}`,
        name: seedProduct.variantName(values.map((v) => v.label ?? v.value)),
        options: JSON.stringify(
          values.map((v, n) => ({ name: seedProduct.options[n]!.name, value: v.value })),
        ),
      });

      const soldOut = seedProduct.soldOut.includes(suffix);
      const reference = shelfPrice(seedProduct.price(codes));
      seedProduct.sellers.forEach((sellerId, n) => {
        if (n > 0 && !rng.chance(SECOND_SELLER_SHARE)) return;
        const out = soldOut || (n > 0 && rng.chance(SECOND_SELLER_OUT_SHARE));
        const stock = out ? 0 : inStock(rng, seedProduct.categoryId);
        offerNo += 1;
        rows.offers.push({
          ...offerRow({ no: offerNo, productId: id, sellerId, n, reference }, stock, rng),
          variant_id: variantId,
        });
      });
    });
    product.search_text = variantProductSearchText(
      product,
      rows.product_variants.filter((v) => v.product_id === id),
    );
  }
  return rows;
}
