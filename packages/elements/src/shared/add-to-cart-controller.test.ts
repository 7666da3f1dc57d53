import { expect, html } from '@open-wc/testing';
import { createMemoryAdapter, samplePersonas } from '@vitrine/adapter-memory';
import type { CommerceAdapter } from '@vitrine/core';
import { useLocale } from './localize.js';
import { eventually, mountInStorefront, sampleProducts, textOf } from './test-fixtures.js';
import '../product/vt-product.js';
import '../product-card/vt-product-card.js';
import '../product-row/vt-product-row.js';

/*
 * The sample personas: Léa is a buyer (addCartLine, createQuote…) who also shops as a consumer
 * (addCartLine, createReview); Paul is a viewer of the same company whose only permission is
 * listQuotes: he may not order. p-0001 (Ramette papier A4 80 g): one offer, 420 in stock.
 */
const paper = sampleProducts.find((p) => p.id === 'p-0001')!;
const CANNOT_ORDER = 'Your role cannot order: ask a buyer of your company';

const withPersonas = () =>
  createMemoryAdapter({ products: sampleProducts, personas: samplePersonas });

const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part=${name}]`);
/** Which of the elements show a part (booleans: a failure message names the element, fast). */
const showing = (elements: readonly Element[], name: string) =>
  Object.fromEntries(elements.map((el) => [el.localName, part(el, name) !== null]));

const ALL = ['vt-product', 'vt-product-card', 'vt-product-row'];
const every = (shown: boolean) => Object.fromEntries(ALL.map((tag) => [tag, shown]));

/** The three places an add-to-cart button shows, for one product, in one storefront. */
async function mountAll(adapter: CommerceAdapter = withPersonas()) {
  const { root, storefront } = await mountInStorefront(
    html`<vt-product product-id=${paper.id}></vt-product>
      <vt-product-card .product=${paper}></vt-product-card>
      <div role="table" aria-label="Products">
        <vt-product-row .product=${paper}></vt-product-row>
      </div>`,
    { adapter, settings: { channel: 'b2b' } },
  );
  const elements = ALL.map((tag) => root.querySelector(tag)!);
  await eventually(() => expect(showing(elements, 'add-button')).to.deep.equal(every(true)));
  return { elements, storefront };
}

describe('Add to cart, by role', () => {
  beforeEach(() => useLocale('en'));

  it('is offered to a guest and to a buyer', async () => {
    const { elements, storefront } = await mountAll();
    expect(showing(elements, 'cannot-order')).to.deep.equal(every(false));
    await storefront.signIn({ kind: 'persona', persona: 'lea' });
    // Signed in once the buyer's quote button shows beside it.
    await eventually(() => expect(part(elements[0]!, 'quote-button') !== null).to.equal(true));
    expect(showing(elements, 'add-button')).to.deep.equal(every(true));
    expect(showing(elements, 'cannot-order')).to.deep.equal(every(false));
  });

  it('is replaced by a short explanation for a viewer, and comes back on sign-out', async () => {
    const { elements, storefront } = await mountAll();
    const [page, , row] = elements as [Element, Element, Element];
    await storefront.signIn({ kind: 'persona', persona: 'paul' });
    await eventually(() => expect(showing(elements, 'add-button')).to.deep.equal(every(false)));
    expect(elements.map((el) => textOf(part(el, 'cannot-order')))).to.deep.equal([
      CANNOT_ORDER,
      CANNOT_ORDER,
      CANNOT_ORDER,
    ]);
    // Nothing to order or quote: no quantity to choose either.
    expect(showing([page, row], 'quantity')).to.deep.equal({
      'vt-product': false,
      'vt-product-row': false,
    });
    expect(part(page, 'quote-button') !== null).to.equal(false);
    // The product itself is still shown, its stock with it.
    expect(textOf(page)).to.contain(paper.name).and.to.contain('In stock');
    for (const el of elements) await expect(el).to.be.accessible();

    await storefront.signOut();
    await eventually(() => expect(showing(elements, 'add-button')).to.deep.equal(every(true)));
    expect(showing(elements, 'cannot-order')).to.deep.equal(every(false));
  });

  it('follows a role switch: a consumer may order, not ask for quotes', async () => {
    const { elements, storefront } = await mountAll();
    await storefront.signIn({ kind: 'persona', persona: 'lea' });
    await eventually(() => expect(part(elements[0]!, 'quote-button') !== null).to.equal(true));
    await storefront.switchMembership('m-lea-consumer');
    await eventually(() => expect(part(elements[0]!, 'quote-button') !== null).to.equal(false));
    expect(showing(elements, 'add-button')).to.deep.equal(every(true));
  });

  it('is offered to every customer of a backend without roles (no permissions listed)', async () => {
    const real = withPersonas();
    // What a Medusa or Vendure sign-in gives: who, no role, no permissions.
    const adapter: CommerceAdapter = {
      ...real,
      signIn: async () => ({ id: 'cus_01', name: 'Anna Schmidt', email: 'anna@example.de' }),
    };
    const { elements, storefront } = await mountAll(adapter);
    await storefront.signIn({ kind: 'password', email: 'anna@example.de', password: 'secret' });
    expect(storefront.$customer.get().customer?.permissions).to.deep.equal([]);
    await Promise.all(
      elements.map(
        (el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete,
      ),
    );
    expect(showing(elements, 'add-button')).to.deep.equal(every(true));
    expect(showing(elements, 'cannot-order')).to.deep.equal(every(false));
  });

  it('explains in French on a French page', async () => {
    const { elements, storefront } = await mountAll();
    await useLocale('fr');
    await storefront.signIn({ kind: 'persona', persona: 'paul' });
    await eventually(() =>
      expect(textOf(part(elements[2]!, 'cannot-order'))).to.equal(
        'Votre rôle ne permet pas de commander : adressez-vous à un acheteur de votre entreprise',
      ),
    );
  });
});
