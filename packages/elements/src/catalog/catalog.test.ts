import { expect, html } from '@open-wc/testing';
import { createMemoryAdapter } from '@vitrine/adapter-memory';
import { VitrineError, type CommerceAdapter } from '@vitrine/core';
import { useLocale } from '../shared/localize.js';
import { eventually, mountInStorefront, sampleProducts, textOf } from '../shared/test-fixtures.js';
import './vt-catalog.js';

function cardNames(catalog: Element): string[] {
  return [...catalog.shadowRoot!.querySelectorAll('vt-product-card')].map(
    (card) => card.shadowRoot?.querySelector('h3')?.textContent?.trim() ?? '',
  );
}

function select(catalog: Element, label: string): HTMLSelectElement {
  const field = [...catalog.shadowRoot!.querySelectorAll('label')].find((l) =>
    l.textContent?.includes(label),
  );
  return field!.querySelector('select')!;
}

/** An adapter that fails until told otherwise: a backend that comes back. */
function flakyAdapter(): { adapter: CommerceAdapter; recover: () => void } {
  const real = createMemoryAdapter({ products: sampleProducts });
  let failing = true;
  return {
    adapter: {
      ...real,
      listProducts: (query, options) =>
        failing
          ? Promise.reject(new VitrineError('server', 'Internal error', { status: 500 }))
          : real.listProducts(query, options),
    },
    recover: () => (failing = false),
  };
}

describe('<vt-catalog>', () => {
  beforeEach(() => useLocale('en'));

  it('shows a page of product cards and how many products there are', async () => {
    const { root } = await mountInStorefront(html`<vt-catalog page-size="6"></vt-catalog>`);
    const catalog = root.querySelector('vt-catalog')!;
    await eventually(() => expect(cardNames(catalog)).to.have.length(6));
    expect(textOf(catalog)).to.contain(`${sampleProducts.length} products`);
    expect(textOf(catalog)).to.contain(`Page 1 of ${Math.ceil(sampleProducts.length / 6)}`);
    await expect(catalog).to.be.accessible();
  });

  it('searches as the visitor types, ignoring accents', async () => {
    const { root } = await mountInStorefront(html`<vt-catalog></vt-catalog>`);
    const catalog = root.querySelector('vt-catalog')!;
    const input = catalog.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!;
    input.value = 'the vert';
    input.dispatchEvent(new InputEvent('input'));
    await eventually(() => expect(cardNames(catalog)).to.deep.equal(['Thé vert Sencha bio 100 g']));
    expect(textOf(catalog)).to.contain('1 product for “the vert”');
  });

  it('describes the results on screen, not a search still loading', async () => {
    // The search's answer is held until the test has looked at the page while it waits.
    const memory = createMemoryAdapter({ products: sampleProducts });
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const adapter: CommerceAdapter = {
      ...memory,
      listProducts: async (query, options) => {
        if (query.text) await held;
        return memory.listProducts(query, options);
      },
    };
    const { root, storefront } = await mountInStorefront(html`<vt-catalog></vt-catalog>`, {
      adapter,
    });
    const catalog = root.querySelector('vt-catalog')!;
    await eventually(() => expect(textOf(catalog)).to.contain(`${sampleProducts.length} products`));
    storefront.setQuery({ text: 'miel' });
    await eventually(() =>
      expect(catalog.shadowRoot!.querySelector('ul')!.getAttribute('aria-busy')).to.equal('true'),
    );
    expect(textOf(catalog)).to.contain(`${sampleProducts.length} products`);
    expect(textOf(catalog)).not.to.contain('miel');
    release();
    await eventually(() => expect(textOf(catalog)).to.contain('1 product for “miel”'));
  });

  it('does not keep a card\'s "added" message for the next product shown in its place', async () => {
    const { root } = await mountInStorefront(html`<vt-catalog page-size="4"></vt-catalog>`);
    const catalog = root.querySelector('vt-catalog')!;
    await eventually(() => expect(cardNames(catalog)).to.have.length(4));
    const enabled = [...catalog.shadowRoot!.querySelectorAll('vt-product-card')].find(
      (c) => !c.shadowRoot!.querySelector<HTMLButtonElement>('button.add')!.disabled,
    )!;
    enabled.shadowRoot!.querySelector<HTMLButtonElement>('button.add')!.click();
    await eventually(() => expect(textOf(enabled)).to.contain('Added to your cart'));
    [...catalog.shadowRoot!.querySelectorAll('nav button')]
      .at(-1)!
      .dispatchEvent(new MouseEvent('click'));
    await eventually(() => expect(textOf(catalog)).to.contain('Page 2 of'));
    await eventually(() => expect(textOf(enabled)).not.to.contain('Added to your cart'));
  });

  it('filters by category and sorts by price', async () => {
    const { root } = await mountInStorefront(html`<vt-catalog></vt-catalog>`);
    const catalog = root.querySelector('vt-catalog')!;
    await eventually(() => expect(select(catalog, 'Category').options.length).to.be.greaterThan(1));
    const category = select(catalog, 'Category');
    category.value = 'livres';
    category.dispatchEvent(new Event('change'));
    const sort = select(catalog, 'Sort by');
    sort.value = 'price-asc';
    sort.dispatchEvent(new Event('change'));
    const books = sampleProducts
      .filter((p) => p.category?.id === 'livres')
      .sort((a, b) => a.bestOffer!.price.amount - b.bestOffer!.price.amount)
      .map((p) => p.name);
    await eventually(() => expect(cardNames(catalog)).to.deep.equal(books));
  });

  it('moves between pages', async () => {
    const { root } = await mountInStorefront(html`<vt-catalog page-size="10"></vt-catalog>`);
    const catalog = root.querySelector('vt-catalog')!;
    await eventually(() => expect(cardNames(catalog)).to.have.length(10));
    const first = cardNames(catalog);
    const next = [...catalog.shadowRoot!.querySelectorAll('nav button')].at(
      -1,
    ) as HTMLButtonElement;
    next.click();
    await eventually(() => expect(textOf(catalog)).to.contain('Page 2 of 3'));
    await eventually(() => expect(cardNames(catalog)[0]).to.not.equal(first[0]));
  });

  it('says when nothing matches and offers to show everything', async () => {
    const { root, storefront } = await mountInStorefront(html`<vt-catalog></vt-catalog>`);
    storefront.setQuery({ text: 'zzzz' });
    const catalog = root.querySelector('vt-catalog')!;
    await eventually(() => expect(textOf(catalog)).to.contain('No products match your search.'));
    const button = [...catalog.shadowRoot!.querySelectorAll('button')].find((b) =>
      b.textContent?.includes('Show all products'),
    )!;
    button.click();
    await eventually(() => expect(cardNames(catalog).length).to.be.greaterThan(1));
  });

  it('shows an error with a retry that works once the shop is back', async () => {
    const { adapter, recover } = flakyAdapter();
    const { root } = await mountInStorefront(html`<vt-catalog></vt-catalog>`, { adapter });
    const catalog = root.querySelector('vt-catalog')!;
    await eventually(() => expect(textOf(catalog)).to.contain('The shop had a problem'));
    expect(catalog.shadowRoot!.querySelector('[role=alert]')).to.exist;
    recover();
    catalog.shadowRoot!.querySelector<HTMLButtonElement>('[part=error] button')!.click();
    await eventually(() => expect(cardNames(catalog).length).to.be.greaterThan(0));
    expect(catalog.shadowRoot!.querySelector('[part=error]')).to.equal(null);
  });

  it('speaks French', async () => {
    const { root } = await mountInStorefront(html`<vt-catalog></vt-catalog>`, {
      settings: { locale: 'fr' },
    });
    const catalog = root.querySelector('vt-catalog')!;
    await eventually(() => expect(textOf(catalog)).to.contain(`${sampleProducts.length} produits`));
    expect(textOf(catalog)).to.contain('Trier par');
  });
});
