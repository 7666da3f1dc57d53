import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  amountFromInput,
  DEFAULT_QUERY,
  hasFilters,
  priceInputText,
  priceRangeFromInput,
  sameQuery,
  supportsFilter,
  type AdapterCapabilities,
  type CatalogQuery,
} from '../src/index.ts';

const query = (change: Partial<CatalogQuery>): CatalogQuery => ({ ...DEFAULT_QUERY, ...change });

describe('catalog query: filters', () => {
  it('treats every way of saying "no filter" alike', () => {
    const bare = query({});
    const nones: Partial<CatalogQuery>[] = [
      { brand: '' },
      { seller: '' },
      { inStock: false },
      { price: { includesTax: true } },
      { specs: {} },
      { specs: { Couleur: '' } },
    ];
    for (const none of nones) {
      assert.ok(sameQuery(bare, query(none)), JSON.stringify(none));
    }
    assert.equal(
      hasFilters(query({ price: { includesTax: false }, specs: { Couleur: '' } })),
      false,
    );
  });

  it('tells real differences apart, specifications in any order alike', () => {
    assert.ok(
      sameQuery(
        query({ specs: { Couleur: 'Noir', Format: 'A4' } }),
        query({ specs: { Format: 'A4', Couleur: 'Noir' } }),
      ),
    );
    const base = query({ price: { min: 100, includesTax: true } });
    for (const other of [
      query({ price: { min: 100, includesTax: false } }),
      query({ price: { min: 101, includesTax: true } }),
      query({ price: { max: 100, includesTax: true } }),
      query({ ...base, seller: 's-1' }),
      query({ ...base, inStock: true }),
      query({ ...base, specs: { Couleur: 'Noir' } }),
    ]) {
      assert.equal(sameQuery(base, other), false, JSON.stringify(other));
    }
    assert.ok(hasFilters(query({ inStock: true })));
    assert.ok(hasFilters(query({ price: { max: 0, includesTax: false } })));
    assert.ok(hasFilters(query({ specs: { Couleur: 'Noir' } })));
  });

  it('says which filters an adapter applies; none without facets', () => {
    const capabilities: AdapterCapabilities = {
      search: true,
      categories: true,
      sorts: ['relevance'],
      facets: true,
      filters: ['seller', 'price'],
      suggestions: false,
      variants: false,
      tiers: false,
      signIn: [],
    };
    assert.equal(supportsFilter(capabilities, 'seller'), true);
    assert.equal(supportsFilter(capabilities, 'specs'), false);
    assert.equal(supportsFilter({ ...capabilities, facets: false }, 'seller'), false);
    const { filters: _none, ...older } = capabilities;
    assert.equal(supportsFilter(older, 'price'), false);
  });
});

describe('catalog query: price fields', () => {
  it('reads what a visitor types, in minor units, the locale’s way', () => {
    assert.equal(amountFromInput('12,50', 'EUR', 'fr'), 1250);
    assert.equal(amountFromInput('12.5', 'EUR', 'fr'), 1250);
    assert.equal(amountFromInput(' 1 249,00 ', 'EUR', 'fr'), 124_900);
    // Narrow no-break space: what French number formatting groups thousands with.
    assert.equal(amountFromInput('1\u202f249', 'EUR', 'fr'), 124_900);
    assert.equal(amountFromInput('12.50', 'EUR', 'en'), 1250);
    assert.equal(amountFromInput('1,249.50', 'EUR', 'en'), 124_950);
    assert.equal(amountFromInput('.5', 'EUR', 'en'), 50);
    assert.equal(amountFromInput('7', 'JPY', 'en'), 7);
    assert.equal(amountFromInput('', 'EUR', 'fr'), undefined);
    assert.equal(amountFromInput('   ', 'EUR', 'en'), undefined);
  });

  it('refuses what is not an amount rather than guessing', () => {
    for (const [text, locale] of [
      ['12,50', 'en'], // a European decimal comma in English: not 1250
      ['douze', 'fr'],
      ['-3', 'fr'],
      ['12,505', 'fr'], // finer than a cent
      ['1e3', 'en'],
      ['12 €', 'fr'],
      ['1,2,3', 'fr'],
      ['10000000,00', 'fr'], // beyond the largest bound
    ] as const) {
      assert.equal(amountFromInput(text, 'EUR', locale), null, `${text} (${locale})`);
    }
    assert.equal(amountFromInput('7.5', 'JPY', 'en'), null);
  });

  it('writes an amount back as a visitor would type it', () => {
    assert.equal(priceInputText(1250, 'EUR', 'fr'), '12,50');
    assert.equal(priceInputText(124_900, 'EUR', 'fr'), '1249,00');
    assert.equal(priceInputText(1250, 'EUR', 'en'), '12.50');
    assert.equal(priceInputText(7, 'JPY', 'en'), '7');
    assert.equal(amountFromInput(priceInputText(98_765, 'EUR', 'fr'), 'EUR', 'fr'), 98_765);
  });

  it('makes a range in the tax display seen, or names the field to fix', () => {
    assert.deepEqual(priceRangeFromInput({ min: '10', max: '49,90' }, 'EUR', 'fr', true), {
      range: { min: 1000, max: 4990, includesTax: true },
    });
    assert.deepEqual(priceRangeFromInput({ min: '', max: '20' }, 'EUR', 'en', false), {
      range: { max: 2000, includesTax: false },
    });
    assert.deepEqual(priceRangeFromInput({ min: '', max: '' }, 'EUR', 'en', false), {
      range: undefined,
    });
    assert.deepEqual(priceRangeFromInput({ min: 'abc', max: 'x' }, 'EUR', 'en', true), {
      problem: 'min',
    });
    assert.deepEqual(priceRangeFromInput({ min: '5', max: 'x' }, 'EUR', 'en', true), {
      problem: 'max',
    });
    assert.deepEqual(priceRangeFromInput({ min: '50', max: '49,99' }, 'EUR', 'fr', true), {
      problem: 'order',
    });
    // Equal bounds are one price.
    assert.deepEqual(priceRangeFromInput({ min: '5', max: '5.00' }, 'EUR', 'en', true), {
      range: { min: 500, max: 500, includesTax: true },
    });
  });
});
