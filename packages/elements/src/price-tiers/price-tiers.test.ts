import { expect, fixture, html } from '@open-wc/testing';
import type { Offer } from '@vitrine/core';
import { useLocale } from '../shared/localize.js';
import { eventually, mountInStorefront, sampleProducts, textOf } from '../shared/test-fixtures.js';
import '../product/vt-product.js';
import './vt-price-tiers.js';

const price = (amount: number) => ({ amount, currency: 'EUR', includesTax: false, vatRate: 2000 });
const offer: Offer = {
  id: 'o-1',
  seller: { id: 's', name: 'Bureau Plus' },
  price: price(1000),
  stock: 100,
  tiers: [
    { minQuantity: 10, price: price(900) },
    { minQuantity: 50, price: price(800) },
  ],
};

function rows(el: Element) {
  return [...el.shadowRoot!.querySelectorAll('tbody tr')].map((row) =>
    [...row.children].map((cell) => textOf(cell)).join(' | '),
  );
}

describe('<vt-price-tiers>', () => {
  // Tags register a task after their module loads (shared/define.ts).
  before(() => customElements.whenDefined('vt-price-tiers'));
  beforeEach(() => useLocale('en'));

  it('lists unit prices by quantity, incl. VAT first for consumers, with the saving', async () => {
    const el = await fixture(html`<vt-price-tiers .offer=${offer} quantity="12"></vt-price-tiers>`);
    expect(rows(el)).to.deep.equal([
      '1 to 9 | €12.00 | €10.00 | —',
      '10 to 49 | €10.80 | €9.00 | −10%',
      '50 and more | €9.60 | €8.00 | −20%',
    ]);
    expect(el.shadowRoot!.querySelector('tr.current')!.textContent).to.contain('10 to 49');
    await expect(el).to.be.accessible();
  });

  it('puts HT first for professionals, in French', async () => {
    const { root } = await mountInStorefront(
      html`<vt-price-tiers .offer=${offer}></vt-price-tiers>`,
      {
        settings: { channel: 'b2b', locale: 'fr', taxDisplay: 'excl' },
      },
    );
    const el = root.querySelector('vt-price-tiers')!;
    await eventually(() =>
      expect(textOf(el.shadowRoot!.querySelector('thead'))).to.equal(
        'Quantité Prix unitaire HT Prix unitaire TTC Économie',
      ),
    );
    expect(rows(el)[2]).to.equal('50 et plus | 8,00 € | 9,60 € | −20 %');
  });

  it('shows nothing for a single price', async () => {
    const el = await fixture(
      html`<vt-price-tiers .offer=${{ ...offer, tiers: [] }}></vt-price-tiers>`,
    );
    expect(el.shadowRoot!.querySelector('table')).to.equal(null);
  });

  it('prices the product page at the quantity ordered', async () => {
    const tiered = sampleProducts.find((p) => p.offers[0]?.tiers?.length && p.offerCount === 1)!;
    const { root } = await mountInStorefront(
      html`<vt-product product-id=${tiered.id}></vt-product>`,
    );
    const product = root.querySelector('vt-product')!;
    await eventually(() => expect(product.shadowRoot!.querySelector('vt-price-tiers')).to.exist);
    const input = product.shadowRoot!.querySelector<HTMLInputElement>('[part=quantity]')!;
    input.value = '50';
    input.dispatchEvent(new Event('change'));
    await eventually(() => expect(textOf(product)).to.contain('Unit price from 50 units'));
  });
});
