import { generateCatalog, SEED, type CatalogRows } from './generate.js';
import { generateVariantProducts } from './variants.js';

/**
 * The whole reference catalog, identical on every run: the products without variants, then
 * those with variants (numbered after them, so that adding one changes no earlier id).
 */
export function referenceCatalog(seed = SEED): CatalogRows {
  const simple = generateCatalog(seed);
  const withVariants = generateVariantProducts(simple, seed);
  return {
    sellers: simple.sellers,
    categories: simple.categories,
    products: [...simple.products, ...withVariants.products],
    product_specs: [...simple.product_specs, ...withVariants.product_specs],
    // Every row names the column: the seed inserts the columns of the first row.
    offers: [
      ...simple.offers.map((offer) => ({ ...offer, variant_id: null })),
      ...withVariants.offers,
    ],
    product_variants: withVariants.product_variants,
  };
}
