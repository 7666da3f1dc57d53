import { allocateAmount } from './allocation.js';
import type { Price } from './catalog.js';
import { VitrineError } from './errors.js';
import { assertMinorUnits, type Money } from './money.js';
import { splitPrice } from './price.js';
import { roundingPolicy, type RoundingMode, type RoundingPolicy } from './rounding.js';
import { netFromGross, taxOnNet, type TaxSplit, type VatRate } from './tax.js';

/** What a document (cart, quote, order) is made of, as far as amounts go. */
export interface PricedLine {
  readonly unitPrice: Price;
  readonly quantity: number;
}

/** A line's amounts. Always: incl = excl + tax. */
export interface LineAmounts extends TaxSplit {
  /** Eco-participation included in `incl`, incl. VAT: unit amount × quantity. */
  readonly ecoContribution?: number;
}

export interface VatBreakdownRow extends TaxSplit {
  readonly rate: VatRate;
}

export interface DocumentTotals {
  readonly exclTax: Money;
  readonly tax: Money;
  readonly inclTax: Money;
  readonly itemCount: number;
  /** One row per VAT rate, highest rate first. */
  readonly byRate: readonly VatBreakdownRow[];
  /** Each line's amounts, in the order of the lines; they add up to the totals exactly. */
  readonly lines: readonly LineAmounts[];
  /** Eco-participation included in the total, incl. VAT (0 when none). */
  readonly ecoContribution: Money;
  /** The policy these amounts were rounded with. */
  readonly rounding: RoundingPolicy;
}

/**
 * Amounts of one line at the 'unit' or 'line' level. The 'document' level depends on the other
 * lines: use documentTotals(…).lines.
 */
export function pricedLineAmounts(
  line: PricedLine,
  rounding?: RoundingMode | Partial<RoundingPolicy>,
): LineAmounts {
  const policy = roundingPolicy(rounding);
  if (policy.level === 'document') {
    throw new VitrineError(
      'invalid-input',
      'With document-level rounding a line’s VAT depends on the whole document: read the lines of cartTotals(cart, policy)',
    );
  }
  return amountsOf(line, policy);
}

/** A line at the policy's 'unit' or 'line' level; the policy is checked already. */
function amountsOf(line: PricedLine, policy: RoundingPolicy): LineAmounts {
  const split =
    policy.level === 'unit'
      ? unitLevel(line.unitPrice, line.quantity, policy.mode)
      : splitPrice(line.unitPrice, line.quantity, policy.mode);
  return withEco(split, line);
}

/** VAT rounded on one unit, then multiplied: what a till printing unit prices does. */
function unitLevel(price: Price, quantity: number, mode: RoundingMode): TaxSplit {
  const unit = splitPrice(price, 1, mode);
  assertMinorUnits(quantity, 'quantity');
  return {
    excl: times(unit.excl, quantity),
    tax: times(unit.tax, quantity),
    incl: times(unit.incl, quantity),
  };
}

function times(amount: number, quantity: number): number {
  const product = amount * quantity;
  if (!Number.isSafeInteger(product)) {
    throw new VitrineError('invalid-input', 'Amount is too large to be exact');
  }
  return product === 0 ? 0 : product;
}

function withEco(split: TaxSplit, line: PricedLine): LineAmounts {
  const eco = line.unitPrice.ecoContribution;
  if (eco === undefined) return split;
  assertMinorUnits(eco, 'eco-participation');
  const { excl, tax, incl } = split;
  return { excl, tax, incl, ecoContribution: times(eco, line.quantity) };
}

/**
 * Line amounts and totals of a document, rounded as the policy says. At every level each line
 * shows HT + VAT = TTC and the totals are the sums of the lines, so what a person adds up by
 * hand matches. At the document level, VAT is computed once per rate (and per way prices are
 * stated, HT or TTC) on the summed amounts, then allocated to the lines by largest remainder.
 */
export function documentTotals(
  lines: readonly PricedLine[],
  currency: string,
  rounding?: RoundingMode | Partial<RoundingPolicy>,
): DocumentTotals {
  const policy = roundingPolicy(rounding);
  for (const line of lines) {
    if (line.unitPrice.currency !== currency) {
      throw new VitrineError(
        'invalid-input',
        `A line is priced in ${line.unitPrice.currency}, the document in ${currency}`,
      );
    }
  }
  // The policy is checked once for the document, not again for each line.
  const amounts =
    policy.level === 'document'
      ? documentLevel(lines, policy.mode)
      : lines.map((line) => amountsOf(line, policy));
  let excl = 0;
  let tax = 0;
  let eco = 0;
  let itemCount = 0;
  const rates = new Map<VatRate, { excl: number; tax: number }>();
  amounts.forEach((split, i) => {
    const line = lines[i]!;
    excl += split.excl;
    tax += split.tax;
    eco += split.ecoContribution ?? 0;
    itemCount += line.quantity;
    const row = rates.get(line.unitPrice.vatRate) ?? { excl: 0, tax: 0 };
    row.excl += split.excl;
    row.tax += split.tax;
    rates.set(line.unitPrice.vatRate, row);
  });
  if (![excl, tax, excl + tax, eco].every(Number.isSafeInteger)) {
    throw new VitrineError('invalid-input', 'Amount is too large to be exact');
  }
  return {
    exclTax: { amount: excl, currency },
    tax: { amount: tax, currency },
    inclTax: { amount: excl + tax, currency },
    itemCount,
    byRate: [...rates.entries()]
      .sort(([a], [b]) => b - a)
      .map(([rate, row]) => ({ rate, excl: row.excl, tax: row.tax, incl: row.excl + row.tax })),
    lines: amounts,
    ecoContribution: { amount: eco, currency },
    rounding: policy,
  };
}

/** Lines sharing a VAT rate and a way of stating prices: their VAT is rounded once. */
interface Group {
  readonly rate: VatRate;
  readonly includesTax: boolean;
  readonly indexes: number[];
  readonly extended: number[];
  sum: number;
}

function documentLevel(lines: readonly PricedLine[], mode: RoundingMode): LineAmounts[] {
  const groups = new Map<string, Group>();
  lines.forEach((line, index) => {
    // Checks the amount, quantity and rate, and gives the extended amount as stated.
    const stated = splitPrice(line.unitPrice, line.quantity, mode);
    const { vatRate: rate, includesTax } = line.unitPrice;
    const key = `${rate}|${includesTax}`;
    let group = groups.get(key);
    if (!group) {
      group = { rate, includesTax, indexes: [], extended: [], sum: 0 };
      groups.set(key, group);
    }
    group.indexes.push(index);
    group.extended.push(includesTax ? stated.incl : stated.excl);
    group.sum += includesTax ? stated.incl : stated.excl;
  });
  const result = new Array<LineAmounts>(lines.length);
  for (const group of groups.values()) {
    if (!Number.isSafeInteger(group.sum)) {
      throw new VitrineError('invalid-input', 'Amount is too large to be exact');
    }
    const groupTax = group.includesTax
      ? group.sum - netFromGross(group.sum, group.rate, mode)
      : taxOnNet(group.sum, group.rate, mode);
    const shares = allocateAmount(groupTax, weightsOf(group.extended));
    group.indexes.forEach((index, k) => {
      const extended = group.extended[k]!;
      const share = shares[k]!;
      const split = group.includesTax
        ? { excl: extended - share, tax: share, incl: extended }
        : { excl: extended, tax: share, incl: extended + share };
      result[index] = withEco(split, lines[index]!);
    });
  }
  return result;
}

/** Allocation needs weights of one sign: credits alone are fine, credits mixed with sales not. */
function weightsOf(extended: readonly number[]): number[] {
  const negative = extended.some((amount) => amount < 0);
  if (!negative) return [...extended];
  if (extended.some((amount) => amount > 0)) {
    throw new VitrineError(
      'invalid-input',
      'Document-level rounding needs the lines of one VAT rate to be all charges or all credits',
    );
  }
  return extended.map((amount) => -amount);
}
