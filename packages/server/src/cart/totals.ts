import { taxOnNet } from '@vitrine/core';
import type { CartLine, CartTotals } from './types.js';

/**
 * Cart totals with VAT rounded per line (half-up), then summed: every line a person sees
 * satisfies TTC = HT + VAT, and so do the sums. Integer minor units throughout.
 */
export function cartTotals(lines: readonly CartLine[], currency: string): CartTotals {
  let exclTax = 0;
  let tax = 0;
  for (const line of lines) {
    const net = line.unitPrice.amount * line.quantity;
    exclTax += net;
    tax += taxOnNet(net, line.vatRate, 'half-up');
  }
  return {
    exclTax: { amount: exclTax, currency },
    tax: { amount: tax, currency },
    inclTax: { amount: exclTax + tax, currency },
  };
}
