import type { PricingCustomer } from '../auth/types.js';
import type { Queryable } from '../db.js';
import { loadOfferPricing, type OfferPricing } from '../pricing/repository.js';
import { resolveOfferPrice } from '../pricing/resolve.js';
import type { Offer, ProductDetail, ProductPage, QuantityTier, YourPrice } from './types.js';

/*
 * Catalog prices for the caller: `yourPrice` (their price list, at quantity 1) for signed-in
 * customers, and the quantity tiers they see on a product's offers. The public fields (`price`)
 * never change with the caller, so cached pages and old clients keep working.
 */

function yourPrice(pricing: OfferPricing, customer: PricingCustomer): YourPrice {
  const resolved = resolveOfferPrice(pricing, 1, customer);
  return {
    unitPrice: { amount: resolved.amount, currency: pricing.currency, includesTax: false },
    rule: resolved.rule === 'negotiated' ? 'base' : resolved.rule,
    listName: resolved.listName ?? null,
  };
}

/** The quantities from which the caller's unit price drops, with that price. */
export function quantityTiers(
  pricing: OfferPricing,
  customer: PricingCustomer | undefined,
): QuantityTier[] {
  const breaks = [...new Set(pricing.tiers.map((t) => t.minQuantity))].sort((a, b) => a - b);
  const rows: QuantityTier[] = [];
  let previous = resolveOfferPrice(pricing, 1, customer).amount;
  for (const minQuantity of breaks) {
    const amount = resolveOfferPrice(pricing, minQuantity, customer).amount;
    if (amount >= previous) continue;
    rows.push({
      minQuantity,
      unitPrice: { amount, currency: pricing.currency, includesTax: false },
    });
    previous = amount;
  }
  return rows;
}

export async function personalisePage(
  db: Queryable,
  page: ProductPage,
  customer: PricingCustomer | undefined,
): Promise<ProductPage> {
  if (customer === undefined) return page;
  const offers = page.items.flatMap((p) => (p.bestOffer ? [p.bestOffer.id] : []));
  const pricing = await loadOfferPricing(db, offers, customer);
  return {
    ...page,
    items: page.items.map((item) => {
      const offerPricing = item.bestOffer ? pricing.get(item.bestOffer.id) : undefined;
      if (item.bestOffer === null || offerPricing === undefined) return item;
      return {
        ...item,
        bestOffer: { ...item.bestOffer, yourPrice: yourPrice(offerPricing, customer) },
      };
    }),
  };
}

export async function personaliseDetail(
  db: Queryable,
  product: ProductDetail,
  customer: PricingCustomer | undefined,
): Promise<ProductDetail> {
  const pricing = await loadOfferPricing(
    db,
    product.offers.map((o) => o.id),
    customer,
  );
  const withPrices = (offer: Offer, detail: boolean): Offer => {
    const offerPricing = pricing.get(offer.id);
    if (offerPricing === undefined) return offer;
    return {
      ...offer,
      ...(customer !== undefined ? { yourPrice: yourPrice(offerPricing, customer) } : {}),
      ...(detail ? { tiers: quantityTiers(offerPricing, customer) } : {}),
    };
  };
  return {
    ...product,
    bestOffer: product.bestOffer === null ? null : withPrices(product.bestOffer, false),
    offers: product.offers.map((offer) => withPrices(offer, true)),
  };
}
