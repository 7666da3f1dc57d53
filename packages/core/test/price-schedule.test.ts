import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  isVitrineError,
  lineAmountsBuffer,
  priceLineInto,
  priceSchedule,
  scheduledPrice,
  type Price,
  type RoundingMode,
} from '../src/index.ts';
import { assertSchedulesMatchFullPath, scheduleOutcomes } from './support/schedule-property.ts';

const ht = (amount: number, extra: Partial<Price> = {}): Price => ({
  amount,
  currency: 'EUR',
  includesTax: false,
  vatRate: 2000,
  ...extra,
});
const invalid = (e: unknown) => isVitrineError(e) && e.code === 'invalid-input';
const triple = (t: { excl: number; tax: number; incl: number }) => [t.excl, t.tax, t.incl];

describe('price schedule: a line priced from the precomputed tiers', () => {
  // 10.00 € HT at 20 %; from 10: 9.00 €; from 50: 8.00 €; from 100: 25 % off = 7.50 €.
  const schedule = priceSchedule({
    base: ht(1000),
    tiers: [
      { minQuantity: 50, price: ht(800) },
      { minQuantity: 10, price: ht(900) },
      { minQuantity: 100, discount: 2500 },
    ],
  });
  const out = lineAmountsBuffer();

  it('resolves once per break, in ascending order whatever the order of the tiers', () => {
    assert.deepEqual(schedule.starts, [1, 10, 50, 100]);
    assert.deepEqual(schedule.amounts, [1000, 900, 800, 750]);
    // VAT of one unit: 2.00, 1.80, 1.60, 1.50 €.
    assert.deepEqual(schedule.unitTax, [200, 180, 160, 150]);
  });

  it('prices a line at the tier of its quantity, HT → TTC', () => {
    // 9 × 10.00 € = 90.00 € HT, VAT 18.00 €, 108.00 € TTC.
    assert.deepEqual(triple(priceLineInto(schedule, 9, out)), [9000, 1800, 10800]);
    assert.equal(out.row, 0);
    // 10 × 9.00 € = 90.00 € HT: the tier starts at exactly 10.
    assert.deepEqual(triple(priceLineInto(schedule, 10, out)), [9000, 1800, 10800]);
    assert.equal(out.row, 1);
    // 60 × 8.00 € = 480.00 € HT, VAT 96.00 €, 576.00 € TTC.
    assert.deepEqual(triple(priceLineInto(schedule, 60, out)), [48_000, 9_600, 57_600]);
    // 101 × 7.50 € = 757.50 € HT, VAT 151.50 €, 909.00 € TTC.
    assert.deepEqual(triple(priceLineInto(schedule, 101, out)), [75_750, 15_150, 90_900]);
    assert.equal(out.ecoContribution, 0);
    assert.equal(scheduledPrice(schedule, 101).rule, 'tier');
    assert.equal(scheduledPrice(schedule, 101).minQuantity, 100);
  });

  it('rounds VAT per line or per unit, half-up or half-even, as lineAmounts does', () => {
    // 0.99 € HT at 20 %: VAT of one unit 0.198 € → 0.20 €.
    const cheap = priceSchedule({ base: ht(99) });
    // Per line: 3 × 0.99 = 2.97 €, VAT 0.594 → 0.59 €.
    assert.deepEqual(triple(priceLineInto(cheap, 3, out)), [297, 59, 356]);
    // Per unit: 0.20 € × 3 = 0.60 €.
    assert.deepEqual(triple(priceLineInto(cheap, 3, out, 'unit')), [297, 60, 357]);
    // 0.25 € at 10 % = 0.025 € of VAT: 0.03 € half-up, 0.02 € half-even.
    const half = (mode: RoundingMode) =>
      priceLineInto(priceSchedule({ base: ht(25, { vatRate: 1000 }), mode }), 1, out).tax;
    assert.equal(half('half-up'), 3);
    assert.equal(half('half-even'), 2);
  });

  it('keeps a price stated TTC and splits it; carries the eco-participation', () => {
    // 499.00 € TTC of which 10.00 € eco-participation, 2 units: 998.00 € TTC,
    // HT 998 / 1.2 = 831.666… → 831.67 €, VAT 166.33 €, eco 20.00 €.
    const machine = priceSchedule({
      base: ht(49_900, { includesTax: true, ecoContribution: 1_000 }),
    });
    priceLineInto(machine, 2, out);
    assert.deepEqual(triple(out), [83_167, 16_633, 99_800]);
    assert.equal(out.ecoContribution, 2_000);
  });

  it('refuses what the full path refuses', () => {
    for (const quantity of [0, -1, 1.5, Number.NaN]) {
      assert.throws(() => priceLineInto(schedule, quantity, out), invalid);
    }
    assert.throws(() => priceLineInto(schedule, 1, out, 'document'), /whole document/);
    // 2^52 × 3 is beyond exact numbers.
    assert.throws(() => priceLineInto(priceSchedule({ base: ht(2 ** 52) }), 3, out), invalid);
    assert.throws(() => priceSchedule({ base: ht(100), tiers: [{ minQuantity: 0 }] }), invalid);
  });
});

describe('property: the schedule prices every line as the full path does', () => {
  it('random prices, rates, tiers, lists, quotes, quantities, modes and levels: 0 differences', () => {
    assertSchedulesMatchFullPath();
  });

  it('reaches every rule and both kinds of refusal', () => {
    // A property that never reaches a case proves nothing about it: count what it met.
    assert.deepEqual([...scheduleOutcomes(2_000)].sort(), [
      'base',
      'line refused',
      'negotiated',
      'price-list',
      'schedule refused',
      'tier',
    ]);
  });
});
