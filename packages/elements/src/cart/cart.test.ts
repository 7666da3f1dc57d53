import { expect, html } from '@open-wc/testing';
import { createMemoryAdapter } from '@vitrine/adapter-memory';
import { cartTotalsStore, formatMoney, VitrineError } from '@vitrine/core';
import { useLocale } from '../shared/localize.js';
import {
  eventually,
  inStockProducts,
  mountInStorefront,
  sampleProducts,
  textOf,
} from '../shared/test-fixtures.js';
import './vt-cart.js';

const [paper, , , coffee] = inStockProducts;

function lines(cart: Element) {
  return [...cart.shadowRoot!.querySelectorAll('[part=line]')];
}

function totalsText(cart: Element) {
  return textOf(cart.shadowRoot!.querySelector('[part=totals]'));
}

describe('<vt-cart>', () => {
  beforeEach(() => useLocale('en'));

  it('says the cart is empty', async () => {
    const { root } = await mountInStorefront(html`<vt-cart></vt-cart>`);
    const cart = root.querySelector('vt-cart')!;
    await eventually(() => expect(textOf(cart)).to.contain('Your cart is empty.'));
    await expect(cart).to.be.accessible();
  });

  it('lists lines with totals excl. VAT, VAT by rate and incl. VAT', async () => {
    const { root, storefront } = await mountInStorefront(html`<vt-cart></vt-cart>`);
    await storefront.addLine(paper!.bestOffer!.id, 3);
    await storefront.addLine(coffee!.bestOffer!.id, 1);
    const cart = root.querySelector('vt-cart')!;
    await eventually(() => expect(lines(cart)).to.have.length(2));
    const totals = cartTotalsStore(storefront).get()!;
    const eur = (amount: number) => formatMoney({ amount, currency: 'EUR' }, 'en-GB');
    const text = totalsText(cart);
    expect(text).to.contain(`Total excl. VAT ${eur(totals.exclTax.amount)}`);
    expect(text).to.contain(`Total incl. VAT ${eur(totals.inclTax.amount)}`);
    for (const row of totals.byRate) expect(text).to.contain(eur(row.tax));
    expect(totals.exclTax.amount + totals.tax.amount).to.equal(totals.inclTax.amount);
    await expect(cart).to.be.accessible();
  });

  it('changes a quantity with the buttons and the field', async () => {
    const { root, storefront } = await mountInStorefront(html`<vt-cart></vt-cart>`);
    await storefront.addLine(paper!.bestOffer!.id, 1);
    const cart = root.querySelector('vt-cart')!;
    await eventually(() => expect(lines(cart)).to.have.length(1));
    cart.shadowRoot!.querySelector<HTMLButtonElement>(`button[aria-label^="Increase"]`)!.click();
    await eventually(() => expect(storefront.$cart.get().cart?.lines[0]?.quantity).to.equal(2));
    const input = cart.shadowRoot!.querySelector<HTMLInputElement>('input[type=number]')!;
    input.value = '7';
    input.dispatchEvent(new Event('change'));
    await eventually(() => expect(storefront.$cart.get().cart?.lines[0]?.quantity).to.equal(7));
    await eventually(() => expect(input.value).to.equal('7'));
  });

  it('refuses an invalid quantity with a message, and keeps the line', async () => {
    const { root, storefront } = await mountInStorefront(html`<vt-cart></vt-cart>`);
    await storefront.addLine(paper!.bestOffer!.id, 2);
    const cart = root.querySelector('vt-cart')!;
    await eventually(() => expect(lines(cart)).to.have.length(1));
    const input = cart.shadowRoot!.querySelector<HTMLInputElement>('input[type=number]')!;
    for (const bad of ['0', '1000', '2.5', '']) {
      input.value = bad;
      input.dispatchEvent(new Event('change'));
      await eventually(() => expect(textOf(cart)).to.contain('Enter a quantity from 1 to 999'));
      expect(input.value).to.equal('2');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
    }
    expect(storefront.$cart.get().cart?.lines[0]?.quantity).to.equal(2);
  });

  it('removes a line', async () => {
    const { root, storefront } = await mountInStorefront(html`<vt-cart></vt-cart>`);
    await storefront.addLine(paper!.bestOffer!.id, 1);
    await storefront.addLine(coffee!.bestOffer!.id, 1);
    const cart = root.querySelector('vt-cart')!;
    await eventually(() => expect(lines(cart)).to.have.length(2));
    cart
      .shadowRoot!.querySelector<HTMLButtonElement>(`button[aria-label="Remove ${paper!.name}"]`)!
      .click();
    await eventually(() => expect(lines(cart)).to.have.length(1));
    expect(textOf(lines(cart)[0])).to.contain(coffee!.name);
  });

  it('keeps the lines and explains when a change fails', async () => {
    const real = createMemoryAdapter({ products: sampleProducts });
    const adapter = {
      ...real,
      updateCartLine: () =>
        Promise.reject(new VitrineError('server', 'Internal error', { status: 503 })),
    };
    const { root, storefront } = await mountInStorefront(html`<vt-cart></vt-cart>`, { adapter });
    await storefront.addLine(paper!.bestOffer!.id, 1);
    const cart = root.querySelector('vt-cart')!;
    await eventually(() => expect(lines(cart)).to.have.length(1));
    cart.shadowRoot!.querySelector<HTMLButtonElement>(`button[aria-label^="Increase"]`)!.click();
    await eventually(() => expect(textOf(cart)).to.contain('The shop had a problem'));
    expect(lines(cart)).to.have.length(1);
    expect(cart.shadowRoot!.querySelector<HTMLInputElement>('input[type=number]')!.value).to.equal(
      '1',
    );
  });

  it('shows HT first for professionals, in French', async () => {
    const { root, storefront } = await mountInStorefront(html`<vt-cart></vt-cart>`, {
      settings: { channel: 'b2b', locale: 'fr', taxDisplay: 'excl' },
    });
    await storefront.addLine(paper!.bestOffer!.id, 2);
    const cart = root.querySelector('vt-cart')!;
    await eventually(() => expect(lines(cart)).to.have.length(1));
    expect(textOf(lines(cart)[0])).to.contain('l’unité HT');
    expect(totalsText(cart)).to.match(/^Total HT .*TVA 20 %.*Total TTC/);
    expect(cart.shadowRoot!.querySelector('.totals .primary th')?.textContent).to.equal('Total HT');
  });

  it('opens as a drawer, and knows when the drawer was closed', async () => {
    const { root } = await mountInStorefront(html`<vt-cart drawer></vt-cart>`);
    const cart = root.querySelector('vt-cart')!;
    cart.show();
    await eventually(() => expect(cart.shadowRoot!.querySelector('dialog')!.open).to.equal(true));
    cart.shadowRoot!.querySelector('dialog')!.dispatchEvent(new Event('cancel'));
    cart.shadowRoot!.querySelector('dialog')!.close();
    await eventually(() => expect(cart.open).to.equal(false));
  });

  it('loads a closed drawer’s content when it first opens, then moves focus to its heading', async () => {
    const { root, storefront } = await mountInStorefront(html`<vt-cart drawer></vt-cart>`);
    await storefront.addLine(paper!.bestOffer!.id, 2);
    const cart = root.querySelector('vt-cart')!;
    await cart.updateComplete;
    // Closed, it shows nothing and has nothing to show yet.
    expect(cart.shadowRoot!.querySelector('dialog')).to.equal(null);
    cart.show();
    await eventually(() => expect(cart.shadowRoot!.querySelector('dialog')?.open).to.equal(true));
    await eventually(() =>
      expect(cart.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Cart'),
    );
    expect(lines(cart)).to.have.length(1);
    await expect(cart).to.be.accessible();
  });

  it('opens from the start with the open attribute', async () => {
    const { root } = await mountInStorefront(html`<vt-cart drawer open></vt-cart>`);
    const cart = root.querySelector('vt-cart')!;
    await eventually(() => expect(cart.shadowRoot!.querySelector('dialog')?.open).to.equal(true));
    await eventually(() => expect(textOf(cart)).to.contain('Your cart is empty.'));
  });
});
