import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  EU_COUNTRIES,
  isVitrineError,
  normalizeVatNumber,
  resolveVat,
  vatNumberCountry,
  vatRateFor,
  type VatContext,
} from '../src/index.ts';

const invalid = (e: unknown) => isVitrineError(e) && e.code === 'invalid-input';

describe('VAT rates by country and tax class', () => {
  it('knows the French rates 20 / 10 / 5.5 / 2.1 %', () => {
    assert.equal(vatRateFor('FR', 'standard'), 2000);
    assert.equal(vatRateFor('FR', 'intermediate'), 1000);
    assert.equal(vatRateFor('FR', 'reduced'), 550);
    assert.equal(vatRateFor('FR', 'super-reduced'), 210);
  });

  it('knows Germany, Belgium, Spain and Italy', () => {
    assert.deepEqual([vatRateFor('DE', 'standard'), vatRateFor('DE', 'reduced')], [1900, 700]);
    assert.deepEqual(
      [vatRateFor('BE', 'standard'), vatRateFor('BE', 'intermediate'), vatRateFor('BE', 'reduced')],
      [2100, 1200, 600],
    );
    assert.deepEqual(
      [
        vatRateFor('ES', 'standard'),
        vatRateFor('ES', 'reduced'),
        vatRateFor('ES', 'super-reduced'),
      ],
      [2100, 1000, 400],
    );
    assert.deepEqual(
      ['standard', 'intermediate', 'reduced', 'super-reduced'].map((c) =>
        vatRateFor('IT', c as never),
      ),
      [2200, 1000, 500, 400],
    );
  });

  it('says which classes a country has when asked for one it lacks', () => {
    assert.throws(
      () => vatRateFor('DE', 'super-reduced'),
      /DE has no super-reduced VAT rate \(it has: standard 19 %, reduced 7 %\)/,
    );
  });

  it('refuses unknown countries, malformed codes and classes, and takes another table', () => {
    assert.throws(() => vatRateFor('PT', 'standard'), /No VAT rates are known for PT/);
    assert.throws(() => vatRateFor('fr', 'standard'), /upper-case ISO 3166 code/);
    assert.throws(() => vatRateFor('FR', 'luxury' as never), /Tax class must be one of/);
    assert.equal(vatRateFor('PT', 'standard', { PT: { standard: 2300 } }), 2300);
    assert.throws(() => vatRateFor('PT', 'standard', { PT: { standard: 12_000 } }), invalid);
    assert.throws(() => vatRateFor('constructor', 'standard'), invalid);
  });

  it('lists the 27 member states', () => {
    assert.equal(EU_COUNTRIES.size, 27);
    assert.ok(EU_COUNTRIES.has('GR') && !EU_COUNTRIES.has('GB') && !EU_COUNTRIES.has('CH'));
  });
});

describe('which VAT applies to a sale', () => {
  const sale = (change: Partial<VatContext>): VatContext => ({
    sellerCountry: 'FR',
    buyerCountry: 'FR',
    channel: 'b2c',
    taxClass: 'standard',
    ...change,
  });

  it("charges the seller's rate at home, to consumers and businesses alike", () => {
    assert.deepEqual(resolveVat(sale({ taxClass: 'reduced' })), {
      rate: 550,
      reverseCharge: false,
      reason: 'domestic',
      rateCountry: 'FR',
    });
    const b2b = resolveVat(sale({ channel: 'b2b', buyerVatNumber: 'FR40303265045' }));
    assert.equal(b2b.rate, 2000);
    assert.equal(b2b.reverseCharge, false);
  });

  it('reverse-charges a business with a VAT number in another EU country: 0 %', () => {
    assert.deepEqual(
      resolveVat(sale({ channel: 'b2b', buyerCountry: 'DE', buyerVatNumber: 'DE 123 456 789' })),
      { rate: 0, reverseCharge: true, reason: 'reverse-charge' },
    );
    // Greek VAT numbers start with EL.
    assert.equal(
      resolveVat(sale({ channel: 'b2b', buyerCountry: 'GR', buyerVatNumber: 'EL123456789' }))
        .reverseCharge,
      true,
    );
  });

  it('charges VAT to a business abroad without a VAT number, or with one from the seller country', () => {
    for (const buyerVatNumber of [undefined, '', '  ', 'FR40303265045']) {
      const result = resolveVat(sale({ channel: 'b2b', buyerCountry: 'DE', buyerVatNumber }));
      assert.deepEqual(result, {
        rate: 2000,
        reverseCharge: false,
        reason: 'distance-sale',
        rateCountry: 'FR',
      });
    }
  });

  it('never reverse-charges on the consumer channel', () => {
    const result = resolveVat(sale({ buyerCountry: 'BE', buyerVatNumber: 'BE0123456789' }));
    assert.equal(result.reverseCharge, false);
    assert.equal(result.rate, 2000);
  });

  it("uses the buyer's country rate for distance sales when the seller declares them (OSS)", () => {
    assert.deepEqual(
      resolveVat(sale({ buyerCountry: 'DE', taxClass: 'reduced', destinationRates: true })),
      { rate: 700, reverseCharge: false, reason: 'distance-sale', rateCountry: 'DE' },
    );
  });

  it('exports outside the EU at 0 % without reverse charge', () => {
    assert.deepEqual(resolveVat(sale({ buyerCountry: 'CH' })), {
      rate: 0,
      reverseCharge: false,
      reason: 'export',
    });
  });

  it('refuses malformed VAT numbers, bad countries and sellers outside the EU', () => {
    assert.throws(
      () => resolveVat(sale({ channel: 'b2b', buyerCountry: 'DE', buyerVatNumber: '123456789' })),
      /not an EU VAT number/,
    );
    assert.throws(() => vatNumberCountry('GB123456789'), /not an EU VAT number/);
    assert.throws(() => vatNumberCountry('GR123456789'), /not an EU VAT number/);
    assert.throws(() => resolveVat(sale({ buyerCountry: 'France' })), /buyer country must be/);
    assert.throws(() => resolveVat(sale({ sellerCountry: 'CH', buyerCountry: 'FR' })), invalid);
    assert.throws(() => resolveVat(sale({ channel: 'b2x' as never })), /Channel must be one of/);
    assert.throws(() => resolveVat(sale({ buyerCountry: 'CH', taxClass: 'x' as never })), invalid);
  });

  it('normalises VAT numbers', () => {
    assert.equal(normalizeVatNumber(' fr-40.303 265 045 '), 'FR40303265045');
    assert.equal(normalizeVatNumber(''), undefined);
    assert.equal(vatNumberCountry('el123456789'), 'GR');
  });
});
