import { expect } from '@open-wc/testing';
import { DEFAULT_QUERY, type CatalogQuery } from '@vitrine/core';
import { filtersFromUrl, urlForQuery } from '../shared/url-sync-controller.js';

const filtered: CatalogQuery = {
  ...DEFAULT_QUERY,
  category: 'fournitures-de-bureau',
  seller: 's-02',
  inStock: true,
  price: { min: 1250, max: 4990, includesTax: true },
  specs: { Pointe: '0,7 mm', "Couleur d'encre": 'Bleu' },
};

describe('filters in the page URL', () => {
  it('writes seller, stock, price range and specifications readably, keeping the host’s parameters', () => {
    const url = urlForQuery(new URL('https://shop.example/boutique?lang=fr'), filtered, 'EUR');
    expect([...url.searchParams]).to.deep.equal([
      ['lang', 'fr'],
      ['category', 'fournitures-de-bureau'],
      ['seller', 's-02'],
      ['in-stock', '1'],
      ['price-min', '12.50'],
      ['price-max', '49.90'],
      ['price-tax', 'incl'],
      ['spec.Pointe', '0,7 mm'],
      ["spec.Couleur d'encre", 'Bleu'],
    ]);
  });

  it('reads back what it wrote', () => {
    const url = urlForQuery(new URL('https://shop.example/'), filtered, 'EUR');
    expect(filtersFromUrl(url, 'EUR', false)).to.deep.equal({
      seller: 's-02',
      inStock: true,
      price: { min: 1250, max: 4990, includesTax: true },
      specs: { Pointe: '0,7 mm', "Couleur d'encre": 'Bleu' },
    });
  });

  it('leaves out filters not set, and removes those lifted', () => {
    const before = urlForQuery(new URL('https://shop.example/?q=stylo'), filtered, 'EUR');
    const after = urlForQuery(before, { ...DEFAULT_QUERY, text: 'stylo' }, 'EUR');
    expect(after.search).to.equal('?q=stylo');
    expect(filtersFromUrl(after, 'EUR', true)).to.deep.equal({
      seller: '',
      inStock: false,
      price: undefined,
      specs: {},
    });
  });

  it('writes the currency’s own decimals, and an HT range as such', () => {
    const yen = urlForQuery(
      new URL('https://shop.example/'),
      { ...DEFAULT_QUERY, price: { max: 1500, includesTax: false } },
      'JPY',
    );
    expect(yen.search).to.equal('?price-max=1500&price-tax=excl');
    expect(filtersFromUrl(yen, 'JPY', true).price).to.deep.equal({
      max: 1500,
      includesTax: false,
    });
  });

  it('reads a hand-written link in the page’s tax display, and ignores what is no price', () => {
    const link = new URL('https://shop.example/?price-max=20&price-min=abc&in-stock=yes');
    expect(filtersFromUrl(link, 'EUR', true)).to.deep.equal({
      seller: '',
      inStock: false,
      price: { max: 2000, includesTax: true },
      specs: {},
    });
    const reversed = new URL('https://shop.example/?price-min=50&price-max=20');
    expect(filtersFromUrl(reversed, 'EUR', true).price).to.equal(undefined);
  });
});
