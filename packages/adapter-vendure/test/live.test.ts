import { cartTotals, DEFAULT_QUERY, memoryStorage } from '@vitrine/core';
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { createVendureAdapter } from '../src/index.js';

/**
 * Against a running Vendure 3 (VENDURE_URL = its Shop API URL, with the bearer token method
 * enabled). What the recordings cannot show: the token Vendure hands out, and Vendure's own
 * totals of the cart the adapter built. The conformance suite runs on it too.
 */
const url = process.env.VENDURE_URL;
const channelToken = process.env.VENDURE_CHANNEL_TOKEN;
const skip = url ? false : 'set VENDURE_URL (the Shop API URL); VENDURE_CHANNEL_TOKEN is optional';

/** Vendure's own totals of the order of a session, asked without the adapter. */
async function vendureTotals(shopApi: string, token: string) {
  const response = await fetch(shopApi, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      ...(channelToken && { 'vendure-token': channelToken }),
    },
    body: JSON.stringify({ query: '{ activeOrder { code subTotal subTotalWithTax } }' }),
  });
  const { data } = (await response.json()) as {
    data: { activeOrder: { code: string; subTotal: number; subTotalWithTax: number } };
  };
  return data.activeOrder;
}

it(
  'live Vendure 3: the first item opens a session, and the totals are Vendure’s',
  { skip },
  async () => {
    const shopApi = url!;
    let token: string | undefined;
    const adapter = createVendureAdapter({
      baseUrl: shopApi,
      sessionStore: memoryStorage(),
      ...(channelToken && { channelToken }),
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        token = response.headers.get('vendure-auth-token') ?? token;
        return response;
      },
    });

    const page = await adapter.listProducts(DEFAULT_QUERY);
    const offer = page.items.map((item) => item.bestOffer).find((best) => (best?.stock ?? 0) >= 3);
    assert.ok(offer, 'the first page needs an offer in stock');

    const created = await adapter.createCart(offer.price.currency);
    const cart = await adapter.addCartLine(created.id, offer.id, 3);
    assert.ok(token, 'Vendure must send vendure-auth-token (authOptions.tokenMethod: bearer)');

    const vendure = await vendureTotals(shopApi, token);
    const ours = cartTotals(cart, adapter.capabilities.rounding);
    assert.equal(cart.id, vendure.code);
    assert.equal(ours.exclTax.amount, vendure.subTotal);
    assert.equal(ours.inclTax.amount, vendure.subTotalWithTax);

    for (const line of cart.lines) await adapter.removeCartLine(cart.id, line.id);
  },
);
