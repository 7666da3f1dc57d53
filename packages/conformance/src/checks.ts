import assert from 'node:assert/strict';
import {
  isCurrencyCode,
  isVitrineError,
  splitPrice,
  type Offer,
  type Price,
  type ProductSummary,
  type VitrineErrorCode,
} from '@vitrine/core';

/** Assertions shared by the checks: each says what the contract requires, in its message. */

export function assertPriceShape(price: Price, where: string): void {
  assert.ok(
    Number.isSafeInteger(price.amount) && price.amount >= 0,
    `${where}: amount must be a whole, non-negative number of minor units, got ${price.amount}`,
  );
  assert.ok(isCurrencyCode(price.currency), `${where}: unknown currency ${price.currency}`);
  assert.equal(typeof price.includesTax, 'boolean', `${where}: includesTax must be a boolean`);
  assert.ok(
    Number.isInteger(price.vatRate) && price.vatRate >= 0 && price.vatRate <= 10_000,
    `${where}: vatRate must be basis points from 0 to 10000, got ${price.vatRate}`,
  );
}

export function assertOfferShape(offer: Offer, where: string): void {
  assert.ok(offer.id, `${where}: an offer needs an id`);
  assert.ok(offer.seller.id && offer.seller.name, `${where}: an offer needs its seller`);
  assert.ok(
    Number.isInteger(offer.stock) && offer.stock >= 0,
    `${where}: stock must be a whole number ≥ 0, got ${offer.stock}`,
  );
  assertPriceShape(offer.price, `${where} price`);
}

export function assertSummaryShape(product: ProductSummary, where: string): void {
  assert.ok(typeof product.id === 'string' && product.id, `${where}: a product needs an id`);
  assert.ok(typeof product.name === 'string' && product.name, `${where}: a product needs a name`);
  assert.equal(typeof product.sku, 'string', `${where}: sku must be a string`);
  assert.ok(
    Number.isInteger(product.offerCount) && product.offerCount >= (product.bestOffer ? 1 : 0),
    `${where}: offerCount must count the best offer, got ${product.offerCount}`,
  );
  if (product.bestOffer) assertOfferShape(product.bestOffer, `${where} best offer`);
}

/** The price incl. VAT of one unit, whichever way the backend stated it. */
export function grossOf(price: Price): number {
  return splitPrice(price).incl;
}

/**
 * Two statements of the same price: equal amounts when stated the same way, else equal
 * within the one minor unit that converting HT ↔ TTC may round away.
 */
export function assertSamePrice(actual: Price, expected: Price, where: string): void {
  assert.equal(actual.currency, expected.currency, `${where}: currency`);
  if (actual.includesTax === expected.includesTax) {
    assert.equal(actual.amount, expected.amount, `${where}: amount`);
  } else {
    const gap = Math.abs(grossOf(actual) - grossOf(expected));
    assert.ok(gap <= 1, `${where}: ${grossOf(actual)} TTC differs from ${grossOf(expected)} TTC`);
  }
}

/** Awaits a rejection that is a VitrineError with one of the codes. */
export async function assertRejectsWith(
  promise: Promise<unknown>,
  codes: readonly VitrineErrorCode[],
  what: string,
): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(isVitrineError(error), `${what}: must reject with a VitrineError, got ${error}`);
    assert.ok(
      codes.includes(error.code),
      `${what}: error code must be ${codes.join(' or ')}, got ${error.code} (${error.message})`,
    );
    assert.ok(error.message, `${what}: the error needs a message the shopper can read`);
    return true;
  });
}

/** Consecutive pairs of a list, to check an order. */
export function pairs<T>(items: readonly T[]): [T, T][] {
  return items.slice(1).map((item, index) => [items[index]!, item]);
}
