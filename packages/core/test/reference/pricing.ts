/**
 * A second, deliberately plain implementation of the pricing arithmetic, used only to check
 * the real one. Everything is BigInt, nothing is imported from src, and the rounding is derived
 * differently (floor division and an explicit comparison of the remainder with one half), so a
 * shared mistake is unlikely. Speed does not matter here; being obviously right does.
 */

export type RefMode = 'half-up' | 'half-even';
export type RefLevel = 'unit' | 'line' | 'document';

export interface RefLine {
  readonly amount: bigint;
  readonly includesTax: boolean;
  readonly rate: bigint;
  readonly quantity: bigint;
  readonly eco?: bigint;
}

export interface RefSplit {
  readonly excl: bigint;
  readonly tax: bigint;
  readonly incl: bigint;
  readonly eco?: bigint;
}

export interface RefTotals {
  readonly lines: RefSplit[];
  readonly excl: bigint;
  readonly tax: bigint;
  readonly incl: bigint;
  readonly eco: bigint;
  /** Highest rate first. */
  readonly byRate: { rate: bigint; excl: bigint; tax: bigint; incl: bigint }[];
}

const TEN_THOUSAND = 10000n;

/** Largest integer ≤ a / b, for b > 0. */
export function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n ? q - 1n : q;
}

/** a / b rounded to the nearest integer, halves by `mode` (half-up = away from zero). */
export function refRound(a: bigint, b: bigint, mode: RefMode): bigint {
  if (b <= 0n) throw new Error('reference: positive divisors only');
  const low = floorDiv(a, b); // a / b lies in [low, low + 1)
  const rest = a - low * b; // 0 ≤ rest < b
  if (2n * rest < b) return low;
  if (2n * rest > b) return low + 1n;
  // Exactly low + 1/2.
  if (mode === 'half-up') return a >= 0n ? low + 1n : low;
  return low % 2n === 0n ? low : low + 1n;
}

export function refTax(net: bigint, rate: bigint, mode: RefMode): bigint {
  return refRound(net * rate, TEN_THOUSAND, mode);
}

export function refNet(gross: bigint, rate: bigint, mode: RefMode): bigint {
  return refRound(gross * TEN_THOUSAND, TEN_THOUSAND + rate, mode);
}

/** One amount as stated (net or gross) seen both ways. */
function refSplitStated(stated: bigint, includesTax: boolean, rate: bigint, mode: RefMode) {
  if (includesTax) {
    const excl = refNet(stated, rate, mode);
    return { excl, tax: stated - excl, incl: stated };
  }
  const tax = refTax(stated, rate, mode);
  return { excl: stated, tax, incl: stated + tax };
}

/** Largest remainder: floors, then +1 to the largest remainders, earliest first on ties. */
export function refAllocate(total: bigint, weights: readonly bigint[]): bigint[] {
  const sign = total < 0n ? -1n : 1n;
  const magnitude = total * sign;
  const sum = weights.reduce((a, b) => a + b, 0n);
  if (sum === 0n) return weights.map(() => 0n);
  const floors = weights.map((w) => (magnitude * w) / sum);
  const rests = weights.map((w) => (magnitude * w) % sum);
  let left = magnitude - floors.reduce((a, b) => a + b, 0n);
  const order = weights
    .map((_, i) => i)
    .sort((i, j) => {
      if (rests[i]! !== rests[j]!) return rests[i]! > rests[j]! ? -1 : 1;
      return i - j;
    });
  for (const i of order) {
    if (left === 0n) break;
    floors[i] = floors[i]! + 1n;
    left -= 1n;
  }
  return floors.map((share) => share * sign);
}

function refLine(line: RefLine, level: 'unit' | 'line', mode: RefMode): RefSplit {
  if (level === 'unit') {
    const one = refSplitStated(line.amount, line.includesTax, line.rate, mode);
    return {
      excl: one.excl * line.quantity,
      tax: one.tax * line.quantity,
      incl: one.incl * line.quantity,
    };
  }
  return refSplitStated(line.amount * line.quantity, line.includesTax, line.rate, mode);
}

function withEco(split: RefSplit, line: RefLine): RefSplit {
  if (line.eco === undefined) return split;
  return { excl: split.excl, tax: split.tax, incl: split.incl, eco: line.eco * line.quantity };
}

export function refTotals(lines: readonly RefLine[], level: RefLevel, mode: RefMode): RefTotals {
  let splits: RefSplit[];
  if (level === 'document') {
    splits = new Array<RefSplit>(lines.length);
    const keys = [...new Set(lines.map((l) => `${l.rate}/${l.includesTax}`))];
    for (const key of keys) {
      const members = lines
        .map((line, index) => ({ line, index }))
        .filter(({ line }) => `${line.rate}/${line.includesTax}` === key);
      const { rate, includesTax } = members[0]!.line;
      const stated = members.map(({ line }) => line.amount * line.quantity);
      const sum = stated.reduce((a, b) => a + b, 0n);
      const groupTax = refSplitStated(sum, includesTax, rate, mode).tax;
      const shares = refAllocate(groupTax, stated);
      members.forEach(({ line, index }, k) => {
        const tax = shares[k]!;
        const split = includesTax
          ? { excl: stated[k]! - tax, tax, incl: stated[k]! }
          : { excl: stated[k]!, tax, incl: stated[k]! + tax };
        splits[index] = withEco(split, line);
      });
    }
  } else {
    splits = lines.map((line) => withEco(refLine(line, level, mode), line));
  }
  const rates = [...new Set(lines.map((l) => l.rate))].sort((a, b) => (a > b ? -1 : 1));
  const byRate = rates.map((rate) => {
    let excl = 0n;
    let tax = 0n;
    lines.forEach((line, i) => {
      if (line.rate === rate) {
        excl += splits[i]!.excl;
        tax += splits[i]!.tax;
      }
    });
    return { rate, excl, tax, incl: excl + tax };
  });
  const excl = splits.reduce((a, s) => a + s.excl, 0n);
  const tax = splits.reduce((a, s) => a + s.tax, 0n);
  const eco = splits.reduce((a, s) => a + (s.eco ?? 0n), 0n);
  return { lines: splits, excl, tax, incl: excl + tax, eco, byRate };
}

/** Net → gross as a till does it: net plus the rounded VAT. */
export function refGrossOfNet(net: bigint, rate: bigint, mode: RefMode): bigint {
  return net + refTax(net, rate, mode);
}

/** Whether some net amount has exactly this gross (searched around gross / (1 + rate)). */
export function refGrossIsReachable(gross: bigint, rate: bigint, mode: RefMode): boolean {
  const centre = floorDiv(gross * TEN_THOUSAND, TEN_THOUSAND + rate);
  for (let net = centre - 2n; net <= centre + 2n; net++) {
    if (refGrossOfNet(net, rate, mode) === gross) return true;
  }
  return false;
}
