import { VitrineError } from './errors.js';
import { divideSmall } from './small-division.js';

export type RoundingMode = 'half-up' | 'half-even';

/**
 * Where VAT is rounded:
 * - 'unit': on one unit, then multiplied by the quantity;
 * - 'line': once per line, on the unit price times the quantity;
 * - 'document': once per VAT rate over the whole document (EN 16931), then allocated to the
 *   lines so that each line still shows HT + VAT = TTC.
 */
export type RoundingLevel = 'unit' | 'line' | 'document';

/** How a backend rounds VAT. Core follows it so that the totals shown match the invoice. */
export interface RoundingPolicy {
  readonly mode: RoundingMode;
  readonly level: RoundingLevel;
}

export const ROUNDING_MODES: readonly RoundingMode[] = ['half-up', 'half-even'];
export const ROUNDING_LEVELS: readonly RoundingLevel[] = ['unit', 'line', 'document'];

/** Half-up, per line: what most French invoicing tools do. */
export const DEFAULT_ROUNDING: RoundingPolicy = { mode: 'half-up', level: 'line' };

/**
 * A complete, checked policy from a mode alone (the older call shape), part of a policy, or
 * nothing (the default).
 */
export function roundingPolicy(
  input: RoundingMode | Partial<RoundingPolicy> | undefined = undefined,
): RoundingPolicy {
  if (input === undefined) return DEFAULT_ROUNDING;
  const policy =
    typeof input === 'string'
      ? { mode: input, level: DEFAULT_ROUNDING.level }
      : {
          mode: input.mode ?? DEFAULT_ROUNDING.mode,
          level: input.level ?? DEFAULT_ROUNDING.level,
        };
  assertRoundingMode(policy.mode);
  if (!ROUNDING_LEVELS.includes(policy.level)) {
    throw new VitrineError(
      'invalid-input',
      `Rounding level must be one of ${ROUNDING_LEVELS.join(', ')}, got ${String(policy.level)}`,
    );
  }
  return policy;
}

export function assertRoundingMode(mode: unknown): asserts mode is RoundingMode {
  if (mode !== 'half-up' && mode !== 'half-even') {
    throw new VitrineError(
      'invalid-input',
      `Rounding mode must be one of ${ROUNDING_MODES.join(', ')}, got ${String(mode)}`,
    );
  }
}

/**
 * numerator / denominator rounded to an integer, exactly, for integers of any size.
 * half-up rounds halves away from zero (the usual commercial rule).
 */
export function divideRounded(numerator: bigint, denominator: bigint, mode: RoundingMode): bigint {
  if (denominator === 0n) throw new VitrineError('invalid-input', 'Division by zero');
  if (denominator < 0n) {
    numerator = -numerator;
    denominator = -denominator;
  }
  const quotient = numerator / denominator; // truncates toward zero
  const remainder = numerator % denominator;
  if (remainder === 0n) return quotient;
  const twice = (remainder < 0n ? -remainder : remainder) * 2n;
  const away = numerator < 0n ? quotient - 1n : quotient + 1n;
  if (twice > denominator) return away;
  if (twice < denominator) return quotient;
  if (mode === 'half-up') return away;
  return quotient % 2n === 0n ? quotient : away;
}

/** Below this, products and doubled remainders of safe integers stay exact as numbers. */
export const EXACT_LIMIT = 2 ** 52;

/**
 * Same as divideRounded for safe integers, returning a number. Small operands (the usual case)
 * skip BigInt, which is an order of magnitude slower; the result is the same.
 */
export function divideRoundedNumber(
  numerator: number,
  denominator: number,
  mode: RoundingMode,
): number {
  if (
    Number.isSafeInteger(numerator) &&
    Number.isSafeInteger(denominator) &&
    denominator > 0 &&
    numerator <= EXACT_LIMIT &&
    numerator >= -EXACT_LIMIT &&
    denominator <= EXACT_LIMIT
  ) {
    return divideSmall(numerator, denominator, mode);
  }
  return Number(divideRounded(BigInt(numerator), BigInt(denominator), mode));
}

/**
 * `basisPoints` hundredths of a percent of `amount` (1500 = 15 %), rounded once: discounts and
 * shares of amounts in minor units.
 */
export function basisPointsOf(amount: number, basisPoints: number, mode: RoundingMode): number {
  if (!Number.isSafeInteger(amount) || !Number.isSafeInteger(basisPoints)) {
    throw new VitrineError(
      'invalid-input',
      `Amount and basis points must be whole numbers, got ${String(amount)} and ${String(basisPoints)}`,
    );
  }
  const product = amount * basisPoints;
  if (product <= EXACT_LIMIT && product >= -EXACT_LIMIT) {
    return divideSmall(product, 10_000, mode);
  }
  const result = Number(divideRounded(BigInt(amount) * BigInt(basisPoints), 10_000n, mode));
  if (!Number.isSafeInteger(result)) {
    throw new VitrineError('invalid-input', 'Amount is too large to be exact');
  }
  return result;
}
