import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isOptionSoldOut, isVariantInStock, type Offer, type ProductDetail } from '../src/index.ts';

const price = { amount: 5000, currency: 'EUR', includesTax: false, vatRate: 2000 };
const offer = (id: string, variantId: string, stock: number): Offer => ({
  id,
  seller: { id: `s-${id}`, name: id },
  price,
  stock,
  variantId,
});
const variant = (id: string, size: string, colour: string) => ({
  id,
  sku: id,
  name: id,
  options: [
    { name: 'Size', value: size },
    { name: 'Colour', value: colour },
  ],
});

/*
 * Shoes in 45 and 46, black and white: 46 black is out of stock with both its sellers, 46 white
 * has one seller with 2 left; there is no 45 white.
 */
const shoes: Pick<ProductDetail, 'offers' | 'variants'> = {
  variants: [
    variant('45-black', '45', 'Black'),
    variant('46-black', '46', 'Black'),
    variant('46-white', '46', 'White'),
  ],
  offers: [
    offer('a', '45-black', 10),
    offer('b', '46-black', 0),
    offer('c', '46-black', 0),
    offer('d', '46-white', 0),
    offer('e', '46-white', 2),
  ],
};

describe('variant stock', () => {
  it('a variant is in stock when one of its sellers has some', () => {
    assert.equal(isVariantInStock(shoes, '45-black'), true);
    assert.equal(isVariantInStock(shoes, '46-black'), false);
    assert.equal(isVariantInStock(shoes, '46-white'), true, 'seller e has 2');
  });

  it('a value is sold out when the variant it leads to has no stock anywhere', () => {
    const black45 = { Size: '45', Colour: 'Black' };
    assert.equal(isOptionSoldOut(shoes, black45, 'Size', '46'), true, '46 black');
    assert.equal(isOptionSoldOut(shoes, black45, 'Size', '45'), false);
    // No 45 white: White moves the size to 46, which has white in stock.
    assert.equal(isOptionSoldOut(shoes, black45, 'Colour', 'White'), false);
    const white46 = { Size: '46', Colour: 'White' };
    assert.equal(isOptionSoldOut(shoes, white46, 'Colour', 'Black'), true);
    assert.equal(isOptionSoldOut(shoes, white46, 'Size', '45'), false, '45 black, 10 in stock');
  });

  it('an unknown value is not said to be sold out', () => {
    assert.equal(isOptionSoldOut(shoes, { Size: '45', Colour: 'Black' }, 'Size', '47'), false);
  });
});
