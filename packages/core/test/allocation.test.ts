import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { allocate, isVitrineError, money, splitEvenly } from '../src/index.ts';
import { refAllocate } from './reference/pricing.ts';
import { propertyRuns } from './support/cart-property.ts';

const amounts = (shares: { amount: number }[]) => shares.map((s) => s.amount);
const invalid = (e: unknown) => isVitrineError(e) && e.code === 'invalid-input';

describe('allocation', () => {
  it('splits 100.00 € in three as 33.34 + 33.33 + 33.33, the extra cent to the first', () => {
    assert.deepEqual(amounts(splitEvenly(money(10000, 'EUR'), 3)), [3334, 3333, 3333]);
  });

  it('gives the leftover units to the largest remainders, ties to the earliest', () => {
    // 1.00 € over 1 : 1 : 1 : 2 → exact shares 0.20, 0.20, 0.20, 0.40: nothing left over.
    assert.deepEqual(amounts(allocate(money(100, 'EUR'), [1, 1, 1, 2])), [20, 20, 20, 40]);
    // 0.05 € over 3 : 7 → 0.015 and 0.035: remainders equal, the first one gets the cent.
    assert.deepEqual(amounts(allocate(money(5, 'EUR'), [3, 7])), [2, 3]);
    // 0.10 € over 1 : 2 : 3 → 1.67, 3.33, 5.00: the largest remainder (.67) gets it.
    assert.deepEqual(amounts(allocate(money(10, 'EUR'), [1, 2, 3])), [2, 3, 5]);
  });

  it('splits a KWD amount to the fils (three decimals)', () => {
    assert.deepEqual(amounts(splitEvenly(money(1000, 'KWD'), 3)), [334, 333, 333]);
  });

  it('allocates a credit like the opposite charge, negated', () => {
    assert.deepEqual(amounts(allocate(money(-10, 'EUR'), [1, 2, 3])), [-2, -3, -5]);
  });

  it('gives nothing to zero weights and zero over zero weights', () => {
    assert.deepEqual(amounts(allocate(money(7, 'JPY'), [0, 1, 0])), [0, 7, 0]);
    assert.deepEqual(amounts(allocate(money(0, 'JPY'), [0, 0])), [0, 0]);
  });

  it('refuses what would lose or invent money', () => {
    assert.throws(() => allocate(money(1, 'EUR'), []), invalid);
    assert.throws(() => allocate(money(1, 'EUR'), [0, 0]), /non-zero amount over zero weights/);
    assert.throws(() => allocate(money(1, 'EUR'), [1, -1]), /weights must be whole numbers ≥ 0/);
    assert.throws(() => allocate(money(1, 'EUR'), [0.5, 0.5]), invalid);
    assert.throws(() => allocate({ amount: 1.5, currency: 'EUR' }, [1]), invalid);
    assert.throws(() => allocate({ amount: 1, currency: 'XXY' }, [1]), /Unknown currency/);
    assert.throws(() => splitEvenly(money(1, 'EUR'), 0), /at least 1/);
  });

  it('stays exact when total × weights goes past 2^53', () => {
    const total = money(Number.MAX_SAFE_INTEGER, 'EUR');
    const shares = amounts(allocate(total, [2 ** 52, 1, 1]));
    assert.equal(
      shares.reduce((a, b) => a + b, 0),
      Number.MAX_SAFE_INTEGER,
    );
    const expected = refAllocate(BigInt(Number.MAX_SAFE_INTEGER), [BigInt(2 ** 52), 1n, 1n]);
    assert.deepEqual(shares, expected.map(Number));
  });

  it('property: shares add up to the total and match the reference', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000_000, max: 10_000_000_000 }),
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 20 }),
        (total, weights) => {
          fc.pre(weights.some((w) => w > 0) || total === 0);
          const shares = amounts(allocate(money(total, 'EUR'), weights));
          assert.equal(
            shares.reduce((a, b) => a + b, 0),
            total,
          );
          assert.deepEqual(shares, refAllocate(BigInt(total), weights.map(BigInt)).map(Number));
        },
      ),
      { numRuns: propertyRuns() },
    );
  });

  it('property: equal weights get shares that differ by at most one unit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
        fc.integer({ min: 1, max: 50 }),
        fc.array(fc.integer({ min: 1, max: 1000 }), { maxLength: 10 }),
        (total, parts, others) => {
          const weights = [...others, ...new Array<number>(parts).fill(7), ...others];
          const shares = amounts(allocate(money(total, 'JPY'), weights));
          const equal = shares.slice(others.length, others.length + parts);
          assert.ok(Math.max(...equal) - Math.min(...equal) <= 1);
          const even = amounts(splitEvenly(money(total, 'JPY'), parts));
          assert.ok(Math.max(...even) - Math.min(...even) <= 1);
          assert.equal(
            even.reduce((a, b) => a + b, 0),
            total,
          );
        },
      ),
      { numRuns: propertyRuns() },
    );
  });
});
