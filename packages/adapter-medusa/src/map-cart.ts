import { minorUnitsFromDecimal, type Cart, type CartLine, type SellerRef } from '@vitrine/core';
import type { CartPayload, LineItemPayload } from './schemas.js';
import { vatRateFromTaxLines } from './tax-rate.js';

/** Medusa's name for the only variant of a product without options. */
const DEFAULT_VARIANT = /^default( variant)?$/i;

/** "Medusa T-Shirt · S / Black"; a product's only variant adds nothing to its name. */
function lineName(item: LineItemPayload): string {
  const product = item.product_title ?? item.title ?? '';
  const variant = item.variant_title;
  return variant && !DEFAULT_VARIANT.test(variant) ? `${product} · ${variant}` : product;
}

function toLine(item: LineItemPayload, currency: string, seller: SellerRef): CartLine {
  return {
    id: item.id,
    // An offer is a variant (see map-product.ts), so the variant id finds the offer again.
    offerId: item.variant_id ?? '',
    productId: item.product_id ?? '',
    sku: item.variant_sku ?? '',
    name: lineName(item),
    seller,
    // The unit price Medusa charges: price lists and quantity tiers are already applied.
    unitPrice: {
      amount: minorUnitsFromDecimal(item.unit_price, currency),
      currency,
      includesTax: item.is_tax_inclusive,
      // No tax lines until the cart has a shipping country: Medusa then charges no tax.
      vatRate: vatRateFromTaxLines(item.tax_lines ?? []),
    },
    quantity: item.quantity,
    ...(item.thumbnail && { imageUrl: item.thumbnail }),
  };
}

/**
 * Medusa keeps its tax amounts unrounded (a line's tax of 2.3949579831932772 €) and states no
 * rounding rule, so the cart declares none: the storefront's own applies to what it shows.
 */
export function toCart(payload: CartPayload, seller: SellerRef): Cart {
  const currency = payload.currency_code.toUpperCase();
  return {
    id: payload.id,
    currency,
    lines: (payload.items ?? []).map((item) => toLine(item, currency, seller)),
  };
}
