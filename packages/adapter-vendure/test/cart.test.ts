import { cartTotals, isVitrineError, type Cart } from '@vitrine/core';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createVendureAdapter } from '../src/index.js';
import { fromErrorResult } from '../src/error-results.js';
import { recording, type RecordingName } from './support/recordings.js';
import { recordedShop, SHOP_URL } from './support/shop-replay.js';

const CODE = 'M8P5FUFUQGC72JNV'; // the recorded guest order's code
const NEW_CART = 'new-order:EUR';

function adapterOn(shop = recordedShop(), options: { currencyCode?: string } = {}) {
  return createVendureAdapter({ baseUrl: SHOP_URL, fetch: shop.fetch, ...options });
}

/** Vendure's own totals of a recorded order answer. */
function vendureTotals(name: RecordingName) {
  const { data } = recording(name).response;
  const order = data.addItemToOrder ?? data.activeOrder;
  return {
    exclTax: order.subTotal as number,
    inclTax: order.subTotalWithTax as number,
    byRate: (order.taxSummary as { taxRate: number; taxBase: number; taxTotal: number }[]).map(
      (row) => ({ rate: row.taxRate * 100, excl: row.taxBase, tax: row.taxTotal }),
    ),
  };
}

function ourTotals(cart: Cart) {
  const totals = cartTotals(cart);
  return {
    exclTax: totals.exclTax.amount,
    inclTax: totals.inclTax.amount,
    byRate: totals.byRate.map(({ rate, excl, tax }) => ({ rate, excl, tax })),
  };
}

const isCode = (code: string) => (error: unknown) => isVitrineError(error) && error.code === code;

describe('cart on recorded Vendure 3.7 orders', () => {
  it('keeps a new cart locally: Vendure opens an order only with its first item', async () => {
    const shop = recordedShop();
    const cart = await adapterOn(shop).createCart('EUR');
    assert.deepEqual(cart, { id: NEW_CART, currency: 'EUR', lines: [] });
    assert.equal(shop.sent.length, 0);
  });

  it('refuses a currency the adapter is not set to sell in', async () => {
    await assert.rejects(adapterOn().createCart('eur'), isCode('invalid-input'));
    await assert.rejects(
      adapterOn(recordedShop(), { currencyCode: 'USD' }).createCart('EUR'),
      isCode('invalid-input'),
    );
  });

  it('turns the first item into the order, whose code becomes the cart id', async () => {
    const shop = recordedShop();
    const cart = await adapterOn(shop).addCartLine(NEW_CART, '1', 1);

    // Order answers do not say how prices were entered: the channel is asked first, once.
    assert.deepEqual(
      shop.sent.map((sent) => sent.body.operationName),
      ['Channel', 'AddItem'],
    );
    assert.deepEqual(shop.sent[1]?.body.variables, { variantId: '1', quantity: 1 });
    assert.deepEqual(cart, {
      id: CODE,
      currency: 'EUR',
      lines: [
        {
          id: '1',
          offerId: '1',
          productId: '1',
          sku: 'TEE-S-BLACK',
          name: 'Vendure T-Shirt S Black',
          seller: { id: '__default_channel__', name: '__default_channel__' },
          unitPrice: { amount: 1500, currency: 'EUR', includesTax: true, vatRate: 1900 },
          quantity: 1,
        },
      ],
    });
    // 1500 TTC at 19 %: HT 1260.50 → 1261, VAT 239: Vendure's subTotal and taxTotal.
    assert.deepEqual(ourTotals(cart), vendureTotals('add_item_to_order_creates_cart'));
    assert.deepEqual(ourTotals(cart).byRate, [{ rate: 1900, excl: 1261, tax: 239 }]);
  });

  it('gives the same totals as Vendure for two rates, rounding each line', async () => {
    const cart = await adapterOn().addCartLine(CODE, '7', 1);
    assert.deepEqual(
      cart.lines.map((line) => [line.offerId, line.quantity, line.unitPrice.amount]),
      [
        ['1', 1, 1500],
        ['5', 2, 24900],
        ['7', 1, 1299],
      ],
    );
    // 19 %: 1500 → HT 1261; 2 × 24900 = 49800 → HT 41848.74 → 41849 (per line, not
    // 2 × 20924 = 41848 per unit); together 43110 HT, 8190 VAT.
    // 7 %: 1299 → HT 1214.02 → 1214, VAT 85. Totals: 44324 HT, 52599 TTC.
    assert.deepEqual(ourTotals(cart), {
      exclTax: 44324,
      inclTax: 52599,
      byRate: [
        { rate: 1900, excl: 43110, tax: 8190 },
        { rate: 700, excl: 1214, tax: 85 },
      ],
    });
    assert.deepEqual(ourTotals(cart), vendureTotals('add_item_to_order_reduced_vat'));
  });

  it('prices a line at what the buyer pays after a volume promotion', async () => {
    const cart = await adapterOn().addCartLine(CODE, '4', 10);
    const promotion = recording('admin_promotions_and_customer_groups').response.data.promotions
      .items[1];
    assert.equal(promotion.name, 'T-Shirt volume discount (10+)');
    assert.equal(promotion.actions[0].args[0].value, '15');
    // 15 % off 1500 = 1275 per unit; 10 × 1275 = 12750 TTC → HT 10714.29 → 10714.
    assert.deepEqual(cart.lines[0]?.unitPrice.amount, 1275);
    assert.deepEqual(ourTotals(cart), vendureTotals('add_item_qty10_volume_promotion'));
    assert.equal(ourTotals(cart).inclTax, 12750);
  });

  it('prices a line at what the buyer pays after an order promotion spread over the lines', async () => {
    const cart = await adapterOn().addCartLine(CODE, '6', 50);
    const promotion = recording('admin_promotions_and_customer_groups').response.data.promotions
      .items[0];
    assert.equal(promotion.name, 'Wholesale 10% off');
    // 10 % off 2490 = 2241 per unit (the prorated price; discountedUnitPriceWithTax stays 2490
    // because the discount is on the order); 50 × 2241 = 112050 TTC → HT 94159.66 → 94160.
    assert.equal(cart.lines[0]?.unitPrice.amount, 2241);
    assert.deepEqual(ourTotals(cart), vendureTotals('add_item_wholesale_customer_promotion'));
    assert.equal(ourTotals(cart).inclTax, 112050);
  });

  it('tells how many Vendure added when stock ran out', async () => {
    await assert.rejects(
      adapterOn().addCartLine(CODE, '5', 500),
      (error) =>
        isVitrineError(error) &&
        error.code === 'conflict' &&
        error.message === 'Only 198 could be added to the cart: there is no more in stock.' &&
        error.fields.some((field) => field.path === 'quantityAdded' && field.message === '198'),
    );
  });

  it('maps the order limit to a refusal of the quantity', () => {
    const result = recording('add_item_order_limit_error').response.data.addItemToOrder;
    const error = fromErrorResult(result);
    assert.equal(error.code, 'validation');
    assert.deepEqual(error.fields, [
      {
        path: 'quantity',
        message: 'Cannot add items. An order may consist of a maximum of 999 items',
      },
    ]);
  });

  it('refuses quantities core does not allow before asking Vendure', async () => {
    const shop = recordedShop();
    const adapter = adapterOn(shop);
    // 100000 is what the recorded ORDER_LIMIT_ERROR request asked; 0 would remove the line.
    await assert.rejects(adapter.addCartLine(CODE, '6', 100000), isCode('invalid-input'));
    await assert.rejects(adapter.updateCartLine(CODE, '2', 0), isCode('invalid-input'));
    await assert.rejects(adapter.addCartLine(CODE, '6', 1.5), isCode('invalid-input'));
    assert.equal(shop.sent.length, 0);
  });

  it('reads the session order under its code, and only under it', async () => {
    const adapter = adapterOn();
    const cart = await adapter.getCart(CODE);
    assert.equal(cart.id, CODE);
    assert.equal(cart.lines.length, 3);
    assert.deepEqual(ourTotals(cart), vendureTotals('active_order'));
    await assert.rejects(adapter.getCart('SOMEONE-ELSES'), isCode('not-found'));
  });

  it('reads a new cart as the session order once Vendure has one', async () => {
    const cart = await adapterOn().getCart(NEW_CART);
    assert.equal(cart.id, CODE);
  });

  it('asks Vendure to adjust and remove lines by their id', async () => {
    const shop = recordedShop();
    const adapter = adapterOn(shop);
    // Neither mutation was recorded (the replay answers 501): only what is sent is checked.
    await assert.rejects(adapter.updateCartLine(CODE, '2', 3));
    await assert.rejects(adapter.removeCartLine(CODE, '2'));
    const mutations = shop.sent.filter((sent) => sent.body.operationName !== 'Channel');
    assert.deepEqual(
      mutations.map((sent) => [sent.body.operationName, sent.body.variables]),
      [
        ['AdjustLine', { lineId: '2', quantity: 3 }],
        ['RemoveLine', { lineId: '2' }],
      ],
    );
  });
});
