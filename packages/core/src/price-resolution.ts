import type { Price } from './catalog.js';
import { isCurrencyCode } from './currency.js';
import { assertIsoDate, todayUtc, type IsoDate } from './dates.js';
import { VitrineError } from './errors.js';
import { assertPrice } from './price.js';
import {
  assertRoundingMode,
  basisPointsOf,
  divideRounded,
  EXACT_LIMIT,
  type RoundingMode,
} from './rounding.js';
import { divideSmall } from './small-division.js';
import { taxOfStated } from './stated-split.js';
import { BASIS, netFromGross, type TaxSplit } from './tax.js';

/** Which rule gave the price: the UI says "your price", "from 50 units" or "negotiated". */
export type PriceRule = 'base' | 'price-list' | 'tier' | 'negotiated';

/** Who is buying, as far as prices go. A guest has neither. */
export interface PricingCustomer {
  readonly companyId?: string;
  readonly groups?: readonly string[];
}

/**
 * A price list's price for this product, for one company or one customer group. Either a fixed
 * `price` or a `discount` off the base price, both on the product part only: the
 * eco-participation of the base price is added back unchanged.
 */
export interface PriceListPrice {
  readonly id: string;
  readonly name: string;
  readonly companyId?: string;
  readonly customerGroup?: string;
  /** Unit price without eco-participation; same currency and VAT rate as the base price. */
  readonly price?: Price;
  /** Basis points off the base product price (1500 = 15 %). */
  readonly discount?: number;
}

/** A quantity break: from `minQuantity` units, this unit price (or discount off the base). */
export interface PriceTier {
  readonly minQuantity: number;
  readonly price?: Price;
  readonly discount?: number;
  /** The price list it belongs to (its buyers only); absent: a public tier. */
  readonly priceListId?: string;
}

/** A unit price from an accepted quote. */
export interface NegotiatedPrice {
  readonly quoteId: string;
  /** Unit price without eco-participation. */
  readonly price: Price;
  /** Last day the price holds, inclusive. */
  readonly validUntil: IsoDate;
  /** Default 1. */
  readonly minQuantity?: number;
}

export interface PriceRequest {
  /** The public price; its `ecoContribution`, if any, applies to every resolved price. */
  readonly base: Price;
  readonly priceLists?: readonly PriceListPrice[];
  readonly tiers?: readonly PriceTier[];
  readonly negotiated?: NegotiatedPrice | readonly NegotiatedPrice[];
  readonly quantity: number;
  readonly customer?: PricingCustomer;
  /** The day negotiated prices are checked against. Default: today in UTC. */
  readonly today?: IsoDate;
  /** Rounds percentage discounts and the net part of eco-participation. Default half-up. */
  readonly mode?: RoundingMode;
}

export interface ResolvedPrice {
  /** The unit price to charge, eco-participation included (and carried in ecoContribution). */
  readonly unit: Price;
  readonly rule: PriceRule;
  /** The quantity the rule starts at (tiers, negotiated prices with a minimum). */
  readonly minQuantity?: number;
  /** The price list that gave the price (rule 'price-list', or a tier of that list). */
  readonly listName?: string;
  readonly quoteId?: string;
  readonly validUntil?: IsoDate;
  /** Base unit price minus this unit price, both ways; negative when dearer than the base. */
  readonly savingsVsBase: TaxSplit;
  /** The same saving in basis points of the base price incl. VAT, rounded half-up. */
  readonly savingBasisPoints: number;
}

/** What every candidate shares: the base and its eco-participation in both ways of stating. */
interface Context {
  readonly base: Price;
  readonly mode: RoundingMode;
  readonly product: number;
  eco: number | undefined;
  ecoNet: number | undefined;
}

/**
 * The unit price a buyer pays for `quantity`, and the rule that gave it.
 *
 * Rules, in order: the base price; the buyer's price list (a company's list before a customer
 * group's; among several, the lowest); the quantity tier with the highest minimum ≤ quantity
 * (public tiers, and tiers of the buyer's list). The lowest of these wins, an equal price
 * keeping the earlier rule, so buying more never costs more per unit. A negotiated price from
 * an accepted, unexpired quote overrides them all (the lowest, if several).
 * Every rule prices the product part only; the eco-participation is never discounted.
 */
export function resolveUnitPrice(request: PriceRequest): ResolvedPrice {
  const { base, quantity } = request;
  const mode = request.mode ?? 'half-up';
  assertRoundingMode(mode);
  if (!isPlainPrice(base)) {
    assertPrice(base, 'base price', mode);
    if (base.amount < 0) refuse(`A base price cannot be negative, got ${base.amount}`);
  }
  if (!Number.isSafeInteger(quantity) || quantity < 1) {
    refuse(`Quantity must be a whole number of at least 1, got ${String(quantity)}`);
  }
  const ctx = contextOf(base, mode);

  // Quotes and lists are the rare cases: the common path (a base price and tiers) stays short.
  if (request.negotiated !== undefined) {
    const negotiated = bestNegotiated(request, ctx);
    if (negotiated) return negotiated;
  }

  let unit = base;
  let rule: PriceRule = 'base';
  let minQuantity: number | undefined;
  let listName: string | undefined;

  const list =
    request.priceLists === undefined || request.customer === undefined
      ? undefined
      : customerPriceList(request, ctx);
  if (list && cheaper(list.unit, unit)) {
    unit = list.unit;
    rule = 'price-list';
    listName = list.entry.name;
  }
  const tiers = request.tiers;
  if (tiers !== undefined && tiers.length > 0) {
    let tier = bestTier(tiers, quantity, undefined);
    let tierUnit = tier && ruleUnit(tier, ctx, 'Tier from', tier.minQuantity);
    const listTier = list ? bestTier(tiers, quantity, list.entry.id) : undefined;
    if (listTier) {
      // On an equal price the list's own tier wins, so that its name is shown.
      const listUnit = ruleUnit(listTier, ctx, 'Tier from', listTier.minQuantity);
      if (!tierUnit || !cheaper(tierUnit, listUnit)) {
        tier = listTier;
        tierUnit = listUnit;
      }
    }
    if (tier && tierUnit && cheaper(tierUnit, unit)) {
      unit = tierUnit;
      rule = 'tier';
      minQuantity = tier.minQuantity;
      listName = tier === listTier ? list!.entry.name : undefined;
    }
  }
  return result(ctx, unit, rule, minQuantity, listName);
}

/**
 * The common case of a valid price without eco-participation, checked in a few comparisons;
 * anything else goes through assertPrice for its precise message (or its eco checks).
 */
function isPlainPrice(price: Price): boolean {
  return (
    typeof price === 'object' &&
    price !== null &&
    price.ecoContribution === undefined &&
    Number.isSafeInteger(price.amount) &&
    price.amount >= 0 &&
    typeof price.includesTax === 'boolean' &&
    Number.isInteger(price.vatRate) &&
    price.vatRate >= 0 &&
    price.vatRate <= BASIS &&
    isCurrencyCode(price.currency)
  );
}

/** Always the same shape (absent fields are undefined): one hidden class, a faster hot path. */
function result(
  ctx: Context,
  unit: Price,
  rule: PriceRule,
  minQuantity: number | undefined,
  listName: string | undefined,
  quoteId: string | undefined = undefined,
  validUntil: IsoDate | undefined = undefined,
): ResolvedPrice {
  const { base, mode } = ctx;
  let savingsVsBase: TaxSplit = NO_SAVING;
  let savingBasisPoints = 0;
  if (unit !== base) {
    // Both prices are checked already: straight to the arithmetic, one VAT amount each.
    const fromTax = taxOfStated(base.amount, base.includesTax, base.vatRate, mode);
    const toTax = taxOfStated(unit.amount, unit.includesTax, unit.vatRate, mode);
    const fromExcl = base.includesTax ? base.amount - fromTax : base.amount;
    const toExcl = unit.includesTax ? unit.amount - toTax : unit.amount;
    const excl = fromExcl - toExcl;
    const tax = fromTax - toTax;
    savingsVsBase = { excl, tax, incl: excl + tax };
    savingBasisPoints = savingOf(base, unit);
  }
  return {
    unit,
    rule,
    minQuantity,
    listName,
    quoteId,
    validUntil,
    savingsVsBase,
    savingBasisPoints,
  };
}

const NO_SAVING: TaxSplit = Object.freeze({ excl: 0, tax: 0, incl: 0 });

function contextOf(base: Price, mode: RoundingMode): Context {
  const eco = base.ecoContribution;
  const ecoNet = eco && !base.includesTax ? ecoNetOf(base, mode) : undefined;
  return { base, mode, eco, ecoNet, product: base.amount - (ecoNet ?? eco ?? 0) };
}

/** Of the tiers of one owner (a list, or undefined for public tiers), the highest minimum ≤ quantity. */
function bestTier(
  tiers: readonly PriceTier[],
  quantity: number,
  owner: string | undefined,
): PriceTier | undefined {
  let best: PriceTier | undefined;
  for (const tier of tiers) {
    if (tier.priceListId !== owner) continue;
    assertTier(tier);
    if (tier.minQuantity <= quantity && (!best || tier.minQuantity > best.minQuantity)) {
      best = tier;
    }
  }
  return best;
}

function ecoNetOf(base: Price, mode: RoundingMode): number {
  return netFromGross(base.ecoContribution ?? 0, base.vatRate, mode);
}

/** The full unit price (product + eco-participation) a list, tier or quote entry gives. */
function ruleUnit(
  entry: { readonly price?: Price | undefined; readonly discount?: number | undefined },
  ctx: Context,
  label: string,
  detail: string | number,
): Price {
  const { base } = ctx;
  const { price, discount } = entry;
  if ((price === undefined) === (discount === undefined)) {
    refuse(`${label} ${detail} must have either a price or a discount`);
  }
  let includesTax = base.includesTax;
  let product: number;
  if (price !== undefined) {
    assertRulePrice(price, base, label, detail);
    includesTax = price.includesTax;
    product = price.amount;
  } else {
    if (!Number.isInteger(discount) || discount! < 0 || discount! > BASIS) {
      refuse(
        `${label} ${detail}: a discount must be from 0 to 10000 basis points (0–100 %), got ${String(discount)}`,
      );
    }
    product = basisPointsOf(ctx.product, BASIS - discount!, ctx.mode);
  }
  const eco = ctx.eco;
  if (eco === undefined) {
    return { amount: product, currency: base.currency, includesTax, vatRate: base.vatRate };
  }
  let ecoStated = eco;
  if (!includesTax) {
    ctx.ecoNet ??= ecoNetOf(base, ctx.mode);
    ecoStated = ctx.ecoNet;
  }
  return {
    amount: product + ecoStated,
    currency: base.currency,
    includesTax,
    vatRate: base.vatRate,
    ecoContribution: eco,
  };
}

/**
 * A list, tier or quote price must be a plain product price in the base price's currency and
 * VAT rate. The message is only built when it is not: this runs for every line of a cart.
 */
function assertRulePrice(price: Price, base: Price, label: string, detail: string | number): void {
  if (
    typeof price === 'object' &&
    price !== null &&
    Number.isSafeInteger(price.amount) &&
    price.amount >= 0 &&
    price.currency === base.currency &&
    price.vatRate === base.vatRate &&
    typeof price.includesTax === 'boolean' &&
    price.ecoContribution === undefined
  ) {
    return;
  }
  const what = `${label} ${detail}`;
  assertPrice(price, what);
  if (price.currency !== base.currency) {
    throw new VitrineError(
      'invalid-input',
      `${what} is in ${price.currency}, the base price in ${base.currency}`,
    );
  }
  if (price.vatRate !== base.vatRate) {
    throw new VitrineError(
      'invalid-input',
      `${what} has a VAT rate of ${price.vatRate} basis points, the base price ${base.vatRate}`,
    );
  }
  if (price.ecoContribution !== undefined) {
    throw new VitrineError(
      'invalid-input',
      `${what} prices the product part only: the eco-participation comes from the base price`,
    );
  }
  throw new VitrineError('invalid-input', `${what} cannot be negative`);
}

function assertTier(tier: PriceTier): void {
  if (!Number.isSafeInteger(tier.minQuantity) || tier.minQuantity < 1) {
    refuse(
      `A tier's minimum quantity must be a whole number of at least 1, got ${String(tier.minQuantity)}`,
    );
  }
}

/** Errors leave the hot functions: less code in them, and V8 inlines them where they are used. */
function refuse(message: string): never {
  throw new VitrineError('invalid-input', message);
}

/**
 * Prices compared as amounts incl. VAT, exactly: a price stated HT is worth
 * amount × (1 + rate), compared without rounding.
 */
function cheaper(a: Price, b: Price): boolean {
  if (a.includesTax === b.includesTax) return a.amount < b.amount;
  return cheaperAcross(a, b);
}

function cheaperAcross(a: Price, b: Price): boolean {
  return scaledIncl(a) < scaledIncl(b);
}

/** amount incl. VAT × BASIS, exact; a bigint only when a number could lose digits. */
function scaledIncl(price: Price): number | bigint {
  const factor = price.includesTax ? BASIS : BASIS + price.vatRate;
  const scaled = price.amount * factor;
  return Number.isSafeInteger(scaled) ? scaled : BigInt(price.amount) * BigInt(factor);
}

/** (base − unit) / base in basis points, rounded half-up; 0 for a free base. */
function savingOf(base: Price, unit: Price): number {
  // Stated the same way, the ratio of the amounts is the ratio incl. VAT.
  if (base.includesTax === unit.includesTax) {
    const numerator = (base.amount - unit.amount) * BASIS;
    if (base.amount > 0 && numerator <= EXACT_LIMIT && numerator >= -EXACT_LIMIT) {
      return divideSmall(numerator, base.amount, 'half-up');
    }
  }
  return savingOfBig(base, unit);
}

/** The general case, kept apart: BigInt arithmetic in a function slows the whole of it. */
function savingOfBig(base: Price, unit: Price): number {
  const from = BigInt(scaledIncl(base));
  if (from === 0n) return 0;
  return Number(divideRounded((from - BigInt(scaledIncl(unit))) * BigInt(BASIS), from, 'half-up'));
}

/** The buyer's list: a company's before a customer group's; among equals, the lowest price. */
function customerPriceList(
  request: PriceRequest,
  ctx: Context,
): { entry: PriceListPrice; unit: Price } | undefined {
  const { priceLists, customer } = request;
  if (!priceLists || priceLists.length === 0 || !customer) return undefined;
  let best: { entry: PriceListPrice; unit: Price; company: boolean } | undefined;
  for (const entry of priceLists) {
    const byCompany = entry.companyId !== undefined;
    if (byCompany === (entry.customerGroup !== undefined)) {
      throw new VitrineError(
        'invalid-input',
        `Price list ${String(entry.id)} must be for either a company or a customer group`,
      );
    }
    const applies = byCompany
      ? entry.companyId === customer.companyId
      : (customer.groups?.includes(entry.customerGroup!) ?? false);
    if (!applies) continue;
    if (best && best.company && !byCompany) continue;
    const unit = ruleUnit(entry, ctx, 'Price list', entry.name);
    if (!best || (byCompany && !best.company) || cheaper(unit, best.unit)) {
      best = { entry, unit, company: byCompany };
    }
  }
  return best;
}

function bestNegotiated(request: PriceRequest, ctx: Context): ResolvedPrice | undefined {
  const all = [request.negotiated ?? []].flat();
  if (all.length === 0) return undefined;
  const today = request.today ?? todayUtc();
  assertIsoDate(today, 'today');
  let best: { entry: NegotiatedPrice; unit: Price } | undefined;
  for (const entry of all) {
    assertIsoDate(entry.validUntil, `Validity of quote ${String(entry.quoteId)}`);
    const min = entry.minQuantity ?? 1;
    if (!Number.isSafeInteger(min) || min < 1) {
      throw new VitrineError(
        'invalid-input',
        `Minimum quantity of quote ${String(entry.quoteId)} must be a whole number ≥ 1`,
      );
    }
    // ISO dates compare as text; expired prices and quantities below the minimum do not apply.
    if (entry.validUntil < today || request.quantity < min) continue;
    const unit = ruleUnit({ price: entry.price }, ctx, 'Negotiated price of quote', entry.quoteId);
    if (!best || cheaper(unit, best.unit)) best = { entry, unit };
  }
  if (!best) return undefined;
  const { minQuantity, quoteId, validUntil } = best.entry;
  return result(ctx, best.unit, 'negotiated', minQuantity, undefined, quoteId, validUntil);
}

/** The price list a customer gets, if any (used to know which tiers they see). */
export function customerPriceListId(
  priceLists: readonly PriceListPrice[] | undefined,
  customer: PricingCustomer | undefined,
  base: Price,
  mode: RoundingMode = 'half-up',
): string | undefined {
  const ctx = contextOf(base, mode);
  return customerPriceList({ base, quantity: 1, priceLists, customer }, ctx)?.entry.id;
}
