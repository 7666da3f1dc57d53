import assert from 'node:assert/strict';
import type { Offer } from '@vitrine/core';
import { assertPriceShape, assertRejectsWith, assertSamePrice } from './checks.js';
import type { Check, CheckContext } from './suite.js';

/** An offer the checks can put 3 of in a cart: in stock, no quantity rule against it. */
async function buyableOffer({ firstPage }: CheckContext): Promise<Offer> {
  const offer = (await firstPage()).items
    .flatMap((item) => (item.bestOffer ? [item.bestOffer] : []))
    .find(
      (candidate) =>
        candidate.stock >= 3 &&
        !candidate.quantityRules &&
        !candidate.tiers?.some((tier) => tier.minQuantity <= 3),
    );
  assert.ok(offer, 'the first page needs an offer with 3 in stock and no quantity rule');
  return offer;
}

export const CART_CHECKS: readonly Check[] = [
  {
    name: 'cart-lifecycle',
    title: 'create, add, read, change and remove a line',
    async run(context) {
      const { adapter } = context;
      const offer = await buyableOffer(context);
      const created = await adapter.createCart(offer.price.currency);
      assert.ok(created.id, 'a new cart has an id');
      assert.equal(created.currency, offer.price.currency);
      assert.deepEqual(created.lines, [], 'a new cart is empty');

      const added = await adapter.addCartLine(created.id, offer.id, 2);
      assert.equal(added.lines.length, 1, 'adding an offer makes one line');
      const line = added.lines[0]!;
      assert.equal(line.offerId, offer.id);
      assert.equal(line.quantity, 2);
      assert.ok(line.name, 'a line carries its product name');
      assertPriceShape(line.unitPrice, 'line unit price');
      assertSamePrice(line.unitPrice, offer.price, 'the line costs what the offer said');

      const read = await adapter.getCart(added.id);
      assert.equal(read.id, added.id);
      assert.deepEqual(
        read.lines.map(({ id, offerId, quantity }) => ({ id, offerId, quantity })),
        [{ id: line.id, offerId: offer.id, quantity: 2 }],
        'reading the cart gives back the line',
      );

      const changed = await adapter.updateCartLine(added.id, line.id, 3);
      assert.equal(changed.lines.length, 1);
      assert.equal(changed.lines[0]!.quantity, 3, 'the quantity changes');

      const emptied = await adapter.removeCartLine(added.id, line.id);
      assert.deepEqual(emptied.lines, [], 'removing the only line empties the cart');
    },
  },
  {
    name: 'cart-not-found',
    title: 'an unknown cart is a not-found error (the storefront then starts a new one)',
    async run({ adapter }) {
      await assertRejectsWith(
        adapter.getCart('vitrine-conformance-no-such-cart'),
        ['not-found'],
        'getCart of an unknown id',
      );
    },
  },
  {
    name: 'cart-invalid-quantity',
    title: 'a quantity of 0 is refused and the cart keeps its line',
    async run(context) {
      const { adapter } = context;
      const offer = await buyableOffer(context);
      const cart = await adapter.addCartLine(
        (await adapter.createCart(offer.price.currency)).id,
        offer.id,
        1,
      );
      const line = cart.lines[0]!;
      await assertRejectsWith(
        adapter.updateCartLine(cart.id, line.id, 0),
        ['invalid-input', 'validation'],
        'updating a line to 0',
      );
      const after = await adapter.getCart(cart.id);
      assert.deepEqual(
        after.lines.map(({ id, quantity }) => ({ id, quantity })),
        [{ id: line.id, quantity: 1 }],
        'the refused change lost nothing',
      );
      await adapter.removeCartLine(cart.id, line.id);
    },
  },
];
