import type { Price } from './catalog.js';
import type { Money } from './money.js';
import { splitPrice } from './price.js';
import {
  customerPriceListId,
  resolveUnitPrice,
  type PriceRequest,
  type PriceRule,
} from './price-resolution.js';
import { validQuantityAtLeast, type QuantityRules } from './quantity.js';

/** One row of a quantity-break table: "from 50 units, 8.50 € excl. VAT (−15 %)". */
export interface TierRow {
  readonly minQuantity: number;
  /** The last quantity of the row; absent on the last row. */
  readonly maxQuantity?: number;
  readonly rule: PriceRule;
  readonly listName?: string;
  /** The unit price in this row, eco-participation included. */
  readonly unit: Price;
  readonly unitExcl: Money;
  readonly unitIncl: Money;
  /** Saving per unit against the base price incl. VAT, in basis points (1500 = 15 %). */
  readonly savingPercentBasisPoints: number;
}

/**
 * The buyer's unit price at each quantity where it can change — the first orderable quantity,
 * then each tier minimum the buyer sees and each negotiated minimum — resolved with the same
 * rules as resolveUnitPrice. With quantity rules, a break starts at the first orderable
 * quantity from its minimum; rows with the same price as the row before are merged.
 */
export function tierTable(
  request: Omit<PriceRequest, 'quantity'>,
  rules: QuantityRules = {},
): TierRow[] {
  const mode = request.mode ?? 'half-up';
  const listId = customerPriceListId(request.priceLists, request.customer, request.base, mode);
  const negotiated = request.negotiated;
  const starts = [
    1,
    ...(request.tiers ?? [])
      .filter((tier) => tier.priceListId === undefined || tier.priceListId === listId)
      .map((tier) => tier.minQuantity),
    ...(negotiated === undefined ? [] : Array.isArray(negotiated) ? negotiated : [negotiated]).map(
      (entry: { minQuantity?: number }) => entry.minQuantity ?? 1,
    ),
  ];
  const quantities = [
    ...new Set(starts.map((q) => validQuantityAtLeast(q, rules)).filter((q) => q !== undefined)),
  ].sort((a, b) => a - b);

  const rows: TierRow[] = [];
  for (const quantity of quantities) {
    const resolved = resolveUnitPrice({ ...request, quantity });
    const previous = rows.at(-1);
    if (
      previous &&
      previous.unit.amount === resolved.unit.amount &&
      previous.unit.includesTax === resolved.unit.includesTax &&
      previous.rule === resolved.rule
    ) {
      continue;
    }
    const split = splitPrice(resolved.unit, 1, mode);
    const currency = resolved.unit.currency;
    rows.push({
      minQuantity: quantity,
      rule: resolved.rule,
      ...(resolved.listName === undefined ? {} : { listName: resolved.listName }),
      unit: resolved.unit,
      unitExcl: { amount: split.excl, currency },
      unitIncl: { amount: split.incl, currency },
      savingPercentBasisPoints: resolved.savingBasisPoints,
    });
  }
  return rows.map((row, i) => {
    const next = rows[i + 1];
    return next ? { ...row, maxQuantity: next.minQuantity - 1 } : row;
  });
}
