import type { PriceExclTax, SellerRef } from '../catalog/types.js';
import type { PriceRule } from '@vitrine/core';

/** Shapes of the public cart API (mirrored by openapi.ts). */

export interface Amount {
  amount: number;
  currency: string;
}

export interface CartLine {
  id: string;
  offerId: string;
  productId: string;
  /** The variant's SKU when the offer sells a variant, else the product's. */
  sku: string;
  /** The product's name, and the variant's after " · " ("… · Pointure 42"). */
  name: string;
  imageUrl: string;
  seller: SellerRef;
  /** The unit price this cart's owner pays at this quantity (HT). */
  unitPrice: PriceExclTax;
  /** Which rule gave it: base price, price list or quantity tier. */
  priceRule: Exclude<PriceRule, 'negotiated'>;
  vatRate: number;
  quantity: number;
}

export interface CartTotals {
  exclTax: Amount;
  tax: Amount;
  inclTax: Amount;
}

export interface Cart {
  id: string;
  currency: string;
  lines: CartLine[];
  totals: CartTotals;
  createdAt: string;
  updatedAt: string;
}

export const SUPPORTED_CURRENCIES = ['EUR'] as const;
export const MAX_LINE_QUANTITY = 999;
