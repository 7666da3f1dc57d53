// The in-page benchmarks, built by bench/inpage.ts into a throw-away page and driven from
// Chromium. Every function times work inside the page with performance.now() and returns the
// raw samples; statistics are made by the driver.
import { createMemoryAdapter } from '@vitrine/adapter-memory';
import {
  createStorefront,
  filterProducts,
  indexProducts,
  memoryStorage,
  type Price,
  type ProductDetail,
  type ProductIndex,
  type ProductSummary,
  sortProducts,
  type Storefront,
} from '@vitrine/core';
import { html, render, type CSSResult, type CSSResultGroup } from 'lit';
import '../../packages/elements/src/index.ts';
import { styles as cardStyles } from '../../packages/elements/src/product-card/product-card.styles.ts';
import { tokens } from '../../packages/elements/src/shared/tokens.styles.ts';
import type { VtStorefront } from '../../packages/elements/src/storefront/storefront.ts';

// ---------------------------------------------------------------------------------------------
// Data

/** A deterministic pseudo-random sequence (mulberry32: same data in every run). */
function sequence(seed: number): (below: number) => number {
  let state = seed >>> 0;
  return (below) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4_294_967_296) * below);
  };
}

const WORDS = [
  'Cahier',
  'Stylo',
  'Classeur',
  'Café',
  'Thé',
  'Lampe',
  'Fauteuil',
  'Agenda',
  'Carnet',
  'Chocolat',
  'Miel',
  'Étagère',
  'Crayon',
  'Enveloppes',
  'Ramette',
  'Bureau',
];
const QUALIFIERS = ['bleu', 'noir', 'bio', 'A4', 'A5', 'grand', 'petit', 'écologique', 'pro'];
const BRANDS = ['Clairefontaine', 'Bic', 'Exacompta', 'Oxford', 'Kusmi', 'Valrhona', 'Unilux'];
const SELLERS = [
  { id: 's-bureau-plus', name: 'Bureau Plus' },
  { id: 's-papeterie', name: 'Papeterie Lyonnaise' },
  { id: 's-comptoir', name: 'Comptoir du Sud' },
];
const CATEGORIES = Array.from({ length: 10 }, (_, i) => ({ id: `c${i}`, name: `Category ${i}` }));

function products(count: number, seed = 7): ProductDetail[] {
  const next = sequence(seed);
  return Array.from({ length: count }, (_, i) => {
    const category = CATEGORIES[next(CATEGORIES.length)]!;
    const price: Price = {
      amount: 99 + next(60_000),
      currency: 'EUR',
      includesTax: true,
      vatRate: next(4) === 0 ? 550 : 2000,
    };
    const offerCount = 1 + next(3);
    const offers = Array.from({ length: offerCount }, (_, o) => ({
      id: `o-${i}-${o}`,
      seller: SELLERS[(i + o) % SELLERS.length]!,
      price: { ...price, amount: price.amount + o * 50 },
      // The first offer is the best one, and in stock, as the adapters choose it.
      stock: o > 0 && next(5) === 0 ? 0 : 1 + next(200),
    }));
    const name = `${WORDS[next(WORDS.length)]} ${QUALIFIERS[next(QUALIFIERS.length)]} ${i}`;
    return {
      id: `p-${i}`,
      sku: `SKU-${String(i).padStart(6, '0')}`,
      name,
      brand: BRANDS[next(BRANDS.length)]!,
      category,
      bestOffer: offers[0]!,
      offerCount,
      description: '',
      specs: [],
      offers,
    };
  });
}

const summaries = (list: readonly ProductDetail[]): ProductSummary[] =>
  list.map(({ description: _d, specs: _s, offers: _o, ...rest }) => rest);

// ---------------------------------------------------------------------------------------------
// Helpers

const now = () => performance.now();
/** Forces style and layout, so that both variants are timed to the same point. */
const layout = (element: Element) => element.getBoundingClientRect().height;
/** Resolves after the next frame has been produced (rAF, then a task). */
const nextPaint = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(undefined);
    }),
  );
const settle = async () => {
  await nextPaint();
  await nextPaint();
};

function newStorefront(items: readonly ProductDetail[]): Storefront {
  return createStorefront({
    adapter: createMemoryAdapter({ products: items, categories: CATEGORIES }),
    settings: { channel: 'b2c', locale: 'en', currency: 'EUR' },
    storage: memoryStorage(),
  });
}

function mountStorefront(storefront: Storefront): VtStorefront {
  const host = document.createElement('vt-storefront');
  host.storefront = storefront;
  document.body.append(host);
  return host;
}

type Updatable = Element & { updateComplete?: Promise<unknown>; renderRoot?: ParentNode };

/** Waits until an element and every Lit element in its shadow tree have rendered. */
async function rendered(element: Updatable): Promise<void> {
  if (element.updateComplete) await element.updateComplete;
  const inner = element.shadowRoot ?? element;
  for (const child of inner.querySelectorAll<Updatable>('*')) {
    if (child.updateComplete || child.shadowRoot) await rendered(child);
  }
}

/** Elements in a tree, shadow trees included. */
function countElements(node: ParentNode): number {
  let count = 0;
  for (const element of node.querySelectorAll('*')) {
    if (['STYLE', 'SLOT'].includes(element.tagName)) continue;
    count += 1;
    if (element.shadowRoot) count += countElements(element.shadowRoot);
  }
  return count;
}

// ---------------------------------------------------------------------------------------------
// 1. A grid of 24 product cards, against hand-written innerHTML of the same markup

const GRID_SIZE = 24;

/** The stylesheets of a group, nested arrays flattened. */
const sheetsOf = (group: CSSResultGroup): CSSResult[] =>
  Array.isArray(group)
    ? group.flatMap((item) => sheetsOf(item as CSSResultGroup))
    : [group as CSSResult];

/**
 * The elements' stylesheets for the hand-written markup, which has no shadow hosts: the design
 * tokens each element declares on its `:host` are declared once on the grid instead, where a
 * hand-written widget would (the cheapest place: custom properties inherit); the other `:host`
 * rules only set the hosts' display and are left out. Otherwise the tokens never apply: no
 * border, padding, gap or colour, a card 20 % shorter — not the same output.
 */
function handWrittenStyles(): string {
  const sheets = new Set(sheetsOf(cardStyles));
  return [...sheets]
    .map((sheet) =>
      sheet === tokens
        ? sheet.cssText.replace(/:host\b/g, '.grid')
        : sheet.cssText.replace(/:host\s*\{[^}]*\}/g, ''),
    )
    .join('\n');
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (char) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char,
  );

const euros = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' });

/** What a careful hand-written widget would do: one string, escaped, one innerHTML. */
function handWrittenGrid(items: readonly ProductSummary[]): string {
  let out = '<ul class="grid">';
  for (const p of items) {
    const offer = p.bestOffer!;
    const id = `name-${escapeHtml(p.id)}`;
    const others = p.offerCount - 1;
    out +=
      `<li><article class="card" aria-labelledby="${id}">` +
      '<div class="image placeholder" aria-hidden="true"></div><div class="body">' +
      (p.brand ? `<p class="brand">${escapeHtml(p.brand)}</p>` : '') +
      `<h3 class="name" id="${id}">${escapeHtml(p.name)}</h3>` +
      `<p class="seller">Sold by ${escapeHtml(offer.seller.name)}` +
      (others > 0
        ? ` <span class="offers">+${others} other offer${others > 1 ? 's' : ''}</span>`
        : '') +
      '</p><div class="footer"><span class="price"><span class="primary">' +
      `<span class="amount">${euros.format(offer.price.amount / 100)}</span> ` +
      '<span class="label">incl. VAT</span></span></span>' +
      `<p class="stock ${offer.stock > 0 ? 'in' : 'out'}">${offer.stock > 0 ? 'In stock' : 'Out of stock'}</p>` +
      `<button class="button add" aria-describedby="${id}"${offer.stock > 0 ? '' : ' disabled'}>Add to cart</button>` +
      '<p class="message idle" role="status"></p></div></div></article></li>';
  }
  return `${out}</ul>`;
}

async function gridBench(iterations: number, warmup: number) {
  const items = summaries(products(GRID_SIZE, 11));
  const storefront = newStorefront(products(GRID_SIZE, 11));
  const host = mountStorefront(storefront);
  await rendered(host);
  const style = document.createElement('style');
  style.textContent = handWrittenStyles();
  document.head.append(style);

  const lit = async () => {
    const container = document.createElement('div');
    host.append(container);
    const t0 = now();
    render(
      html`<ul class="grid">
        ${items.map((p) => html`<li><vt-product-card .product=${p}></vt-product-card></li>`)}
      </ul>`,
      container,
    );
    for (const card of container.querySelectorAll<Updatable>('vt-product-card')) {
      await card.updateComplete;
    }
    layout(container);
    const time = now() - t0;
    return { time, container };
  };
  const hand = async () => {
    const container = document.createElement('div');
    host.append(container);
    const t0 = now();
    container.innerHTML = handWrittenGrid(items);
    layout(container);
    const time = now() - t0;
    return { time, container };
  };

  // The markup compared: elements per card, shadow trees included.
  const litOnce = await lit();
  const handOnce = await hand();
  const elements = {
    lit: countElements(litOnce.container.querySelector('li')!),
    hand: countElements(handOnce.container.querySelector('li')!),
  };
  litOnce.container.remove();
  handOnce.container.remove();

  const samples = { lit: [] as number[], hand: [] as number[] };
  for (let i = 0; i < warmup + iterations; i++) {
    // Alternate which variant goes first, so that neither always follows a GC.
    const order = i % 2 ? [hand, lit] : [lit, hand];
    for (const variant of order) {
      await settle();
      const { time, container } = await variant();
      if (i >= warmup) (variant === lit ? samples.lit : samples.hand).push(time);
      container.remove();
    }
  }
  host.remove();
  style.remove();
  return { ...samples, elements };
}

// ---------------------------------------------------------------------------------------------
// 2. Filtering and sorting 100,000 products in the page

/** The catalogue searched, and its index (@vitrine/core's product-index), computed once. */
const catalogue: {
  list?: ProductDetail[];
  index?: ProductIndex<ProductDetail>;
  indexMs?: number;
} = {};

/**
 * The price order of sortProducts (ties by name) with a comparator function on the same keys:
 * what `Array.prototype.sort` code usually does.
 */
function sortByComparator(index: ProductIndex, positions: Uint32Array): Uint32Array {
  const { prices, nameRanks } = index;
  return Uint32Array.from(positions).sort(
    (a, b) => prices[a]! - prices[b]! || nameRanks[a]! - nameRanks[b]!,
  );
}

function prepareCatalogue(count: number): { indexMs: number } {
  catalogue.list = products(count, 3);
  const t0 = now();
  // A B2C shop: prices compared as shown, incl. VAT; names in French order.
  catalogue.index = indexProducts(catalogue.list, { locale: 'fr', priceBasis: 'incl' });
  catalogue.indexMs = now() - t0;
  return { indexMs: catalogue.indexMs };
}

async function filterSortBench(iterations: number, warmup: number) {
  const index = catalogue.index!;
  const count = index.products.length;
  const all = Uint32Array.from({ length: count }, (_, i) => i);
  const samples = {
    filterText: [] as number[],
    filterTextCategory: [] as number[],
    sortPrice: [] as number[],
    sortName: [] as number[],
    sortPriceComparator: [] as number[],
  };
  const matches = { text: 0, textCategory: 0 };
  for (let i = 0; i < warmup + iterations; i++) {
    await settle();
    let t0 = now();
    const byText = filterProducts(index, { text: 'cafe' });
    const filterText = now() - t0;
    t0 = now();
    const byBoth = filterProducts(index, { text: 'stylo bleu', category: 'c3' });
    const filterTextCategory = now() - t0;
    t0 = now();
    const priced = sortProducts(index, all, 'price-asc');
    const sortPrice = now() - t0;
    t0 = now();
    const named = sortProducts(index, all, 'name-asc');
    const sortName = now() - t0;
    t0 = now();
    const compared = sortByComparator(index, all);
    const sortPriceComparator = now() - t0;
    if (priced.some((value, k) => value !== compared[k]) || named.length !== count) {
      throw new Error('The two sorts disagree');
    }
    matches.text = byText.length;
    matches.textCategory = byBoth.length;
    if (i < warmup) continue;
    samples.filterText.push(filterText);
    samples.filterTextCategory.push(filterTextCategory);
    samples.sortPrice.push(sortPrice);
    samples.sortName.push(sortName);
    samples.sortPriceComparator.push(sortPriceComparator);
  }
  return { ...samples, matches, count };
}

/**
 * The in-memory adapter's search and sort over the same 100,000 products, as Storybook and the
 * component tests use it: through core's product index, which its first query builds (that
 * sample includes the building).
 */
async function memoryAdapterBench(iterations: number) {
  const adapter = createMemoryAdapter({ products: catalogue.list! });
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    await settle();
    const t0 = now();
    await adapter.listProducts({
      text: 'cafe',
      category: '',
      sort: 'name-asc',
      page: 1,
      pageSize: 24,
    });
    samples.push(now() - t0);
  }
  return samples;
}

// ---------------------------------------------------------------------------------------------
// 3. Add to cart: from the click to the frame that shows the new count on the cart button

async function prepareCart(): Promise<void> {
  const storefront = newStorefront(products(GRID_SIZE, 5));
  const host = mountStorefront(storefront);
  host.innerHTML = '<vt-cart-button></vt-cart-button><vt-catalog page-size="24"></vt-catalog>';
  const catalog = host.querySelector<Updatable>('vt-catalog')!;
  for (let i = 0; i < 200; i++) {
    await settle();
    await rendered(host);
    if (catalog.shadowRoot?.querySelectorAll('vt-product-card').length === GRID_SIZE) return;
  }
  throw new Error('The catalog did not show its products');
}

let pendingClick: Promise<number> | undefined;

/** Arms the measurement; the driver then clicks a card's button with a real mouse click. */
function armCartClick(): void {
  const button = document.querySelector('vt-cart-button')!;
  const badge = () => button.shadowRoot!.querySelector('[part=badge]')!.textContent?.trim();
  const before = badge();
  pendingClick = new Promise<number>((resolve, reject) => {
    let clickedAt: number | undefined;
    const timeout = setTimeout(() => reject(new Error('the badge did not change')), 10_000);
    window.addEventListener('click', (event) => (clickedAt = event.timeStamp), {
      capture: true,
      once: true,
    });
    const observer = new MutationObserver(() => {
      if (badge() === before || clickedAt === undefined) return;
      observer.disconnect();
      clearTimeout(timeout);
      const start = clickedAt;
      void nextPaint().then(() => resolve(now() - start));
    });
    observer.observe(button.shadowRoot!, { subtree: true, childList: true, characterData: true });
  });
}

function cartClickResult(): Promise<number> {
  return pendingClick ?? Promise.reject(new Error('not armed'));
}

// ---------------------------------------------------------------------------------------------
// 4. Scrolling the virtual list: frame times while the page scrolls through 10,000 products

/** The rows in the DOM now (the virtual list keeps only those near the view). */
const rowsInDom = (catalog: Element) =>
  catalog.shadowRoot?.querySelectorAll('vt-product-row').length ?? 0;

async function prepareList(count: number): Promise<void> {
  const host = mountStorefront(newStorefront(products(count, 11)));
  host.innerHTML = '<vt-catalog layout="list"></vt-catalog>';
  const catalog = host.querySelector('vt-catalog')!;
  for (let i = 0; i < 400; i++) {
    await settle();
    await nextPaint();
    if (rowsInDom(catalog) > 0) return;
  }
  throw new Error('The virtual list showed no row');
}

/**
 * Scrolls the page by `step` pixels each frame for `frames` frames, as a wheel or a fling
 * would, and returns the time between frames (what a visitor sees as smooth or janky) and the
 * number of rows in the DOM along the way.
 */
async function scrollBench(frames: number, step: number) {
  const catalog = document.querySelector('vt-catalog')!;
  const frameMs: number[] = [];
  const rows: number[] = [];
  const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
  let last = await frame();
  for (let i = 0; i < frames; i++) {
    window.scrollBy(0, step);
    const time = await frame();
    frameMs.push(time - last);
    last = time;
    if (i % 10 === 0) rows.push(rowsInDom(catalog));
  }
  return { frameMs, rows, scrolledPx: Math.round(window.scrollY) };
}

// ---------------------------------------------------------------------------------------------

const bench = {
  prepareList,
  scrollBench,
  gridBench,
  prepareCatalogue,
  filterSortBench,
  memoryAdapterBench,
  prepareCart,
  armCartClick,
  cartClickResult,
  settle,
};
export type Bench = typeof bench;
(window as unknown as { vitrineBench: Bench }).vitrineBench = bench;
// Elements register after the script's own task (shared/define.ts).
void Promise.all(
  ['vt-storefront', 'vt-product-card', 'vt-cart-button', 'vt-catalog'].map((tag) =>
    customElements.whenDefined(tag),
  ),
).then(() => (document.documentElement.dataset.ready = 'true'));
