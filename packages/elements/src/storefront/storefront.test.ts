import { expect, fixture, html } from '@open-wc/testing';
import { createMemoryAdapter } from '@vitrine/adapter-memory';
import { createStorefront, memoryStorage } from '@vitrine/core';
import { registerAdapter, type AdapterConfig } from '../shared/adapters.js';
import { VtCartChangeEvent } from '../shared/events.js';
import { useLocale } from '../shared/localize.js';
import { eventually, inStockProducts, sampleProducts } from '../shared/test-fixtures.js';
import '../cart-button/vt-cart-button.js';
import './vt-storefront.js';

function shop() {
  return createStorefront({
    adapter: createMemoryAdapter({ products: sampleProducts }),
    storage: memoryStorage(),
  });
}

function badge(el: Element | null): string {
  return el!.shadowRoot!.querySelector('[part=badge]')!.textContent ?? '';
}

describe('<vt-storefront>', () => {
  beforeEach(() => useLocale('en'));

  it('is shared with widgets placed elsewhere on the page', async () => {
    const storefront = shop();
    const page = await fixture(
      html`<div>
        <header><vt-cart-button></vt-cart-button></header>
        <vt-storefront .storefront=${storefront}></vt-storefront>
      </div>`,
    );
    await storefront.addLine(inStockProducts[0]!.bestOffer!.id, 2);
    await eventually(() => expect(badge(page.querySelector('vt-cart-button'))).to.equal('2'));
  });

  it('lets a widget choose its storefront by id', async () => {
    const first = shop();
    const second = shop();
    const page = await fixture(
      html`<div>
        <vt-storefront id="retail" .storefront=${first}></vt-storefront>
        <vt-storefront id="trade" .storefront=${second}></vt-storefront>
        <vt-cart-button storefront="trade"></vt-cart-button>
      </div>`,
    );
    await second.addLine(inStockProducts[0]!.bestOffer!.id, 5);
    await first.addLine(inStockProducts[0]!.bestOffer!.id, 1);
    await eventually(() => expect(badge(page.querySelector('vt-cart-button'))).to.equal('5'));
  });

  it('builds its storefront from the api and adapter attributes', async () => {
    registerAdapter('sample', () =>
      createMemoryAdapter({ products: sampleProducts, id: 'sample-api' }),
    );
    const el = await fixture(
      html`<vt-storefront api="/shop/" adapter="sample"
        ><vt-cart-button></vt-cart-button
      ></vt-storefront>`,
    );
    const button = el.querySelector('vt-cart-button')!;
    await eventually(() =>
      expect(button.shadowRoot!.querySelector('button')!.getAttribute('aria-label')).to.equal(
        'Cart, 0 items',
      ),
    );
  });

  it('waits for an adapter that loads lazily, and hands it the api-key', async () => {
    const configs: AdapterConfig[] = [];
    let load!: () => void;
    const loaded = new Promise<void>((resolve) => (load = resolve));
    registerAdapter('lazy', async (config) => {
      configs.push(config);
      await loaded;
      return createMemoryAdapter({ products: sampleProducts, id: 'lazy-api' });
    });
    const el = await fixture(
      html`<vt-storefront api="/shop/" adapter="lazy" api-key="pk_test" currency="EUR"
        ><vt-cart-button></vt-cart-button
      ></vt-storefront>`,
    );
    const label = () =>
      el
        .querySelector('vt-cart-button')!
        .shadowRoot!.querySelector('button')
        ?.getAttribute('aria-label');
    expect(configs).to.have.length(1);
    expect(configs[0]).to.include({ apiKey: 'pk_test', currency: 'EUR' });
    expect(configs[0]!.api).to.match(/\/shop\/$/);
    load();
    await eventually(() => expect(label()).to.equal('Cart, 0 items'));
  });

  it('falls back to defaults on unknown attribute values, warning once', async () => {
    const storefront = shop();
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      await fixture(
        html`<vt-storefront
          .storefront=${storefront}
          channel="b2x"
          currency="EURO"
        ></vt-storefront>`,
      );
      await fixture(
        html`<vt-storefront .storefront=${shop()} channel="b2x" currency="EURO"></vt-storefront>`,
      );
    } finally {
      console.warn = original;
    }
    expect(storefront.$settings.get()).to.include({
      channel: 'b2c',
      currency: 'EUR',
      taxDisplay: 'incl',
    });
    expect(warnings.filter((w) => w.includes('channel="b2x"'))).to.have.length(1);
    expect(warnings.filter((w) => w.includes('currency="EURO"'))).to.have.length(1);
  });

  it('switches to professional prices with channel="b2b"', async () => {
    const storefront = shop();
    const el = await fixture(
      html`<vt-storefront .storefront=${storefront} channel="b2c"></vt-storefront>`,
    );
    el.setAttribute('channel', 'b2b');
    await eventually(() => expect(storefront.$settings.get().taxDisplay).to.equal('excl'));
  });

  it('tells the host page when the visitor changes the cart', async () => {
    const storefront = shop();
    const el = await fixture<HTMLElement>(
      html`<vt-storefront .storefront=${storefront}></vt-storefront>`,
    );
    const events: VtCartChangeEvent[] = [];
    el.addEventListener('vt-cart-change', (e) => events.push(e));
    const cart = await storefront.addLine(inStockProducts[0]!.bestOffer!.id, 1);
    await storefront.setLineQuantity(cart.lines[0]!.id, 4);
    expect(events.map((e) => [e.change, e.cart?.lines[0]?.quantity])).to.deep.equal([
      ['add', 1],
      ['update', 4],
    ]);
  });
});
