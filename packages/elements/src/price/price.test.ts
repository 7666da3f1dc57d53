import { expect, fixture, html } from '@open-wc/testing';
import { useLocale } from '../shared/localize.js';
import { eventually, mountInStorefront, textOf } from '../shared/test-fixtures.js';
import './vt-price.js';
import type { VtPrice } from './price.js';

const price = { amount: 1999, currency: 'EUR', includesTax: false, vatRate: 2000 };

describe('<vt-price>', () => {
  // The language is the page's: reset it, as each test is a new page.
  beforeEach(() => useLocale('en'));

  it('shows consumers the price incl. VAT first', async () => {
    const { root } = await mountInStorefront(html`<vt-price .price=${price}></vt-price>`, {
      settings: { channel: 'b2c', locale: 'en', taxDisplay: 'incl' },
    });
    const el = root.querySelector('vt-price')!;
    await eventually(() => expect(textOf(el)).to.equal('€23.99 incl. VAT'));
    await expect(el).to.be.accessible();
  });

  it('shows professionals HT first with TTC beside it, in French', async () => {
    const { root } = await mountInStorefront(
      html`<vt-price .price=${price} show-both></vt-price>`,
      {
        settings: { channel: 'b2b', locale: 'fr', taxDisplay: 'excl' },
      },
    );
    const el = root.querySelector('vt-price')!;
    await eventually(() => expect(textOf(el)).to.equal('19,99 € HT 23,99 € TTC'));
  });

  it('puts first the amount it is told, whatever its storefront shows first', async () => {
    const { root } = await mountInStorefront(
      html`<vt-price .price=${price} tax-display="excl" show-both></vt-price>`,
      { settings: { channel: 'b2c', locale: 'en', taxDisplay: 'incl' } },
    );
    // 19.99 € HT; VAT 19.99 × 20 % = 3.998 → 4.00 €, so 23.99 € TTC second.
    await eventually(() =>
      expect(textOf(root.querySelector('vt-price'))).to.equal('€19.99 excl. VAT €23.99 incl. VAT'),
    );
  });

  it('follows its storefront when told a tax display that is not "incl" or "excl"', async () => {
    const { root } = await mountInStorefront(
      html`<vt-price .price=${price} tax-display="ht"></vt-price>`,
      { settings: { channel: 'b2b', locale: 'en', taxDisplay: 'excl' } },
    );
    await eventually(() =>
      expect(textOf(root.querySelector('vt-price'))).to.equal('€19.99 excl. VAT'),
    );
  });

  it('takes plain attributes, in yen without decimals', async () => {
    const el = await fixture<VtPrice>(
      html`<vt-price amount="1500" currency="JPY" vat-rate="1000"></vt-price>`,
    );
    expect(textOf(el)).to.equal('JP¥1,650 incl. VAT');
  });

  it('derives HT from a price stated TTC', async () => {
    const { root } = await mountInStorefront(
      html`<vt-price .price=${{ ...price, includesTax: true }} show-both></vt-price>`,
      { settings: { channel: 'b2b', locale: 'en', taxDisplay: 'excl' } },
    );
    await eventually(() =>
      expect(textOf(root.querySelector('vt-price'))).to.equal('€16.66 excl. VAT €19.99 incl. VAT'),
    );
  });

  it('strikes the usual price through beside a promotion, and says so to screen readers', async () => {
    const el = await fixture<VtPrice>(
      html`<vt-price .price=${price} .regularPrice=${{ ...price, amount: 2499 }}></vt-price>`,
    );
    expect(textOf(el.shadowRoot!.querySelector('[part=primary]'))).to.equal(
      '€23.99 incl. VAT instead of €29.99',
    );
    expect(el.shadowRoot!.querySelector('s[part=regular]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('ignores a "usual price" that is not higher', async () => {
    const el = await fixture<VtPrice>(
      html`<vt-price .price=${price} .regularPrice=${price}></vt-price>`,
    );
    expect(el.shadowRoot!.querySelector('[part=regular]')).to.equal(null);
  });

  it('gives the price per unit of a pack, rounded to the cent', async () => {
    const el = await fixture<VtPrice>(html`<vt-price .price=${price} pack-size="6"></vt-price>`);
    // 23.99 € / 6 = 3.998… → 4.00 €
    expect(textOf(el.shadowRoot!.querySelector('[part=per-unit]'))).to.equal('€4.00 per unit');
  });

  it('shows the eco-participation included in the price', async () => {
    const el = await fixture<VtPrice>(
      html`<vt-price .price=${{ ...price, amount: 28900, ecoContribution: 450 }}></vt-price>`,
    );
    expect(textOf(el.shadowRoot!.querySelector('[part=eco]'))).to.equal(
      'incl. €4.50 eco-contribution',
    );
  });

  it('says the price is unavailable instead of showing 0 or NaN', async () => {
    for (const bad of [undefined, { ...price, amount: 12.5 }, { ...price, currency: 'EURO' }]) {
      const el = await fixture<VtPrice>(html`<vt-price .price=${bad}></vt-price>`);
      expect(textOf(el)).to.equal('Price unavailable');
    }
  });
});
