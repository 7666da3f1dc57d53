import type { Cart, CatalogFacets, FacetCount, Offer, ProductSummary } from '@vitrine/core';
import type { CartPayload, FacetsPayload, OfferPayload, ProductSummaryPayload } from './schemas.js';

/** Turns validated payloads into core types; relative image URLs resolve against the API. */
export function createMappers(baseUrl: string) {
  const url = (path: string | null | undefined) => (path ? new URL(path, baseUrl).href : undefined);

  function toOffer(payload: OfferPayload, vatRate: number): Offer {
    // A signed-in customer pays their own price; the public one shows struck through.
    const own = payload.yourPrice?.unitPrice;
    const differs = own && own.amount !== payload.price.amount;
    return {
      id: payload.id,
      seller: payload.seller,
      price: { ...(own ?? payload.price), vatRate },
      ...(differs && { regularPrice: { ...payload.price, vatRate } }),
      stock: payload.stock,
      ...(payload.leadTimeDays != null && { leadTimeDays: payload.leadTimeDays }),
      ...(payload.tiers?.length && {
        tiers: payload.tiers.map((tier) => ({
          minQuantity: tier.minQuantity,
          price: { ...tier.unitPrice, vatRate },
        })),
      }),
    };
  }

  function toProduct(payload: ProductSummaryPayload): ProductSummary {
    const imageUrl = url(payload.imageUrl);
    return {
      id: payload.id,
      sku: payload.sku,
      name: payload.name,
      offerCount: payload.offerCount,
      ...(payload.brand && { brand: payload.brand }),
      ...(imageUrl && { imageUrl }),
      // The slug is what the API filters by, so it is the category's id for the storefront.
      ...(payload.category && {
        category: { id: payload.category.slug, name: payload.category.name },
      }),
      ...(payload.bestOffer && { bestOffer: toOffer(payload.bestOffer, payload.vatRate) }),
    };
  }

  function toCart(payload: CartPayload): Cart {
    return {
      id: payload.id,
      currency: payload.currency,
      lines: payload.lines.map((line) => {
        const imageUrl = url(line.imageUrl);
        return {
          id: line.id,
          offerId: line.offerId,
          productId: line.productId,
          sku: line.sku,
          name: line.name,
          unitPrice: { ...line.unitPrice, vatRate: line.vatRate },
          quantity: line.quantity,
          ...(imageUrl && { imageUrl }),
          ...(line.seller && { seller: line.seller }),
        };
      }),
    };
  }

  /** A category's value is its slug, as for products; a brand's value is its name. */
  function toFacets({ categories, brands, availability }: FacetsPayload): CatalogFacets {
    const counts = (values: FacetsPayload['brands']): FacetCount[] =>
      values.map(({ value, label, count }) => ({ id: value, name: label, count }));
    return { categories: counts(categories), brands: counts(brands), availability };
  }

  return { url, toOffer, toProduct, toCart, toFacets };
}
