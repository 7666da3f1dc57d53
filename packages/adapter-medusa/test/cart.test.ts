import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cartTotals, isVitrineError, type VitrineError } from '@vitrine/core';
import type { ReplayRoute } from '@vitrine/conformance';
import { createMedusaAdapter } from '../src/index.js';
import {
  BASE_URL,
  catalogRoutes,
  fixture,
  IDS,
  KEY,
  recordingFetch,
  type FixtureName,
} from './support/recorded.js';

const cartPath = new RegExp(`^/store/carts/${IDS.cart}$`);
const linesPath = new RegExp(`^/store/carts/${IDS.cart}/line-items$`);
const linePath = new RegExp(`^/store/carts/${IDS.cart}/line-items/[^/]+$`);

function adapterWith(routes: ReplayRoute[]) {
  const replay = recordingFetch([...catalogRoutes(), ...routes]);
  const adapter = createMedusaAdapter({
    baseUrl: BASE_URL,
    publishableKey: KEY,
    countryCode: 'de',
    storeName: 'Medusa Store',
    fetch: replay.fetch,
  });
  return { adapter, sent: replay.sent };
}

const answer = (method: string, path: RegExp, name: FixtureName): ReplayRoute => ({
  method,
  path,
  response: fixture(name),
});

const hasCode = (code: VitrineError['code']) => (error: unknown) =>
  isVitrineError(error) && error.code === code;

describe('cart on the recorded answers', () => {
  it('creates a cart in the region, shipping to the country whose VAT applies', async () => {
    const { adapter, sent } = adapterWith([answer('POST', /^\/store\/carts$/, 'cart_create')]);
    const cart = await adapter.createCart('EUR');
    assert.deepEqual(cart, { id: IDS.cart, currency: 'EUR', lines: [] });
    const request = sent.at(-1)!;
    assert.equal(request.headers.get('x-publishable-api-key'), KEY);
    assert.deepEqual(request.body, {
      region_id: IDS.europe,
      shipping_address: { country_code: 'de' },
    });
  });

  it('refuses a currency the region does not sell in, before asking Medusa', async () => {
    const { adapter, sent } = adapterWith([]);
    await assert.rejects(adapter.createCart('USD'), hasCode('invalid-input'));
    assert.ok(sent.every((request) => request.method === 'GET'));
  });

  it('adds a variant: the line holds its name, price incl. VAT and the rate of its tax line', async () => {
    const { adapter, sent } = adapterWith([answer('POST', linesPath, 'cart_add_line_item')]);
    const cart = await adapter.addCartLine(IDS.cart, IDS.teeSmallBlack, 1);
    assert.deepEqual(sent.at(-1)!.body, { variant_id: IDS.teeSmallBlack, quantity: 1 });
    assert.deepEqual(cart.lines, [
      {
        id: IDS.teeLine,
        offerId: IDS.teeSmallBlack,
        productId: IDS.tShirt,
        sku: 'TEE-S-BLACK',
        name: 'Medusa T-Shirt · S / Black',
        seller: { id: 'store', name: 'Medusa Store' },
        // unit_price 15, is_tax_inclusive, tax line "DE VAT" rate 19.
        unitPrice: { amount: 1500, currency: 'EUR', includesTax: true, vatRate: 1900 },
        quantity: 1,
        imageUrl: 'https://example.invalid/tee-black-front.png',
      },
    ]);
  });

  it('charges the quantity price from 5 chairs and the sale price of the sweatpants', async () => {
    const { adapter } = adapterWith([answer('POST', linesPath, 'cart_add_line_item_sale_price')]);
    const cart = await adapter.addCartLine(IDS.cart, IDS.pantsMedium, 1);
    assert.deepEqual(
      cart.lines.map((line) => [line.name, line.quantity, line.unitPrice.amount]),
      [
        ['Medusa T-Shirt · S / Black', 1, 1500],
        // 229 € from 5 units instead of 249 €; the "Default" variant adds nothing to the name.
        ['Ergonomic Office Chair', 5, 22900],
        // 29 € on sale (compare_at_unit_price 39).
        ['Medusa Sweatpants · M', 1, 2900],
      ],
    );
  });

  it('adds up to the totals Medusa recorded, rounded to the cent', async () => {
    const { adapter } = adapterWith([answer('GET', cartPath, 'cart_get_with_item_totals')]);
    const totals = cartTotals(await adapter.getCart(IDS.cart));
    // Medusa: total 1189 = 15 + 5 × 229 + 29; tax_total 189.8403361344538.
    assert.equal(totals.inclTax.amount, 118900);
    // VAT per line, half-up: 1500 − 1261 = 239; 114500 − 96218 = 18282; 2900 − 2437 = 463.
    // 239 + 18282 + 463 = 18984, Medusa's unrounded 18984.03 cents.
    assert.equal(totals.tax.amount, 18984);
    assert.equal(totals.exclTax.amount, 118900 - 18984);
  });

  it('prices the wholesale customer’s 50 reams of paper from its price list tier', async () => {
    const wholesaleCart = new RegExp('^/store/carts/cart_01M81QCMD4CX3NACAN5DX51NJ6$');
    const { adapter } = adapterWith([answer('GET', wholesaleCart, 'cart_wholesale_paper_qty50')]);
    const cart = await adapter.getCart('cart_01M81QCMD4CX3NACAN5DX51NJ6');
    // 17.9 € from 50 units in the "Wholesale EUR" list: 50 × 17.9 = 895 €, Medusa's total.
    assert.deepEqual(
      cart.lines.map((line) => [line.sku, line.quantity, line.unitPrice.amount]),
      [['PAPER-A4-5', 50, 1790]],
    );
    assert.equal(cartTotals(cart).inclTax.amount, 89500);
  });

  it('changes a quantity with POST on the line', async () => {
    // No answer to a change was recorded (the replay answers 501): this checks what is asked.
    const { adapter, sent } = adapterWith([]);
    await assert.rejects(adapter.updateCartLine(IDS.cart, IDS.teeLine, 3), hasCode('server'));
    const request = sent.at(-1)!;
    assert.equal(request.method, 'POST');
    assert.equal(request.path, `/store/carts/${IDS.cart}/line-items/${IDS.teeLine}`);
    assert.deepEqual(request.body, { quantity: 3 });
  });

  it('refuses a quantity of 0 (Medusa would remove the line) without asking', async () => {
    const { adapter, sent } = adapterWith([]);
    await assert.rejects(
      adapter.updateCartLine(IDS.cart, IDS.teeLine, 0),
      hasCode('invalid-input'),
    );
    await assert.rejects(
      adapter.addCartLine(IDS.cart, IDS.teeSmallBlack, 1.5),
      hasCode('invalid-input'),
    );
    assert.equal(sent.length, 0);
  });

  it('removes a line with DELETE and reads the cart Medusa sends back as `parent`', async () => {
    const { adapter, sent } = adapterWith([
      {
        method: 'DELETE',
        path: linePath,
        // Not recorded. Medusa's route answers { id, object: "line-item", deleted: true,
        // parent: <the cart> }; the cart left without its only line is the recorded empty
        // cart of the same id.
        response: () => ({
          id: IDS.teeLine,
          object: 'line-item',
          deleted: true,
          parent: fixture('cart_create').cart,
        }),
      },
    ]);
    const cart = await adapter.removeCartLine(IDS.cart, IDS.teeLine);
    assert.equal(sent.at(-1)!.path, `/store/carts/${IDS.cart}/line-items/${IDS.teeLine}`);
    assert.deepEqual(cart, { id: IDS.cart, currency: 'EUR', lines: [] });
  });
});
