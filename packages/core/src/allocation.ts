import { VitrineError } from './errors.js';
import { assertMinorUnits, money, type Money } from './money.js';

/**
 * Shares of `total` in proportion to integer weights, by largest remainder: each share is the
 * exact proportion rounded down, then the units left over go one each to the largest
 * remainders, ties to the earliest weight. The shares always add up to the total (no unit lost
 * or created); equal weights get shares that differ by at most one unit, earlier ones first.
 * A negative total is allocated like its opposite, then negated.
 *
 * Weights are non-negative whole numbers (minor units, quantities, counts…): fractions would
 * need a rounding rule of their own.
 */
export function allocate(total: Money, weights: readonly number[]): Money[] {
  const checked = money(total.amount, total.currency);
  return allocateAmount(checked.amount, weights).map((amount) => ({
    amount,
    currency: checked.currency,
  }));
}

/** `total` in `parts` shares that differ by at most one unit, the larger ones first. */
export function splitEvenly(total: Money, parts: number): Money[] {
  if (!Number.isSafeInteger(parts) || parts < 1) {
    throw new VitrineError(
      'invalid-input',
      `Number of parts must be a whole number of at least 1, got ${String(parts)}`,
    );
  }
  return allocate(total, new Array<number>(parts).fill(1));
}

/** allocate() on bare minor units, for callers that already checked the currency. */
export function allocateAmount(total: number, weights: readonly number[]): number[] {
  assertMinorUnits(total, 'total');
  if (weights.length === 0) {
    throw new VitrineError('invalid-input', 'Cannot allocate over an empty list of weights');
  }
  let sum = 0;
  for (const weight of weights) {
    if (!Number.isSafeInteger(weight) || weight < 0) {
      throw new VitrineError(
        'invalid-input',
        `Allocation weights must be whole numbers ≥ 0, got ${String(weight)}`,
      );
    }
    sum += weight;
  }
  if (!Number.isSafeInteger(sum)) {
    throw new VitrineError('invalid-input', 'Allocation weights are too large to be exact');
  }
  if (sum === 0) {
    if (total === 0) return weights.map(() => 0);
    throw new VitrineError('invalid-input', 'Cannot allocate a non-zero amount over zero weights');
  }
  const negative = total < 0;
  const magnitude = negative ? -total : total;
  const shares =
    magnitude * sum <= Number.MAX_SAFE_INTEGER
      ? largestRemainder(magnitude, weights, sum)
      : largestRemainderBig(magnitude, weights, sum);
  return negative ? shares.map((share) => (share === 0 ? 0 : -share)) : shares;
}

/** magnitude × sum is a safe integer, so every product and remainder below is exact. */
function largestRemainder(magnitude: number, weights: readonly number[], sum: number): number[] {
  const shares = new Array<number>(weights.length);
  const remainders = new Array<number>(weights.length);
  let left = magnitude;
  for (let i = 0; i < weights.length; i++) {
    const product = magnitude * weights[i]!;
    const share = Math.floor(product / sum);
    // The float quotient is exact enough to floor, but the remainder settles any doubt.
    let remainder = product - share * sum;
    let exact = share;
    if (remainder < 0) {
      exact -= 1;
      remainder += sum;
    } else if (remainder >= sum) {
      exact += 1;
      remainder -= sum;
    }
    shares[i] = exact;
    remainders[i] = remainder;
    left -= exact;
  }
  distribute(shares, remainders, left);
  return shares;
}

function largestRemainderBig(magnitude: number, weights: readonly number[], sum: number): number[] {
  const total = BigInt(magnitude);
  const divisor = BigInt(sum);
  const shares = new Array<number>(weights.length);
  const remainders = new Array<bigint>(weights.length);
  let left = magnitude;
  for (let i = 0; i < weights.length; i++) {
    const product = total * BigInt(weights[i]!);
    const share = Number(product / divisor);
    shares[i] = share;
    remainders[i] = product % divisor;
    left -= share;
  }
  distribute(shares, remainders, left);
  return shares;
}

/** One more unit to each of the `left` largest remainders; equal remainders: earliest first. */
function distribute<T extends number | bigint>(shares: number[], remainders: T[], left: number) {
  if (left === 0) return;
  const order = remainders.map((_, i) => i);
  order.sort((a, b) => {
    const ra = remainders[a]!;
    const rb = remainders[b]!;
    return ra === rb ? a - b : ra > rb ? -1 : 1;
  });
  for (let k = 0; k < left; k++) shares[order[k]!]! += 1;
}
