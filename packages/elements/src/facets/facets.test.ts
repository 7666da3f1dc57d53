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
    // 23 of the 24 products are in stock.
    expect(choices(facets, 'Availability')).to.deep.equal(['In stock only (23)']);
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
    // The facets render their counts in their own turn, maybe after the catalog's.
    await eventually(() => {
      expect(choices(facets, 'Category')).to.deep.equal(['All categories', '✓ Livres (1)']);
      expect(choices(facets, 'Availability')).to.deep.equal(['In stock only (1)']);
    });
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
    // Nothing to keep in stock: the choice is off.
    expect(choices(facets, 'Availability')).to.deep.equal(['In stock only (0) (disabled)']);
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
    await eventually(() => expect(textOf(facets)).to.contain('En stock uniquement (23)'));
    expect(choices(facets, 'Marque')[0]).to.equal('✓ Toutes les marques');
    expect(choices(facets, 'Catégorie')[0]).to.equal('✓ Toutes les catégories');
    expect(textOf(facets)).to.contain('Filtres');
    expect(textOf(facets)).to.contain('Voir tout (20)');
  });
});

/** The price field whose label starts with `name` ("Min", "Max"), in any language. */
function priceField(facets: Element, name: string): HTMLInputElement {
  const price = facets.shadowRoot!.querySelector('[part~=price]')!;
  const label = [...price.querySelectorAll('label')].find((l) =>
    l.textContent!.trim().startsWith(name),
  );
  if (!label) throw new Error(`No price field "${name}"`);
  return label.querySelector('input')!;
}

/** Replaces a field's text as a person types it, without leaving the field. */
async function typeInto(input: HTMLInputElement, text: string): Promise<void> {
  input.focus();
  input.select();
  if (text) await sendKeys({ type: text });
  else await sendKeys({ press: 'Backspace' });
}

/** The price range's error, as read out. */
const priceError = (facets: Element) =>
  textOf(facets.shadowRoot!.querySelector('[part=error]') as Element | null);

describe('<vt-facets>: sellers, stock, price and specifications', () => {
  beforeEach(() => useLocale('en'));

  it('filters by seller: a product counts under each seller offering it', async () => {
    const { root, storefront } = await mountInStorefront(
      html`<vt-facets></vt-facets><vt-catalog></vt-catalog>`,
    );
    const facets = root.querySelector('vt-facets')!;
    const catalog = root.querySelector('vt-catalog')!;
    // Each sample seller offers 16 of the 24 products: a tie, by name.
    await eventually(() =>
      expect(choices(facets, 'Seller')).to.deep.equal([
        '✓ All sellers',
        'Bureau Plus (16)',
        'Comptoir du Sud (16)',
        'Papeterie Lyonnaise (16)',
      ]),
    );
    radio(facets, 'Category', 'Livres').click();
    // Livres: 20 and 23 from all three sellers, 21 from Bureau Plus, 22 from the two others.
    await eventually(() =>
      expect(choices(facets, 'Seller')).to.deep.equal([
        '✓ All sellers',
        'Bureau Plus (3)',
        'Comptoir du Sud (3)',
        'Papeterie Lyonnaise (3)',
      ]),
    );
    radio(facets, 'Seller', 'Bureau Plus').click();
    await eventually(() => expect(summary(catalog)).to.equal('3 products'));
    expect(storefront.$query.get()).to.include({ category: 'livres', seller: 's-bureau-plus' });
    // Brands count within the seller's books (20, 21, 23); Francis Lefebvre's (22) is not one.
    await eventually(() =>
      expect(choices(facets, 'Brand')).to.deep.equal([
        '✓ All brands',
        'Dunod (1)',
        'Eyrolles (1)',
        'Gallimard (1)',
      ]),
    );
  });

  it('keeps the products in stock only, with how many there are', async () => {
    const { root, storefront } = await mountInStorefront(
      html`<vt-facets></vt-facets><vt-catalog></vt-catalog>`,
    );
    const facets = root.querySelector('vt-facets')!;
    const catalog = root.querySelector('vt-catalog')!;
    await eventually(() => expect(summary(catalog)).to.equal('24 products'));
    const box = group(facets, 'Availability').querySelector('input')!;
    expect(box.type).to.equal('checkbox');
    box.click();
    await eventually(() => expect(summary(catalog)).to.equal('23 products'));
    expect(storefront.$query.get().inStock).to.equal(true);
    // The count ignores its own filter: still 23 of 24, and the box stays checked.
    expect(choices(facets, 'Availability')).to.deep.equal(['✓ In stock only (23)']);
    expect(button(facets, 'Clear filters').disabled).to.equal(false);
    box.click();
    await eventually(() => expect(summary(catalog)).to.equal('24 products'));
  });

  it('applies a TTC price range on Enter, and re-expresses the bounds when prices turn HT', async () => {
    const { root, storefront } = await mountInStorefront(
      html`<vt-facets></vt-facets><vt-catalog></vt-catalog>`,
    );
    const facets = root.querySelector('vt-facets')!;
    const catalog = root.querySelector('vt-catalog')!;
    // The cheapest best offer: 2,82 € HT + 20 % (0,564 → 0,56) = 3,38 €; the dearest 649,00 € +
    // 129,80 € = 778,80 €.
    await eventually(() =>
      expect(textOf(group(facets, 'Price'))).to.contain('From €3.38 to €778.80 incl. VAT'),
    );
    expect(priceField(facets, 'Min').placeholder).to.equal('3.38');
    await typeInto(priceField(facets, 'Min'), '6');
    // Typing alone filters nothing: a bound applies when its field is left, or on Enter.
    expect(storefront.$query.get().price).to.equal(undefined);
    await typeInto(priceField(facets, 'Max'), '10');
    expect(storefront.$query.get().price).to.deep.equal({ min: 600, includesTax: true });
    await sendKeys({ press: 'Enter' });
    // TTC from 6 to 10 €: the ramette (6,59 €), the highlighters (7,34 €) at 20 % and the
    // negotiation book (9,39 €) at 5.5 %.
    await eventually(() => expect(summary(catalog)).to.equal('3 products'));
    expect(storefront.$query.get().price).to.deep.equal({ min: 600, max: 1000, includesTax: true });
    expect(priceField(facets, 'Min').value).to.equal('6.00');

    storefront.chooseTaxDisplay('excl');
    // The bounds of the results now HT; the range keeps its TTC figures, and says so.
    await eventually(() =>
      expect(textOf(group(facets, 'Price'))).to.contain('From €2.82 to €649.00 excl. VAT'),
    );
    expect(priceField(facets, 'Max').value).to.equal('10.00');
    expect(priceField(facets, 'Max').labels![0]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Max incl. VAT',
    );
    expect(summary(catalog)).to.equal('3 products');
  });

  it('reads a professional’s range HT', async () => {
    const { root, storefront } = await mountInStorefront(
      html`<vt-facets></vt-facets><vt-catalog></vt-catalog>`,
      { settings: { channel: 'b2b', taxDisplay: 'excl' } },
    );
    const facets = root.querySelector('vt-facets')!;
    const catalog = root.querySelector('vt-catalog')!;
    await eventually(() =>
      expect(textOf(group(facets, 'Price'))).to.contain('From €2.82 to €649.00 excl. VAT'),
    );
    await typeInto(priceField(facets, 'Max'), '9');
    priceField(facets, 'Max').blur();
    // HT up to 9 €: 5,49, 3,90, 3,29, 2,82, 6,12, 5,45 and 8,90 €.
    await eventually(() => expect(summary(catalog)).to.equal('7 products'));
    expect(storefront.$query.get().price).to.deep.equal({ max: 900, includesTax: false });
  });

  it('says what is wrong with a range, and applies nothing until it is right', async () => {
    const { root, storefront } = await mountInStorefront(html`<vt-facets></vt-facets>`);
    const facets = root.querySelector('vt-facets')!;
    await eventually(() => expect(textOf(facets)).to.contain('From €3.38'));
    const [min, max] = [priceField(facets, 'Min'), priceField(facets, 'Max')];
    await typeInto(min, 'abc');
    await sendKeys({ press: 'Enter' });
    await eventually(() =>
      expect(priceError(facets)).to.equal('Enter a price in figures, such as 12.50.'),
    );
    expect(min.getAttribute('aria-invalid')).to.equal('true');
    expect(max.getAttribute('aria-invalid')).to.equal('false');
    expect(facets.shadowRoot!.querySelector('[part=error]')!.getAttribute('role')).to.equal(
      'alert',
    );
    expect(min.getAttribute('aria-describedby')).to.contain('price-error');
    await expect(facets).to.be.accessible();

    await typeInto(min, '20');
    expect(storefront.$query.get().price).to.equal(undefined);
    // Leaving the minimum applies it alone.
    await typeInto(max, '10');
    await eventually(() =>
      expect(storefront.$query.get().price).to.deep.equal({ min: 2000, includesTax: true }),
    );
    await sendKeys({ press: 'Enter' });
    await eventually(() =>
      expect(priceError(facets)).to.equal('The minimum is above the maximum.'),
    );
    expect([min, max].map((field) => field.getAttribute('aria-invalid'))).to.deep.equal([
      'true',
      'true',
    ]);
    // The last range that made sense stays applied.
    expect(storefront.$query.get().price).to.deep.equal({ min: 2000, includesTax: true });

    await typeInto(max, '30');
    await sendKeys({ press: 'Enter' });
    await eventually(() =>
      expect(storefront.$query.get().price).to.deep.equal({
        min: 2000,
        max: 3000,
        includesTax: true,
      }),
    );
    await eventually(() => expect(facets.shadowRoot!.querySelector('[part=error]')).to.equal(null));
  });

  it('shows the specifications of the category chosen, combined with AND', async () => {
    const { root, storefront } = await mountInStorefront(
      html`<vt-facets></vt-facets><vt-catalog></vt-catalog>`,
    );
    const facets = root.querySelector('vt-facets')!;
    const catalog = root.querySelector('vt-catalog')!;
    await eventually(() => expect(textOf(facets)).to.contain('Mobilier (6)'));
    expect(textOf(facets)).not.to.contain('Garantie');
    radio(facets, 'Category', 'Mobilier').click();
    await eventually(() =>
      expect(choices(facets, 'Garantie')).to.deep.equal([
        '✓ Any',
        '2 ans (3)',
        '5 ans (2)',
        '10 ans (1)',
      ]),
    );
    expect(choices(facets, 'Matière')).to.deep.equal([
      '✓ Any',
      'Métal (2)',
      'Acier émaillé (1)',
      'Aluminium (1)',
      'Bois (1)',
      'Tissu (1)',
    ]);
    radio(facets, 'Garantie', '2 ans').click();
    await eventually(() => expect(summary(catalog)).to.equal('3 products'));
    // Matière counts within the three 2-year products; Garantie keeps its other values.
    await eventually(() => {
      expect(choices(facets, 'Matière')).to.deep.equal([
        '✓ Any',
        'Acier émaillé (1)',
        'Aluminium (1)',
        'Métal (1)',
      ]);
      expect(choices(facets, 'Garantie')[1]).to.equal('✓ 2 ans (3)');
    });
    radio(facets, 'Matière', 'Métal').click();
    await eventually(() => expect(summary(catalog)).to.equal('1 product'));
    expect(storefront.$query.get().specs).to.deep.equal({ Garantie: '2 ans', Matière: 'Métal' });
    radio(facets, 'Garantie', 'Any').click();
    await eventually(() =>
      expect(storefront.$query.get().specs).to.deep.equal({ Matière: 'Métal' }),
    );

    // Another category, other specifications: the ones chosen go.
    radio(facets, 'Category', 'Livres').click();
    await eventually(() =>
      expect(choices(facets, 'Reliure')).to.deep.equal([
        '✓ Any',
        'Broché (2)',
        'Poche (1)',
        'Relié (1)',
      ]),
    );
    expect(storefront.$query.get().specs).to.deep.equal({});
    expect(textOf(facets)).not.to.contain('Matière');
    await expect(facets).to.be.accessible();
  });

  it('"Clear filters" lifts every filter, the price range and the specifications too', async () => {
    const { root, storefront } = await mountInStorefront(html`<vt-facets></vt-facets>`);
    const facets = root.querySelector('vt-facets')!;
    storefront.setQuery({
      category: 'mobilier',
      seller: 's-comptoir',
      inStock: true,
      price: { max: 100_000, includesTax: true },
      specs: { Garantie: '2 ans' },
    });
    // Comptoir's furniture (8, 10, 11, 13), all in stock and under 1 000 € TTC: 2 years for 10,
    // 11 and 13 (Garantie ignores its own filter).
    await eventually(() => expect(choices(facets, 'Garantie')).to.include('✓ 2 ans (3)'));
    expect(priceField(facets, 'Max').value).to.equal('1000.00');
    button(facets, 'Clear filters').click();
    await eventually(() => expect(button(facets, 'Clear filters').disabled).to.equal(true));
    const query = storefront.$query.get();
    expect([query.category, query.seller, query.inStock, query.price, query.specs]).to.deep.equal([
      '',
      '',
      false,
      undefined,
      {},
    ]);
    expect(priceField(facets, 'Max').value).to.equal('');
  });

  it('shows only the filters the backend applies', async () => {
    const adapter = createMemoryAdapter({ products: sampleProducts, filters: [] });
    const { root, storefront } = await mountInStorefront(html`<vt-facets></vt-facets>`, {
      adapter,
    });
    const facets = root.querySelector('vt-facets')!;
    storefront.setQuery({ category: 'mobilier' });
    await eventually(() => expect(textOf(facets)).to.contain('5 in stock, 1 out of stock'));
    const legends = [...facets.shadowRoot!.querySelectorAll('legend')].map((l) => l.textContent);
    expect(legends).to.deep.equal(['Category', 'Brand']);
    expect(textOf(facets)).not.to.contain('Garantie');
  });

  it('speaks French, prices included', async () => {
    const { root } = await mountInStorefront(html`<vt-facets></vt-facets>`, {
      settings: { locale: 'fr' },
    });
    const facets = root.querySelector('vt-facets')!;
    await eventually(() =>
      expect(textOf(group(facets, 'Prix'))).to.contain('De 3,38 € à 778,80 € TTC'),
    );
    expect(choices(facets, 'Vendeur')[0]).to.equal('✓ Tous les vendeurs');
    expect(priceField(facets, 'Min').placeholder).to.equal('3,38');
    await typeInto(priceField(facets, 'Min'), '12,5');
    await sendKeys({ press: 'Enter' });
    await eventually(() => expect(priceField(facets, 'Min').value).to.equal('12,50'));
    await typeInto(priceField(facets, 'Max'), 'douze');
    await sendKeys({ press: 'Enter' });
    await eventually(() =>
      expect(priceError(facets)).to.equal('Saisissez un prix en chiffres, par exemple 12,50.'),
    );
  });
});
