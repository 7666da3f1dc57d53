import { it } from 'node:test';
import { runConformance } from '@vitrine/conformance';
import { createMedusaAdapter } from '../src/index.js';
import { BASE_URL, catalogRoutes, KEY, recordingFetch } from './support/recorded.js';
import { LIVE_VARIABLES, liveMedusa } from './support/live.js';

/**
 * The recorded Medusa 2.21 answers: the regions and the German catalog (Medusa's id filter and
 * paging reproduced on the recorded list, see support/recorded.ts). Every other request gets a
 * 501, so the checks that need one are skipped with what is missing.
 */
runConformance({
  name: 'medusa adapter on recorded Medusa 2.21 answers',
  fetch: recordingFetch(catalogRoutes()).fetch,
  createAdapter: (fetch) =>
    createMedusaAdapter({ baseUrl: BASE_URL, publishableKey: KEY, countryCode: 'de', fetch }),
  skip: {
    'catalog-search': 'no answer to a search (q) was recorded',
    'catalog-sorts': 'no answer to an ordered list (order=title, order=-created_at) was recorded',
    'catalog-categories':
      'neither GET /store/product-categories nor a list filtered by category_id was recorded',
    'cart-lifecycle':
      'recorded: a new cart and one T-shirt added once; adding 2 of the first product, ' +
      'changing a quantity and removing a line were not',
    'cart-not-found': 'no answer for an unknown cart was recorded',
    'cart-invalid-quantity':
      'the check adds the first product (the chair) alone to a new cart, which was not recorded',
    'sign-in': 'the answer of POST /auth/customer/emailpass was not recorded',
  },
});

const live = liveMedusa();
if (live) {
  runConformance({
    name: `medusa adapter on ${live.options.baseUrl}`,
    fetch: globalThis.fetch,
    createAdapter: (fetch) => createMedusaAdapter({ ...live.options, fetch }),
    ...(live.customer && {
      signIn: {
        valid: { kind: 'password', ...live.customer },
        invalid: { kind: 'password', email: live.customer.email, password: 'not-the-password' },
      },
    }),
  });
} else {
  it('adapter conformance on a live Medusa 2 server', { skip: LIVE_VARIABLES }, () => {});
}
