import { expect, html } from '@open-wc/testing';
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
    await eventually(() =>
      expect(catalog.shadowRoot!.querySelectorAll('vt-product-card').length).to.be.greaterThan(4),
    );
    const card = [...catalog.shadowRoot!.querySelectorAll('vt-product-card')].find(
      (el) => el.shadowRoot!.querySelector('h3')!.textContent!.trim() === e!.name,
    )!;
    const box = card.shadowRoot!.querySelector<HTMLInputElement>('.compare input')!;
    box.click();
    await eventually(() => expect(textOf(card)).to.contain('You can compare up to 4 products.'));
    expect(box.checked).to.equal(false);
  });
});
