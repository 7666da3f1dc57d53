import { expect, html } from '@open-wc/testing';
import { useLocale } from '../shared/localize.js';
import { eventually, inStockProducts, mountInStorefront, textOf } from '../shared/test-fixtures.js';
import '../catalog/vt-catalog.js';
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
    await expect(catalog).to.be.accessible();
  });
});
