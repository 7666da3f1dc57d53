import { expect, html } from '@open-wc/testing';
import { createMemoryAdapter } from '@vitrine/adapter-memory';
import { VitrineError, type CommerceAdapter } from '@vitrine/core';
import { useLocale } from '../shared/localize.js';
import {
  checkedVariantValues as checked,
  eventually,
  mountInStorefront,
  pickVariantValue as pick,
  sampleProducts,
  textOf,
} from '../shared/test-fixtures.js';
import { jacket } from '../shared/sample-variants.js';
import './vt-product.js';

const multi = sampleProducts.find((p) => p.offers.filter((o) => o.stock > 0).length > 1)!;

function offerRows(el: Element) {
  return [...el.shadowRoot!.querySelectorAll('[part=offers] tbody tr')];
}

describe('<vt-product>', () => {
  beforeEach(() => useLocale('en'));

  it('shows the product, every offer and the specifications', async () => {
    const { root } = await mountInStorefront(
      html`<vt-product product-id=${multi.id}></vt-product>`,
    );
    const el = root.querySelector('vt-product')!;
    await eventually(() =>
      expect(el.shadowRoot!.querySelector('h2')?.textContent).to.equal(multi.name),
    );
    expect(offerRows(el).map((row) => row.querySelector('th')!.textContent)).to.deep.equal(
      multi.offers.map((o) => o.seller.name),
    );
    const specs = textOf(el.shadowRoot!.querySelector('[part=specs]'));
    for (const spec of multi.specs) expect(specs).to.contain(spec.value);
    await expect(el).to.be.accessible();
  });

  it('adds the chosen seller and quantity to the cart', async () => {
    const { root, storefront } = await mountInStorefront(
      html`<vt-product product-id=${multi.id}></vt-product>`,
    );
    const el = root.querySelector('vt-product')!;
    await eventually(() => expect(offerRows(el)).to.have.length(multi.offers.length));
    const second = multi.offers.find((o) => o.id !== multi.bestOffer!.id && o.stock > 0)!;
    el.shadowRoot!.querySelector<HTMLInputElement>(
      `input[aria-label="Buy from ${second.seller.name}"]`,
    )!.click();
    const quantity = el.shadowRoot!.querySelector<HTMLInputElement>('[part=quantity]')!;
    quantity.value = '3';
    quantity.dispatchEvent(new Event('change'));
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=add-button]')!.click();
    await eventually(() => expect(textOf(el)).to.contain('Added to your cart'));
    expect(storefront.$cart.get().cart?.lines.map((l) => [l.offerId, l.quantity])).to.deep.equal([
      [second.id, 3],
    ]);
  });

  it('refuses a quantity out of range without calling the shop', async () => {
    const { root, storefront } = await mountInStorefront(
      html`<vt-product product-id=${multi.id}></vt-product>`,
    );
    const el = root.querySelector('vt-product')!;
    await eventually(() => expect(el.shadowRoot!.querySelector('[part=quantity]')).to.exist);
    const quantity = el.shadowRoot!.querySelector<HTMLInputElement>('[part=quantity]')!;
    quantity.value = '0';
    quantity.dispatchEvent(new Event('change'));
    await eventually(() => expect(textOf(el)).to.contain('The smallest quantity is 1.'));
    expect(quantity.getAttribute('aria-invalid')).to.equal('true');
    expect(storefront.$cart.get().cart).to.equal(undefined);
  });

  it('says when the product cannot be loaded, and retries', async () => {
    const real = createMemoryAdapter({ products: sampleProducts });
    let failing = true;
    const adapter: CommerceAdapter = {
      ...real,
      getProduct: (id, options) =>
        failing
          ? Promise.reject(new VitrineError('network', 'offline'))
          : real.getProduct(id, options),
    };
    const { root } = await mountInStorefront(
      html`<vt-product product-id=${multi.id}></vt-product>`,
      { adapter },
    );
    const el = root.querySelector('vt-product')!;
    await eventually(() => expect(textOf(el)).to.contain('The shop cannot be reached'));
    failing = false;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=error] button')!.click();
    await eventually(() =>
      expect(el.shadowRoot!.querySelector('h2')?.textContent).to.equal(multi.name),
    );
  });

  it('describes the product for search engines in its light DOM', async () => {
    const { root } = await mountInStorefront(
      html`<vt-product product-id=${multi.id}></vt-product>`,
    );
    const el = root.querySelector('vt-product')!;
    await eventually(() => expect(el.querySelector('script[type="application/ld+json"]')).to.exist);
    const data = JSON.parse(el.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(data).to.include({ '@type': 'Product', name: multi.name, sku: multi.sku });
    expect(data.offers).to.have.length(multi.offers.length);
    expect(data.offers[0].price).to.match(/^\d+\.\d\d$/);
  });

  describe('a product with variants', () => {
    const mountJacket = () =>
      mountInStorefront(html`<vt-product product-id="jacket"></vt-product>`, {
        adapter: createMemoryAdapter({ products: [...sampleProducts, jacket] }),
      });

    it('starts on the best offer’s variant and adds the variant chosen', async () => {
      const { root, storefront } = await mountJacket();
      const el = root.querySelector('vt-product')!;
      await eventually(() => expect(checked(el)).to.deep.equal(['M', 'Navy']));
      expect(textOf(el)).to.contain('SKU VESTE-M-Navy');
      pick(el, 'Grey');
      await eventually(() => expect(textOf(el)).to.contain('SKU VESTE-M-Grey'));
      expect(checked(el)).to.deep.equal(['M', 'Grey']);
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part=add-button]')!.click();
      await eventually(() =>
        expect(storefront.$cart.get().cart?.lines.map((l) => l.offerId)).to.deep.equal([
          'offer-m-grey',
        ]),
      );
      await expect(el).to.be.accessible();
    });

    it('moves the other options when a value does not exist with them', async () => {
      const { root } = await mountJacket();
      const el = root.querySelector('vt-product')!;
      await eventually(() => expect(checked(el)).to.deep.equal(['M', 'Navy']));
      pick(el, 'Grey');
      await eventually(() => expect(checked(el)).to.deep.equal(['M', 'Grey']));
      pick(el, 'S'); // no grey S: the colour follows to navy
      await eventually(() => expect(checked(el)).to.deep.equal(['S', 'Navy']));
    });

    it('shows the rich description sanitised, and the documents to download', async () => {
      const { root } = await mountJacket();
      const el = root.querySelector('vt-product')!;
      await eventually(() =>
        expect(el.shadowRoot!.querySelector('.description strong')?.textContent).to.equal('cotton'),
      );
      const description = el.shadowRoot!.querySelector('.description')!;
      expect(description.querySelector('script, img')).to.equal(null);
      expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
      expect(description.querySelector('a')!.getAttribute('rel')).to.contain('noopener');
      const documents = el.shadowRoot!.querySelector('[part=documents]')!;
      expect(textOf(documents)).to.contain('Safety data sheet');
      expect(textOf(documents)).to.contain('Fiche de données de sécurité');
      expect(textOf(documents)).to.match(/Safety data sheet · PDF, 245\s?kB/);
      expect(documents.querySelector('a')!.getAttribute('href')).to.equal(
        'https://example.com/fds.pdf',
      );
    });
  });
});
