import { expect } from '@open-wc/testing';
import { DEFAULT_QUERY } from '@vitrine/core';
import { queryFromUrl, urlForQuery } from '../shared/url-sync-controller.js';

describe('catalog query in the page URL', () => {
  it('writes only what differs from the defaults, keeping the host page parameters', () => {
    const url = urlForQuery(new URL('https://shop.example/boutique?lang=fr'), {
      ...DEFAULT_QUERY,
      text: 'café moulu',
      category: 'epicerie',
      brand: 'Maison Bonnat',
      page: 3,
    });
    expect(url.search).to.equal(
      '?lang=fr&q=caf%C3%A9+moulu&category=epicerie&brand=Maison+Bonnat&page=3',
    );
  });

  it('reads back what it wrote', () => {
    const query = {
      ...DEFAULT_QUERY,
      text: 'stylo',
      brand: 'Plume & Cie',
      sort: 'price-asc' as const,
      page: 2,
    };
    expect(queryFromUrl(urlForQuery(new URL('https://shop.example/'), query))).to.deep.equal({
      text: 'stylo',
      category: '',
      brand: 'Plume & Cie',
      sort: 'price-asc',
      page: 2,
    });
  });

  it('ignores values a hand-edited link may carry', () => {
    expect(queryFromUrl(new URL('https://shop.example/?sort=cheapest&page=-4'))).to.deep.equal({
      text: '',
      category: '',
      brand: '',
      sort: 'relevance',
      page: 1,
    });
  });
});
