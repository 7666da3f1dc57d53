import { addDays, assertIsoDate, dayNumber, endOfMonth, type IsoDate } from './dates.js';
import { VitrineError } from './errors.js';
import { money, type Money } from './money.js';
import { assertRoundingMode, basisPointsOf, type RoundingMode } from './rounding.js';
import { BASIS } from './tax.js';

/**
 * When a B2B invoice is due:
 * - 'net': `days` after the invoice date ("30 jours date de facture");
 * - 'end-of-month': `days` after the invoice date, then the last day of that month
 *   ("45 jours fin de mois", LME reading: add the days first, then go to the end of the month).
 */
export type PaymentTermsKind = 'net' | 'end-of-month';

/** Early-payment discount (escompte): `discount` basis points off if paid within `withinDays`. */
export interface EarlyPaymentTerms {
  /** 200 = 2 %. */
  readonly discount: number;
  readonly withinDays: number;
}

export interface PaymentTerms {
  readonly kind: PaymentTermsKind;
  readonly days: number;
  readonly earlyPayment?: EarlyPaymentTerms;
}

/** Longest term accepted: a year. French law caps terms far lower (60 days, 45 end of month). */
export const MAX_PAYMENT_DAYS = 365;

function assertDays(days: unknown, what: string): asserts days is number {
  if (typeof days !== 'number' || !Number.isInteger(days) || days < 0 || days > MAX_PAYMENT_DAYS) {
    throw new VitrineError(
      'invalid-input',
      `${what} must be a whole number of days from 0 to ${MAX_PAYMENT_DAYS}, got ${String(days)}`,
    );
  }
}

export function assertPaymentTerms(terms: PaymentTerms): void {
  if (terms.kind !== 'net' && terms.kind !== 'end-of-month') {
    throw new VitrineError(
      'invalid-input',
      `Payment terms must be 'net' or 'end-of-month', got ${String(terms.kind)}`,
    );
  }
  assertDays(terms.days, 'Payment term');
  const early = terms.earlyPayment;
  if (early) {
    assertDays(early.withinDays, 'Early-payment period');
    const rate = early.discount;
    if (typeof rate !== 'number' || !Number.isInteger(rate) || rate <= 0 || rate >= BASIS) {
      throw new VitrineError(
        'invalid-input',
        `Early-payment discount must be between 1 and 9999 basis points, got ${String(rate)}`,
      );
    }
  }
}

/** The date an invoice issued on `invoiceDate` is due under `terms`. */
export function dueDate(invoiceDate: IsoDate, terms: PaymentTerms): IsoDate {
  assertIsoDate(invoiceDate, 'Invoice date');
  assertPaymentTerms(terms);
  const due = addDays(invoiceDate, terms.days);
  return terms.kind === 'end-of-month' ? endOfMonth(due) : due;
}

export interface EarlyPayment {
  /** What is taken off when paying by the deadline. */
  readonly discount: Money;
  /** What is left to pay by the deadline: total − discount. */
  readonly payable: Money;
  /** The last day to pay with the discount: invoice date + withinDays. */
  readonly deadline: IsoDate;
}

/**
 * The early-payment discount on `total` (the amount the invoice asks for, usually incl. VAT),
 * rounded once; undefined when the terms have none. The discount reduces the taxable amount:
 * the seller adjusts the VAT it declared, the buyer the VAT it deducts.
 */
export function earlyPaymentDiscount(
  total: Money,
  terms: PaymentTerms,
  invoiceDate: IsoDate,
  mode: RoundingMode = 'half-up',
): EarlyPayment | undefined {
  const checked = money(total.amount, total.currency);
  assertRoundingMode(mode);
  const due = dueDate(invoiceDate, terms);
  const early = terms.earlyPayment;
  if (!early) return undefined;
  if (checked.amount < 0) {
    throw new VitrineError('invalid-input', 'An early-payment discount applies to a total ≥ 0');
  }
  const deadline = addDays(invoiceDate, early.withinDays);
  if (dayNumber(deadline) > dayNumber(due)) {
    throw new VitrineError(
      'invalid-input',
      `The early-payment deadline (${deadline}) falls after the due date (${due})`,
    );
  }
  const discount = basisPointsOf(checked.amount, early.discount, mode);
  return {
    discount: { amount: discount, currency: checked.currency },
    payable: { amount: checked.amount - discount, currency: checked.currency },
    deadline,
  };
}
