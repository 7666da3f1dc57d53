import { expect, html } from '@open-wc/testing';
import { createMemoryAdapter } from '@vitrine/adapter-memory';
import type { ProductDetail } from '@vitrine/core';
import { ifDefined } from 'lit/directives/if-defined.js';
import { useLocale } from '../shared/localize.js';
import { jacket } from '../shared/sample-variants.js';
import {
  checkedVariantValues as checked,
  eventually,
  mountInStorefront,
  pickVariantValue as pick,
  sampleProducts,
  textOf,
} from '../shared/test-fixtures.js';
import type { VtVariantChangeEvent } from './variant-change-event.js';
import './vt-product.js';

/*
 * The sample jacket: S navy, M navy (the best offer's, shown by default) and M grey. A second
 * jacket has the same variant ids, to tell "the variant asked for" from "the product's default".
 */
const otherJacket: ProductDetail = { ...jacket, id: 'jacket-2', name: 'Other jacket' };

async function mountJacket(variant?: string) {
  const { root, storefront } = await mountInStorefront(
    html`<vt-product product-id=${jacket.id} variant=${ifDefined(variant)}></vt-product>`,
    { adapter: createMemoryAdapter({ products: [...sampleProducts, jacket, otherJacket] }) },
  );
  const el = root.querySelector('vt-product')!;
  await eventually(() => expect(el.shadowRoot!.querySelector('[part=variants]')).to.exist);
  return { root, storefront, el };
}

/** Every `vt-variant-change` that reaches `root` from inside it, as [product id, variant id]. */
function recordChanges(root: Element) {
  const seen: [string, string][] = [];
  const record = (event: VtVariantChangeEvent) => seen.push([event.productId, event.variant.id]);
  (root as HTMLElement).addEventListener('vt-variant-change', record);
  return {
    seen,
    stop: () => (root as HTMLElement).removeEventListener('vt-variant-change', record),
  };
}

describe('<vt-product>: the variant attribute', () => {
  beforeEach(() => useLocale('en'));

  it('opens on the variant it names', async () => {
    const { el } = await mountJacket('s-navy');
    await eventually(() => expect(checked(el)).to.deep.equal(['S', 'Navy']));
    expect(textOf(el)).to.contain('SKU VESTE-S-Navy');
  });

  it('shows another variant when the host sets the property, without an event', async () => {
    const { root, el } = await mountJacket('s-navy');
    await eventually(() => expect(checked(el)).to.deep.equal(['S', 'Navy']));
    const changes = recordChanges(root);
    try {
      el.variant = 'm-grey';
      await eventually(() => expect(checked(el)).to.deep.equal(['M', 'Grey']));
      expect(textOf(el)).to.contain('SKU VESTE-M-Grey');
      el.removeAttribute('variant');
      await eventually(() => expect(checked(el)).to.deep.equal(['M', 'Navy']));
      expect(changes.seen).to.deep.equal([], 'the shopper picked nothing');
    } finally {
      changes.stop();
    }
  });

  it('shows the default for a variant the product does not have, and still sells', async () => {
    const { el, storefront } = await mountJacket('no-such-variant');
    await eventually(() => expect(checked(el)).to.deep.equal(['M', 'Navy']));
    expect(textOf(el)).to.contain('SKU VESTE-M-Navy');
    expect(el.shadowRoot!.querySelector('[part=error]')).to.equal(null);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=add-button]')!.click();
    await eventually(() =>
      expect(storefront.$cart.get().cart?.lines.map((l) => l.offerId)).to.deep.equal([
        'offer-m-navy',
      ]),
    );
    // Picking from there works as from any default.
    pick(el, 'S');
    await eventually(() => expect(checked(el)).to.deep.equal(['S', 'Navy']));
    expect(el.variant).to.equal('s-navy');
  });

  it('starts another product on its default, unless the variant changes with it', async () => {
    const { el } = await mountJacket('s-navy');
    await eventually(() => expect(checked(el)).to.deep.equal(['S', 'Navy']));
    el.productId = otherJacket.id;
    await eventually(() =>
      expect(el.shadowRoot!.querySelector('h2')?.textContent).to.equal('Other jacket'),
    );
    expect(checked(el)).to.deep.equal(['M', 'Navy']);
    expect(el.hasAttribute('variant')).to.equal(false);

    el.productId = jacket.id;
    el.variant = 'm-grey';
    await eventually(() =>
      expect(el.shadowRoot!.querySelector('h2')?.textContent).to.equal(jacket.name),
    );
    expect(checked(el)).to.deep.equal(['M', 'Grey']);
  });
});

describe('<vt-product>: vt-variant-change', () => {
  beforeEach(() => useLocale('en'));

  it('tells the host which variant the shopper picked, and shows it in the attribute', async () => {
    const { root, el } = await mountJacket();
    await eventually(() => expect(checked(el)).to.deep.equal(['M', 'Navy']));
    const changes = recordChanges(root);
    try {
      pick(el, 'Grey');
      await eventually(() => expect(checked(el)).to.deep.equal(['M', 'Grey']));
      // Grey has no S: picking S moves the colour too, and the event names the variant reached.
      pick(el, 'S');
      await eventually(() => expect(checked(el)).to.deep.equal(['S', 'Navy']));
      expect(changes.seen).to.deep.equal([
        [jacket.id, 'm-grey'],
        [jacket.id, 's-navy'],
      ]);
      expect(el.variant).to.equal('s-navy');
      expect(el.getAttribute('variant')).to.equal('s-navy');
    } finally {
      changes.stop();
    }
  });
});
