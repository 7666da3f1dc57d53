import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_QUERY, isVitrineError, type VitrineError } from '@vitrine/core';
import type { ReplayRoute } from '@vitrine/conformance';
import { createMedusaAdapter } from '../src/index.js';
import {
  BASE_URL,
  catalogRoutes,
  fixture,
  IDS,
  KEY,
  productListAnswer,
  recordingFetch,
} from './support/recorded.js';

function adapterOn(fetch: typeof globalThis.fetch) {
  return createMedusaAdapter({ baseUrl: BASE_URL, publishableKey: KEY, countryCode: 'de', fetch });
}

/** Awaits a VitrineError and gives it back for further checks. */
async function failure(promise: Promise<unknown>): Promise<VitrineError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(isVitrineError(error), `a VitrineError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected a rejection');
}

describe('Medusa errors become VitrineErrors', () => {
  it('says the publishable key is missing or wrong, with Medusa’s own words', async () => {
    const refused: ReplayRoute = {
      method: 'GET',
      path: /^\/store\//,
      status: 400,
      response: fixture('error_missing_publishable_key'),
    };
    const error = await failure(
      adapterOn(recordingFetch([refused]).fetch).listProducts(DEFAULT_QUERY),
    );
    assert.equal(error.code, 'validation');
    assert.equal(error.status, 400);
    assert.match(error.message, /publishable API key is missing or wrong/);
    assert.match(error.message, /Publishable API key required in the request header/);
  });

  it('keeps Medusa’s message for other refusals, by status', async () => {
    const statuses: [number, VitrineError['code']][] = [
      [400, 'validation'],
      [401, 'validation'],
      [404, 'not-found'],
      [409, 'conflict'],
      [500, 'server'],
    ];
    for (const [status, code] of statuses) {
      // Medusa's error body shape, as in the recorded 400: { type, message }.
      const body = { type: 'some_type', message: `refused with ${status}` };
      const fetch = recordingFetch([
        { method: 'GET', path: /^\/store\/carts\//, status, response: body },
      ]).fetch;
      const error = await failure(adapterOn(fetch).getCart(IDS.cart));
      assert.equal(error.code, code, `HTTP ${status}`);
      assert.equal(error.message, `refused with ${status}`);
    }
  });

  it('turns the network, an HTML error page and answers it cannot read into typed errors', async () => {
    const cases: [string, () => Promise<Response>, VitrineError['code']][] = [
      ['network down', () => Promise.reject(new TypeError('fetch failed')), 'network'],
      [
        'HTML 503',
        () => Promise.resolve(new Response('<h1>Bad gateway</h1>', { status: 503 })),
        'server',
      ],
      ['non-JSON 200', () => Promise.resolve(new Response('<p>Back soon</p>')), 'invalid-response'],
      [
        'unexpected JSON',
        () => Promise.resolve(Response.json({ regions: [{ id: 1 }] })),
        'invalid-response',
      ],
    ];
    for (const [what, answer, code] of cases) {
      const error = await failure(adapterOn(() => answer()).listProducts(DEFAULT_QUERY));
      assert.equal(error.code, code, what);
    }
  });

  it('refuses a price finer than a cent rather than showing a wrong one', async () => {
    const list = productListAnswer('products_list_eu_de');
    const finer: ReplayRoute = {
      method: 'GET',
      path: /^\/store\/products$/,
      // The recorded list with one amount changed to three decimals.
      response: (request: Parameters<typeof list>[0]) => {
        const answer = list(request) as {
          products: { variants: { calculated_price: { calculated_amount: number } }[] }[];
        };
        answer.products[0]!.variants[0]!.calculated_price.calculated_amount = 249.005;
        return answer;
      },
    };
    const fetch = recordingFetch([finer, ...catalogRoutes()]).fetch;
    const error = await failure(adapterOn(fetch).listProducts(DEFAULT_QUERY));
    assert.equal(error.code, 'invalid-response');
  });

  it('asks for the regions again after a failure instead of keeping it', async () => {
    let down = true;
    const replay = recordingFetch(catalogRoutes());
    const adapter = adapterOn((input, init) =>
      down ? Promise.reject(new TypeError('fetch failed')) : replay.fetch(input, init),
    );
    assert.equal((await failure(adapter.listProducts(DEFAULT_QUERY))).code, 'network');
    down = false;
    assert.equal((await adapter.listProducts(DEFAULT_QUERY)).total, 4);
  });
});
