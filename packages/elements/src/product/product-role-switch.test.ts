import { expect, html } from '@open-wc/testing';
import { createMemoryAdapter, samplePersonas } from '@vitrine/adapter-memory';
import type { CommerceAdapter, ProductDetail } from '@vitrine/core';
import { useLocale } from '../shared/localize.js';
import { eventually, mountInStorefront, sampleProducts, textOf } from '../shared/test-fixtures.js';
import './vt-product.js';

/* p-0001 (Ramette papier A4 80 g): one offer, o-1-1 at Bureau Plus, 549 cents HT. */
const paper = sampleProducts.find((p) => p.id === 'p-0001')!;
/** As Léa's buyer price list (10 % off) gives it: 549 − 54.9 → 549 − 55 = 494 cents HT. */
const paperForBuyer: ProductDetail = {
  ...paper,
  offers: paper.offers.map((offer) => ({ ...offer, price: { ...offer.price, amount: 494 } })),
};

describe('<vt-product>: a change of customer', () => {
  beforeEach(() => useLocale('en'));

  it('keeps the product on screen, busy, while its prices are read again', async () => {
    const real = createMemoryAdapter({ products: sampleProducts, personas: samplePersonas });
    let answerBuyer: (() => void) | undefined;
    const adapter: CommerceAdapter = {
      ...real,
      // A guest reads the public price; the signed-in buyer's answer waits for the test.
      getProduct: (id) =>
        real.currentCustomer!().then((customer) =>
          customer
            ? new Promise<ProductDetail>((resolve) => (answerBuyer = () => resolve(paperForBuyer)))
            : real.getProduct(id),
        ),
    };
    const { root, storefront } = await mountInStorefront(
      html`<vt-product product-id=${paper.id}></vt-product>`,
      { adapter, settings: { channel: 'b2b', taxDisplay: 'excl' } },
    );
    const el = root.querySelector('vt-product')!;
    const primary = () => textOf(el.shadowRoot!.querySelector('.summary vt-price'));
    await eventually(() => expect(primary()).to.contain('€5.49 excl. VAT'));

    await storefront.signIn({ kind: 'persona', persona: 'lea' });
    await eventually(() => expect(answerBuyer !== undefined).to.equal(true));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.skeleton') !== null).to.equal(false, 'no skeleton');
    expect(el.shadowRoot!.querySelector('article')!.getAttribute('aria-busy')).to.equal('true');
    expect(primary()).to.contain('€5.49 excl. VAT');

    answerBuyer!();
    await eventually(() => expect(primary()).to.contain('€4.94 excl. VAT'));
    expect(el.shadowRoot!.querySelector('article')!.getAttribute('aria-busy')).to.equal('false');
  });
});
