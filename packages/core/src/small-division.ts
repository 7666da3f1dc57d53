// Internal: not exported from index.ts. The exact rounded division on plain numbers that the
// hot paths (VAT on a line, price resolution, lines priced from a schedule) share.

/**
 * |numerator| and denominator ≤ 2^52, denominator > 0. The float quotient can be one off near
 * an integer, so the integer remainder corrects it; every product here stays below 2^53.
 */
export function divideSmall(
  numerator: number,
  denominator: number,
  mode: 'half-up' | 'half-even',
): number {
  let quotient = Math.trunc(numerator / denominator);
  let remainder = numerator - quotient * denominator;
  if (numerator >= 0) {
    if (remainder < 0) {
      quotient -= 1;
      remainder += denominator;
    } else if (remainder >= denominator) {
      quotient += 1;
      remainder -= denominator;
    }
  } else if (remainder > 0) {
    quotient += 1;
    remainder -= denominator;
  } else if (remainder <= -denominator) {
    quotient -= 1;
    remainder += denominator;
  }
  if (remainder !== 0) {
    const twice = 2 * (remainder < 0 ? -remainder : remainder);
    const away = numerator < 0 ? quotient - 1 : quotient + 1;
    if (twice > denominator) quotient = away;
    else if (twice === denominator && (mode === 'half-up' || quotient % 2 !== 0)) quotient = away;
  }
  // Math.trunc(-0.4) is -0: amounts are never negative zero.
  return quotient === 0 ? 0 : quotient;
}
