import { readFileSync } from 'node:fs';

/** One recorded exchange with a real Vendure 3.7 Shop API (see test/fixtures/README.md). */
export interface Recording {
  readonly request: { readonly query: string; readonly variables: Record<string, unknown> };
  // The recorded JSON, read as it is: tests reach into it by the recorded field names.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly response: { readonly data: any };
}

export type RecordingName =
  | 'active_order'
  | 'add_item_insufficient_stock_error'
  | 'add_item_order_limit_error'
  | 'add_item_qty10_volume_promotion'
  | 'add_item_to_order_creates_cart'
  | 'add_item_to_order_reduced_vat'
  | 'add_item_to_order_second_line'
  | 'add_item_wholesale_customer_promotion'
  | 'admin_promotions_and_customer_groups'
  | 'customer_login'
  | 'product_detail_tshirt'
  | 'products_list'
  | 'products_list_currency_usd'
  | 'search_grouped_by_product';

/** A fresh copy each time, so that no test can change what another one reads. */
export function recording(name: RecordingName): Recording {
  const url = new URL(`../fixtures/${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as Recording;
}

/** The channel as the recorded catalog answer describes it (pricesIncludeTax: true, EUR). */
export function recordedChannel() {
  return recording('products_list').response.data.activeChannel;
}

/**
 * The recorded order answers select `productVariant { id sku name … }` but not `productId`,
 * which the adapter asks for because a cart line names its product. It is joined here from the
 * recorded catalog, where each product lists its variants (variant 5 is product 2's, the chair):
 * the only value added to a recorded answer, and one the recordings themselves establish.
 */
export function withProductIds<T>(order: T): T {
  const products = recording('products_list').response.data.products.items as {
    id: string;
    variants: { id: string }[];
  }[];
  const productOf = new Map(products.flatMap((p) => p.variants.map((v) => [v.id, p.id])));
  const copy = structuredClone(order) as { lines?: { productVariant: Record<string, unknown> }[] };
  for (const line of copy.lines ?? []) {
    const productId = productOf.get(String(line.productVariant.id));
    if (!productId) throw new Error(`No recorded product has variant ${line.productVariant.id}`);
    line.productVariant.productId = productId;
  }
  return copy as T;
}
