import { expect, html } from '@open-wc/testing';
import { createMemoryAdapter } from '@vitrine/adapter-memory';
import { VitrineError } from '@vitrine/core';
import {
  eventually,
  inStockProducts,
  mountInStorefront,
  sampleProducts,
  textOf,
} from '../shared/test-fixtures.js';
import './vt-product-card.js';

const product = inStockProducts.find((p) => p.offerCount > 2)!;

function button(card: Element) {
  return card.shadowRoot!.querySelector<HTMLButtonElement>('button.add')!;
}

describe('<vt-product-card>', () => {
  it('shows name, seller, other offers, price and stock', async () => {
    const { root } = await mountInStorefront(
      html`<vt-product-card .product=${product}></vt-product-card>`,
    );
    const card = root.querySelector('vt-product-card')!;
    await eventually(() => expect(textOf(card)).to.contain(product.name));
    const text = textOf(card);
    expect(text).to.contain(`Sold by ${product.bestOffer!.seller.name}`);
    expect(text).to.contain(`+${product.offerCount - 1} other offers`);
    expect(text).to.contain('In stock');
    expect(textOf(card.shadowRoot!.querySelector('[part=price]'))).to.match(
      /^€[\d.,]+ incl\. VAT$/,
    );
    await expect(card).to.be.accessible();
  });

  it('adds the best offer to the cart and says so', async () => {
    const { root, storefront } = await mountInStorefront(
      html`<vt-product-card .product=${product}></vt-product-card>`,
    );
    const card = root.querySelector('vt-product-card')!;
    await eventually(() => expect(button(card)).to.exist);
    button(card).click();
    await eventually(() => expect(textOf(card)).to.contain('Added to your cart'));
    expect(storefront.$cart.get().cart?.lines.map((l) => l.offerId)).to.deep.equal([
      product.bestOffer!.id,
    ]);
  });

  it('says what went wrong when the shop refuses, and the cart stays as it was', async () => {
    const adapter = createMemoryAdapter({
      products: sampleProducts,
      failWith: new VitrineError('network', 'offline'),
    });
    const { root, storefront } = await mountInStorefront(
      html`<vt-product-card .product=${product}></vt-product-card>`,
      { adapter },
    );
    const card = root.querySelector('vt-product-card')!;
    await eventually(() => expect(button(card)).to.exist);
    button(card).click();
    await eventually(() => expect(textOf(card)).to.contain('The shop cannot be reached'));
    expect(storefront.$cart.get().cart).to.equal(undefined);
    expect(button(card).disabled).to.equal(false);
  });

  it('cannot add a product out of stock or without an offer', async () => {
    const outOfStock = sampleProducts.find((p) => p.bestOffer && p.bestOffer.stock === 0)!;
    const { id: _id, bestOffer: _offer, ...noOffer } = { ...product, id: 'p-none', offerCount: 0 };
    const { root } = await mountInStorefront(html`
      <vt-product-card .product=${outOfStock}></vt-product-card>
      <vt-product-card .product=${{ ...noOffer, id: 'p-none' }}></vt-product-card>
    `);
    const [first, second] = root.querySelectorAll('vt-product-card');
    await eventually(() => expect(textOf(first)).to.contain('Out of stock'));
    expect(button(first!).disabled).to.equal(true);
    // Elements render in turns: the second card may come a task later.
    await eventually(() =>
      expect(
        textOf(second!.shadowRoot!.querySelector('[part=price], [part=unavailable]')),
      ).to.equal('Price unavailable'),
    );
    expect(textOf(second)).to.contain('Not sold at the moment');
    expect(button(second!).disabled).to.equal(true);
  });

  it('shows the SKU and both prices to professionals, in French', async () => {
    const { root } = await mountInStorefront(
      html`<vt-product-card .product=${product}></vt-product-card>`,
      {
        settings: { channel: 'b2b', locale: 'fr', taxDisplay: 'excl' },
      },
    );
    const card = root.querySelector('vt-product-card')!;
    await eventually(() => expect(textOf(card)).to.contain(`Réf. ${product.sku}`));
    expect(textOf(card.shadowRoot!.querySelector('[part=price]'))).to.match(/HT .* TTC$/);
    expect(textOf(card)).to.contain('Ajouter au panier');
  });

  it('shows its price the way the visitor chooses, incl. or excl. VAT', async () => {
    const { root, storefront } = await mountInStorefront(
      html`<vt-product-card .product=${product}></vt-product-card>`,
    );
    const card = root.querySelector('vt-product-card')!;
    const price = () => textOf(card.shadowRoot!.querySelector('[part=price]'));
    // The best offer: 3.29 € HT at 20 %; VAT 0.658 → 0.66 €, so 3.95 € TTC.
    await eventually(() => expect(price()).to.equal('€3.95 incl. VAT'));
    storefront.chooseTaxDisplay('excl');
    await eventually(() => expect(price()).to.equal('€3.29 excl. VAT'));
  });

  it('follows the compare list once its Compare box is turned on', async () => {
    const { root, storefront } = await mountInStorefront(
      html`<vt-product-card .product=${product}></vt-product-card>`,
    );
    const card = root.querySelector('vt-product-card')!;
    await eventually(() => expect(button(card)).to.exist);
    card.compare = true;
    const box = () => card.shadowRoot!.querySelector<HTMLInputElement>('.compare input');
    await eventually(() => expect(box()?.checked).to.equal(false));
    // Chosen elsewhere on the page (another card, the comparison table).
    storefront.toggleCompare(product);
    await eventually(() => expect(box()!.checked).to.equal(true));
  });

  it('sends the buyer to the product page to choose among variants, adding none at random', async () => {
    const jacket = { ...product, variantCount: 3 };
    const { root } = await mountInStorefront(
      html`<vt-product-card .product=${jacket} href="/product.html?id=jacket"></vt-product-card>`,
    );
    const card = root.querySelector('vt-product-card')!;
    await eventually(() => expect(card.shadowRoot!.querySelector('a.add')).to.exist);
    const link = card.shadowRoot!.querySelector<HTMLAnchorElement>('a.add')!;
    expect(link.textContent!.trim()).to.equal('Choose options');
    expect(link.getAttribute('href')).to.equal('/product.html?id=jacket');
    expect(card.shadowRoot!.querySelector('button.add')).to.equal(null);
    expect(textOf(card)).not.to.contain('other offer');
    // The best offer is the cheapest variant's: a starting price, and no seller of one variant.
    expect(textOf(card)).to.contain('From');
    expect(textOf(card)).not.to.contain('Sold by');
    await expect(card).to.be.accessible();
  });

  it('shows the placeholder when the picture cannot be loaded', async () => {
    const missing = { ...product, imageUrl: '/no-such-picture.png' };
    const { root } = await mountInStorefront(
      html`<vt-product-card .product=${missing}></vt-product-card>`,
    );
    const card = root.querySelector('vt-product-card')!;
    await eventually(
      () =>
        expect(card.shadowRoot!.querySelector('[part=image]')?.classList.contains('placeholder')).to
          .be.true,
    );
    expect(card.shadowRoot!.querySelector('img')).to.equal(null);
  });
});
