import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { formatMoney, splitPrice } from '@vitrine/core';
import { useLocale } from '../shared/localize.js';
import { eventually, inStockProducts, mountInStorefront, textOf } from '../shared/test-fixtures.js';
import '../catalog/vt-catalog.js';
import type { VtProductRow } from './product-row.js';
import './vt-product-row.js';

const product = inStockProducts[0]!;

describe('<vt-product-row>', () => {
  beforeEach(() => useLocale('en'));

  it('orders a typed quantity in one step', async () => {
    const { root, storefront } = await mountInStorefront(
      html`<div role="table"><vt-product-row .product=${product}></vt-product-row></div>`,
      { settings: { channel: 'b2b', taxDisplay: 'excl' } },
    );
    const row = root.querySelector('vt-product-row')!;
    await eventually(() => expect(textOf(row)).to.contain(product.sku));
    expect(row.getAttribute('role')).to.equal('row');
    const input = row.shadowRoot!.querySelector<HTMLInputElement>('[part=quantity]')!;
    input.value = '12';
    input.dispatchEvent(new Event('change'));
    row.shadowRoot!.querySelector<HTMLButtonElement>('[part=add-button]')!.click();
    await eventually(() => expect(textOf(row)).to.contain('Added to your cart'));
    expect(storefront.$cart.get().cart?.lines[0]?.quantity).to.equal(12);
  });

  it('refuses a quantity out of range, and the button waits for a valid one', async () => {
    const { root, storefront } = await mountInStorefront(
      html`<div role="table"><vt-product-row .product=${product}></vt-product-row></div>`,
    );
    const row = root.querySelector('vt-product-row')!;
    await eventually(() => expect(row.shadowRoot!.querySelector('[part=quantity]')).to.exist);
    const input = row.shadowRoot!.querySelector<HTMLInputElement>('[part=quantity]')!;
    input.value = '1000';
    input.dispatchEvent(new Event('change'));
    await eventually(() => expect(textOf(row)).to.contain('The largest quantity is 999.'));
    expect(
      row.shadowRoot!.querySelector<HTMLButtonElement>('[part=add-button]')!.disabled,
    ).to.equal(true);
    expect(storefront.$cart.get().cart).to.equal(undefined);
  });

  it('leads to the product page for a product with variants, from its lowest price', async () => {
    // Sizes or colours: the row cannot know which one, so it adds none at random.
    const boots = { ...product, variantCount: 9 };
    const { root, storefront } = await mountInStorefront(
      html`<div role="table" aria-label="Products">
        <vt-product-row .product=${boots} href="/product.html?id=boots"></vt-product-row>
      </div>`,
      { settings: { channel: 'b2b', taxDisplay: 'excl' } },
    );
    const row = root.querySelector('vt-product-row')!;
    await eventually(() => expect(row.shadowRoot!.querySelector('a[part=add-button]')).to.exist);
    const link = row.shadowRoot!.querySelector<HTMLAnchorElement>('a[part=add-button]')!;
    expect(link.textContent!.trim()).to.equal('Choose options');
    expect(link.getAttribute('href')).to.equal('/product.html?id=boots');
    expect(link.getAttribute('aria-label')).to.equal(`Choose options for ${product.name}`);
    expect(row.shadowRoot!.querySelector('[part=quantity]')).to.equal(null);
    expect(row.shadowRoot!.querySelector('button[part=add-button]')).to.equal(null);
    // The lowest price, excl. VAT first for this buyer, with the amount incl. VAT under it.
    const { excl, incl } = splitPrice(boots.bestOffer!.price);
    const euros = (cents: number) => formatMoney({ amount: cents, currency: 'EUR' }, 'en-GB');
    expect(textOf(row.shadowRoot!.querySelector('.price-cell'))).to.equal(
      `From ${euros(excl)} excl. VAT ${euros(incl)} incl. VAT`,
    );
    await expect(row).to.be.accessible();
    link.addEventListener('click', (event) => event.preventDefault());
    link.click();
    expect(storefront.$cart.get().cart).to.equal(undefined);
  });

  it('says so in French', async () => {
    const { root } = await mountInStorefront(
      html`<div role="table" aria-label="Produits">
        <vt-product-row
          .product=${{ ...product, variantCount: 2 }}
          href="/product.html?id=boots"
        ></vt-product-row>
      </div>`,
      { settings: { channel: 'b2b', locale: 'fr', taxDisplay: 'excl' } },
    );
    const row = root.querySelector('vt-product-row')!;
    await eventually(() => expect(textOf(row)).to.contain('Choisir les options'));
    expect(textOf(row.shadowRoot!.querySelector('.price-cell'))).to.match(/^À partir de /);
    expect(
      row.shadowRoot!.querySelector('a[part=add-button]')!.getAttribute('aria-label'),
    ).to.equal(`Choisir les options de ${product.name}`);
  });

  it('is what professionals see in the catalog, as an accessible table', async () => {
    const { root } = await mountInStorefront(html`<vt-catalog page-size="5"></vt-catalog>`, {
      settings: { channel: 'b2b', taxDisplay: 'excl' },
    });
    const catalog = root.querySelector('vt-catalog')!;
    await eventually(() =>
      expect(catalog.shadowRoot!.querySelectorAll('vt-product-row')).to.have.length(5),
    );
    expect(catalog.shadowRoot!.querySelector('[role=table]')).to.exist;
    expect(catalog.shadowRoot!.querySelectorAll('[role=columnheader]')).to.have.length(6);
    // Rows render in turns: the table is read once every row has its cells.
    await Promise.all(
      [...catalog.shadowRoot!.querySelectorAll<VtProductRow>('vt-product-row')].map(
        (row) => row.updateComplete,
      ),
    );
    await expect(catalog).to.be.accessible();
  });

  it('keeps a struck-through price list price inside its column, at a 1280 px page’s width', async () => {
    // The reference server's answer to Léa (buyer, price list 10 % off) for the standing desk:
    // 867,00 € × 90 % = 780,30 € HT instead of 867,00 €; TTC 780,30 + 156,06 = 936,36 €.
    const eur = (amount: number) => ({
      amount,
      currency: 'EUR',
      vatRate: 2000,
      includesTax: false,
    });
    const listed = {
      ...product,
      bestOffer: { ...product.bestOffer!, price: eur(78030), regularPrice: eur(86700) },
    };
    // 976 px: the table's width on demo/pro.html at 1280 px, beside the filters.
    const { root } = await mountInStorefront(
      html`<div role="table" aria-label="Products" style="width: 976px">
        <vt-product-row .product=${listed}></vt-product-row>
      </div>`,
      { settings: { channel: 'b2b', taxDisplay: 'excl' } },
    );
    const row = root.querySelector('vt-product-row')!;
    const inner = () => row.shadowRoot!.querySelector('[part=price]');
    await eventually(() => expect(inner()?.querySelector('[part=regular]') != null).to.equal(true));
    expect(textOf(inner())).to.equal('€780.30 excl. VAT instead of €867.00 €936.36 incl. VAT');
    const cell = row.shadowRoot!.querySelector('.price-cell')!.getBoundingClientRect();
    const stock = row.shadowRoot!.querySelector('.stock')!.getBoundingClientRect();
    expect(cell.right).to.be.at.most(stock.left);
    // Every line of the price ends inside its column (rounded: sub-pixel text widths).
    for (const name of ['amount', 'label', 'regular', 'secondary']) {
      const right = inner()!.querySelector(`[part=${name}]`)!.getBoundingClientRect().right;
      expect(Math.round(right), name).to.be.at.most(Math.round(cell.right));
    }
  });

  it('on its own, narrows its columns on a tablet rather than overflowing', async () => {
    // 776 px: a table's width on an 800 px tablet, as wide as the page's content.
    const { root } = await mountInStorefront(
      html`<div role="table" aria-label="Products" style="width: 776px">
        <vt-product-row .product=${product} href="/p"></vt-product-row>
      </div>`,
      { settings: { channel: 'b2b', taxDisplay: 'excl' } },
    );
    const row = root.querySelector('vt-product-row')!;
    await eventually(() => expect(row.shadowRoot!.querySelector('[part=add-button]')).to.exist);
    const right = row.getBoundingClientRect().right;
    for (const cell of row.shadowRoot!.querySelectorAll('[role=cell]')) {
      expect(cell.getBoundingClientRect().right, cell.className).to.be.at.most(right);
    }
    expect(textOf(row.shadowRoot!.querySelector('.stock'))).to.equal('In stock');
  });

  it('on a phone, still tells the stock, on one line under the price, within the screen', async () => {
    await setViewport({ width: 360, height: 800 });
    try {
      const soldOut = {
        ...product,
        id: 'sold-out',
        bestOffer: { ...product.bestOffer!, stock: 0 },
      };
      const { root } = await mountInStorefront(
        html`<div role="table" aria-label="Products">
          <vt-product-row .product=${product} href="/p"></vt-product-row>
          <vt-product-row .product=${soldOut} href="/p"></vt-product-row>
        </div>`,
        { settings: { channel: 'b2b', taxDisplay: 'excl' } },
      );
      const [inStock, out] = [...root.querySelectorAll('vt-product-row')];
      const cell = (row: Element, name: string) => row.shadowRoot!.querySelector(`.${name}`)!;
      await eventually(() => expect(textOf(cell(inStock!, 'stock'))).to.equal('In stock'));
      expect(textOf(cell(out!, 'stock'))).to.equal('Out of stock');
      for (const row of [inStock!, out!]) {
        const stock = cell(row, 'stock');
        expect(stock.checkVisibility()).to.equal(true);
        const box = stock.getBoundingClientRect();
        const price = cell(row, 'price-cell').getBoundingClientRect();
        const name = cell(row, 'name').getBoundingClientRect();
        expect(box.top).to.be.at.least(price.bottom);
        expect(box.bottom).to.be.at.most(cell(row, 'buy').getBoundingClientRect().top);
        expect(box.left).to.equal(name.left);
        // One line: the stock takes no more room than a line of its text.
        expect(box.height).to.be.below(2 * parseFloat(getComputedStyle(stock).fontSize));
      }
      expect(document.documentElement.scrollWidth).to.be.at.most(360);
      await expect(root.querySelector('[role=table]')).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
