import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  ecoPart,
  isVitrineError,
  lineAmountsBuffer,
  priceLineInto,
  pricedLineAmounts,
  priceSchedule,
  resolveUnitPrice,
  scheduledPrice,
  type LineAmounts,
  type NegotiatedPrice,
  type Price,
  type PriceListPrice,
  type PriceRequest,
  type PriceSchedule,
  type PriceTier,
} from '../../src/index.ts';
import { modeArbitrary, propertyRuns, rateArbitrary } from './cart-property.ts';

// The property that a price schedule prices every line as the full path does
// (resolveUnitPrice, then lineAmounts), as the tests and the benchmark run it.

const invalid = (e: unknown) => isVitrineError(e) && e.code === 'invalid-input';

const TODAY = '2028-03-15';

/** Mostly shop-sized amounts; some large enough to leave the number shortcut or be refused. */
const amountArbitrary = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 200_000 }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 100_000_000 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 2 ** 45 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }) },
);

const quantityArbitrary = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 1, max: 250 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 1_000_000 }) },
);

interface Setting {
  readonly rate: number;
  readonly currency: string;
}

/** A rule price in the base's currency and rate, stated HT or TTC. */
const rulePrice = ({ rate, currency }: Setting) =>
  fc
    .record({ amount: amountArbitrary, includesTax: fc.boolean() })
    .map(({ amount, includesTax }): Price => ({ amount, currency, includesTax, vatRate: rate }));

const fixedOrDiscount = (setting: Setting) =>
  fc.oneof(
    rulePrice(setting).map((price) => ({ price })),
    fc.integer({ min: 0, max: 10_000 }).map((discount) => ({ discount })),
  );

const tierArbitrary = (setting: Setting): fc.Arbitrary<PriceTier> =>
  fc
    .tuple(
      fc.oneof(fc.integer({ min: 1, max: 150 }), fc.integer({ min: 1, max: 1_000_000 })),
      fixedOrDiscount(setting),
      fc.constantFrom(undefined, undefined, 'company-list', 'group-list', 'other-list'),
    )
    .map(([minQuantity, rule, priceListId]) => ({
      minQuantity,
      ...rule,
      ...(priceListId === undefined ? {} : { priceListId }),
    }));

const listsArbitrary = (setting: Setting): fc.Arbitrary<PriceListPrice[]> =>
  fc
    .tuple(
      fc.option(fixedOrDiscount(setting), { nil: undefined }),
      fc.option(fixedOrDiscount(setting), { nil: undefined }),
    )
    .map(([company, group]) => [
      ...(company ? [{ id: 'company-list', name: 'ACME', companyId: 'acme', ...company }] : []),
      ...(group ? [{ id: 'group-list', name: 'Pros', customerGroup: 'pro', ...group }] : []),
    ]);

const negotiatedArbitrary = (setting: Setting): fc.Arbitrary<NegotiatedPrice[]> =>
  fc.array(
    fc.record({
      quoteId: fc.constantFrom('Q-1', 'Q-2'),
      price: rulePrice(setting),
      validUntil: fc.constantFrom('2028-03-14', TODAY, '2028-12-31'),
      minQuantity: fc.option(fc.integer({ min: 1, max: 120 }), { nil: undefined }),
    }),
    { maxLength: 2 },
  );

const requestArbitrary: fc.Arbitrary<Omit<PriceRequest, 'quantity'>> = fc
  .record({ rate: rateArbitrary, currency: fc.constantFrom('EUR', 'JPY', 'KWD') })
  .chain((setting) =>
    fc.record({
      base: fc
        .record({
          product: amountArbitrary,
          includesTax: fc.boolean(),
          eco: fc.option(fc.integer({ min: 0, max: 5_000 }), { nil: undefined }),
        })
        .map(({ product, includesTax, eco }): Price => {
          const price: Price = {
            amount: product,
            currency: setting.currency,
            includesTax,
            vatRate: setting.rate,
            ...(eco === undefined ? {} : { ecoContribution: eco }),
          };
          // The eco-participation is part of the amount, in the price's own terms.
          return { ...price, amount: Math.min(product + ecoPart(price), Number.MAX_SAFE_INTEGER) };
        }),
      tiers: fc.array(tierArbitrary(setting), { maxLength: 5 }),
      priceLists: listsArbitrary(setting),
      customer: fc.constantFrom(
        undefined,
        { groups: ['pro'] },
        { companyId: 'acme' },
        { companyId: 'acme', groups: ['pro'] },
      ),
      negotiated: negotiatedArbitrary(setting),
      mode: modeArbitrary,
    }),
  );

type Outcome = readonly (number | undefined)[] | 'refused';

/** What the full path gives: resolveUnitPrice, then lineAmounts at the level. */
function fullPath(
  request: Omit<PriceRequest, 'quantity'>,
  quantity: number,
  level: 'unit' | 'line',
): Outcome {
  let amounts: LineAmounts;
  try {
    const resolved = resolveUnitPrice({ ...request, quantity, today: TODAY });
    amounts = pricedLineAmounts(
      { unitPrice: resolved.unit, quantity },
      { mode: request.mode ?? 'half-up', level },
    );
  } catch (error) {
    if (!invalid(error)) throw error;
    return 'refused';
  }
  return [amounts.excl, amounts.tax, amounts.incl, amounts.ecoContribution ?? 0];
}

/** The lean path; undefined when the schedule itself cannot be built. */
function leanPath(
  request: Omit<PriceRequest, 'quantity'>,
  quantity: number,
  level: 'unit' | 'line',
): Outcome | undefined {
  let schedule: PriceSchedule;
  try {
    schedule = priceSchedule({ ...request, today: TODAY });
  } catch (error) {
    if (!invalid(error)) throw error;
    return undefined;
  }
  try {
    const out = priceLineInto(schedule, quantity, lineAmountsBuffer(), level);
    return [out.excl, out.tax, out.incl, out.ecoContribution];
  } catch (error) {
    if (!invalid(error)) throw error;
    return 'refused';
  }
}

/** Every quantity where a price can change (a superset of the schedule's starts). */
function breaks(request: Omit<PriceRequest, 'quantity'>): number[] {
  const quotes = request.negotiated as readonly NegotiatedPrice[];
  return [
    1,
    ...(request.tiers ?? []).map((tier) => tier.minQuantity),
    ...quotes.map((quote) => quote.minQuantity ?? 1),
  ];
}

/** Whether resolveUnitPrice refuses the request at this quantity. */
function refusedAt(request: Omit<PriceRequest, 'quantity'>, quantity: number): boolean {
  try {
    resolveUnitPrice({ ...request, quantity, today: TODAY });
    return false;
  } catch (error) {
    if (!invalid(error)) throw error;
    return true;
  }
}

/**
 * Random requests (prices stated HT or TTC, any rate, tiers public or of lists, price lists,
 * quotes, both modes), quantities and levels: the schedule gives the full path's amounts, or
 * refuses the line as it does; a schedule is refused only when resolveUnitPrice refuses the
 * request at one of its breaks. Its resolution, savings included, is resolveUnitPrice's.
 */
export function assertSchedulesMatchFullPath(runs = propertyRuns()): void {
  fc.assert(
    fc.property(
      requestArbitrary,
      quantityArbitrary,
      fc.constantFrom<'unit' | 'line'>('unit', 'line'),
      (request, quantity, level) => {
        const lean = leanPath(request, quantity, level);
        if (lean === undefined) {
          assert.ok(breaks(request).some((q) => refusedAt(request, q)));
          return;
        }
        assert.deepEqual(lean, fullPath(request, quantity, level));
        const schedule = priceSchedule({ ...request, today: TODAY });
        assert.deepEqual(
          scheduledPrice(schedule, quantity),
          resolveUnitPrice({ ...request, quantity, today: TODAY }),
        );
      },
    ),
    { numRuns: runs },
  );
}

/** What the generators reach: each rule, refused lines, refused schedules. */
export function scheduleOutcomes(runs: number): Set<string> {
  const seen = new Set<string>();
  fc.assert(
    fc.property(requestArbitrary, quantityArbitrary, (request, quantity) => {
      const lean = leanPath(request, quantity, 'line');
      if (lean === undefined) seen.add('schedule refused');
      else if (lean === 'refused') seen.add('line refused');
      else seen.add(resolveUnitPrice({ ...request, quantity, today: TODAY }).rule);
    }),
    { numRuns: runs },
  );
  return seen;
}
