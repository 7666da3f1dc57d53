import { expect, html } from '@open-wc/testing';
import { createMemoryAdapter } from '@vitrine/adapter-memory';
import { VitrineError, type CommerceAdapter } from '@vitrine/core';
import { sendKeys } from '@web/test-runner-commands';
import { useLocale } from '../shared/localize.js';
import { eventually, mountInStorefront, sampleProducts, textOf } from '../shared/test-fixtures.js';
import type { VtProductSelectEvent } from './product-select-event.js';
import './vt-catalog.js';

/*
 * "bureau" in the sample catalog (as the memory adapter's own test works out): products 3
 * Agrafeuse de bureau métal (Rapid), 6 Calculatrice de bureau (Casio), both "Fournitures de
 * bureau", and 8 Fauteuil de bureau (Sokoa), 9 Bureau assis-debout (Kinnarps), 11 Lampe de bureau
 * (Unilux), all three "Mobilier". So 5 products, categories Mobilier 3 then Fournitures de
 * bureau 2, and the first three of five brands by name: Casio, Kinnarps, Rapid. Products come in
 * the server's relevance order: names starting with the text first, then by name. In the
 * listbox: options 0–4 the products, 5–6 the categories, 7–9 the brands.
 */
const BUREAU_PRODUCTS = [
  'Bureau assis-debout 160 × 80',
  'Agrafeuse de bureau métal',
  'Calculatrice de bureau 12 chiffres',
  'Fauteuil de bureau ergonomique Lyon',
  'Lampe de bureau LED articulée',
];

/** The memory adapter over the sample catalog, counting suggest calls. */
function countingAdapter(change: Partial<CommerceAdapter> = {}) {
  const real = createMemoryAdapter({ products: sampleProducts });
  const asked: string[] = [];
  const adapter: CommerceAdapter = {
    ...real,
    suggest: (text, options) => {
      asked.push(text);
      return real.suggest!(text, options);
    },
    ...change,
  };
  return { adapter, asked };
}

async function mountCatalog(options: { adapter?: CommerceAdapter; attributes?: string } = {}) {
  const { root, storefront } = await mountInStorefront(
    options.attributes === 'href'
      ? html`<vt-catalog product-href="#product-{id}"></vt-catalog>`
      : html`<vt-catalog></vt-catalog>`,
    { adapter: options.adapter ?? countingAdapter().adapter },
  );
  const catalog = root.querySelector('vt-catalog')!;
  await eventually(() => expect(textOf(catalog)).to.contain('24 products'));
  const input = catalog.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!;
  return { catalog, input, storefront };
}

/** Types into the focused search field as a person does, key by key. */
async function type(input: HTMLInputElement, text: string): Promise<void> {
  input.focus();
  await sendKeys({ type: text });
}

const listbox = (catalog: Element) => catalog.shadowRoot!.querySelector('[role=listbox]')!;
const options = (catalog: Element) =>
  [...catalog.shadowRoot!.querySelectorAll('[role=option]')].map(
    (option) => option.textContent?.replace(/\s+/g, ' ').trim() ?? '',
  );
const shown = (catalog: Element) => !listbox(catalog).hasAttribute('hidden');
/**
 * Waits for the suggestions of the whole text typed: typing slowly, the field may ask for (and
 * show) those of the first letters first.
 */
const suggestedFor = (catalog: Element, text: string) =>
  eventually(() => {
    expect(shown(catalog)).to.equal(true);
    // “bureau” in English, « bureau » in French.
    const quoted = new RegExp(`^[“«]\\s?${text}\\s?[”»]`);
    expect(options(catalog).some((option) => quoted.test(option))).to.equal(true);
  });

describe('<vt-catalog> search suggestions', () => {
  beforeEach(async () => {
    await useLocale('en');
    history.replaceState(null, '', location.pathname);
  });

  it('suggests products, categories and brands as a combobox with its listbox', async () => {
    const { catalog, input } = await mountCatalog();
    expect(input.getAttribute('role')).to.equal('combobox');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    await type(input, 'bureau');
    await suggestedFor(catalog, 'bureau');
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    expect(input.getAttribute('aria-controls')).to.equal(listbox(catalog).id);
    expect(options(catalog)).to.deep.equal([
      'Bureau assis-debout 160 × 80 Kinnarps · VT-10010',
      'Agrafeuse de bureau métal Rapid · VT-10004',
      'Calculatrice de bureau 12 chiffres Casio · VT-10007',
      'Fauteuil de bureau ergonomique Lyon Sokoa · VT-10009',
      'Lampe de bureau LED articulée Unilux · VT-10012',
      '“bureau” in Mobilier 3',
      '“bureau” in Fournitures de bureau 2',
      '“bureau” by Casio 1',
      '“bureau” by Kinnarps 1',
      '“bureau” by Rapid 1',
    ]);
    await expect(catalog).to.be.accessible();
  });

  it('waits for a pause and for two characters before asking', async () => {
    const { adapter, asked } = countingAdapter();
    const { catalog, input } = await mountCatalog({ adapter });
    await type(input, 'b');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(asked).to.deep.equal([]);
    expect(shown(catalog)).to.equal(false);
    // Five more letters within the pause (in one go, whatever the machine's speed): one
    // request, for the whole word.
    for (const text of ['bu', 'bur', 'bure', 'burea', 'bureau']) {
      input.value = text;
      input.dispatchEvent(new InputEvent('input', { inputType: 'insertText' }));
    }
    await eventually(() => expect(shown(catalog)).to.equal(true));
    expect(asked).to.deep.equal(['bureau']);
  });

  it('moves with the arrows and picks a category with Enter: the search narrows to it', async () => {
    const { catalog, input, storefront } = await mountCatalog();
    await type(input, 'bureau');
    await suggestedFor(catalog, 'bureau');
    // Six steps down from the field: the first category, option 5 (Mobilier, 3).
    for (let i = 0; i < 6; i++) await sendKeys({ press: 'ArrowDown' });
    // The catalog renders the active option in its next turn.
    const activeOption = () =>
      catalog.shadowRoot!.getElementById(input.getAttribute('aria-activedescendant') ?? '');
    await eventually(() => {
      expect(activeOption()?.textContent).to.contain('“bureau” in Mobilier');
      expect(activeOption()!.getAttribute('aria-selected')).to.equal('true');
    });
    const active = input.getAttribute('aria-activedescendant');
    // ArrowUp wraps from the first option to the last, and back down again.
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowDown' });
    await eventually(() => expect(input.getAttribute('aria-activedescendant')).to.equal(active));
    await sendKeys({ press: 'Enter' });
    await eventually(() => expect(input.getAttribute('aria-expanded')).to.equal('false'));
    expect(storefront.$query.get()).to.include({ text: 'bureau', category: 'mobilier', brand: '' });
    // As suggested: 3 products, Fauteuil, Bureau assis-debout, Lampe.
    await eventually(() => expect(textOf(catalog)).to.contain('3 products for “bureau”'));
  });

  it('picks a brand with the mouse, and clears the category for it', async () => {
    const { catalog, input, storefront } = await mountCatalog();
    storefront.setQuery({ category: 'mobilier' });
    await type(input, 'bureau');
    await suggestedFor(catalog, 'bureau');
    const rapid = [...catalog.shadowRoot!.querySelectorAll<HTMLElement>('[role=option]')].find(
      (option) => option.textContent?.includes('by Rapid'),
    )!;
    rapid.click();
    expect(storefront.$query.get()).to.include({ text: 'bureau', category: '', brand: 'Rapid' });
    // Rapid makes one product: the stapler.
    await eventually(() => expect(textOf(catalog)).to.contain('1 product for “bureau”'));
    expect(shown(catalog)).to.equal(false);
  });

  it('searches as before when Enter comes with no option chosen', async () => {
    const { catalog, input, storefront } = await mountCatalog();
    await type(input, 'bureau');
    await suggestedFor(catalog, 'bureau');
    await sendKeys({ press: 'Enter' });
    await eventually(() => expect(shown(catalog)).to.equal(false));
    expect(storefront.$query.get()).to.include({ text: 'bureau', category: '' });
    await eventually(() => expect(textOf(catalog)).to.contain('5 products for “bureau”'));
  });

  it('stays closed when the visitor searched before the suggestions came', async () => {
    // Suggestions answer only once the search is done, however fast or slow the typing was.
    let release!: () => void;
    const searched = new Promise<void>((resolve) => (release = resolve));
    const real = createMemoryAdapter({ products: sampleProducts });
    const { adapter } = countingAdapter({
      suggest: async (text, options) => {
        await searched;
        return real.suggest!(text, options);
      },
    });
    const { catalog, input } = await mountCatalog({ adapter });
    await type(input, 'bureau');
    await sendKeys({ press: 'Enter' });
    await eventually(() => expect(textOf(catalog)).to.contain('5 products for “bureau”'));
    release();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(shown(catalog)).to.equal(false);
  });

  it('closes on Escape, keeping the text, and on a click elsewhere', async () => {
    const { catalog, input } = await mountCatalog();
    await type(input, 'bureau');
    await suggestedFor(catalog, 'bureau');
    await sendKeys({ press: 'Escape' });
    await eventually(() => expect(shown(catalog)).to.equal(false));
    expect(input.value).to.equal('bureau');
    // ArrowDown opens them again, on the first option.
    await sendKeys({ press: 'ArrowDown' });
    await eventually(() => {
      expect(shown(catalog)).to.equal(true);
      expect(input.getAttribute('aria-activedescendant')).to.equal('suggestion-0');
    });
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    await eventually(() => expect(shown(catalog)).to.equal(false));
  });

  it('opens a picked product at product-href, after telling the host', async () => {
    const { catalog, input } = await mountCatalog({ attributes: 'href' });
    const picked: string[] = [];
    catalog.addEventListener('vt-product-select', (event: VtProductSelectEvent) =>
      picked.push(event.product.id),
    );
    await type(input, 'bureau');
    await suggestedFor(catalog, 'bureau');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    expect(picked).to.deep.equal(['p-0010']);
    expect(location.hash).to.equal('#product-p-0010');
  });

  it('lets the host open the product itself, or finds it by name without product-href', async () => {
    const { catalog, input, storefront } = await mountCatalog();
    let veto = true;
    catalog.addEventListener('vt-product-select', (event) => veto && event.preventDefault());
    await type(input, 'bureau');
    await suggestedFor(catalog, 'bureau');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    // The host took it: the catalog only searches for what was typed, as it would anyway.
    await eventually(() => expect(storefront.$query.get().text).to.equal('bureau'));
    veto = false;
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    expect(storefront.$query.get().text).to.equal(BUREAU_PRODUCTS[1]);
    await eventually(() =>
      expect(textOf(catalog)).to.contain(`1 product for “${BUREAU_PRODUCTS[1]}”`),
    );
  });

  it('shows nothing when suggestions fail, and the search still works', async () => {
    const { adapter, asked } = countingAdapter();
    const failing: CommerceAdapter = {
      ...adapter,
      suggest: (text) => {
        asked.push(text);
        return Promise.reject(new VitrineError('server', 'Internal error', { status: 500 }));
      },
    };
    const { catalog, input } = await mountCatalog({ adapter: failing });
    await type(input, 'bureau');
    // Typing may pause on the way on a busy machine: the last request is for the whole word.
    await eventually(() => expect(asked.at(-1)).to.equal('bureau'));
    await eventually(() => expect(textOf(catalog)).to.contain('5 products for “bureau”'));
    expect(shown(catalog)).to.equal(false);
    expect(catalog.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
  });

  it('is a plain search field for a backend without suggestions', async () => {
    const { adapter, asked } = countingAdapter();
    const { catalog, input } = await mountCatalog({
      adapter: { ...adapter, capabilities: { ...adapter.capabilities, suggestions: false } },
    });
    expect(input.hasAttribute('role')).to.equal(false);
    expect(input.hasAttribute('aria-expanded')).to.equal(false);
    expect(catalog.shadowRoot!.querySelector('[role=listbox]')).to.equal(null);
    await type(input, 'bureau');
    await eventually(() => expect(textOf(catalog)).to.contain('5 products for “bureau”'));
    expect(asked).to.deep.equal([]);
  });

  it('speaks French', async () => {
    const { root } = await mountInStorefront(html`<vt-catalog></vt-catalog>`, {
      settings: { locale: 'fr' },
    });
    const catalog = root.querySelector('vt-catalog')!;
    await eventually(() => expect(textOf(catalog)).to.contain('24 produits'));
    const input = catalog.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!;
    await type(input, 'bureau');
    await suggestedFor(catalog, 'bureau');
    expect(listbox(catalog).getAttribute('aria-label')).to.equal('Suggestions');
    expect(options(catalog)).to.include('« bureau » dans Mobilier 3');
    expect(options(catalog)).to.include('« bureau » de la marque Rapid 1');
  });
});
