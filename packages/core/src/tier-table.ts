import type { Price } from './catalog.js';
import type { Money } from './money.js';
import type { PriceRequest, PriceRule } from './price-resolution.js';
import { priceSchedule } from './price-schedule.js';
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
 * then each tier minimum the buyer sees and each negotiated minimum — read from the request's
 * price schedule, so resolved with the same rules as resolveUnitPrice. With quantity rules, a
 * break starts at the first orderable quantity from its minimum; rows with the same price as
 * the row before are merged.
 */
export function tierTable(
  request: Omit<PriceRequest, 'quantity'>,
  rules: QuantityRules = {},
): TierRow[] {
  const schedule = priceSchedule(request);
  const rows: { -readonly [K in keyof TierRow]: TierRow[K] }[] = [];
  let previous: (typeof rows)[number] | undefined;
  // validQuantityAtLeast never decreases: the starts stay in order, and none is left after
  // the first that cannot be ordered.
  for (const quantity of new Set(schedule.starts.map((q) => validQuantityAtLeast(q, rules)))) {
    if (quantity === undefined) break;
    const index = schedule.starts.findLastIndex((start) => start <= quantity);
    const { unit, rule, listName, savingBasisPoints } = schedule.rows[index]!;
    if (
      previous &&
      previous.unit.amount === unit.amount &&
      previous.unit.includesTax === unit.includesTax &&
      previous.rule === rule
    ) {
      continue;
    }
    if (previous) previous.maxQuantity = quantity - 1;
    const tax = schedule.unitTax[index]!;
    const excl = unit.includesTax ? unit.amount - tax : unit.amount;
    previous = {
      minQuantity: quantity,
      rule,
      ...(listName === undefined ? {} : { listName }),
      unit,
      unitExcl: { amount: excl, currency: unit.currency },
      unitIncl: { amount: excl + tax, currency: unit.currency },
      savingPercentBasisPoints: savingBasisPoints,
    };
    rows.push(previous);
  }
  return rows;
}
