import type {
  CatalogFacets,
  Offer,
  ProductDetail,
  ProductSummary,
  ProductVariant,
} from '@vitrine/core';
import type { ChannelInfo } from './channel.js';
import { statedPrice, stockFromLevel } from './map-price.js';
import { hasMarkup, textFromHtml } from './plain-text.js';
import type {
  CollectionCounts,
  FacetValueCounts,
  ProductPayload,
  VariantPayload,
} from './schemas.js';

/** How the shop is set up, as far as reading its catalog goes. */
export interface CatalogSettings {
  /** Relative asset URLs resolve against it. */
  readonly baseUrl: string;
  readonly brandFacetCode: string;
  readonly lowStockLevel: number;
}

export interface CatalogMapping extends CatalogSettings {
  readonly channel: ChannelInfo;
  /** The collection being browsed: a product filed under several is shown under this one. */
  readonly categorySlug?: string | undefined;
}

function toOffer(variant: VariantPayload, mapping: CatalogMapping, isVariant: boolean): Offer {
  return {
    // addItemToOrder takes the variant's id: the variant is what is bought.
    id: variant.id,
    seller: mapping.channel.seller,
    price: statedPrice(
      variant.price,
      variant.priceWithTax,
      variant.currencyCode,
      variant.taxRateApplied.value,
      mapping.channel.pricesIncludeTax,
    ),
    stock: stockFromLevel(variant.stockLevel, mapping.lowStockLevel),
    ...(isVariant && { variantId: variant.id }),
  };
}

function toVariant(variant: VariantPayload, product: ProductPayload): ProductVariant {
  const groups = product.optionGroups.map((group) => group.code);
  const position = (code: string) => (groups.includes(code) ? groups.indexOf(code) : groups.length);
  const groupName = (code: string) =>
    product.optionGroups.find((group) => group.code === code)?.name ?? code;
  // Vendure lists a variant's options in no fixed order ("M Black" came as black, m): they
  // follow the product's option groups, so every variant reads size then colour.
  const options = [...variant.options].sort(
    (a, b) => position(a.group.code) - position(b.group.code),
  );
  return {
    id: variant.id,
    sku: variant.sku,
    name: variant.name,
    options: options.map((option) => ({ name: groupName(option.group.code), value: option.name })),
  };
}

/** Asset previews may be relative to the server (no `assetUrlPrefix`); a bad one is left out. */
function absoluteUrl(path: string | undefined, base: string): string | undefined {
  if (!path) return undefined;
  try {
    return new URL(path, base).href;
  } catch {
    return undefined;
  }
}

/** The offer shown and added by default: the cheapest that can be bought, else the cheapest. */
function bestOf(offers: readonly Offer[]): Offer | undefined {
  const cheapest = (candidates: readonly Offer[]) =>
    candidates.reduce<Offer | undefined>(
      (best, offer) => (!best || offer.price.amount < best.price.amount ? offer : best),
      undefined,
    );
  return cheapest(offers.filter((offer) => offer.stock > 0)) ?? cheapest(offers);
}

export function toProductDetail(product: ProductPayload, mapping: CatalogMapping): ProductDetail {
  // One variant without options is the product itself; options mean a choice to make.
  const hasVariants = product.optionGroups.length > 0 || product.variants.length > 1;
  const offers = product.variants.map((variant) => toOffer(variant, mapping, hasVariants));
  const bestOffer = bestOf(offers);
  const bestVariant = product.variants.find((variant) => variant.id === bestOffer?.id);
  const brand = product.facetValues.find((value) => value.facet.code === mapping.brandFacetCode);
  // A product may sit in several collections (a parent and its child): the one browsed, else
  // the first.
  const collection =
    product.collections.find((candidate) => candidate.slug === mapping.categorySlug) ??
    product.collections[0];
  const imageUrl = absoluteUrl(product.featuredAsset?.preview, mapping.baseUrl);
  return {
    id: product.id,
    sku: bestVariant?.sku ?? '',
    name: product.name,
    offerCount: offers.length,
    ...(hasVariants && { variantCount: product.variants.length }),
    ...(brand && { brand: brand.name }),
    ...(imageUrl && { imageUrl }),
    ...(collection && { category: { id: collection.slug, name: collection.name } }),
    ...(bestOffer && { bestOffer }),
    description: hasMarkup(product.description)
      ? textFromHtml(product.description)
      : product.description,
    ...(hasMarkup(product.description) && { descriptionHtml: product.description }),
    specs: [],
    offers,
    ...(hasVariants && { variants: product.variants.map((v) => toVariant(v, product)) }),
  };
}

export function toProductSummary(product: ProductPayload, mapping: CatalogMapping): ProductSummary {
  const {
    description: _description,
    descriptionHtml: _descriptionHtml,
    specs: _specs,
    offers: _offers,
    variants: _variants,
    ...summary
  } = toProductDetail(product, mapping);
  return summary;
}

/**
 * Facet counts of a search: categories are collections (what the category filter and
 * listCategories speak of), brands the values of the brand facet, identified by their name.
 */
export function toFacets(
  facetValues: FacetValueCounts,
  collections: CollectionCounts,
  brandFacetCode: string,
): CatalogFacets {
  return {
    categories: collections.map(({ count, collection }) => ({
      id: collection.slug,
      name: collection.name,
      count,
    })),
    brands: facetValues
      .filter(({ facetValue }) => facetValue.facet.code === brandFacetCode)
      .map(({ count, facetValue }) => ({ id: facetValue.name, name: facetValue.name, count })),
  };
}
