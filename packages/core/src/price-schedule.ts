import { VitrineError } from './errors.js';
import { resolveUnitPrice, type PriceRequest, type ResolvedPrice } from './price-resolution.js';
import type { RoundingLevel, RoundingMode } from './rounding.js';
import { divideSmall } from './small-division.js';
import { splitStated } from './stated-split.js';
import { BASIS, netFromGross, taxOnNet } from './tax.js';

/**
 * One product's unit prices for one buyer, resolved once at every quantity where they can
 * change: 1, and each minimum of a tier or a negotiated price. Between two of these quantities
 * resolveUnitPrice gives the same answer, so pricing a line is a lookup in `starts` and one
 * rounded division: see priceLineInto.
 */
export interface PriceSchedule {
  /** The first quantity of each row, ascending; the first is 1. */
  readonly starts: readonly number[];
  /** What resolveUnitPrice gives from each start, savings and rule included. */
  readonly rows: readonly ResolvedPrice[];
  /** Rounds the discounts (as in the request) and the VAT of the lines. */
  readonly mode: RoundingMode;
  /** Each row's unit amount as stated, eco-participation included. */
  readonly amounts: readonly number[];
  /** Whether each row's amount is stated incl. VAT. */
  readonly includesTax: readonly boolean[];
  /** Each row's VAT on one unit: what the 'unit' rounding level multiplies. */
  readonly unitTax: readonly number[];
  readonly vatRate: number;
  /** Eco-participation of one unit incl. VAT, the same in every row; 0 when none. */
  readonly ecoContribution: number;
}

/**
 * A line's amounts written in place by priceLineInto, so that one object serves any number of
 * lines. Always: incl = excl + tax.
 */
export interface LineAmountsBuffer {
  excl: number;
  tax: number;
  incl: number;
  /** Eco-participation included in `incl`, incl. VAT; 0 when none. */
  ecoContribution: number;
  /** The schedule row that priced the line (its rule, minimum and savings). */
  row: number;
}

export function lineAmountsBuffer(): LineAmountsBuffer {
  return { excl: 0, tax: 0, incl: 0, ecoContribution: 0, row: 0 };
}

/**
 * Resolves the request at every quantity where its price can change, checking every input once.
 * Negotiated prices are checked against `today` (default today in UTC) now: build a schedule
 * again when the day, the buyer or the prices change.
 */
export function priceSchedule(request: Omit<PriceRequest, 'quantity'>): PriceSchedule {
  const mode = request.mode ?? 'half-up';
  // Checks the request before it is read here.
  const first = resolveUnitPrice({ ...request, quantity: 1 });
  // Every minimum, even of tiers of lists the buyer does not have: those only add rows with the
  // same price. resolveUnitPrice does not check them, hence the filter.
  const starts = [
    ...new Set([
      1,
      ...[...(request.tiers ?? []), ...[request.negotiated ?? []].flat()]
        .map((rule) => rule.minQuantity ?? 1)
        .filter((quantity) => Number.isSafeInteger(quantity) && quantity > 1),
    ]),
  ].sort((a, b) => a - b);
  const rows = starts.map((quantity) =>
    quantity === 1 ? first : resolveUnitPrice({ ...request, quantity }),
  );
  const vatRate = request.base.vatRate;
  return {
    starts,
    rows,
    mode,
    amounts: rows.map((row) => row.unit.amount),
    includesTax: rows.map((row) => row.unit.includesTax),
    unitTax: rows.map(({ unit }) =>
      // As splitPrice(unit, 1) has it, without its check that the TTC amount is exact: a line
      // of such a price is refused when it is priced, as the full path does.
      unit.includesTax
        ? unit.amount - netFromGross(unit.amount, vatRate, mode)
        : taxOnNet(unit.amount, vatRate, mode),
    ),
    vatRate,
    // Every rule adds the base price's eco-participation back unchanged.
    ecoContribution: request.base.ecoContribution ?? 0,
  };
}

/** The schedule row for a quantity: the last one starting at or below it. */
export function scheduleRow(schedule: PriceSchedule, quantity: number): number {
  if (!(quantity >= 1) || !Number.isSafeInteger(quantity)) refuseQuantity(quantity);
  const starts = schedule.starts;
  let row = starts.length - 1;
  while (starts[row]! > quantity) row--;
  return row;
}

/** Same as resolveUnitPrice({ …request, quantity }), from the schedule. */
export function scheduledPrice(schedule: PriceSchedule, quantity: number): ResolvedPrice {
  return schedule.rows[scheduleRow(schedule, quantity)]!;
}

/** Below this many minor units, amount × (BASIS + rate) stays exact as a number. */
const SMALL = 225_179_981_368; // ⌊2^52 / (2 × BASIS)⌋, as a literal so bundles can drop it

/**
 * The amounts of a line of `quantity` units, written into `out`: the same as resolving the unit
 * price, then lineAmounts() at the 'line' (default) or 'unit' rounding level, without building
 * any object. The 'document' level needs the whole document: see documentTotals.
 */
export function priceLineInto(
  schedule: PriceSchedule,
  quantity: number,
  out: LineAmountsBuffer,
  level: RoundingLevel = 'line',
): LineAmountsBuffer {
  const row = scheduleRow(schedule, quantity);
  const amount = schedule.amounts[row]!;
  const includesTax = schedule.includesTax[row]!;
  if (level === 'line') {
    const extended = amount * quantity;
    if (extended > SMALL) return bigLine(schedule, row, extended, quantity, out);
    const rate = schedule.vatRate;
    // HT: the VAT is extended × rate; TTC: the net is extended / (1 + rate); rounded once.
    const rounded = includesTax
      ? divideSmall(extended * BASIS, BASIS + rate, schedule.mode)
      : divideSmall(extended * rate, BASIS, schedule.mode);
    out.excl = includesTax ? rounded : extended;
    out.incl = includesTax ? extended : extended + rounded;
  } else if (level === 'unit') {
    const tax = schedule.unitTax[row]!;
    const incl = (includesTax ? amount : amount + tax) * quantity;
    if (!Number.isSafeInteger(incl)) tooLarge();
    out.incl = incl;
    out.excl = (includesTax ? amount - tax : amount) * quantity;
  } else {
    throw new VitrineError(
      'invalid-input',
      'With document-level rounding a line’s VAT depends on the whole document: use documentTotals',
    );
  }
  out.tax = out.incl - out.excl;
  out.ecoContribution = ecoOf(schedule, quantity);
  out.row = row;
  return out;
}

function ecoOf(schedule: PriceSchedule, quantity: number): number {
  const eco = schedule.ecoContribution * quantity;
  if (eco > Number.MAX_SAFE_INTEGER) tooLarge();
  return eco;
}

/** Lines too large for the number shortcut: the general arithmetic, which may refuse them. */
function bigLine(
  schedule: PriceSchedule,
  row: number,
  extended: number,
  quantity: number,
  out: LineAmountsBuffer,
): LineAmountsBuffer {
  if (!Number.isSafeInteger(extended)) tooLarge();
  const split = splitStated(extended, schedule.includesTax[row]!, schedule.vatRate, schedule.mode);
  out.excl = split.excl;
  out.tax = split.tax;
  out.incl = split.incl;
  out.ecoContribution = ecoOf(schedule, quantity);
  out.row = row;
  return out;
}

function refuseQuantity(quantity: number): never {
  throw new VitrineError(
    'invalid-input',
    `Quantity must be a whole number of at least 1, got ${String(quantity)}`,
  );
}

function tooLarge(): never {
  throw new VitrineError('invalid-input', 'Amount is too large to be exact');
}
