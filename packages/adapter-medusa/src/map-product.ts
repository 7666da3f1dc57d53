import {
  MAX_LINE_QUANTITY,
  splitPrice,
  type CategoryRef,
  type Offer,
  type ProductDetail,
  type ProductImage,
  type ProductSpec,
  type ProductSummary,
  type ProductVariant,
  type SellerRef,
} from '@vitrine/core';
import { priceFromCalculated, regularPriceFromCalculated } from './map-price.js';
import type { ProductPayload, VariantPayload } from './schemas.js';

/**
 * Units a variant can sell: Medusa's count when it manages the inventory; when it does not, or
 * sells on backorder, as many as one cart line takes.
 */
function stockOf(variant: VariantPayload): number {
  if (!variant.manage_inventory || variant.allow_backorder) return MAX_LINE_QUANTITY;
  return Math.max(0, variant.inventory_quantity ?? 0);
}

/** Each priced variant is one offer of the store (Medusa sells for one merchant). */
function offersOf(product: ProductPayload, seller: SellerRef): Offer[] {
  return (product.variants ?? []).flatMap((variant) => {
    const calculated = variant.calculated_price;
    const price = calculated && priceFromCalculated(calculated);
    if (!price) return [];
    const regularPrice = regularPriceFromCalculated(calculated, price);
    const offer = { id: variant.id, variantId: variant.id, seller, price, stock: stockOf(variant) };
    return [regularPrice ? { ...offer, regularPrice } : offer];
  });
}

/** The cheapest offer in stock, by its price incl. VAT; the cheapest at all when none is. */
function bestOf(offers: readonly Offer[]): Offer | undefined {
  const gross = (offer: Offer) => splitPrice(offer.price).incl;
  const cheapest = (candidates: readonly Offer[]) =>
    candidates.reduce<Offer | undefined>(
      (best, offer) => (!best || gross(offer) < gross(best) ? offer : best),
      undefined,
    );
  return cheapest(offers.filter((offer) => offer.stock > 0)) ?? cheapest(offers);
}

function variantsOf(product: ProductPayload): ProductVariant[] {
  const optionTitles = new Map((product.options ?? []).map((option) => [option.id, option.title]));
  return (product.variants ?? []).map((variant) => ({
    id: variant.id,
    sku: variant.sku ?? '',
    name: variant.title ?? '',
    options: (variant.options ?? []).map((value) => ({
      name: value.option?.title ?? optionTitles.get(value.option_id ?? '') ?? '',
      value: value.value,
    })),
  }));
}

/**
 * The product's category: the one the catalog is filtered by when it is among the product's
 * (a product can sit in several), else its first.
 */
function categoryOf(product: ProductPayload, filteredBy: string): CategoryRef | undefined {
  const categories = product.categories ?? [];
  const category = categories.find((c) => c.id === filteredBy) ?? categories[0];
  return category && { id: category.id, name: category.name };
}

export function toProductSummary(
  product: ProductPayload,
  seller: SellerRef,
  filteredBy = '',
): ProductSummary {
  return summaryOf(product, offersOf(product, seller), filteredBy);
}

function summaryOf(
  product: ProductPayload,
  offers: readonly Offer[],
  filteredBy: string,
): ProductSummary {
  const bestOffer = bestOf(offers);
  const variants = product.variants ?? [];
  // The SKU shown is the one added by default: the best offer's variant.
  const skuVariant = variants.find((variant) => variant.id === bestOffer?.id) ?? variants[0];
  const imageUrl = product.thumbnail ?? product.images?.[0]?.url;
  const category = categoryOf(product, filteredBy);
  return {
    id: product.id,
    sku: skuVariant?.sku ?? '',
    name: product.title,
    offerCount: offers.length,
    ...(variants.length > 1 && { variantCount: variants.length }),
    ...(imageUrl && { imageUrl }),
    ...(category && { category }),
    ...(bestOffer && { bestOffer }),
  };
}

/** Medusa's descriptive attributes that mean the same in every shop. */
function specsOf(product: ProductPayload): ProductSpec[] {
  return [
    ...(product.material ? [{ name: 'Material', value: product.material }] : []),
    ...(product.origin_country
      ? [{ name: 'Country of origin', value: product.origin_country.toUpperCase() }]
      : []),
  ];
}

/**
 * The gallery: the summary's picture first (the thumbnail, when Medusa has one apart), then the
 * images by rank. Medusa keeps no alt text: each says the product's title.
 */
function imagesOf(product: ProductPayload, imageUrl: string | undefined): ProductImage[] {
  const ranked = (product.images ?? [])
    .map((image, index) => ({ url: image.url, order: image.rank ?? index }))
    .sort((a, b) => a.order - b.order)
    .map((image) => image.url);
  const urls = [...new Set([...(imageUrl ? [imageUrl] : []), ...ranked])].filter(Boolean);
  return urls.map((url) => ({ url, alt: product.title }));
}

export function toProductDetail(product: ProductPayload, seller: SellerRef): ProductDetail {
  const variants = variantsOf(product);
  const offers = offersOf(product, seller);
  const summary = summaryOf(product, offers, '');
  const images = imagesOf(product, summary.imageUrl);
  return {
    ...summary,
    ...(images.length > 0 && { images }),
    description: product.description ?? '',
    specs: specsOf(product),
    offers,
    // One variant is the product itself: no choice to show.
    ...(variants.length > 1 && { variants }),
  };
}
