import { MAX_LINE_QUANTITY } from './cart.js';
import { VitrineError } from './errors.js';

/**
 * Which quantities of a product can be ordered: `min`, `min + increment`, `min + 2 × increment`…
 * up to `max`, all in units and all multiples of `packSize` (a pack of 6 is ordered as 6, 12…).
 */
export interface QuantityRules {
  /** Default: one pack. A multiple of packSize. */
  readonly min?: number;
  /** Step above the minimum. Default: one pack. A multiple of packSize. */
  readonly increment?: number;
  /** Units per pack. Default 1. */
  readonly packSize?: number;
  /** Default: the cart's limit, MAX_LINE_QUANTITY. */
  readonly max?: number;
}

/** Rules with every default filled in and checked; `largest` is the largest valid quantity. */
export interface ResolvedQuantityRules {
  readonly min: number;
  readonly increment: number;
  readonly packSize: number;
  readonly max: number;
  readonly largest: number;
}

export type QuantityProblem =
  'not-a-number' | 'not-whole' | 'below-minimum' | 'above-maximum' | 'not-a-step';

export type QuantityCheck =
  | { readonly ok: true; readonly quantity: number }
  | {
      readonly ok: false;
      readonly problem: QuantityProblem;
      /** For logs and developers; elements word it from `problem` and the numbers. */
      readonly message: string;
      /** The largest valid quantity below, if there is one. */
      readonly nearestBelow?: number;
      /** The smallest valid quantity above, if there is one. */
      readonly nearestAbove?: number;
    };

function wholeAtLeast(value: unknown, least: number, what: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < least) {
    throw new VitrineError(
      'invalid-input',
      `${what} must be a whole number of at least ${least}, got ${String(value)}`,
    );
  }
  return value;
}

/** Fills in defaults and refuses rules that allow no quantity or contradict the pack size. */
export function resolveQuantityRules(rules: QuantityRules = {}): ResolvedQuantityRules {
  const packSize = wholeAtLeast(rules.packSize ?? 1, 1, 'Pack size');
  const min = wholeAtLeast(rules.min ?? packSize, 1, 'Minimum quantity');
  const increment = wholeAtLeast(rules.increment ?? packSize, 1, 'Quantity increment');
  const max = wholeAtLeast(rules.max ?? Math.max(MAX_LINE_QUANTITY, min), min, 'Maximum quantity');
  if (min % packSize !== 0 || increment % packSize !== 0) {
    throw new VitrineError(
      'invalid-input',
      `Minimum (${min}) and increment (${increment}) must be multiples of the pack size (${packSize})`,
    );
  }
  const largest = min + Math.floor((max - min) / increment) * increment;
  return { min, increment, packSize, max, largest };
}

/** The largest valid quantity ≤ limit, if any (limit is a whole number). */
function validAtMost(limit: number, rules: ResolvedQuantityRules): number | undefined {
  if (limit < rules.min) return undefined;
  if (limit >= rules.largest) return rules.largest;
  return rules.min + Math.floor((limit - rules.min) / rules.increment) * rules.increment;
}

/** The smallest valid quantity ≥ limit, if any (limit is a whole number). */
function validAtLeast(limit: number, rules: ResolvedQuantityRules): number | undefined {
  if (limit <= rules.min) return rules.min;
  if (limit > rules.largest) return undefined;
  return rules.min + Math.ceil((limit - rules.min) / rules.increment) * rules.increment;
}

/** The smallest valid quantity ≥ `limit`, if any: where a quantity break really starts. */
export function validQuantityAtLeast(limit: number, rules: QuantityRules = {}): number | undefined {
  return validAtLeast(Math.ceil(limit), resolveQuantityRules(rules));
}

/**
 * Whether `quantity` (whatever was typed) can be ordered, and if not why, with the nearest
 * valid quantities on either side so the UI can offer them.
 */
export function validateQuantity(quantity: unknown, rules: QuantityRules = {}): QuantityCheck {
  const r = resolveQuantityRules(rules);
  if (typeof quantity !== 'number' || Number.isNaN(quantity)) {
    return {
      ok: false,
      problem: 'not-a-number',
      message: `Quantity must be a number, got ${String(quantity)}`,
      nearestAbove: r.min,
    };
  }
  const below = validAtMost(Math.floor(quantity), r);
  const above = validAtLeast(Math.ceil(quantity), r);
  const nearest = {
    ...(below === undefined ? {} : { nearestBelow: below }),
    ...(above === undefined ? {} : { nearestAbove: above }),
  };
  const fail = (problem: QuantityProblem, message: string): QuantityCheck => ({
    ok: false,
    problem,
    message,
    ...nearest,
  });
  if (!Number.isInteger(quantity)) {
    return fail('not-whole', `Quantity must be a whole number, got ${quantity}`);
  }
  if (quantity < r.min) {
    return fail('below-minimum', `The minimum quantity is ${r.min}, got ${quantity}`);
  }
  if (quantity > r.max) {
    return fail('above-maximum', `The maximum quantity is ${r.max}, got ${quantity}`);
  }
  if ((quantity - r.min) % r.increment !== 0) {
    const options = [below, above].filter((q) => q !== undefined).join(' or ');
    const rule =
      r.min === r.packSize && r.increment === r.packSize
        ? `Sold in packs of ${r.packSize}`
        : `Quantity must be ${r.min} plus a multiple of ${r.increment}`;
    return fail('not-a-step', `${rule}: ${options}, not ${quantity}`);
  }
  return { ok: true, quantity };
}

/** Throws a VitrineError with the check's message when the quantity cannot be ordered. */
export function assertQuantity(
  quantity: unknown,
  rules: QuantityRules = {},
): asserts quantity is number {
  const check = validateQuantity(quantity, rules);
  if (!check.ok) {
    throw new VitrineError('invalid-input', check.message, {
      fields: [{ path: 'quantity', message: check.message }],
    });
  }
}

/**
 * The valid quantity closest to `quantity` (the larger one on a tie, so packs round up), or
 * undefined when nothing was typed.
 */
export function nearestValidQuantity(
  quantity: unknown,
  rules: QuantityRules = {},
): number | undefined {
  const check = validateQuantity(quantity, rules);
  if (check.ok) return check.quantity;
  const { nearestBelow: below, nearestAbove: above } = check;
  if (check.problem === 'not-a-number') return undefined;
  if (below === undefined) return above;
  if (above === undefined) return below;
  return (quantity as number) - below < above - (quantity as number) ? below : above;
}
