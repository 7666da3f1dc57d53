import { VitrineError, vatRateFromPercent, type Price } from '@vitrine/core';

/**
 * A price stated as the merchant entered it. Vendure sends both the net and the gross amount,
 * but only one of them was entered; the other is derived and rounded. With `pricesIncludeTax`
 * the gross is the merchant's (1500 → net 1261 derived), so the gross is stated TTC: stating the
 * net HT instead would give 1261 × 1.19 = 1500.59 → 1501, a cent Vendure never charges.
 */
export function statedPrice(
  net: number,
  gross: number,
  currency: string,
  taxPercent: number,
  pricesIncludeTax: boolean,
): Price {
  return {
    amount: pricesIncludeTax ? gross : net,
    currency,
    includesTax: pricesIncludeTax,
    vatRate: vatRateFromPercent(taxPercent),
  };
}

/**
 * Units that can be bought, from `stockLevel`. Vendure's default strategy hides the count and
 * says "OUT_OF_STOCK" (none), "LOW_STOCK" (1 up to its `lowStockLevel`, 2 by default) or
 * "IN_STOCK" (more than that). Each becomes the least it promises: 0, 1, lowStockLevel + 1.
 * The real limit comes back from the cart as INSUFFICIENT_STOCK_ERROR. A custom strategy may
 * send the count itself. Anything else cannot be read honestly.
 */
export function stockFromLevel(level: string | number, lowStockLevel: number): number {
  if (typeof level === 'number') return level;
  if (level === 'OUT_OF_STOCK') return 0;
  if (level === 'LOW_STOCK') return 1;
  if (level === 'IN_STOCK') return lowStockLevel + 1;
  if (/^\d+$/.test(level)) return Number(level);
  throw new VitrineError('invalid-response', 'The shop sent a stock level we cannot read.', {
    fields: [{ path: 'stockLevel', message: `Unknown stock level "${level}"` }],
  });
}
