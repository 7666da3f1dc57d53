import { assertCurrencyCode } from './currency.js';
import { VitrineError } from './errors.js';

/**
 * An amount of money: an integer number of minor units (cents, yen, fils) and its
 * ISO 4217 currency. Amounts never go through floating-point arithmetic.
 */
export interface Money {
  readonly amount: number;
  readonly currency: string;
}

export function assertMinorUnits(amount: unknown, what = 'amount'): asserts amount is number {
  if (typeof amount !== 'number' || !Number.isSafeInteger(amount)) {
    throw new VitrineError(
      'invalid-input',
      `${what} must be a whole number of minor units, got ${String(amount)}`,
    );
  }
}

export function money(amount: number, currency: string): Money {
  assertMinorUnits(amount);
  assertCurrencyCode(currency);
  return { amount, currency };
}

function sameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) {
    throw new VitrineError('invalid-input', `Cannot combine ${a.currency} with ${b.currency}`);
  }
}

function checked(amount: number, currency: string): Money {
  if (!Number.isSafeInteger(amount)) {
    throw new VitrineError('invalid-input', 'Amount is too large to be exact');
  }
  return { amount, currency };
}

export function addMoney(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return checked(a.amount + b.amount, a.currency);
}

export function subtractMoney(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return checked(a.amount - b.amount, a.currency);
}

/** Multiplies by a whole quantity (never by a fraction: that needs a rounding rule). */
export function multiplyMoney(a: Money, quantity: number): Money {
  assertMinorUnits(quantity, 'quantity');
  return checked(a.amount * quantity, a.currency);
}

export function sumMoney(items: readonly Money[], currency: string): Money {
  return items.reduce((total, item) => addMoney(total, item), money(0, currency));
}
