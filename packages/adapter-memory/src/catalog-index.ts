import { indexProducts, type ProductDetail, type ProductIndex } from '@vitrine/core';

/** One index per catalogue, shared by every adapter over it (stories create many). */
const indexes = new WeakMap<readonly ProductDetail[], ProductIndex<ProductDetail>>();

/**
 * Core's product index of a catalogue, built on its first search and kept: search words, sort
 * keys and the reference server's orders, computed once instead of on every query. Prices
 * compare excl. VAT, as the server's do.
 */
export function catalogIndex(products: readonly ProductDetail[]): ProductIndex<ProductDetail> {
  let index = indexes.get(products);
  if (!index) indexes.set(products, (index = indexProducts(products)));
  return index;
}
