import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  ecoPart,
  isVitrineError,
  resolveUnitPrice,
  tierTable,
  type NegotiatedPrice,
  type Price,
  type PriceListPrice,
  type PriceRequest,
  type PriceTier,
} from '../src/index.ts';
import { refRound } from './reference/pricing.ts';
import { modeArbitrary, propertyRuns, rateArbitrary } from './support/cart-property.ts';

const ht = (amount: number, extra: Partial<Price> = {}): Price => ({
  amount,
  currency: 'EUR',
  includesTax: false,
  vatRate: 2000,
  ...extra,
});
const invalid = (e: unknown) => isVitrineError(e) && e.code === 'invalid-input';

const base = ht(1000); // 10.00 € HT
const tiers: PriceTier[] = [
  { minQuantity: 10, price: ht(900) },
  { minQuantity: 50, price: ht(800) },
  { minQuantity: 100, discount: 2500 },
];
const lists: PriceListPrice[] = [
  { id: 'pro', name: 'Professionals', customerGroup: 'pro', discount: 1500 }, // 8.50 €
  { id: 'acme', name: 'ACME contract', companyId: 'acme', price: ht(870) },
];
const quote: NegotiatedPrice = { quoteId: 'Q-7', price: ht(700), validUntil: '2028-03-31' };

function resolve(change: Partial<PriceRequest>) {
  return resolveUnitPrice({ base, tiers, priceLists: lists, quantity: 1, ...change });
}

describe('unit price resolution', () => {
  it('gives the base price to a guest buying one', () => {
    const r = resolve({});
    assert.equal(r.rule, 'base');
    assert.equal(r.unit, base);
    assert.deepEqual(r.savingsVsBase, { excl: 0, tax: 0, incl: 0 });
    assert.equal(r.savingBasisPoints, 0);
  });

  it('starts a tier at exactly its minimum quantity, not one before', () => {
    assert.equal(resolve({ quantity: 9 }).rule, 'base');
    const at = resolve({ quantity: 10 });
    assert.deepEqual([at.rule, at.unit.amount, at.minQuantity], ['tier', 900, 10]);
    assert.equal(resolve({ quantity: 49 }).unit.amount, 900);
    assert.equal(resolve({ quantity: 50 }).unit.amount, 800);
    assert.equal(resolve({ quantity: 100 }).unit.amount, 750);
  });

  it("takes the customer group's list, and a company's list over its groups'", () => {
    const pro = resolve({ customer: { groups: ['pro'] } });
    assert.deepEqual(
      [pro.rule, pro.unit.amount, pro.listName],
      ['price-list', 850, 'Professionals'],
    );
    const acme = resolve({ customer: { companyId: 'acme', groups: ['pro'] } });
    assert.deepEqual(
      [acme.rule, acme.unit.amount, acme.listName],
      ['price-list', 870, 'ACME contract'],
    );
  });

  it('lets a cheaper tier beat the list, and never charges more per unit for buying more', () => {
    const customer = { groups: ['pro'] };
    assert.equal(resolve({ customer, quantity: 10 }).unit.amount, 850); // tier 9.00 > list 8.50
    const fifty = resolve({ customer, quantity: 50 });
    assert.deepEqual([fifty.rule, fifty.unit.amount, fifty.listName], ['tier', 800, undefined]);
  });

  it("uses the list's own tiers for its buyers only", () => {
    const withListTier = [...tiers, { minQuantity: 20, price: ht(780), priceListId: 'pro' }];
    const pro = resolve({ tiers: withListTier, customer: { groups: ['pro'] }, quantity: 20 });
    assert.deepEqual(
      [pro.rule, pro.unit.amount, pro.minQuantity, pro.listName],
      ['tier', 780, 20, 'Professionals'],
    );
    assert.equal(resolve({ tiers: withListTier, quantity: 20 }).unit.amount, 900);
  });

  it('applies an accepted quote over everything until its last day, then ignores it', () => {
    const valid = resolve({ negotiated: quote, quantity: 100, today: '2028-03-31' });
    assert.deepEqual(
      [valid.rule, valid.unit.amount, valid.quoteId, valid.validUntil],
      ['negotiated', 700, 'Q-7', '2028-03-31'],
    );
    const expired = resolve({ negotiated: [quote], quantity: 100, today: '2028-04-01' });
    assert.equal(expired.rule, 'tier');
    const tooFew = resolve({
      negotiated: { ...quote, minQuantity: 20 },
      quantity: 19,
      today: '2028-01-01',
    });
    assert.equal(tooFew.rule, 'tier');
  });

  it('states savings against the base both ways and as a percentage', () => {
    const r = resolve({ quantity: 50 });
    assert.deepEqual(r.savingsVsBase, { excl: 200, tax: 40, incl: 240 });
    assert.equal(r.savingBasisPoints, 2000);
  });

  it('compares prices stated HT and TTC exactly', () => {
    // 9.00 € HT = 10.80 € TTC; a list at 10.79 € TTC is cheaper, one at 10.80 € is not.
    const cheaper = resolve({
      quantity: 10,
      customer: { groups: ['pro'] },
      priceLists: [
        { id: 'p', name: 'P', customerGroup: 'pro', price: ht(1079, { includesTax: true }) },
      ],
    });
    assert.deepEqual(
      [cheaper.rule, cheaper.unit.amount, cheaper.unit.includesTax],
      ['price-list', 1079, true],
    );
    const same = resolve({
      quantity: 10,
      customer: { groups: ['pro'] },
      priceLists: [
        { id: 'p', name: 'P', customerGroup: 'pro', price: ht(1080, { includesTax: true }) },
      ],
    });
    assert.equal(same.rule, 'price-list'); // equal: the earlier rule keeps it
  });

  it('rounds a percentage discount of 1.005 € by the mode: 1.01 € half-up, 1.00 € half-even', () => {
    const discounted = {
      base: ht(201),
      priceLists: [{ id: 'h', name: 'Half', customerGroup: 'g', discount: 5000 }],
      customer: { groups: ['g'] },
      quantity: 1,
    };
    assert.equal(resolveUnitPrice(discounted).unit.amount, 101);
    assert.equal(resolveUnitPrice({ ...discounted, mode: 'half-even' }).unit.amount, 100);
  });
});

describe('eco-participation in resolved prices', () => {
  // A washing machine at 499.00 € TTC, of which 10.00 € eco-participation.
  const machine: Price = {
    amount: 49_900,
    currency: 'EUR',
    includesTax: true,
    vatRate: 2000,
    ecoContribution: 1_000,
  };

  it('is never discounted: a 10 % list takes 10 % of 489.00 €, not of 499.00 €', () => {
    const r = resolveUnitPrice({
      base: machine,
      priceLists: [{ id: 'l', name: 'L', customerGroup: 'g', discount: 1000 }],
      customer: { groups: ['g'] },
      quantity: 1,
    });
    assert.equal(r.unit.amount, 44_010 + 1_000);
    assert.equal(r.unit.ecoContribution, 1_000);
  });

  it('is added to fixed tier and negotiated prices, which price the product alone', () => {
    const tier = resolveUnitPrice({
      base: machine,
      tiers: [
        { minQuantity: 5, price: { ...machine, amount: 45_000, ecoContribution: undefined } },
      ],
      quantity: 5,
    });
    assert.deepEqual([tier.unit.amount, tier.unit.ecoContribution], [46_000, 1_000]);
    const quoted = resolveUnitPrice({
      base: machine,
      negotiated: {
        quoteId: 'Q',
        price: { amount: 40_000, currency: 'EUR', includesTax: true, vatRate: 2000 },
        validUntil: '2099-12-31',
      },
      quantity: 1,
    });
    assert.deepEqual([quoted.unit.amount, quoted.unit.ecoContribution], [41_000, 1_000]);
  });

  it('is stated TTC; on an HT price its net part (10.00 / 1.2 = 8.33 €) is what is kept', () => {
    const htMachine: Price = {
      amount: 41_583,
      currency: 'EUR',
      includesTax: false,
      vatRate: 2000,
      ecoContribution: 1_000,
    };
    assert.equal(ecoPart(htMachine), 833);
    const r = resolveUnitPrice({
      base: htMachine,
      tiers: [{ minQuantity: 2, discount: 10_000 }],
      quantity: 2,
    });
    assert.deepEqual([r.unit.amount, r.unit.ecoContribution], [833, 1_000]);
  });

  it('refuses an eco-participation on a rule price or larger than the price', () => {
    assert.throws(
      () =>
        resolveUnitPrice({
          base: machine,
          tiers: [{ minQuantity: 2, price: machine }],
          quantity: 2,
        }),
      /prices the product part only/,
    );
    assert.throws(
      () => resolveUnitPrice({ base: { ...machine, amount: 999 }, quantity: 1 }),
      /smaller than its eco-participation/,
    );
    assert.throws(
      () => resolveUnitPrice({ base: { ...machine, ecoContribution: -1 }, quantity: 1 }),
      /cannot be negative/,
    );
  });

  it('property: whatever rule applies, the eco-participation comes through whole', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.boolean(),
        rateArbitrary,
        modeArbitrary,
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 1, max: 200 }),
        (eco, product, includesTax, vatRate, mode, discount, quantity) => {
          const b: Price = {
            amount: product,
            currency: 'EUR',
            includesTax,
            vatRate,
            ecoContribution: eco,
          };
          const ecoStated = ecoPart(b, mode);
          const priced = { ...b, amount: product + ecoStated };
          const r = resolveUnitPrice({
            base: priced,
            tiers: [{ minQuantity: 1, discount }],
            quantity,
            mode,
          });
          assert.equal(r.unit.ecoContribution, eco);
          const discounted = Number(
            refRound(BigInt(product) * BigInt(10_000 - discount), 10_000n, mode),
          );
          assert.equal(
            r.unit.amount - ecoPart(r.unit, mode),
            r.rule === 'tier' ? discounted : product,
          );
          assert.equal(r.rule === 'tier', discounted < product);
          assert.ok(r.unit.amount >= ecoStated && r.unit.amount <= priced.amount);
        },
      ),
      { numRuns: propertyRuns() },
    );
  });
});

describe('bad price requests', () => {
  it('refuses quantities, prices and rules that cannot be right', () => {
    for (const quantity of [0, -1, 1.5, Number.NaN]) {
      assert.throws(() => resolve({ quantity }), /Quantity must be a whole number of at least 1/);
    }
    assert.throws(() => resolve({ base: { ...base, currency: 'EURO' } }), /Unknown currency/);
    assert.throws(
      () => resolve({ base: { ...base, vatRate: 10_001 } }),
      /VAT rate must be between/,
    );
    assert.throws(() => resolve({ base: { ...base, amount: 9.99 } }), invalid);
    assert.throws(() => resolve({ base: { ...base, amount: -1 } }), /cannot be negative/);
    assert.throws(
      () =>
        resolve({
          quantity: 10,
          tiers: [{ minQuantity: 10, price: ht(900, { currency: 'USD' }) }],
        }),
      /is in USD, the base price in EUR/,
    );
    assert.throws(
      () => resolve({ quantity: 10, tiers: [{ minQuantity: 10, discount: 10_001 }] }),
      /0 to 10000 basis points/,
    );
    assert.throws(
      () => resolve({ quantity: 10, tiers: [{ minQuantity: 10 }] }),
      /either a price or a discount/,
    );
    assert.throws(() => resolve({ tiers: [{ minQuantity: 0, price: ht(1) }] }), /minimum quantity/);
    assert.throws(
      () =>
        resolve({ customer: { groups: ['x'] }, priceLists: [{ id: 'x', name: 'X', discount: 1 }] }),
      /either a company or a customer group/,
    );
    assert.throws(
      () => resolve({ negotiated: { ...quote, validUntil: '2028-02-30' } }),
      /real calendar date/,
    );
  });
});

describe('tier table', () => {
  it('lists each quantity where the price changes, with both amounts and the saving', () => {
    const rows = tierTable({ base, tiers });
    assert.deepEqual(
      rows.map((r) => [
        r.minQuantity,
        r.maxQuantity,
        r.rule,
        r.unitExcl.amount,
        r.unitIncl.amount,
        r.savingPercentBasisPoints,
      ]),
      [
        [1, 9, 'base', 1000, 1200, 0],
        [10, 49, 'tier', 900, 1080, 1000],
        [50, 99, 'tier', 800, 960, 2000],
        [100, undefined, 'tier', 750, 900, 2500],
      ],
    );
  });

  it("shows the buyer's own prices and merges breaks that do not beat them", () => {
    const rows = tierTable({ base, tiers, priceLists: lists, customer: { groups: ['pro'] } });
    assert.deepEqual(
      rows.map((r) => [r.minQuantity, r.rule, r.unitExcl.amount, r.listName]),
      [
        [1, 'price-list', 850, 'Professionals'],
        [50, 'tier', 800, undefined],
        [100, 'tier', 750, undefined],
      ],
    );
  });

  it("shows a list's own tiers to its buyers only", () => {
    const withAcmeTier = [...tiers, { minQuantity: 20, price: ht(500), priceListId: 'acme' }];
    // A guest does not have ACME's list: 20 is no break for them.
    assert.deepEqual(tierTable({ base, tiers: withAcmeTier }), tierTable({ base, tiers }));
    // ACME pays its list's 8.70 € from 1 (public 9.00 € from 10 is dearer), its tier's 5.00 €
    // from 20, which the public 8.00 € from 50 and 7.50 € from 100 do not beat.
    const acme = tierTable({
      base,
      tiers: withAcmeTier,
      priceLists: lists,
      customer: { companyId: 'acme' },
    });
    assert.deepEqual(
      acme.map((r) => [r.minQuantity, r.maxQuantity, r.rule, r.unitExcl.amount, r.listName]),
      [
        [1, 19, 'price-list', 870, 'ACME contract'],
        [20, undefined, 'tier', 500, 'ACME contract'],
      ],
    );
  });

  it('starts each break at the first quantity that can be ordered', () => {
    const rows = tierTable({ base, tiers }, { packSize: 12 });
    assert.deepEqual(
      rows.map((r) => r.minQuantity),
      [12, 60, 108],
    );
  });
});
