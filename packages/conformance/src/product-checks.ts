import assert from 'node:assert/strict';
import type { PriceTier } from '@vitrine/core';
import { assertOfferShape, assertRejectsWith, grossOf, pairs } from './checks.js';
import type { Check } from './suite.js';

export const PRODUCT_CHECKS: readonly Check[] = [
  {
    name: 'product-detail',
    title: 'a listed product opens with its offers, the best one among them',
    async run({ firstPage, details }) {
      const listed = (await firstPage()).items.find((item) => item.bestOffer)!;
      const [detail] = await details(1);
      assert.ok(detail, 'the first product with an offer opens');
      assert.equal(detail.id, listed.id);
      assert.equal(detail.name, listed.name);
      assert.equal(typeof detail.description, 'string');
      assert.ok(Array.isArray(detail.specs), 'specs is a list, maybe empty');
      for (const spec of detail.specs) assert.ok(spec.name && typeof spec.value === 'string');
      assert.ok(detail.offers.length > 0, 'a product with a best offer has offers');
      detail.offers.forEach((offer, index) => assertOfferShape(offer, `offer ${index}`));
      assert.ok(
        detail.offers.some((offer) => offer.id === listed.bestOffer!.id),
        'the best offer of the list is one of the product’s offers',
      );
    },
  },
  {
    name: 'product-variants',
    title: 'variants have distinct options and each has an offer',
    notApplicable: (adapter) => (adapter.capabilities.variants ? null : 'no variants capability'),
    async run({ details }) {
      const withVariants = (await details(12)).find((detail) => (detail.variants?.length ?? 0) > 1);
      assert.ok(withVariants, 'declares variants, but none of the first 12 products has two');
      const variants = withVariants.variants!;
      const ids = new Set(variants.map((variant) => variant.id));
      assert.equal(ids.size, variants.length, 'variant ids are unique');
      const combinations = variants.map((variant) =>
        variant.options.map((option) => `${option.name}=${option.value}`).join('&'),
      );
      assert.equal(new Set(combinations).size, variants.length, 'each variant is one combination');
      for (const offer of withVariants.offers) {
        assert.ok(offer.variantId && ids.has(offer.variantId), `offer ${offer.id}'s variant`);
      }
      for (const variant of variants) {
        assert.ok(
          withVariants.offers.some((offer) => offer.variantId === variant.id),
          `variant ${variant.sku} has an offer`,
        );
      }
    },
  },
  {
    name: 'product-not-found',
    title: 'an unknown product is a not-found error',
    async run({ adapter }) {
      await assertRejectsWith(
        adapter.getProduct('vitrine-conformance-no-such-product'),
        ['not-found'],
        'getProduct of an unknown id',
      );
    },
  },
  {
    name: 'prices',
    title: 'one currency across the catalog; every offer price is exact',
    async run({ firstPage, details }) {
      const offers = [
        ...(await firstPage()).items.flatMap((item) => (item.bestOffer ? [item.bestOffer] : [])),
        ...(await details(6)).flatMap((detail) => detail.offers),
      ];
      offers.forEach((offer, index) => assertOfferShape(offer, `offer ${index}`));
      const currencies = new Set(offers.map((offer) => offer.price.currency));
      assert.equal(currencies.size, 1, `one currency per storefront, got ${[...currencies]}`);
    },
  },
  {
    name: 'tiers',
    title: 'quantity tiers rise in quantity and fall in price',
    notApplicable: (adapter) => (adapter.capabilities.tiers ? null : 'no tiers capability'),
    async run({ details }) {
      const offers = (await details(24)).flatMap((detail) => detail.offers);
      const tiered = offers.filter((offer) => offer.tiers?.length);
      assert.ok(tiered.length > 0, 'declares tiers, but none of the first 24 products has any');
      for (const offer of tiered) {
        const tiers = offer.tiers!;
        assert.ok(tiers[0]!.minQuantity >= 2, 'the first tier starts above one unit');
        // A tier states a unit price, or a discount off the base price (basis points).
        const gross = (tier: PriceTier) => {
          if (tier.price) {
            assert.equal(tier.price.currency, offer.price.currency, 'a tier keeps the currency');
            return grossOf(tier.price);
          }
          const discount = tier.discount ?? 0;
          assert.ok(discount > 0 && discount <= 10_000, `a tier discount is 0–100 %: ${discount}`);
          return (grossOf(offer.price) * (10_000 - discount)) / 10_000;
        };
        for (const [a, b] of pairs(tiers)) {
          assert.ok(b.minQuantity > a.minQuantity, `tiers of ${offer.id} rise in quantity`);
          assert.ok(gross(b) <= gross(a), `tiers of ${offer.id} fall in price`);
        }
        for (const tier of tiers) {
          assert.ok(gross(tier) <= grossOf(offer.price), 'a tier never costs more');
        }
      }
    },
  },
];
