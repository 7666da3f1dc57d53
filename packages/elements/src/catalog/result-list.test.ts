import { expect, html } from '@open-wc/testing';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { createMemoryAdapter } from '@vitrine/adapter-memory';
import type { CatalogQuery, CommerceAdapter, ProductDetail } from '@vitrine/core';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import { useLocale } from '../shared/localize.js';
import { eventually, mountInStorefront, sampleProducts, textOf } from '../shared/test-fixtures.js';
import './vt-catalog.js';

const COUNT = 1000;

/**
 * 1,000 products: the sample catalog over and over, each with its own id, SKU and number. The
 * number leads the name, so that name order (the default order) is catalogue order.
 */
const manyProducts: ProductDetail[] = Array.from({ length: COUNT }, (_, index) => {
  const base = sampleProducts[index % sampleProducts.length]!;
  const number = String(index + 1).padStart(4, '0');
  return { ...base, id: `m-${number}`, sku: `M-${number}`, name: `${number} ${base.name}` };
});

/**
 * The memory adapter over them, remembering the pages asked for. With `held`, pages after the
 * first wait for it to resolve.
 */
function recordingAdapter(held?: Promise<void>) {
  const real = createMemoryAdapter({ products: manyProducts });
  const asked: CatalogQuery[] = [];
  const adapter: CommerceAdapter = {
    ...real,
    async listProducts(query, options) {
      asked.push(query);
      if (held && (query.page ?? 1) > 1) await held;
      return real.listProducts(query, options);
    },
  };
  return { adapter, asked };
}

/** A catalog of the 1,000 products; `layout` null: no attribute, the channel's default. */
async function mountList(layout: string | null = 'list', held?: Promise<void>) {
  const { adapter, asked } = recordingAdapter(held);
  const { root } = await mountInStorefront(
    html`<vt-catalog
      layout=${ifDefined(layout ?? undefined)}
      product-href="#product-{id}"
    ></vt-catalog>`,
    { adapter, settings: { channel: 'b2b' } },
  );
  const catalog = root.querySelector('vt-catalog')!;
  await eventually(() => expect(rows(catalog).length).to.be.greaterThan(0));
  return { catalog, asked };
}

const rows = (catalog: Element) => [...catalog.shadowRoot!.querySelectorAll('vt-product-row')];
const rowNames = (catalog: Element) =>
  rows(catalog).map((row) => row.shadowRoot?.querySelector('[part=name]')?.textContent?.trim());

describe('<vt-catalog layout="list">', function () {
  // A thousand products, the virtualizer loaded on first use and an accessibility scan of the
  // table: more than the default 5 s on a busy 2-core machine.
  this.timeout(20_000);

  // The virtualizer measures its rows as they render; browsers report that as a (benign) error.
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);
  before(() => setViewport({ width: 1280, height: 800 }));
  beforeEach(async () => {
    await useLocale('en');
    window.scrollTo(0, 0);
  });

  it('tells how many products there are and keeps a few rows in the page', async () => {
    const { catalog, asked } = await mountList();
    expect(textOf(catalog)).to.contain('1,000 products');
    const table = catalog.shadowRoot!.querySelector('[role=table]')!;
    // 1,000 rows and the head.
    expect(table.getAttribute('aria-rowcount')).to.equal('1001');
    // One request, of the most the reference server sends at once.
    expect(asked.map((q) => [q.page, q.pageSize])).to.deep.equal([[1, 100]]);
    // An 800-pixel window holds about 14 rows of 59 pixels: nowhere near the 100 loaded.
    expect(rows(catalog).length).to.be.within(10, 40);
    expect(rows(catalog)[0]!.getAttribute('aria-rowindex')).to.equal('2');
    expect(rowNames(catalog)[0]).to.equal(manyProducts[0]!.name);
    expect(catalog.shadowRoot!.querySelector('[part=pagination]')).to.equal(null);
    await expect(catalog).to.be.accessible();
  });

  it('loads the pages scrolled to, and only them, with as few rows in the page', async () => {
    const { catalog, asked } = await mountList();
    const before = rows(catalog).length;
    // Straight to the end, as with the scrollbar: the last page (rows 900–999) loads.
    // The rows measured there may be taller than estimated, making the page longer: stay at the end.
    await eventually(() => {
      window.scrollTo(0, document.documentElement.scrollHeight);
      expect(rowNames(catalog)).to.include(manyProducts[999]!.name);
    });
    const pages = asked.map((q) => q.page);
    expect(pages[0]).to.equal(1);
    expect(pages).to.include(10);
    // Not the eight pages on the way.
    expect(pages.length).to.be.below(4);
    const last = rows(catalog).at(-1)!;
    expect(last.getAttribute('aria-rowindex')).to.equal('1001');
    // Once the rows there are measured, the page holds about as many as before.
    await eventually(() => expect(rows(catalog).length).to.be.within(before - 10, before + 10));
  });

  it('shows a placeholder where rows are still loading', async () => {
    let release = () => {};
    const { catalog } = await mountList(
      'list',
      new Promise<void>((resolve) => (release = resolve)),
    );
    // The middle of the list: page 6 (rows 500–599) is not there yet when the rows appear.
    const rowgroup = catalog.shadowRoot!.querySelector<HTMLElement>('[role=rowgroup]')!;
    window.scrollTo(0, rowgroup.getBoundingClientRect().top + window.scrollY + 550 * 59);
    await eventually(() =>
      expect(catalog.shadowRoot!.querySelectorAll('.pending').length).to.be.greaterThan(0),
    );
    release();
    await eventually(() =>
      expect(catalog.shadowRoot!.querySelectorAll('.pending').length).to.equal(0),
    );
    // Each row shows the product of its position: row index 2 is product 0.
    const shownRows = rows(catalog);
    const first = Number(shownRows[0]!.getAttribute('aria-rowindex'));
    expect(first).to.be.within(300, 700);
    expect(rowNames(catalog)).to.deep.equal(
      manyProducts.slice(first - 2, first - 2 + shownRows.length).map((p) => p.name),
    );
  });

  it('moves through the rows with the keyboard', async () => {
    const { catalog } = await mountList();
    const firstLink = rows(catalog)[0]!.shadowRoot!.querySelector<HTMLAnchorElement>('a')!;
    firstLink.focus();
    // Each row: the name link, quantity and Add (disabled out of stock): Tab goes down the list.
    for (let i = 0; i < 60; i++) await sendKeys({ press: 'Tab' });
    const focused = catalog.shadowRoot!.activeElement as HTMLElement;
    expect(focused.localName).to.equal('vt-product-row');
    const index = Number(focused.getAttribute('aria-rowindex'));
    expect(index).to.be.greaterThan(16);
    // The focused row is in view: the list followed the focus.
    const box = focused.getBoundingClientRect();
    expect(box.top).to.be.within(0, window.innerHeight);
  });

  it('goes back to pages of the page size when the layout changes', async () => {
    // A professional catalog shows the table by default.
    const { catalog, asked } = await mountList(null);
    expect(asked.map((q) => [q.page, q.pageSize])).to.deep.equal([[1, 24]]);
    catalog.setAttribute('layout', 'list');
    await eventually(() => expect(asked.at(-1)!.pageSize).to.equal(100));
    await eventually(() =>
      expect(
        catalog.shadowRoot!.querySelector('[role=table]')!.getAttribute('aria-rowcount'),
      ).to.equal('1001'),
    );
    catalog.setAttribute('layout', 'table');
    await eventually(() => expect(asked.at(-1)!.pageSize).to.equal(24));
    await eventually(() => expect(textOf(catalog)).to.contain('Page 1 of 42'));
  });
});
