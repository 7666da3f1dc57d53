import { expect, html } from '@open-wc/testing';
import { createMemoryAdapter } from '@vitrine/adapter-memory';
import { createStorefront, memoryStorage } from '@vitrine/core';
import { useLocale } from '../shared/localize.js';
import { eventually, mountInStorefront, sampleProducts, textOf } from '../shared/test-fixtures.js';
import '../price/vt-price.js';
import './vt-tax-toggle.js';

const price = { amount: 1000, currency: 'EUR', includesTax: false, vatRate: 2000 };

describe('<vt-tax-toggle>', () => {
  beforeEach(() => useLocale('en'));

  it('switches every price of the storefront between incl. and excl. VAT', async () => {
    const { root } = await mountInStorefront(
      html`<vt-tax-toggle></vt-tax-toggle><vt-price .price=${price}></vt-price
        ><vt-price .price=${{ ...price, amount: 250 }}></vt-price>`,
    );
    const toggle = root.querySelector('vt-tax-toggle')!;
    const prices = () => [...root.querySelectorAll('vt-price')].map((el) => textOf(el));
    await eventually(() => expect(prices()).to.deep.equal(['€12.00 incl. VAT', '€3.00 incl. VAT']));
    const excl = [...toggle.shadowRoot!.querySelectorAll('label')].find((l) =>
      l.textContent!.includes('excl.'),
    )!;
    excl.querySelector('input')!.click();
    await eventually(() => expect(prices()).to.deep.equal(['€10.00 excl. VAT', '€2.50 excl. VAT']));
    await expect(toggle).to.be.accessible();
  });

  it('remembers the choice for the next page of the same shop', async () => {
    const storage = memoryStorage();
    const adapter = createMemoryAdapter({ products: sampleProducts });
    const first = createStorefront({ adapter, storage });
    first.chooseTaxDisplay('excl');
    const next = createStorefront({ adapter, storage, settings: { channel: 'b2c' } });
    const { root } = await mountInStorefront(html`<vt-price .price=${price}></vt-price>`, {
      storefront: next,
    });
    await eventually(() =>
      expect(textOf(root.querySelector('vt-price'))).to.equal('€10.00 excl. VAT'),
    );
  });

  it('speaks French: TTC and HT', async () => {
    const { root } = await mountInStorefront(html`<vt-tax-toggle></vt-tax-toggle>`, {
      settings: { locale: 'fr' },
    });
    const toggle = root.querySelector('vt-tax-toggle')!;
    await eventually(() => expect(textOf(toggle)).to.equal('Afficher les prix TTC HT'));
  });
});
