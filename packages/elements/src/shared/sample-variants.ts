import { sampleProducts } from '@vitrine/adapter-memory';
import type { ProductDetail } from '@vitrine/core';

/*
 * A product with variants, a rich description and a document, for the stories and tests of
 * the product page (the sample catalog has none: the reference server sells no variants).
 */

/** A work jacket in S / M and navy / grey, no grey S; each variant sold by one seller. */
const base = sampleProducts.find((p) => p.bestOffer && p.bestOffer.stock > 0)!;
// The jacket's own offers: no quantity tiers or rules borrowed from the base product.
const { tiers: _tiers, quantityRules: _rules, ...offer } = base.bestOffer!;
const variant = (id: string, size: string, colour: string) => ({
  id,
  sku: `VESTE-${size}-${colour}`,
  name: `Veste ${size} ${colour}`,
  options: [
    { name: 'Size', value: size },
    { name: 'Colour', value: colour },
  ],
});
const jacketOffers = ['s-navy', 'm-navy', 'm-grey'].map((variantId, index) => ({
  ...offer,
  id: `offer-${variantId}`,
  variantId,
  stock: 10,
  price: { ...offer.price, amount: 5000 + index * 100 },
}));
export const jacket: ProductDetail = {
  ...base,
  id: 'jacket',
  sku: 'VESTE',
  name: 'Work jacket',
  brand: 'Atelier Bleu',
  specs: [
    { name: 'Material', value: 'Cotton canvas' },
    { name: 'Weight', value: '480', unit: 'g' },
  ],
  variants: [
    variant('s-navy', 'S', 'Navy'),
    variant('m-navy', 'M', 'Navy'),
    variant('m-grey', 'M', 'Grey'),
  ],
  offers: jacketOffers,
  bestOffer: jacketOffers[1]!,
  description: 'Plain text: tough cotton.',
  descriptionHtml:
    '<p>Tough <strong>cotton</strong>.</p><img src=x onerror="window.__pwned = true"><script>window.__pwned = true</script><a href="https://example.com/care">Care</a>',
  documents: [
    {
      id: 'doc-1',
      kind: 'safety',
      title: 'Fiche de données de sécurité',
      url: 'https://example.com/fds.pdf',
      sizeBytes: 245_000,
    },
  ],
};
