import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_QUERY, isVitrineError } from '@vitrine/core';
import { createMedusaAdapter } from '../src/index.js';
import { LIVE_VARIABLES, liveMedusa } from './support/live.js';

/**
 * What the recordings cannot show, checked on a real Medusa 2 server when one is named (see
 * support/live.ts). Each test leaves at most an emptied cart behind.
 */
const live = liveMedusa();

describe('medusa adapter on a live server', { skip: live ? false : LIVE_VARIABLES }, () => {
  const adapter = () => createMedusaAdapter(live!.options);

  it('derives the same VAT rate from the catalog as Medusa puts on the cart line', async () => {
    const medusa = adapter();
    const { items } = await medusa.listProducts(DEFAULT_QUERY);
    const offer = items.find((item) => item.bestOffer && item.bestOffer.stock > 0)?.bestOffer;
    assert.ok(offer, 'the first page has an offer in stock');
    const cart = await medusa.createCart(offer.price.currency);
    const added = await medusa.addCartLine(cart.id, offer.id, 1);
    const line = added.lines.find((candidate) => candidate.offerId === offer.id);
    assert.ok(line, 'the added variant is a line of the cart');
    assert.equal(line.unitPrice.vatRate, offer.price.vatRate);
    assert.equal(line.unitPrice.includesTax, offer.price.includesTax);
    assert.equal(line.unitPrice.amount, offer.price.amount);
    const emptied = await medusa.removeCartLine(cart.id, line.id);
    assert.deepEqual(emptied.lines, []);
  });

  it('says a wrong publishable key is wrong', async () => {
    const medusa = createMedusaAdapter({ ...live!.options, publishableKey: 'pk_not_a_key' });
    await assert.rejects(
      medusa.listProducts(DEFAULT_QUERY),
      (error) =>
        isVitrineError(error) &&
        error.code === 'validation' &&
        /publishable API key is missing or wrong/.test(error.message),
    );
  });
});
