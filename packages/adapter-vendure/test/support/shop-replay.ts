import { replayFetch, type ReplayRoute } from '@vitrine/conformance';
import { recordedChannel, recording, withProductIds, type RecordingName } from './recordings.js';

export const SHOP_URL = 'http://vendure.test/shop-api';

interface GraphqlBody {
  readonly operationName?: string;
  readonly variables?: Record<string, unknown>;
}

interface ShopRequest {
  readonly url: URL;
  readonly body: unknown;
}

function operation(name: string) {
  return (request: ShopRequest) =>
    (request.body as GraphqlBody | undefined)?.operationName === name;
}

function variables(request: ShopRequest): Record<string, unknown> {
  return (request.body as GraphqlBody).variables ?? {};
}

/** Catalog answers for the currency asked (the USD one was recorded with ?currencyCode=USD). */
function catalogFor(request: ShopRequest) {
  const usd = request.url.searchParams.get('currencyCode') === 'USD';
  return recording(usd ? 'products_list_currency_usd' : 'products_list').response.data;
}

const ADD_ITEM_RECORDINGS: readonly RecordingName[] = [
  'add_item_to_order_creates_cart',
  'add_item_to_order_second_line',
  'add_item_to_order_reduced_vat',
  'add_item_qty10_volume_promotion',
  'add_item_wholesale_customer_promotion',
  'add_item_insufficient_stock_error',
  'add_item_order_limit_error',
];

/** The recorded addItemToOrder answer for this variant and quantity, if one was recorded. */
function recordedAddItem(request: ShopRequest) {
  const asked = variables(request);
  const name = ADD_ITEM_RECORDINGS.find((candidate) => {
    const recorded = recording(candidate).request.variables;
    return (
      String(recorded.variantId) === String(asked.variantId) &&
      Number(recorded.qty) === Number(asked.quantity)
    );
  });
  return name && recording(name).response.data.addItemToOrder;
}

/**
 * The recorded search had no term, no filter and no sort, skipped nothing and took 20 of the 4
 * products: any search asking the same with room for all 4 gets the same items.
 */
function isRecordedSearch(request: ShopRequest): boolean {
  const input = (variables(request).input ?? {}) as Record<string, unknown>;
  const recorded = recording('search_grouped_by_product').response.data.search;
  const allowed = new Set(['term', 'groupByProduct', 'take', 'skip']);
  return (
    Object.keys(input).every((key) => allowed.has(key)) &&
    input.term === '' &&
    input.groupByProduct === true &&
    (input.skip ?? 0) === 0 &&
    Number(input.take) >= recorded.totalItems
  );
}

/**
 * The Shop API as recorded from a real Vendure 3.7, for replayFetch. Where the adapter's query
 * differs from the recorded one, the answer is taken from the recording that holds it; each such
 * derivation is explained next to its route. Anything else gets replayFetch's 501.
 */
export function shopRoutes(): ReplayRoute[] {
  const post = (when: (request: ShopRequest) => boolean, response: unknown): ReplayRoute => ({
    method: 'POST',
    path: /^\/shop-api$/,
    when,
    response,
  });
  return [
    // The channel as the recorded catalog answer states it (the same `activeChannel` fields).
    post(operation('Channel'), () => ({ data: { activeChannel: recordedChannel() } })),
    post(
      (request) => operation('Search')(request) && isRecordedSearch(request),
      () => recording('search_grouped_by_product').response,
    ),
    // The recorded `products` answer lists all 4 products with the fields the adapter selects;
    // asking for some ids by filter gets those of them.
    post(operation('Products'), (request: ShopRequest) => {
      const { activeChannel, products } = catalogFor(request);
      const ids = new Set((variables(request).ids as string[]).map(String));
      const items = products.items.filter((item: { id: string }) => ids.has(item.id));
      return { data: { activeChannel, products: { items } } };
    }),
    // `product(id)` from the same recorded catalog; an id it does not hold gets null, which is
    // how Vendure answers for a product it does not have (the catalog was recorded whole).
    post(operation('Product'), (request: ShopRequest) => {
      const { activeChannel, products } = catalogFor(request);
      const id = String(variables(request).id);
      const product = products.items.find((item: { id: string }) => item.id === id) ?? null;
      return { data: { activeChannel, product } };
    }),
    post(operation('ActiveOrder'), () => ({
      data: { activeOrder: withProductIds(recording('active_order').response.data.activeOrder) },
    })),
    post(
      (request) => operation('AddItem')(request) && recordedAddItem(request) !== undefined,
      (request: ShopRequest) => ({
        data: { addItemToOrder: withProductIds(recordedAddItem(request)) },
      }),
    ),
    post(
      (request) =>
        operation('SignIn')(request) &&
        variables(request).username === recording('customer_login').request.variables.u,
      () => recording('customer_login').response,
    ),
  ];
}

export interface SentRequest {
  readonly url: URL;
  readonly headers: Headers;
  readonly body: GraphqlBody & { readonly query: string };
}

/** replayFetch over the recorded Shop API, keeping what the adapter sent for inspection. */
export function recordedShop(routes: ReplayRoute[] = shopRoutes()) {
  const replay = replayFetch(routes);
  const sent: SentRequest[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    sent.push({
      url: new URL(request.url),
      headers: request.headers,
      body: JSON.parse(await request.clone().text()) as SentRequest['body'],
    });
    return replay(request);
  };
  return { fetch, sent };
}
