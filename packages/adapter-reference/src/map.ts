import type {
  Cart,
  CatalogFacets,
  FacetCount,
  Offer,
  ProductDetail,
  ProductSummary,
} from '@vitrine/core';
import type {
  CartPayload,
  FacetsPayload,
  OfferPayload,
  ProductImagesPayload,
  ProductSummaryPayload,
} from './schemas.js';

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
      ...(payload.variantId != null && { variantId: payload.variantId }),
    };
  }

  /**
   * The summary's fields of a list item or of a product detail; a detail's payload also carries
   * the gallery, mapped here with the other pictures so that every URL resolves the same way.
   */
  function toProduct(
    payload: ProductSummaryPayload & { images?: ProductImagesPayload },
  ): ProductSummary & Pick<ProductDetail, 'images'> {
    const imageUrl = url(payload.imageUrl);
    const images = payload.images?.flatMap(({ url: path, alt }) => {
      const absolute = url(path);
      return absolute ? [{ url: absolute, alt }] : []; // an empty URL shows nothing
    });
    return {
      id: payload.id,
      sku: payload.sku,
      name: payload.name,
      offerCount: payload.offerCount,
      ...(payload.brand && { brand: payload.brand }),
      ...(imageUrl && { imageUrl }),
      ...(images?.length && { images }),
      // The slug is what the API filters by, so it is the category's id for the storefront.
      ...(payload.category && {
        category: { id: payload.category.slug, name: payload.category.name },
      }),
      ...(payload.bestOffer && { bestOffer: toOffer(payload.bestOffer, payload.vatRate) }),
      // Core reads an absent count as one form: only a real choice is worth a count.
      ...(payload.variantCount !== undefined &&
        payload.variantCount > 1 && { variantCount: payload.variantCount }),
      ...(payload.rating && { rating: payload.rating }),
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

  /**
   * A category's value is its slug, as for products; a brand's value is its name, a seller's its
   * id, a specification value's its text with the unit ("0,7 mm"), what the filter takes back.
   */
  function toFacets(payload: FacetsPayload): CatalogFacets {
    const counts = (values: FacetsPayload['brands']): FacetCount[] =>
      values.map(({ value, label, count }) => ({ id: value, name: label, count }));
    const { sellers, price, specs } = payload;
    return {
      categories: counts(payload.categories),
      brands: counts(payload.brands),
      availability: payload.availability,
      ...(sellers && { sellers: counts(sellers) }),
      ...(price && { price }),
      ...(specs && { specs: specs.map(({ name, values }) => ({ name, values: counts(values) })) }),
    };
  }

  return { url, toOffer, toProduct, toCart, toFacets };
}
