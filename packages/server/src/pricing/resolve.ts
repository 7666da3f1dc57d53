import {
  resolveUnitPrice,
  type NegotiatedPrice,
  type Price,
  type PriceListPrice,
  type PriceRule,
  type PriceTier,
} from '@vitrine/core';
import type { PricingCustomer } from '../auth/types.js';
import type { OfferPricing } from './repository.js';

/*
 * Unit prices through the pricing engine of @vitrine/core (`resolveUnitPrice`): base price →
 * the customer's price list (a company's before a customer group's) → quantity tiers → a
 * negotiated price from a quote. The server only turns its rows into the engine's inputs, so
 * the widgets and the server can never disagree on a price.
 */

export interface ResolvedUnitPrice {
  /** HT, minor units. */
  amount: number;
  rule: PriceRule;
  listName?: string;
  minQuantity?: number;
}

function htPrice(pricing: OfferPricing, amount: number): Price {
  return { amount, currency: pricing.currency, includesTax: false, vatRate: pricing.vatRate };
}

function priceLists(pricing: OfferPricing): PriceListPrice[] {
  return pricing.lists.map((list) => ({
    id: list.id,
    name: list.name,
    ...(list.companyId !== null ? { companyId: list.companyId } : {}),
    ...(list.customerGroupId !== null ? { customerGroup: list.customerGroupId } : {}),
    ...(list.price !== null ? { price: htPrice(pricing, list.price) } : {}),
    ...(list.discount !== null ? { discount: list.discount } : {}),
  }));
}

function tiers(pricing: OfferPricing): PriceTier[] {
  return pricing.tiers.map((tier) => ({
    minQuantity: tier.minQuantity,
    ...(tier.priceListId !== null ? { priceListId: tier.priceListId } : {}),
    ...(tier.price !== null ? { price: htPrice(pricing, tier.price) } : {}),
    ...(tier.discount !== null ? { discount: tier.discount } : {}),
  }));
}

export function resolveOfferPrice(
  pricing: OfferPricing,
  quantity: number,
  customer: PricingCustomer | undefined,
  negotiated?: { quoteId: string; amount: number; validUntil: string },
): ResolvedUnitPrice {
  const negotiatedPrice: NegotiatedPrice | undefined =
    negotiated === undefined
      ? undefined
      : {
          quoteId: negotiated.quoteId,
          price: htPrice(pricing, negotiated.amount),
          validUntil: negotiated.validUntil,
        };
  const resolved = resolveUnitPrice({
    base: htPrice(pricing, pricing.basePrice),
    priceLists: priceLists(pricing),
    tiers: tiers(pricing),
    quantity,
    ...(customer !== undefined ? { customer } : {}),
    ...(negotiatedPrice !== undefined ? { negotiated: negotiatedPrice } : {}),
    mode: 'half-up',
  });
  return {
    amount: resolved.unit.amount,
    rule: resolved.rule,
    ...(resolved.listName !== undefined ? { listName: resolved.listName } : {}),
    ...(resolved.minQuantity !== undefined ? { minQuantity: resolved.minQuantity } : {}),
  };
}
