import type { PriceExclTax, SellerRef } from '../catalog/types.js';

/** Shapes of the public cart API (mirrored by openapi.ts). */

export interface Amount {
  amount: number;
  currency: string;
}

export interface CartLine {
  id: string;
  offerId: string;
  productId: string;
  sku: string;
  name: string;
  imageUrl: string;
  seller: SellerRef;
  unitPrice: PriceExclTax;
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
