import { expect, html } from '@open-wc/testing';
import { createMemoryAdapter, samplePersonas } from '@vitrine/adapter-memory';
import type { CommerceAdapter, ProductDetail } from '@vitrine/core';
import { useLocale } from '../shared/localize.js';
import { eventually, mountInStorefront, sampleProducts, textOf } from '../shared/test-fixtures.js';
import '../catalog/vt-catalog.js';
import './vt-compare.js';

const [a, b, c, d, e] = sampleProducts;

describe('<vt-compare>', () => {
  beforeEach(() => useLocale('en'));

  it('stays hidden until a product is chosen, then lists the choice', async () => {
    const { root, storefront } = await mountInStorefront(html`<vt-compare></vt-compare>`);
    const el = root.querySelector('vt-compare')!;
    expect(el.shadowRoot!.querySelector('[part=tray]')).to.equal(null);
    storefront.toggleCompare(a!);
    await eventually(() =>
      expect(textOf(el.shadowRoot!.querySelector('[part=tray]'))).to.contain(a!.name),
    );
    expect(
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part=compare-button]')!.disabled,
    ).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('compares specifications side by side and highlights differences', async () => {
    const { root, storefront } = await mountInStorefront(html`<vt-compare></vt-compare>`);
    storefront.toggleCompare(a!);
    storefront.toggleCompare(b!);
    const el = root.querySelector('vt-compare')!;
    await eventually(() => expect(el.shadowRoot!.querySelector('[part=compare-button]')).to.exist);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=compare-button]')!.click();
    await eventually(() => expect(el.shadowRoot!.querySelector('[part=table]')).to.exist);
    const rows = [...el.shadowRoot!.querySelectorAll('[part=table] tbody tr')];
    const brand = rows.find((row) => row.querySelector('th')!.textContent!.includes('Marque'))!;
    expect(brand.classList.contains('differs')).to.equal(a!.brand !== b!.brand);
    expect(textOf(brand)).to.contain(a!.brand!);
    expect(el.shadowRoot!.querySelector('dialog')!.open).to.equal(true);
  });

  it('takes four products at most, from the cards of the catalog', async () => {
    const { root, storefront } = await mountInStorefront(
      html`<vt-catalog compare></vt-catalog><vt-compare></vt-compare>`,
    );
    for (const product of [a, b, c, d]) storefront.toggleCompare(product!);
    expect(storefront.toggleCompare(e!)).to.equal(false);
    expect(storefront.$compare.get().map((item) => item.id)).to.deep.equal(
      [a, b, c, d].map((p) => p!.id),
    );
    const catalog = root.querySelector('vt-catalog')!;
    // Cards may render over several tasks: wait for the fifth product's own card.
    const cardOfE = () =>
      [...catalog.shadowRoot!.querySelectorAll('vt-product-card')].find(
        (el) => el.shadowRoot!.querySelector('h3')?.textContent?.trim() === e!.name,
      );
    await eventually(() => expect(cardOfE()).to.exist);
    const card = cardOfE()!;
    const box = card.shadowRoot!.querySelector<HTMLInputElement>('.compare input')!;
    box.click();
    await eventually(() => expect(textOf(card)).to.contain('You can compare up to 4 products.'));
    expect(box.checked).to.equal(false);
  });

  it('keeps the table on screen, busy, while a new customer’s prices are read', async () => {
    const real = createMemoryAdapter({ products: sampleProducts, personas: samplePersonas });
    const waiting: (() => void)[] = [];
    // The signed-in buyer's answers wait for the test, each price 1 € lower than the guest's.
    const adapter: CommerceAdapter = {
      ...real,
      getProduct: async (id, options) => {
        const detail = await real.getProduct(id, options);
        if (!(await real.currentCustomer!())) return detail;
        const offers = detail.offers.map((offer) => ({
          ...offer,
          price: { ...offer.price, amount: offer.price.amount - 100 },
        }));
        const forBuyer: ProductDetail = { ...detail, offers, bestOffer: offers[0] };
        return new Promise((resolve) => waiting.push(() => resolve(forBuyer)));
      },
    };
    const { root, storefront } = await mountInStorefront(html`<vt-compare></vt-compare>`, {
      adapter,
      settings: { channel: 'b2b', taxDisplay: 'excl' },
    });
    storefront.toggleCompare(a!);
    storefront.toggleCompare(b!);
    const el = root.querySelector('vt-compare')!;
    await eventually(() => expect(el.shadowRoot!.querySelector('[part=compare-button]')).to.exist);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=compare-button]')!.click();
    const table = () => el.shadowRoot!.querySelector('[part=table]');
    const firstPrice = () => textOf(table()?.querySelector('tbody vt-price'));
    await eventually(() => expect(firstPrice()).to.contain('excl. VAT'));
    const guestPrice = firstPrice();
    expect(table()!.getAttribute('aria-busy')).to.equal('false');

    await storefront.signIn({ kind: 'persona', persona: 'lea' });
    await eventually(() => expect(waiting).to.have.length(2));
    await el.updateComplete;
    expect(textOf(el.shadowRoot!.querySelector('.panel'))).not.to.contain('Loading');
    expect(table()!.getAttribute('aria-busy')).to.equal('true');
    await eventually(() => expect(getComputedStyle(table()!).opacity).to.equal('0.55'));
    expect(firstPrice()).to.equal(guestPrice);

    for (const answer of waiting) answer();
    await eventually(() => expect(table()!.getAttribute('aria-busy')).to.equal('false'));
    // Each price renders in its own turn, after the table.
    await eventually(() => expect(firstPrice()).not.to.equal(guestPrice));
    await eventually(() => expect(getComputedStyle(table()!).opacity).to.equal('1'));
    await expect(el).to.be.accessible();
  });
});
