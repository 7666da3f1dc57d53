import { readFileSync } from 'node:fs';
import type { Page, Route } from '@playwright/test';

/**
 * The demo on a Medusa 2 backend, in the browser: the page's storefront is switched to
 * `adapter="medusa"` (the one change a merchant makes), and Medusa's Store API answers with
 * the responses recorded from a running Medusa 2.21 server (packages/adapter-medusa/test/
 * fixtures). A request nobody recorded gets a 501 naming it, never an invented answer.
 */

export const MEDUSA = 'http://medusa.test';
const FIXTURES = new URL('../../../packages/adapter-medusa/test/fixtures/', import.meta.url);
const recorded = (name: string) =>
  JSON.parse(readFileSync(new URL(`${name}.json`, FIXTURES), 'utf8')) as Record<string, unknown>;

interface ListedProduct {
  id: string;
}

/** Serves the demo pages with their storefront on Medusa, and Medusa from the recordings. */
export async function useRecordedMedusa(page: Page): Promise<{ unrecorded: string[] }> {
  const unrecorded: string[] = [];
  await page.route(
    (url) => url.pathname === '/' || url.pathname.endsWith('.html'),
    async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(
        '<vt-storefront api="/"',
        `<vt-storefront adapter="medusa" api="${MEDUSA}/" api-key="pk_recorded" country="de"`,
      );
      await route.fulfill({ response, body: html });
    },
  );

  const list = recorded('products_list_eu_de') as { products: ListedProduct[] };
  let cart = recorded('cart_create');
  const answer = (route: Route, body: unknown, status = 200) =>
    route.fulfill({
      status,
      contentType: 'application/json',
      headers: { 'access-control-allow-origin': '*', 'access-control-allow-headers': '*' },
      body: JSON.stringify(body),
    });

  await page.route(`${MEDUSA}/**`, async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    const what = `${request.method()} ${url.pathname}`;
    if (request.method() === 'OPTIONS') return answer(route, {}, 204);
    if (request.headers()['x-publishable-api-key'] !== 'pk_recorded') {
      return answer(route, recorded('error_missing_publishable_key'), 400);
    }
    if (what === 'GET /store/regions') return answer(route, recorded('regions'));
    if (what === 'GET /store/products') {
      // A product's page asks for the list filtered by its id: the recorded list, filtered.
      const id = url.searchParams.get('id');
      if (!id) return answer(route, list);
      const products = list.products.filter((product) => product.id === id);
      return answer(route, { ...list, products, count: products.length });
    }
    if (what === 'POST /store/carts') return answer(route, (cart = recorded('cart_create')));
    const cartPath = `/store/carts/${(cart as { cart: { id: string } }).cart.id}`;
    const body = request.postDataJSON() as { variant_id?: string; quantity?: number } | null;
    const added = recorded('cart_add_line_item') as {
      cart: { items: { variant_id: string; quantity: number }[] };
    };
    const [item] = added.cart.items;
    if (
      what === `POST ${cartPath}/line-items` &&
      body?.variant_id === item!.variant_id &&
      body.quantity === item!.quantity
    ) {
      return answer(route, (cart = added));
    }
    if (what === `GET ${cartPath}`) return answer(route, cart);
    unrecorded.push(`${what}${url.search}`);
    return answer(route, { type: 'not_recorded', message: `No recorded answer for ${what}` }, 501);
  });
  return { unrecorded };
}
