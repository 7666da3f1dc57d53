import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  cartTotals,
  isVitrineError,
  type Cart,
  type CartLine,
  type RoundingLevel,
  type RoundingMode,
} from '../../src/index.ts';
import { refTotals, type RefLine } from '../reference/pricing.ts';

/** Runs per property: 10⁴ by default, more (e.g. 10⁶ from the benchmark) when asked. */
export function propertyRuns(): number {
  const raw = process.env.VT_PROPERTY_RUNS;
  if (raw === undefined || raw === '') return 10_000;
  const runs = Number(raw);
  if (!Number.isSafeInteger(runs) || runs < 1) {
    throw new Error(`VT_PROPERTY_RUNS must be a whole number ≥ 1, got ${raw}`);
  }
  return runs;
}

/** French, German, Belgian, Spanish and Italian rates, 0 %, and any rate from 0 to 100 %. */
export const rateArbitrary = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(2000, 1000, 550, 210, 1900, 700, 2100, 1200, 600, 400) },
  { weight: 1, arbitrary: fc.constantFrom(0, 500, 2200, 10000) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 10000 }) },
);

export const modeArbitrary = fc.constantFrom<RoundingMode>('half-up', 'half-even');
export const currencyArbitrary = fc.constantFrom('EUR', 'JPY', 'KWD');

/** Mostly shop-sized amounts; some large enough to leave the fast number path. */
const amountArbitrary = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 100_000 }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 10_000_000 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 9_000_000_000_000 }) },
);

const lineArbitrary = fc.record({
  amount: amountArbitrary,
  includesTax: fc.boolean(),
  vatRate: rateArbitrary,
  quantity: fc.oneof(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 999 })),
  eco: fc.option(fc.integer({ min: 0, max: 2_000 }), { nil: undefined }),
});

/** Up to 12 lines in one currency; now and then amounts too large to be exact, which must throw. */
export const cartArbitrary: fc.Arbitrary<Cart> = fc
  .tuple(currencyArbitrary, fc.array(lineArbitrary, { maxLength: 12 }))
  .map(([currency, lines]) => ({
    id: 'c',
    currency,
    lines: lines.map(({ amount, includesTax, vatRate, quantity, eco }, i): CartLine => ({
      id: `l${i}`,
      offerId: 'o',
      productId: 'p',
      sku: 's',
      name: 'n',
      quantity,
      unitPrice: {
        amount,
        currency,
        includesTax,
        vatRate,
        ...(eco === undefined ? {} : { ecoContribution: Math.min(eco, amount) }),
      },
    })),
  }));

const MAX = BigInt(Number.MAX_SAFE_INTEGER);
const exact = (v: bigint) => v <= MAX && v >= -MAX;

/**
 * cartTotals() equals the BigInt reference on every line and total — or, when some amount the
 * reference computes is beyond exact numbers, throws an invalid-input error instead.
 * Written with plain loops: it runs 10⁴ to 10⁶ times.
 */
export function checkCartAgainstReference(
  cart: Cart,
  mode: RoundingMode,
  level: RoundingLevel,
): void {
  const lines: RefLine[] = [];
  let representable = true;
  for (const line of cart.lines) {
    const { amount, includesTax, vatRate, ecoContribution } = line.unitPrice;
    const ref: RefLine = {
      amount: BigInt(amount),
      includesTax,
      rate: BigInt(vatRate),
      quantity: BigInt(line.quantity),
      ...(ecoContribution === undefined ? {} : { eco: BigInt(ecoContribution) }),
    };
    if (!exact(ref.amount * ref.quantity)) representable = false;
    lines.push(ref);
  }
  const expected = refTotals(lines, level, mode);
  for (const split of expected.lines) {
    if (!exact(split.excl) || !exact(split.tax) || !exact(split.incl)) representable = false;
  }
  if (!exact(expected.excl) || !exact(expected.tax) || !exact(expected.incl)) {
    representable = false;
  }
  if (!representable) {
    assert.throws(
      () => cartTotals(cart, { mode, level }),
      (e) => isVitrineError(e) && e.code === 'invalid-input',
    );
    return;
  }
  const actual = cartTotals(cart, { mode, level });
  const got: (number | undefined)[] = [];
  const want: (number | undefined)[] = [];
  actual.lines.forEach((s) => got.push(s.excl, s.tax, s.incl, s.ecoContribution));
  expected.lines.forEach((s) =>
    want.push(
      Number(s.excl),
      Number(s.tax),
      Number(s.incl),
      s.eco === undefined ? undefined : Number(s.eco),
    ),
  );
  got.push(actual.exclTax.amount, actual.tax.amount, actual.inclTax.amount);
  want.push(Number(expected.excl), Number(expected.tax), Number(expected.incl));
  got.push(actual.ecoContribution.amount);
  want.push(Number(expected.eco));
  actual.byRate.forEach((r) => got.push(r.rate, r.excl, r.tax, r.incl));
  expected.byRate.forEach((r) =>
    want.push(Number(r.rate), Number(r.excl), Number(r.tax), Number(r.incl)),
  );
  let same = got.length === want.length;
  for (let i = 0; same && i < got.length; i++) same = got[i] === want[i];
  if (!same) {
    // Only now the slow comparison, for its message.
    const shown = cart.lines.map((l) => [l.unitPrice, l.quantity]);
    assert.deepEqual(got, want, `${level} ${mode} ${JSON.stringify(shown)}`);
  }
  // The invariant a person checks by hand, on every line and every total.
  let sum = 0;
  for (const s of actual.lines) {
    if (s.excl + s.tax !== s.incl) assert.fail(`line ${s.excl} + ${s.tax} ≠ ${s.incl}`);
    sum += s.incl;
  }
  for (const r of actual.byRate) {
    if (r.excl + r.tax !== r.incl) assert.fail(`rate row ${r.excl} + ${r.tax} ≠ ${r.incl}`);
  }
  assert.equal(actual.exclTax.amount + actual.tax.amount, actual.inclTax.amount);
  assert.equal(sum, actual.inclTax.amount);
}

const LEVELS: readonly RoundingLevel[] = ['unit', 'line', 'document'];

/**
 * The whole property, as the tests and the benchmark run it: each random cart, in a random
 * mode, equals the reference at every rounding level.
 */
export function assertCartsMatchReference(runs = propertyRuns()): void {
  fc.assert(
    fc.property(cartArbitrary, modeArbitrary, (cart, mode) => {
      for (const level of LEVELS) checkCartAgainstReference(cart, mode, level);
    }),
    { numRuns: runs },
  );
}
