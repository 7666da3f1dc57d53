import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  addDays,
  dayNumber,
  dueDate,
  earlyPaymentDiscount,
  endOfMonth,
  formatDate,
  isIsoDate,
  isVitrineError,
  money,
  todayUtc,
  type PaymentTerms,
} from '../src/index.ts';
import { propertyRuns } from './support/cart-property.ts';

const invalid = (e: unknown) => isVitrineError(e) && e.code === 'invalid-input';

describe('calendar dates', () => {
  it('crosses month ends, year ends and leap days', () => {
    assert.equal(addDays('2028-02-28', 1), '2028-02-29');
    assert.equal(addDays('2028-02-29', 1), '2028-03-01');
    assert.equal(addDays('2027-02-28', 1), '2027-03-01');
    assert.equal(addDays('2027-12-31', 1), '2028-01-01');
    assert.equal(addDays('2028-03-01', -1), '2028-02-29');
    assert.equal(endOfMonth('2028-02-10'), '2028-02-29');
    assert.equal(endOfMonth('2100-02-10'), '2100-02-28'); // not a leap year
    assert.equal(endOfMonth('2000-02-10'), '2000-02-29'); // a leap year
  });

  it('refuses dates that do not exist or are not written YYYY-MM-DD', () => {
    for (const bad of [
      '2027-02-29',
      '2028-13-01',
      '2028-1-5',
      '2028-02-29T00:00:00Z',
      '',
      20280229,
    ]) {
      assert.throws(() => addDays(bad as string, 1), invalid);
      assert.equal(isIsoDate(bad), false);
    }
    assert.throws(() => addDays('2028-02-29', 0.5), /Days must be a whole number/);
  });

  it("gives today's UTC date whatever the local time zone", () => {
    assert.equal(todayUtc(Date.UTC(2028, 1, 29, 23, 59, 59, 999)), '2028-02-29');
    assert.equal(todayUtc(Date.UTC(2028, 2, 1)), '2028-03-01');
    assert.equal(todayUtc(-1), '1969-12-31');
  });

  it('property: day arithmetic agrees with Date in UTC over four centuries', () => {
    const day = 86_400_000;
    fc.assert(
      fc.property(
        fc.integer({ min: dayNumber('1900-01-01'), max: dayNumber('2400-12-31') }),
        fc.integer({ min: -800, max: 800 }),
        (start, days) => {
          const iso = new Date(start * day).toISOString().slice(0, 10);
          assert.equal(dayNumber(iso), start);
          const expected = new Date((start + days) * day).toISOString().slice(0, 10);
          assert.equal(addDays(iso, days), expected);
          const d = new Date(start * day);
          const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0));
          assert.equal(endOfMonth(iso), last.toISOString().slice(0, 10));
        },
      ),
      { numRuns: propertyRuns() },
    );
  });

  it('formats a date in the reader’s language without moving it a day', () => {
    assert.equal(formatDate('2028-02-29', 'fr-FR'), '29 février 2028');
    assert.equal(formatDate('2028-02-29', 'en-GB'), '29 February 2028');
    assert.equal(formatDate('2028-03-31', 'en-US', 'short'), '3/31/28');
    // Year 28 stays year 28 (Date.UTC would have read it as 1928, a leap year too).
    assert.equal(formatDate('0028-02-29', 'en-GB'), '29 February 28');
  });
});

describe('payment terms', () => {
  const net30: PaymentTerms = { kind: 'net', days: 30 };
  const eom45: PaymentTerms = { kind: 'end-of-month', days: 45 };

  it('net 30 and net 60 count days from the invoice date', () => {
    assert.equal(dueDate('2028-01-31', net30), '2028-03-01');
    assert.equal(dueDate('2028-01-30', net30), '2028-02-29');
    assert.equal(dueDate('2027-01-30', net30), '2027-03-01');
    assert.equal(dueDate('2028-12-15', { kind: 'net', days: 60 }), '2029-02-13');
  });

  it('45 days end of month: add 45 days, then go to the end of that month', () => {
    // 2028-01-15 + 45 days = 2028-02-29 (a leap day), already the end of February.
    assert.equal(dueDate('2028-01-15', eom45), '2028-02-29');
    // 2028-01-16 + 45 = 2028-03-01 → end of March.
    assert.equal(dueDate('2028-01-16', eom45), '2028-03-31');
    // 2027-01-15 + 45 = 2027-03-01 (no leap day) → end of March.
    assert.equal(dueDate('2027-01-15', eom45), '2027-03-31');
    // Across a year end: 2027-12-20 + 45 = 2028-02-03 → 2028-02-29.
    assert.equal(dueDate('2027-12-20', eom45), '2028-02-29');
    assert.equal(dueDate('2028-02-29', { kind: 'end-of-month', days: 0 }), '2028-02-29');
  });

  it('works out a 2 % early-payment discount within 10 days', () => {
    const terms: PaymentTerms = { ...net30, earlyPayment: { discount: 200, withinDays: 10 } };
    const early = earlyPaymentDiscount(money(123_456, 'EUR'), terms, '2028-02-25');
    assert.deepEqual(early, {
      discount: { amount: 2_469, currency: 'EUR' }, // 24.6912 € → 24.69 €
      payable: { amount: 120_987, currency: 'EUR' },
      deadline: '2028-03-06',
    });
    assert.equal(earlyPaymentDiscount(money(123_456, 'EUR'), net30, '2028-02-25'), undefined);
    // 2 % of 0.25 € = 0.005 €: half-up 0.01 €, half-even 0.00 €.
    assert.equal(earlyPaymentDiscount(money(25, 'EUR'), terms, '2028-02-25')!.discount.amount, 1);
    assert.equal(
      earlyPaymentDiscount(money(25, 'EUR'), terms, '2028-02-25', 'half-even')!.discount.amount,
      0,
    );
    // KWD to the fils: 2 % of 1.234 = 0.02468 → 0.025.
    assert.equal(
      earlyPaymentDiscount(money(1_234, 'KWD'), terms, '2028-02-25')!.discount.amount,
      25,
    );
  });

  it('refuses terms and totals that make no sense', () => {
    assert.throws(() => dueDate('2028-02-30', net30), /Invoice date must be a real calendar date/);
    assert.throws(() => dueDate('2028-02-01', { kind: 'net', days: -1 }), /from 0 to 365/);
    assert.throws(() => dueDate('2028-02-01', { kind: 'net', days: 30.5 }), invalid);
    assert.throws(
      () => dueDate('2028-02-01', { kind: 'eom' as never, days: 30 }),
      /'net' or 'end-of-month'/,
    );
    const terms: PaymentTerms = { ...net30, earlyPayment: { discount: 200, withinDays: 40 } };
    assert.throws(
      () => earlyPaymentDiscount(money(100, 'EUR'), terms, '2028-02-01'),
      /falls after the due date/,
    );
    const free: PaymentTerms = { ...net30, earlyPayment: { discount: 0, withinDays: 10 } };
    assert.throws(
      () => earlyPaymentDiscount(money(100, 'EUR'), free, '2028-02-01'),
      /between 1 and 9999/,
    );
    const ok: PaymentTerms = { ...net30, earlyPayment: { discount: 200, withinDays: 10 } };
    assert.throws(() => earlyPaymentDiscount(money(-100, 'EUR'), ok, '2028-02-01'), /total ≥ 0/);
    assert.throws(
      () => earlyPaymentDiscount({ amount: 1, currency: 'ABC' }, ok, '2028-02-01'),
      /Unknown currency/,
    );
  });
});
