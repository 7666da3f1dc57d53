import type { Offer, ProductDetail, ProductSummary } from './catalog.js';
import { currencyExponent } from './currency.js';
import { toDecimalString } from './format.js';
import { splitPrice } from './price.js';

/** schema.org Offer for one seller's offer: the consumer price (incl. VAT), as search engines expect. */
function offerData(offer: Offer) {
  const incl = splitPrice(offer.price).incl;
  return {
    '@type': 'Offer',
    price: toDecimalString(incl, currencyExponent(offer.price.currency)),
    priceCurrency: offer.price.currency,
    availability: `https://schema.org/${offer.stock > 0 ? 'InStock' : 'OutOfStock'}`,
    seller: { '@type': 'Organization', name: offer.seller.name },
  };
}

/**
 * schema.org Product data for crawlers that do not run shadow DOM: name, SKU, brand, image and
 * offers. Products without a valid offer are described without one, never with a price of 0.
 */
export function productStructuredData(product: ProductSummary | ProductDetail, url?: string) {
  const offers =
    'offers' in product ? product.offers : product.bestOffer ? [product.bestOffer] : [];
  const valid = offers.flatMap((offer) => {
    try {
      return [offerData(offer)];
    } catch {
      return [];
    }
  });
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: product.name,
    sku: product.sku,
    ...(product.brand && { brand: { '@type': 'Brand', name: product.brand } }),
    ...(product.imageUrl && { image: product.imageUrl }),
    ...('description' in product && product.description && { description: product.description }),
    ...(url && { url }),
    ...(valid.length === 1 && { offers: valid[0] }),
    ...(valid.length > 1 && { offers: valid }),
  };
}
