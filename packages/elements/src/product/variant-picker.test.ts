import { expect, html } from '@open-wc/testing';
import { createMemoryAdapter } from '@vitrine/adapter-memory';
import type { Offer, ProductDetail } from '@vitrine/core';
import { useLocale } from '../shared/localize.js';
import { jacket } from '../shared/sample-variants.js';
import {
  eventually,
  mountInStorefront,
  rendered,
  sampleProducts,
  textOf,
} from '../shared/test-fixtures.js';
import './vt-product.js';

/*
 * The sample jacket (S navy, M navy, M grey), where M grey is sold by two sellers, both out of
 * stock, and the navy M offer has a quantity break: from 10, 45,00 €.
 */
const greyOffer = jacket.offers.find((o) => o.variantId === 'm-grey')!;
const navyOffer = jacket.offers.find((o) => o.variantId === 'm-navy')!;
const tiers: Offer['tiers'] = [{ minQuantity: 10, price: { ...navyOffer.price, amount: 4500 } }];
const soldOutGrey: ProductDetail = {
  ...jacket,
  id: 'jacket-sold-out',
  offers: [
    ...jacket.offers.map((offer) => {
      if (offer.variantId === 'm-grey') return { ...offer, stock: 0, tiers };
      if (offer.variantId === 'm-navy') return { ...offer, tiers };
      return offer;
    }),
    { ...greyOffer, id: 'offer-m-grey-2', stock: 0, seller: { id: 's-2', name: 'Autre vendeur' } },
  ],
};

async function mountJacket(channel: 'b2c' | 'b2b' = 'b2c', width?: number, locale = 'en') {
  const { root } = await mountInStorefront(
    width
      ? html`<div style="width: ${width}px">
          <vt-product product-id=${soldOutGrey.id}></vt-product>
        </div>`
      : html`<vt-product product-id=${soldOutGrey.id}></vt-product>`,
    {
      adapter: createMemoryAdapter({ products: [...sampleProducts, soldOutGrey] }),
      settings: { channel, locale: locale as 'en' },
    },
  );
  const el = root.querySelector('vt-product')!;
  await eventually(() => expect(el.shadowRoot!.querySelector('[part=variants]')).to.exist);
  const option = (value: string) =>
    [...el.shadowRoot!.querySelectorAll<HTMLLabelElement>('[part=variants] label')].find((label) =>
      label.textContent!.trim().startsWith(value),
    )!;
  return { el, option };
}

describe('<vt-product>: variants nobody has in stock', () => {
  beforeEach(() => useLocale('en'));

  it('marks the value sold out before it is chosen, for the eye and for screen readers', async () => {
    const { el, option } = await mountJacket();
    // Shown: M navy. Choosing Grey keeps M: M grey, which no seller has.
    expect(option('Grey').classList.contains('sold-out')).to.equal(true);
    expect(textOf(option('Grey'))).to.equal('Grey (sold out)');
    expect(option('Navy').classList.contains('sold-out')).to.equal(false);
    expect(textOf(option('S'))).to.equal('S');
    const grey = option('Grey').querySelector('input')!;
    expect(grey.disabled).to.equal(false, 'still choosable');
    await expect(el).to.be.accessible();
  });

  it('hides the quantity and its price breaks for a sold-out choice, and says so', async () => {
    const { el, option } = await mountJacket();
    const shadow = el.shadowRoot!;
    expect(shadow.querySelector('[part=quantity]')).to.exist;
    expect(shadow.querySelector('vt-price-tiers')).to.exist;

    option('Grey').querySelector('input')!.click();
    await eventually(() =>
      expect(textOf(shadow.querySelector('.summary .stock'))).to.equal('Out of stock'),
    );
    expect(shadow.querySelector('[part=quantity]')).to.equal(null);
    expect(shadow.querySelector('vt-price-tiers')).to.equal(null);
    expect(textOf(shadow.querySelector('.summary'))).to.contain(
      'No seller has this option in stock: choose another one.',
    );
    expect(shadow.querySelector<HTMLButtonElement>('[part=add-button]')!.disabled).to.equal(true);
    // Each seller says where it stands.
    const rows = [...shadow.querySelectorAll('[part=offers] tbody tr')].map(textOf);
    expect(rows).to.have.length(2);
    for (const row of rows) expect(row).to.contain('Out of stock');

    option('Navy').querySelector('input')!.click();
    await eventually(() => expect(shadow.querySelector('[part=quantity]')).to.exist);
    expect(shadow.querySelector('vt-price-tiers')).to.exist;
  });

  it('says it in French', async () => {
    const { option } = await mountJacket('b2c', undefined, 'fr');
    await eventually(() => expect(textOf(option('Grey'))).to.equal('Grey (épuisé)'));
  });
});

describe('<vt-product>: the offers table on a phone', () => {
  beforeEach(() => useLocale('en'));

  for (const channel of ['b2c', 'b2b'] as const) {
    it(`never makes the page scroll sideways (${channel})`, async () => {
      // 342 px: the product's column on a 390 px wide phone, less the page margins.
      const { el, option } = await mountJacket(channel, 342);
      option('Grey').querySelector('input')!.click();
      await eventually(() =>
        expect(el.shadowRoot!.querySelectorAll('[part=offers] tbody tr')).to.have.length(2),
      );
      // The rows' prices render in their own turns: measured once they are there.
      await rendered(el);
      expect(el.getBoundingClientRect().width).to.equal(342);
      expect(el.scrollWidth).to.equal(el.clientWidth, 'nothing sticks out of the element');
      const box = el.shadowRoot!.querySelector('.table-scroll')!;
      expect(box.getBoundingClientRect().width).to.be.at.most(342);
      // The choice is the first column: in view even when the rest must scroll.
      const radio = el.shadowRoot!.querySelector('[part=offers] tbody input[type=radio]')!;
      expect(radio.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right);
    });
  }
});
