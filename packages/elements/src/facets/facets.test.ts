import { expect, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { createMemoryAdapter } from '@vitrine/adapter-memory';
import type { CommerceAdapter } from '@vitrine/core';
import { useLocale } from '../shared/localize.js';
import { eventually, mountInStorefront, sampleProducts, textOf } from '../shared/test-fixtures.js';
import '../catalog/vt-catalog.js';
import './vt-facets.js';

/*
 * The sample catalog: 24 products, one brand each; by category bureau 8, mobilier 6, epicerie 6,
 * livres 4. One product only, Manutan's shelf (mobilier), is out of stock.
 */

/** The fieldset whose legend is `legend`. */
function group(facets: Element, legend: string): HTMLFieldSetElement {
  const found = [...facets.shadowRoot!.querySelectorAll('fieldset')].find(
    (fieldset) => fieldset.querySelector('legend')?.textContent?.trim() === legend,
  );
  if (!found) throw new Error(`No group "${legend}"`);
  return found;
}

/** The choices of a group as a person reads them: "Livres (4)", with ✓ for the checked one. */
function choices(facets: Element, legend: string): string[] {
  return [...group(facets, legend).querySelectorAll('label')].map((label) => {
    const input = label.querySelector('input')!;
    const text = label.textContent!.replace(/\s+/g, ' ').trim();
    return `${input.checked ? '✓ ' : ''}${text}${input.disabled ? ' (disabled)' : ''}`;
  });
}

/** The radio button of a group whose label starts with `name`. */
function radio(facets: Element, legend: string, name: string): HTMLInputElement {
  const label = [...group(facets, legend).querySelectorAll('label')].find((l) =>
    l.textContent!.trim().startsWith(name),
  );
  if (!label) throw new Error(`No choice "${name}" in "${legend}"`);
  return label.querySelector('input')!;
}

function button(facets: Element, name: string): HTMLButtonElement {
  const found = [...facets.shadowRoot!.querySelectorAll('button')].find((b) =>
    b.textContent!.trim().startsWith(name),
  );
  if (!found) throw new Error(`No button "${name}"`);
  return found;
}

/** The catalog's "N products" line. */
const summary = (catalog: Element) =>
  textOf(catalog.shadowRoot!.querySelector('[part=summary]') as Element);

describe('<vt-facets>', () => {
  beforeEach(() => useLocale('en'));

  it('shows the categories and brands with their counts, and the stock', async () => {
    const { root } = await mountInStorefront(html`<vt-facets></vt-facets>`);
    const facets = root.querySelector('vt-facets')!;
    await eventually(() => expect(textOf(facets)).to.contain('Fournitures de bureau (8)'));
    expect(choices(facets, 'Category')).to.deep.equal([
      '✓ All categories',
      'Fournitures de bureau (8)',
      'Mobilier (6)',
      'Épicerie fine (6)',
      'Livres (4)',
    ]);
    // 24 brands of one product each: by name, six shown, the 20 counted behind "Show all".
    expect(choices(facets, 'Brand')).to.deep.equal([
      '✓ All brands',
      '3M (1)',
      'Bic (1)',
      'Casio (1)',
      'Clairefontaine (1)',
      'Dunod (1)',
      'Exacompta (1)',
    ]);
    const more = button(facets, 'Show all (20)');
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    // 23 in stock + 1 out of stock = the 24 products.
    expect(textOf(facets)).to.contain('Availability 23 in stock, 1 out of stock');
    expect(button(facets, 'Clear filters').disabled).to.equal(true);
    await expect(facets).to.be.accessible();
  });

  it('shows every value on demand, and fewer again', async () => {
    const { root } = await mountInStorefront(html`<vt-facets></vt-facets>`);
    const facets = root.querySelector('vt-facets')!;
    await eventually(() => expect(textOf(facets)).to.contain('Show all (20)'));
    button(facets, 'Show all (20)').click();
    await eventually(() => expect(choices(facets, 'Brand')).to.have.length(21));
    expect(button(facets, 'Show fewer').getAttribute('aria-expanded')).to.equal('true');
    button(facets, 'Show fewer').click();
    await eventually(() => expect(choices(facets, 'Brand')).to.have.length(7));
  });

  it('filters the catalog by brand: the count is the number of results', async () => {
    const { root, storefront } = await mountInStorefront(
      html`<vt-facets></vt-facets><vt-catalog></vt-catalog>`,
    );
    const facets = root.querySelector('vt-facets')!;
    const catalog = root.querySelector('vt-catalog')!;
    await eventually(() => expect(textOf(facets)).to.contain('Livres (4)'));
    radio(facets, 'Category', 'Livres').click();
    // Brands are counted within the category: its four books, one each.
    await eventually(() =>
      expect(choices(facets, 'Brand')).to.deep.equal([
        '✓ All brands',
        'Dunod (1)',
        'Eyrolles (1)',
        'Francis Lefebvre (1)',
        'Gallimard (1)',
      ]),
    );
    radio(facets, 'Brand', 'Gallimard').click();
    await eventually(() => expect(summary(catalog)).to.equal('1 product'));
    expect(storefront.$query.get()).to.include({ category: 'livres', brand: 'Gallimard' });
    // Categories are counted within the brand, whatever the category: Gallimard's one book.
    expect(choices(facets, 'Category')).to.deep.equal(['All categories', '✓ Livres (1)']);
    expect(textOf(facets)).to.contain('1 in stock, 0 out of stock');
  });

  it('keeps the chosen value in sight when nothing has it any more', async () => {
    const { root, storefront } = await mountInStorefront(html`<vt-facets></vt-facets>`);
    const facets = root.querySelector('vt-facets')!;
    // Gallimard publishes books, not furniture: 0 results, and Mobilier has no count of its own.
    storefront.setQuery({ category: 'mobilier', brand: 'Gallimard' });
    await eventually(() =>
      expect(choices(facets, 'Category')).to.deep.equal([
        'All categories',
        'Livres (1)',
        '✓ Mobilier (0)',
      ]),
    );
    expect(choices(facets, 'Brand')).to.include('✓ Gallimard (0)');
    expect(textOf(facets)).to.contain('0 in stock, 0 out of stock');
  });

  it('disables the values that would show nothing', async () => {
    const real = createMemoryAdapter({ products: sampleProducts });
    // A backend that lists a brand without products (the reference server leaves them out).
    const adapter: CommerceAdapter = {
      ...real,
      async listProducts(query, options) {
        const page = await real.listProducts(query, options);
        if (!page.facets) return page;
        const brands = [...page.facets.brands, { id: 'Nobody', name: 'Nobody', count: 0 }];
        return { ...page, facets: { ...page.facets, brands } };
      },
    };
    const { root } = await mountInStorefront(html`<vt-facets></vt-facets>`, { adapter });
    const facets = root.querySelector('vt-facets')!;
    await eventually(() => expect(textOf(facets)).to.contain('Show all (21)'));
    button(facets, 'Show all').click();
    await eventually(() => expect(choices(facets, 'Brand')).to.include('Nobody (0) (disabled)'));
  });

  it('"All" lifts one filter, "Clear filters" both, and the keyboard stays in the panel', async () => {
    const { root, storefront } = await mountInStorefront(html`<vt-facets></vt-facets>`);
    const facets = root.querySelector('vt-facets')!;
    storefront.setQuery({ category: 'bureau', brand: 'Bic' });
    await eventually(() => expect(choices(facets, 'Brand')).to.include('✓ Bic (1)'));
    radio(facets, 'Brand', 'All brands').click();
    await eventually(() => expect(storefront.$query.get().brand).to.equal(''));
    expect(storefront.$query.get().category).to.equal('bureau');

    storefront.setQuery({ brand: 'Bic' });
    await eventually(() => expect(button(facets, 'Clear filters').disabled).to.equal(false));
    button(facets, 'Clear filters').focus();
    button(facets, 'Clear filters').click();
    await eventually(() => expect(storefront.$query.get()).to.include({ category: '', brand: '' }));
    await eventually(() =>
      expect(facets.shadowRoot!.activeElement).to.equal(radio(facets, 'Category', 'All')),
    );
  });

  it('chooses with the arrow keys, like any radio group', async () => {
    const { root, storefront } = await mountInStorefront(html`<vt-facets></vt-facets>`);
    const facets = root.querySelector('vt-facets')!;
    await eventually(() => expect(textOf(facets)).to.contain('Livres (4)'));
    radio(facets, 'Category', 'All').focus();
    await sendKeys({ press: 'ArrowDown' });
    await eventually(() => expect(storefront.$query.get().category).to.equal('bureau'));
    expect(facets.shadowRoot!.activeElement).to.equal(radio(facets, 'Category', 'Fournitures'));
  });

  it('on a phone, hides the choices behind a "Filters" button', async () => {
    await setViewport({ width: 390, height: 800 });
    try {
      const { root } = await mountInStorefront(html`<vt-facets></vt-facets>`);
      const facets = root.querySelector('vt-facets')!;
      await eventually(() => expect(textOf(facets)).to.contain('Livres (4)'));
      const toggle = facets.shadowRoot!.querySelector<HTMLButtonElement>('[part=toggle]')!;
      expect(toggle.textContent!.trim()).to.equal('Filters');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(group(facets, 'Brand').checkVisibility()).to.equal(false);
      toggle.click();
      await eventually(() => expect(group(facets, 'Brand').checkVisibility()).to.equal(true));
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      await expect(facets).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('takes no room when the backend cannot count', async () => {
    const real = createMemoryAdapter({ products: sampleProducts });
    const adapter = { ...real, capabilities: { ...real.capabilities, facets: false } };
    const { root } = await mountInStorefront(html`<vt-facets></vt-facets>`, { adapter });
    const facets = root.querySelector('vt-facets')!;
    await eventually(() => expect(facets.matches(':state(unsupported)')).to.equal(true));
    expect(getComputedStyle(facets).display).to.equal('none');
    expect(facets.shadowRoot!.querySelector('fieldset')).to.equal(null);
  });

  it('speaks French', async () => {
    const { root } = await mountInStorefront(html`<vt-facets></vt-facets>`, {
      settings: { locale: 'fr' },
    });
    const facets = root.querySelector('vt-facets')!;
    await eventually(() => expect(textOf(facets)).to.contain('23 en stock, 1 en rupture de stock'));
    expect(choices(facets, 'Marque')[0]).to.equal('✓ Toutes les marques');
    expect(choices(facets, 'Catégorie')[0]).to.equal('✓ Toutes les catégories');
    expect(textOf(facets)).to.contain('Filtres');
    expect(textOf(facets)).to.contain('Voir tout (20)');
  });
});
