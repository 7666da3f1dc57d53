import { runConformance } from '@vitrine/conformance';
import { memoryStorage } from '@vitrine/core';
import { it } from 'node:test';
import { createVendureAdapter } from '../src/index.js';
import { recordedShop, SHOP_URL } from './support/shop-replay.js';

runConformance({
  name: 'vendure adapter on recorded Vendure 3.7 answers',
  fetch: recordedShop().fetch,
  createAdapter: (fetch) => createVendureAdapter({ baseUrl: SHOP_URL, fetch }),
  skip: {
    'catalog-paging': 'one search page holding all 4 products was recorded, no page of 2',
    'catalog-search': 'no search with a term was recorded',
    'catalog-sorts': 'no sorted search was recorded',
    'catalog-categories': 'the collections query and a search by collection were not recorded',
    'catalog-facets':
      'the recorded search selected no collection counts, and no search by brand was recorded',
    'cart-lifecycle':
      'adding 2 of a variant, adjustOrderLine and removeOrderLine were not recorded',
    'cart-invalid-quantity':
      'the recorded activeOrder was read after two more items were added, and removeOrderLine was not recorded',
    'sign-in': 'only a successful login was recorded, not a refused one nor a logout',
  },
});

const live = process.env.VENDURE_URL;
if (live) {
  const email = process.env.VENDURE_EMAIL;
  const password = process.env.VENDURE_PASSWORD;
  runConformance({
    name: `vendure adapter on ${live}`,
    fetch: globalThis.fetch.bind(globalThis),
    createAdapter: (fetch) =>
      createVendureAdapter({
        baseUrl: live,
        fetch,
        sessionStore: memoryStorage(),
        ...(process.env.VENDURE_CHANNEL_TOKEN && {
          channelToken: process.env.VENDURE_CHANNEL_TOKEN,
        }),
      }),
    ...(email &&
      password && {
        signIn: {
          valid: { kind: 'password', email, password },
          invalid: { kind: 'password', email, password: `${password}-wrong` },
        },
      }),
  });
} else {
  it('vendure adapter on a live Vendure 3', {
    skip: 'set VENDURE_URL (Shop API URL) to run; VENDURE_CHANNEL_TOKEN, VENDURE_EMAIL and VENDURE_PASSWORD are optional',
  });
}
