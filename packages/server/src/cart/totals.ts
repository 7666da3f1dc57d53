import { lineAmounts, sumAmounts } from '../pricing/amounts.js';
import type { Amount, CartTotals } from './types.js';

/**
 * Totals with VAT rounded per line (half-up), then summed: every line a person sees
 * satisfies TTC = HT + VAT, and so do the sums. Integer minor units throughout.
 */
export function cartTotals(
  lines: readonly { unitPrice: { amount: number }; quantity: number; vatRate: number }[],
  currency: string,
): CartTotals {
  const total = sumAmounts(
    lines.map((line) => lineAmounts(line.unitPrice.amount, line.quantity, line.vatRate)),
  );
  const money = (amount: number): Amount => ({ amount, currency });
  return { exclTax: money(total.excl), tax: money(total.tax), inclTax: money(total.incl) };
}
