import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  DEFAULT_QUERY,
  isVitrineError,
  offersOfVariant,
  optionGroups,
  variantFor,
} from '@vitrine/core';
import { createReferenceAdapter } from '../src/index.js';

/**
 * Answers recorded from the reference server on its demo seed (DATA_DIR=memory):
 *   GET /api/products/p-0265 (safety shoes in 9 sizes, offers of two sellers)
 *   GET /api/products?category=entretien-hygiene&sort=relevance&page=1&pageSize=4
 *   POST /api/carts/{id}/lines {"offerId":"o-00441","quantity":2} (size 42 at Net & Clair)
 */
const recorded = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8'));

const adapterAnswering = (body: unknown) =>
  createReferenceAdapter({
    baseUrl: 'https://shop.example/',
    fetch: async () => Response.json(body),
  });

describe('reference adapter: variants', () => {
  it('declares variants', () => {
    const adapter = createReferenceAdapter({ baseUrl: 'https://shop.example/' });
    assert.equal(adapter.capabilities.variants, true);
  });

  it('maps the variants of a product, in the server’s order', async () => {
    const shoes = await adapterAnswering(recorded('product-p-0265')).getProduct('p-0265');
    assert.equal(shoes.variants?.length, 9);
    assert.deepEqual(shoes.variants![4], {
      id: 'v-0005',
      sku: 'VT-10265-42',
      name: 'Pointure 42',
      options: [{ name: 'Pointure', value: '42' }],
    });
    assert.deepEqual(optionGroups(shoes.variants!), [
      { name: 'Pointure', values: ['38', '39', '40', '41', '42', '43', '44', '45', '46'] },
    ]);
  });

  it('keeps each offer’s variant, so that a size shows its own prices and stock', async () => {
    const shoes = await adapterAnswering(recorded('product-p-0265')).getProduct('p-0265');
    // 13 offers: Net & Clair sells the 9 sizes, Bureau Plus 39, 42, 44 and 46.
    assert.equal(shoes.offers.length, 13);
    assert.ok(shoes.offers.every((offer) => offer.variantId?.startsWith('v-')));
    const size = (value: string) => variantFor(shoes.variants!, { Pointure: value })!.id;
    const summary = (variantId: string) =>
      offersOfVariant(shoes, variantId).map((o) => [o.seller.name, o.price.amount, o.stock]);
    assert.deepEqual(summary(size('42')), [
      ['Net & Clair Hygiène', 5499, 398],
      ['Bureau Plus', 5619, 0],
    ]);
    assert.deepEqual(summary(size('45')), [['Net & Clair Hygiène', 5799, 157]]);
    // Size 46 is sold out everywhere: nothing of it can be added.
    assert.deepEqual(summary(size('46')), [
      ['Bureau Plus', 5279, 0],
      ['Net & Clair Hygiène', 5799, 0],
    ]);
    // Prices are HT with the product's VAT rate (20 %).
    assert.deepEqual(shoes.offers[0]!.price, {
      amount: 5009,
      currency: 'EUR',
      includesTax: false,
      vatRate: 2000,
    });
    assert.equal(shoes.bestOffer?.variantId, 'v-0002');
  });

  it('counts the variants on a list page; a product without variants has no count', async () => {
    const page = await adapterAnswering(recorded('products-hygiene-variants')).listProducts({
      ...DEFAULT_QUERY,
      category: 'entretien-hygiene',
      pageSize: 4,
    });
    assert.deepEqual(
      page.items.map((item) => [item.name, item.variantCount]),
      [
        ['Balai espagnol avec seau essoreur', undefined],
        ['Balai espagnol frange de rechange', undefined],
        ['Baskets de sécurité S3 basses', 9],
        ['Chiffons microfibre lot de 10', undefined],
      ],
    );
    const shoes = page.items[2]!;
    assert.equal(shoes.offerCount, 13);
    assert.equal(shoes.bestOffer?.id, 'o-00438');
    assert.equal(shoes.bestOffer?.variantId, 'v-0002');
    assert.equal(page.items[0]!.bestOffer?.variantId, undefined, 'a simple product’s offer');
  });

  it('a product without variants (or from a server without them) has none', async () => {
    const { variants, variantCount, ...older } = recorded('product-p-0265');
    assert.ok(variants && variantCount, 'the recording has them');
    const offers = (older.offers as Record<string, unknown>[]).map(
      ({ variantId, ...offer }) => offer,
    );
    const { variantId, ...bestOffer } = older.bestOffer as Record<string, unknown>;
    assert.ok(variantId);
    const product = await adapterAnswering({ ...older, offers, bestOffer }).getProduct('p-0265');
    assert.equal(product.variants, undefined);
    assert.equal(product.variantCount, undefined);
    assert.ok(product.offers.every((offer) => offer.variantId === undefined));
  });

  it('an offer naming no variant of the product is an invalid answer', async () => {
    const answer = recorded('product-p-0265');
    const offers = structuredClone(answer.offers) as { variantId: string | null }[];
    offers[3]!.variantId = 'v-9999';
    offers[5]!.variantId = null;
    await assert.rejects(adapterAnswering({ ...answer, offers }).getProduct('p-0265'), (error) => {
      assert.ok(isVitrineError(error));
      assert.equal(error.code, 'invalid-response');
      assert.deepEqual(
        error.fields.map((field) => field.path),
        ['offers.3.variantId', 'offers.5.variantId'],
      );
      return true;
    });
  });

  it('a variant without options is an invalid answer', async () => {
    const answer = recorded('product-p-0265');
    const variants = structuredClone(answer.variants) as { options: unknown[] }[];
    variants[0]!.options = [];
    await assert.rejects(
      adapterAnswering({ ...answer, variants }).getProduct('p-0265'),
      (error) => isVitrineError(error) && error.code === 'invalid-response',
    );
  });

  it('a cart line names the size bought', async () => {
    const cart = await adapterAnswering(recorded('cart-p-0265-size-42')).getCart('c');
    assert.deepEqual(
      cart.lines.map(({ sku, name, quantity }) => ({ sku, name, quantity })),
      [{ sku: 'VT-10265-42', name: 'Baskets de sécurité S3 basses · Pointure 42', quantity: 2 }],
    );
  });
});
