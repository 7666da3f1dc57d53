/** Widest digit sorted in one pass: 65,536 buckets. */
const MAX_DIGIT_BITS = 16;

/**
 * Positions (indices into `keys`) in the order of their keys, stably: positions with equal keys
 * keep the order they came in, so that sorting by a second key first breaks ties.
 *
 * A key is one or more unsigned 32-bit words, least significant first (`[low, high]` for an
 * integer above 2³²). The sort is a least-significant-digit radix sort: a few linear passes
 * instead of n log n calls of a comparator. A word is cut into as few digits as its widest value
 * needs, of at most 16 bits: prices below 65,536 cents sort in one pass, ranks of 100,000 products
 * in two, and a word that is 0 everywhere in none.
 */
export function sortByKey(
  positions: Uint32Array,
  keys: readonly Uint32Array[],
  direction: 'ascending' | 'descending' = 'ascending',
): Uint32Array {
  const count = positions.length;
  let order = positions.slice();
  if (count < 2) return order;
  let spareOrder = new Uint32Array(count);
  // Each position's key word travels with it, so that passes read memory in sequence.
  let digits = new Uint32Array(count);
  let spareDigits = new Uint32Array(count);
  let offsets = new Uint32Array(0);
  for (const word of keys) {
    let bitsUsed = 0;
    for (let i = 0; i < count; i++) {
      const value = word[order[i]!]!;
      digits[i] = value;
      bitsUsed |= value;
    }
    const width = 32 - Math.clz32(bitsUsed);
    if (width === 0) continue;
    const passes = Math.ceil(width / MAX_DIGIT_BITS);
    const digitBits = Math.ceil(width / passes);
    const mask = (1 << digitBits) - 1;
    if (offsets.length !== mask + 1) offsets = new Uint32Array(mask + 1);
    for (let shift = 0; shift < width; shift += digitBits) {
      offsets.fill(0);
      for (let i = 0; i < count; i++) offsets[(digits[i]! >>> shift) & mask]!++;
      if (offsets[(digits[0]! >>> shift) & mask] === count) continue;
      bucketStarts(offsets, direction);
      for (let i = 0; i < count; i++) {
        const value = digits[i]!;
        const at = offsets[(value >>> shift) & mask]!++;
        spareOrder[at] = order[i]!;
        spareDigits[at] = value;
      }
      [order, spareOrder] = [spareOrder, order];
      [digits, spareDigits] = [spareDigits, digits];
    }
  }
  return order;
}

/** Turns the count of each digit into the first place of its bucket, in the order asked. */
function bucketStarts(counts: Uint32Array, direction: 'ascending' | 'descending'): void {
  let start = 0;
  if (direction === 'ascending') {
    for (let digit = 0; digit < counts.length; digit++) {
      const size = counts[digit]!;
      counts[digit] = start;
      start += size;
    }
  } else {
    for (let digit = counts.length - 1; digit >= 0; digit--) {
      const size = counts[digit]!;
      counts[digit] = start;
      start += size;
    }
  }
}
