import type { ProductDetail } from './catalog.js';
import { chooseOption, offersOfVariant, type OptionChoice } from './variants.js';

/** Whether any seller has this variant in stock. */
export function isVariantInStock(
  product: Pick<ProductDetail, 'offers'>,
  variantId: string,
): boolean {
  return offersOfVariant(product, variantId).some((offer) => offer.stock > 0);
}

/**
 * Whether choosing `value` for `name` (the other choices kept, or moved as `chooseOption` moves
 * them) leads to a variant that no seller has in stock: the picker says so before the buyer
 * chooses it.
 */
export function isOptionSoldOut(
  product: Pick<ProductDetail, 'offers' | 'variants'>,
  current: OptionChoice,
  name: string,
  value: string,
): boolean {
  const variant = chooseOption(product.variants ?? [], current, name, value);
  return variant !== undefined && !isVariantInStock(product, variant.id);
}
