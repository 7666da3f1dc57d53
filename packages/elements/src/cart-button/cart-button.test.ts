import { expect, html } from '@open-wc/testing';
import { useLocale } from '../shared/localize.js';
import { eventually, inStockProducts, mountInStorefront } from '../shared/test-fixtures.js';
import '../cart/vt-cart.js';
import './vt-cart-button.js';

describe('<vt-cart-button>', () => {
  beforeEach(() => useLocale('en'));

  it('shows the number of items and names it for screen readers', async () => {
    const { root, storefront } = await mountInStorefront(html`<vt-cart-button></vt-cart-button>`);
    const el = root.querySelector('vt-cart-button')!;
    const button = () => el.shadowRoot!.querySelector('button')!;
    await eventually(() => expect(button().getAttribute('aria-label')).to.equal('Cart, 0 items'));
    expect(el.shadowRoot!.querySelector<HTMLElement>('[part=badge]')!.hidden).to.equal(true);
    await storefront.addLine(inStockProducts[0]!.bestOffer!.id, 3);
    await eventually(() => expect(button().getAttribute('aria-label')).to.equal('Cart, 3 items'));
    expect(el.shadowRoot!.querySelector('[part=badge]')!.textContent).to.equal('3');
    await expect(el).to.be.accessible();
  });

  it('opens the cart drawer it points to', async () => {
    const { root } = await mountInStorefront(html`
      <vt-cart-button for="the-cart"></vt-cart-button>
      <vt-cart id="the-cart" drawer></vt-cart>
    `);
    root.querySelector('vt-cart-button')!.shadowRoot!.querySelector('button')!.click();
    const cart = root.querySelector('vt-cart')!;
    await eventually(() => expect(cart.open).to.equal(true));
  });

  it('counts in French', async () => {
    const { root, storefront } = await mountInStorefront(html`<vt-cart-button></vt-cart-button>`, {
      settings: { locale: 'fr' },
    });
    await storefront.addLine(inStockProducts[0]!.bestOffer!.id, 1);
    const button = root.querySelector('vt-cart-button')!.shadowRoot!.querySelector('button')!;
    await eventually(() => expect(button.getAttribute('aria-label')).to.equal('Panier, 1 article'));
  });
});
