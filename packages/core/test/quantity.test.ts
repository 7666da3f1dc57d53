import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  assertQuantity,
  isVitrineError,
  MAX_LINE_QUANTITY,
  nearestValidQuantity,
  resolveQuantityRules,
  validateQuantity,
  type QuantityRules,
} from '../src/index.ts';
import { propertyRuns } from './support/cart-property.ts';

describe('quantity rules', () => {
  it('accepts any whole quantity from 1 to the cart limit by default', () => {
    assert.deepEqual(validateQuantity(1), { ok: true, quantity: 1 });
    assert.deepEqual(validateQuantity(MAX_LINE_QUANTITY), { ok: true, quantity: 999 });
  });

  it('refuses 0 and negatives, offering the minimum', () => {
    for (const quantity of [0, -3]) {
      const check = validateQuantity(quantity, { min: 10 });
      assert.equal(check.ok, false);
      assert.ok(!check.ok);
      assert.equal(check.problem, 'below-minimum');
      assert.equal(check.nearestAbove, 10);
      assert.equal(check.nearestBelow, undefined);
      assert.match(check.message, /minimum quantity is 10/);
    }
  });

  it('refuses fractions and things that are not numbers', () => {
    const half = validateQuantity(7.5, { packSize: 6 });
    assert.ok(!half.ok);
    assert.deepEqual([half.problem, half.nearestBelow, half.nearestAbove], ['not-whole', 6, 12]);
    const nothing = validateQuantity(Number.NaN);
    assert.ok(!nothing.ok);
    assert.deepEqual([nothing.problem, nothing.nearestAbove], ['not-a-number', 1]);
    assert.equal(validateQuantity('12' as unknown).ok, false);
  });

  it('offers the packs on either side of a quantity between packs', () => {
    const check = validateQuantity(14, { packSize: 6 });
    assert.ok(!check.ok);
    assert.deepEqual(
      [check.problem, check.nearestBelow, check.nearestAbove],
      ['not-a-step', 12, 18],
    );
    assert.equal(check.message, 'Sold in packs of 6: 12 or 18, not 14');
    assert.equal(nearestValidQuantity(14, { packSize: 6 }), 12);
    assert.equal(nearestValidQuantity(15, { packSize: 6 }), 18); // a tie rounds up to a pack
  });

  it('counts increments from the minimum', () => {
    const rules = { min: 10, increment: 5 };
    assert.equal(validateQuantity(25, rules).ok, true);
    const check = validateQuantity(22, rules);
    assert.ok(!check.ok);
    assert.equal(check.message, 'Quantity must be 10 plus a multiple of 5: 20 or 25, not 22');
  });

  it('caps at the largest valid quantity under the maximum', () => {
    const rules = { packSize: 12, max: 100 };
    assert.equal(resolveQuantityRules(rules).largest, 96);
    const over = validateQuantity(120, rules);
    assert.ok(!over.ok);
    assert.deepEqual(
      [over.problem, over.nearestBelow, over.nearestAbove],
      ['above-maximum', 96, undefined],
    );
    const between = validateQuantity(99, rules);
    assert.ok(!between.ok);
    assert.deepEqual(
      [between.problem, between.nearestBelow, between.nearestAbove],
      ['not-a-step', 96, undefined],
    );
    assert.equal(nearestValidQuantity(1e9, rules), 96);
  });

  it('throws a field error for the quantity on request', () => {
    assert.throws(
      () => assertQuantity(0),
      (e) =>
        isVitrineError(e) &&
        e.code === 'invalid-input' &&
        e.fields[0]?.path === 'quantity' &&
        /minimum quantity is 1/.test(e.message),
    );
    assert.doesNotThrow(() => assertQuantity(12, { packSize: 6 }));
  });

  it('refuses rules that allow nothing or contradict the pack size', () => {
    assert.throws(
      () => resolveQuantityRules({ min: 0 }),
      /Minimum quantity must be a whole number of at least 1/,
    );
    assert.throws(() => resolveQuantityRules({ increment: 1.5 }), /increment/);
    assert.throws(
      () => resolveQuantityRules({ min: 10, max: 5 }),
      /Maximum quantity must be a whole number of at least 10/,
    );
    assert.throws(
      () => resolveQuantityRules({ packSize: 6, min: 8 }),
      /multiples of the pack size/,
    );
  });

  it('property: the nearest quantities are valid, and nothing valid lies between them', () => {
    const rulesArbitrary = fc
      .record({
        packSize: fc.integer({ min: 1, max: 24 }),
        packsMin: fc.integer({ min: 1, max: 10 }),
        packsStep: fc.integer({ min: 1, max: 5 }),
        span: fc.integer({ min: 0, max: 2000 }),
      })
      .map(({ packSize, packsMin, packsStep, span }): QuantityRules => ({
        packSize,
        min: packSize * packsMin,
        increment: packSize * packsStep,
        max: packSize * packsMin + span,
      }));
    const typed = fc.oneof(
      fc.integer({ min: -100, max: 3000 }),
      fc.double({ min: -100, max: 3000, noNaN: true }),
    );
    fc.assert(
      fc.property(rulesArbitrary, typed, (rules, quantity) => {
        const check = validateQuantity(quantity, rules);
        // Written out independently: whole, within bounds, on a step from the minimum.
        const { min = 1, increment = 1, max = 999 } = rules;
        const isValid = (q: number) =>
          Number.isInteger(q) && q >= min && q <= max && (q - min) % increment === 0;
        assert.equal(check.ok, isValid(quantity));
        if (check.ok) {
          assert.equal(check.quantity, quantity);
          return;
        }
        const { nearestBelow: below, nearestAbove: above } = check;
        assert.ok(below !== undefined || above !== undefined);
        if (below !== undefined) {
          assert.ok(isValid(below) && below <= quantity);
          for (let q = below + 1; q <= Math.floor(quantity) && q <= below + 200; q++) {
            assert.ok(!isValid(q));
          }
        }
        if (above !== undefined) {
          assert.ok(isValid(above) && above >= quantity);
          for (let q = above - 1; q >= Math.ceil(quantity) && q >= above - 200; q--) {
            assert.ok(!isValid(q));
          }
        }
      }),
      { numRuns: Math.min(propertyRuns(), 10_000) },
    );
  });
});
