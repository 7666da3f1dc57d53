import { DEFAULT_QUERY, isVitrineError, memoryStorage } from '@vitrine/core';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createVendureAdapter } from '../src/index.js';
import { recording, withProductIds } from './support/recordings.js';
import { graphqlError, scriptedShop } from './support/scripted-shop.js';
import { SHOP_URL } from './support/shop-replay.js';

const CODE = 'M8P5FUFUQGC72JNV';
const TOKEN_KEY = `vitrine:vendure:${SHOP_URL}`;

function adapterOn(fetch: typeof globalThis.fetch, sessionStore = memoryStorage()) {
  return createVendureAdapter({ baseUrl: SHOP_URL, fetch, sessionStore });
}

/** The recorded first addItemToOrder answer, as the adapter's query selects it. */
function recordedFirstItem() {
  const { data } = recording('add_item_to_order_creates_cart').response;
  return { data: { addItemToOrder: withProductIds(data.addItemToOrder) } };
}

const failsWith = (code: string, status?: number) => (error: unknown) =>
  isVitrineError(error) && error.code === code && (status === undefined || error.status === status);

describe('failures become VitrineErrors', () => {
  it('no answer at all: network', async () => {
    const fetch = async () => {
      throw new TypeError('fetch failed');
    };
    await assert.rejects(adapterOn(fetch).listProducts(DEFAULT_QUERY), failsWith('network'));
  });

  it('a 503 page from a proxy: server', async () => {
    const { fetch } = scriptedShop(
      () => new Response('<html><h1>503 Service Unavailable</h1></html>', { status: 503 }),
    );
    await assert.rejects(adapterOn(fetch).listProducts(DEFAULT_QUERY), failsWith('server', 503));
  });

  it('a 200 that is not JSON, or JSON without data: invalid-response', async () => {
    const html = scriptedShop(() => new Response('<html>Welcome</html>', { status: 200 }));
    await assert.rejects(
      adapterOn(html.fetch).listProducts(DEFAULT_QUERY),
      failsWith('invalid-response'),
    );
    const odd = scriptedShop(() => Response.json({ hello: 'world' }));
    await assert.rejects(
      adapterOn(odd.fetch).listProducts(DEFAULT_QUERY),
      failsWith('invalid-response'),
    );
  });

  it('data of the wrong shape: invalid-response naming the field', async () => {
    // The recorded search answer with its total turned into a string.
    const answer = recording('search_grouped_by_product').response;
    answer.data.search.totalItems = '4';
    const { fetch } = scriptedShop(() => Response.json(answer));
    await assert.rejects(
      adapterOn(fetch).listProducts(DEFAULT_QUERY),
      (error) =>
        failsWith('invalid-response')(error) &&
        isVitrineError(error) &&
        error.fields[0]?.path === 'search.totalItems',
    );
  });

  it('a query the shop cannot run (another version, a missing plugin): invalid-response', async () => {
    const { fetch } = scriptedShop(() =>
      Response.json(
        {
          errors: [
            {
              message: 'Cannot query field "collections" on type "SearchResponse".',
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
            },
          ],
        },
        { status: 400 },
      ),
    );
    await assert.rejects(
      adapterOn(fetch).listProducts(DEFAULT_QUERY, { facets: true }),
      failsWith('invalid-response', 400),
    );
  });

  // Vendure's GraphQL errors below were not recorded; their shape and messages are those of
  // Vendure's I18nError (extensions.code) and its English messages.
  it('an unknown variant added: not-found on the offer', async () => {
    const { fetch } = scriptedShop(() =>
      graphqlError(
        'ENTITY_NOT_FOUND',
        "No ProductVariant with the id '999' could be found",
        'addItemToOrder',
      ),
    );
    await assert.rejects(
      adapterOn(fetch).addCartLine(CODE, '999', 1),
      (error) =>
        failsWith('not-found', 404)(error) &&
        isVitrineError(error) &&
        error.fields[0]?.path === 'offerId',
    );
  });

  it('a line no longer in the order: not-found on the line', async () => {
    const { fetch } = scriptedShop(() =>
      graphqlError(
        'USER_INPUT_ERROR',
        'This order does not contain an OrderLine with the id 42',
        'adjustOrderLine',
      ),
    );
    await assert.rejects(
      adapterOn(fetch).updateCartLine(CODE, '42', 3),
      (error) =>
        failsWith('not-found', 404)(error) &&
        isVitrineError(error) &&
        error.fields[0]?.path === 'lineId',
    );
  });
});

describe('the session token', () => {
  it('is kept from the vendure-auth-token header and sent back as a bearer token', async () => {
    // The recordings keep no headers: the token value here is the test's own.
    const shop = scriptedShop((call) =>
      call.operationName === 'AddItem'
        ? Response.json(recordedFirstItem(), { headers: { 'vendure-auth-token': 'session-1' } })
        : Response.json({ data: { activeOrder: recordedFirstItem().data.addItemToOrder } }),
    );
    const adapter = adapterOn(shop.fetch);
    const added = await adapter.addCartLine('new-order:EUR', '1', 1);
    const again = await adapter.getCart(added.id);

    assert.deepEqual(again, added);
    assert.deepEqual(
      shop.calls.map((call) => [call.operationName, call.authorization]),
      [
        ['Channel', null],
        ['AddItem', null],
        ['ActiveOrder', 'Bearer session-1'],
      ],
    );
  });

  it('outlives the adapter when kept in a lasting store, so the cart survives a reload', async () => {
    const store = memoryStorage();
    const first = scriptedShop(() =>
      Response.json(recordedFirstItem(), { headers: { 'vendure-auth-token': 'session-2' } }),
    );
    await adapterOn(first.fetch, store).addCartLine('new-order:EUR', '1', 1);

    const second = scriptedShop(() =>
      Response.json({ data: { activeOrder: recordedFirstItem().data.addItemToOrder } }),
    );
    const cart = await adapterOn(second.fetch, store).getCart(CODE);
    assert.equal(cart.id, CODE);
    assert.equal(second.calls.at(-1)?.authorization, 'Bearer session-2');
  });

  it('is dropped when Vendure answers FORBIDDEN (an expired session)', async () => {
    const store = memoryStorage();
    store.set(TOKEN_KEY, 'expired');
    const shop = scriptedShop(() =>
      graphqlError('FORBIDDEN', 'You are not currently authorized to perform this action', 'x'),
    );
    const adapter = adapterOn(shop.fetch, store);
    await assert.rejects(adapter.getCart(CODE), failsWith('validation', 403));
    assert.equal(shop.calls.at(-1)?.authorization, 'Bearer expired');
    assert.equal(store.get(TOKEN_KEY), undefined);

    await assert.rejects(adapter.getCart(CODE));
    assert.equal(shop.calls.at(-1)?.authorization, null);
  });

  it('keeps a channel apart from another channel of the same server', () => {
    const a = createVendureAdapter({ baseUrl: SHOP_URL, channelToken: 'a' });
    const b = createVendureAdapter({ baseUrl: SHOP_URL, channelToken: 'b' });
    assert.notEqual(a.id, b.id);
  });
});
