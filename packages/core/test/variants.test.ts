import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  chooseOption,
  choiceOf,
  isCombinationAvailable,
  offersOfVariant,
  optionGroups,
  variantFor,
  type Offer,
  type ProductVariant,
} from '../src/index.js';

/** A T-shirt in S and M, black and white, except no white S (as shops often have). */
const variant = (id: string, size: string, colour: string): ProductVariant => ({
  id,
  sku: `TEE-${size}-${colour}`,
  name: `T-shirt ${size} ${colour}`,
  options: [
    { name: 'Size', value: size },
    { name: 'Colour', value: colour },
  ],
});
const VARIANTS = [
  variant('1', 'S', 'Black'),
  variant('2', 'M', 'Black'),
  variant('3', 'M', 'White'),
];

describe('variants', () => {
  it('groups the options in the order the variants list them', () => {
    assert.deepEqual(optionGroups(VARIANTS), [
      { name: 'Size', values: ['S', 'M'] },
      { name: 'Colour', values: ['Black', 'White'] },
    ]);
  });

  it('finds the variant of a full choice, and none for a missing combination', () => {
    assert.equal(variantFor(VARIANTS, { Size: 'M', Colour: 'White' })?.id, '3');
    assert.equal(variantFor(VARIANTS, { Size: 'S', Colour: 'White' }), undefined);
    assert.equal(variantFor(VARIANTS, { Size: 'M' }), undefined, 'a partial choice is no variant');
  });

  it('keeps the other choices when it can, and follows the value chosen when it cannot', () => {
    const current = choiceOf(VARIANTS[1]!); // M Black
    assert.equal(chooseOption(VARIANTS, current, 'Colour', 'White')?.id, '3'); // M White
    assert.equal(chooseOption(VARIANTS, current, 'Size', 'S')?.id, '1'); // S Black
    // From M White, S exists only in Black: the colour follows.
    assert.equal(chooseOption(VARIANTS, choiceOf(VARIANTS[2]!), 'Size', 'S')?.id, '1');
  });

  it('says which values combine with the other choices', () => {
    const sBlack = choiceOf(VARIANTS[0]!);
    assert.equal(isCombinationAvailable(VARIANTS, sBlack, 'Colour', 'White'), false);
    assert.equal(isCombinationAvailable(VARIANTS, sBlack, 'Size', 'M'), true);
  });

  it('lists the offers of the variant chosen, or all of them without variants', () => {
    const offer = (id: string, variantId?: string) =>
      ({ id, ...(variantId && { variantId }) }) as unknown as Offer;
    const product = { offers: [offer('a', '1'), offer('b', '2'), offer('c', '2')] };
    assert.deepEqual(
      offersOfVariant(product, '2').map((o) => o.id),
      ['b', 'c'],
    );
    assert.equal(offersOfVariant(product, undefined).length, 3);
  });
});
