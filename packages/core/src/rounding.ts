import { VitrineError } from './errors.js';

export type RoundingMode = 'half-up' | 'half-even';

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

/** Same as divideRounded for safe integers, returning a number. */
export function divideRoundedNumber(
  numerator: number,
  denominator: number,
  mode: RoundingMode,
): number {
  return Number(divideRounded(BigInt(numerator), BigInt(denominator), mode));
}
