import { taxOnNet } from '@vitrine/core';

/**
 * The server's one rounding policy for documents (carts, quotes, orders, invoices): VAT is
 * computed per line on the line's HT amount, rounded half-up, then summed. Every line and
 * every total satisfies TTC = HT + VAT. Integer minor units throughout.
 */
export const ROUNDING = { mode: 'half-up', level: 'line' } as const;

export interface LineAmounts {
  excl: number;
  tax: number;
  incl: number;
}

export function lineAmounts(unitPrice: number, quantity: number, vatRate: number): LineAmounts {
  const excl = unitPrice * quantity;
  if (!Number.isSafeInteger(excl)) throw new RangeError('Line amount is too large');
  const tax = taxOnNet(excl, vatRate, ROUNDING.mode);
  return { excl, tax, incl: excl + tax };
}

export function sumAmounts(lines: readonly LineAmounts[]): LineAmounts {
  let excl = 0;
  let tax = 0;
  for (const line of lines) {
    excl += line.excl;
    tax += line.tax;
  }
  return { excl, tax, incl: excl + tax };
}
