import { readFileSync } from 'node:fs';
import { replayFetch, type ReplayRoute } from '@vitrine/conformance';

/** What a replay route sees of a request (the conformance package does not export the type). */
export type ReplayRequest = Parameters<NonNullable<ReplayRoute['when']>>[0];

/** The recorded Medusa 2.21 answers copied beside the tests (see fixtures/README.md). */
export type FixtureName =
  | 'regions'
  | 'products_list_eu_de'
  | 'products_list_us'
  | 'products_list_eu_wholesale_customer'
  | 'product_office_chair_eu'
  | 'cart_create'
  | 'cart_add_line_item'
  | 'cart_add_line_item_sale_price'
  | 'cart_add_line_item_tiered_qty5'
  | 'cart_get_with_item_totals'
  | 'cart_wholesale_paper_qty50'
  | 'customer_create'
  | 'error_missing_publishable_key'
  | 'admin_product_chair_with_all_prices';

// Parsed anew on each call, so that no test can change what another one reads.
export function fixture(name: FixtureName): Record<string, unknown> {
  const url = new URL(`../fixtures/${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as Record<string, unknown>;
}

export const BASE_URL = 'http://medusa.test';
export const KEY = 'pk_test_recorded';

/** Ids of the recorded catalog. */
export const IDS = {
  europe: 'reg_01M81QB6ZJAJ1N08BZXNGEYMS2',
  unitedStates: 'reg_01M81QB6ZJGTEPCPKVCW1J6XRN',
  chair: 'prod_01M81QB77K153ZYCN9VZ0Y8DHN',
  chairVariant: 'variant_01M81QB7AGHP1X8YXDTFPQ7YEN',
  paper: 'prod_01M81QB77KCVGZR55B44RMATK1',
  tShirt: 'prod_01M81QB77KRTJHR72NTJAMNE3C',
  sweatpants: 'prod_01M81QB77KSFCK8VFA7XPDGEX5',
  teeSmallBlack: 'variant_01M81QB7AGAJ3CJYCG2MJC0WZ8',
  pantsMedium: 'variant_01M81QB7AHA9GGAKEMGAW969KZ',
  office: 'pcat_01M81QB772V134WK2CQC5QS056',
  cart: 'cart_01M81QCBE2N5XJZMZZFXFYAC60',
  teeLine: 'cali_01M81QCBYS9J9451W4JC4ZRE6Z',
} as const;

interface ProductList {
  products: { id: string }[];
  count: number;
  offset: number;
  limit: number;
}

/**
 * What Medusa answers to a product list request, from one recorded full list (4 products,
 * asked without limit): `id` keeps the matching products, as Medusa's id filter does (the
 * list filtered by the chair's id is exactly the recorded product_office_chair_eu.json);
 * `limit` and `offset` cut the list as Medusa pages it. Nothing else is derived: a search,
 * a sort or a category filter was not recorded and gets a 501.
 */
export function productListAnswer(recorded: FixtureName) {
  return ({ url }: ReplayRequest): unknown => {
    const list = fixture(recorded) as unknown as ProductList;
    const id = url.searchParams.get('id');
    const matching = id ? list.products.filter((product) => product.id === id) : list.products;
    const offset = Number(url.searchParams.get('offset') ?? 0);
    const limit = Number(url.searchParams.get('limit') ?? list.limit);
    return {
      products: matching.slice(offset, offset + limit),
      count: matching.length,
      offset,
      limit,
    };
  };
}

/** Product list requests that ask only for what the recordings hold. */
const unfiltered = ({ url }: ReplayRequest) =>
  !['q', 'order', 'category_id'].some((name) => url.searchParams.has(name));

export function catalogRoutes(products: FixtureName = 'products_list_eu_de'): ReplayRoute[] {
  return [
    { method: 'GET', path: /^\/store\/regions$/, response: fixture('regions') },
    {
      method: 'GET',
      path: /^\/store\/products$/,
      when: unfiltered,
      response: productListAnswer(products),
    },
  ];
}

export interface SentRequest extends ReplayRequest {
  readonly path: string;
}

/** A replay that also keeps every request the adapter sent, to check what it asked for. */
export function recordingFetch(routes: readonly ReplayRoute[]) {
  const replay = replayFetch(routes);
  const sent: SentRequest[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    const text = request.body ? await request.clone().text() : '';
    const url = new URL(request.url);
    sent.push({
      method: request.method,
      url,
      path: url.pathname,
      headers: request.headers,
      body: text ? (JSON.parse(text) as unknown) : undefined,
    });
    return replay(request);
  };
  return { fetch, sent };
}
