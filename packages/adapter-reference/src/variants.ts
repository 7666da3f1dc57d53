import { VitrineError, type ProductVariant } from '@vitrine/core';
import type { OfferPayload, VariantPayload } from './schemas.js';

/**
 * The product's variants for the storefront, once the offers agree with them: with variants,
 * every offer names one of them (an offer naming none, or another, could never be chosen, so
 * the answer cannot be trusted). A single variant is the product itself: no choice to show.
 */
export function toVariants(
  variants: readonly VariantPayload[],
  offers: readonly OfferPayload[],
): ProductVariant[] | undefined {
  if (variants.length === 0) return undefined;
  const ids = new Set(variants.map((variant) => variant.id));
  const fields = [
    ...(ids.size === variants.length
      ? []
      : [{ path: 'variants', message: 'Two variants share an id' }]),
    ...offers.flatMap((offer, index) =>
      offer.variantId != null && ids.has(offer.variantId)
        ? []
        : [{ path: `offers.${index}.variantId`, message: 'Names none of the product’s variants' }],
    ),
  ];
  if (fields.length > 0) {
    throw new VitrineError('invalid-response', 'The shop sent an answer we cannot read.', {
      fields,
    });
  }
  if (variants.length === 1) return undefined;
  return variants.map(({ id, sku, name, options }) => ({
    id,
    sku,
    name,
    options: options.map((option) => ({ name: option.name, value: option.value })),
  }));
}
