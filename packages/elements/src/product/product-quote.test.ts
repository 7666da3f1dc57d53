import { expect, html } from '@open-wc/testing';
import { createMemoryAdapter, samplePersonas } from '@vitrine/adapter-memory';
import { VitrineError, type CommerceAdapter, type QuoteDraft } from '@vitrine/core';
import { useLocale } from '../shared/localize.js';
import { eventually, mountInStorefront, sampleProducts, textOf } from '../shared/test-fixtures.js';
import '../product-row/vt-product-row.js';
import './vt-product.js';

/* p-0001 (Ramette papier A4 80 g) is sold by Bureau Plus only, offer o-1-1, 420 in stock. */
const paper = sampleProducts.find((p) => p.id === 'p-0001')!;

/** The memory backend with personas, recording every quote draft it answers. */
function quoting(overrides: (real: CommerceAdapter) => Partial<CommerceAdapter> = () => ({})) {
  const real = createMemoryAdapter({ products: sampleProducts, personas: samplePersonas });
  const answers: QuoteDraft[] = [];
  const record = async (draft: Promise<QuoteDraft>) => {
    answers.push(await draft);
    return answers.at(-1)!;
  };
  const adapter: CommerceAdapter = {
    ...real,
    createQuoteDraft: (lines) => record(real.createQuoteDraft!(lines)),
    replaceQuoteDraftLines: (id, lines) => record(real.replaceQuoteDraftLines!(id, lines)),
    ...overrides(real),
  };
  return { adapter, answers };
}

async function mountProduct(adapter: CommerceAdapter, persona?: string) {
  const { root, storefront } = await mountInStorefront(
    html`<vt-product product-id=${paper.id}></vt-product>`,
    { adapter },
  );
  if (persona) await storefront.signIn({ kind: 'persona', persona });
  const el = root.querySelector('vt-product')!;
  // Loaded: the add-to-cart button shows, or why this role has none (a viewer).
  await eventually(
    () => expect(el.shadowRoot!.querySelector('[part=add-button], [part=cannot-order]')).to.exist,
  );
  const quoteButton = () => el.shadowRoot!.querySelector<HTMLButtonElement>('[part=quote-button]');
  const setQuantity = async (value: number) => {
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part=quantity]')!;
    input.value = String(value);
    input.dispatchEvent(new Event('change'));
    await el.updateComplete;
  };
  return { el, storefront, quoteButton, setQuantity };
}

const lines = (draft: QuoteDraft | undefined) => draft?.lines.map((l) => [l.offerId, l.quantity]);

describe('<vt-product>: Add to quote', () => {
  beforeEach(() => useLocale('en'));

  it('is not offered to guests', async () => {
    const { quoteButton } = await mountProduct(quoting().adapter);
    expect(quoteButton()).to.equal(null);
  });

  it('adds the chosen quantity to the buyer’s draft for that seller, and says so', async () => {
    const { adapter, answers } = quoting();
    const { el, quoteButton, setQuantity } = await mountProduct(adapter, 'lea');
    await eventually(() => expect(quoteButton()).to.exist);
    expect(textOf(quoteButton())).to.equal('Add to quote');
    await setQuantity(3);
    quoteButton()!.click();
    await eventually(() =>
      expect(textOf(el.shadowRoot!.querySelector('[part=quote-message]'))).to.equal(
        'Added to your quote request from Bureau Plus',
      ),
    );
    expect(lines(answers.at(-1))).to.deep.equal([['o-1-1', 3]]);
    await setQuantity(2);
    quoteButton()!.click();
    await eventually(() => expect(answers).to.have.length(2));
    expect(answers[1]!.id).to.equal(answers[0]!.id);
    expect(lines(answers[1])).to.deep.equal([['o-1-1', 5]], '3 + 2 on the same line');
    await expect(el).to.be.accessible();
  });

  it('adds once on a double click', async () => {
    const { adapter, answers } = quoting();
    const { quoteButton, setQuantity } = await mountProduct(adapter, 'lea');
    await eventually(() => expect(quoteButton()).to.exist);
    await setQuantity(4);
    quoteButton()!.click();
    quoteButton()!.click();
    await eventually(() => expect(answers).to.have.length(1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(answers).to.have.length(1);
    expect(lines(answers[0])).to.deep.equal([['o-1-1', 4]]);
  });

  it('follows the role: a viewer has no button, a buyer switching to consumer loses it', async () => {
    const viewer = await mountProduct(quoting().adapter, 'paul');
    await viewer.el.updateComplete;
    expect(viewer.quoteButton()).to.equal(null);

    const lea = await mountProduct(quoting().adapter, 'lea');
    await eventually(() => expect(lea.quoteButton()).to.exist);
    await lea.storefront.switchMembership('m-lea-consumer');
    await eventually(() => expect(lea.quoteButton()).to.equal(null));
  });

  it('is not offered where the backend takes no quotes', async () => {
    const { adapter } = quoting();
    const { quoteButton, el } = await mountProduct(
      { ...adapter, capabilities: { ...adapter.capabilities, quotes: false } },
      'lea',
    );
    await el.updateComplete;
    expect(quoteButton()).to.equal(null);
  });

  it('says what to do when the shop fails, and keeps the draft', async () => {
    const { adapter, answers } = quoting((real) => ({
      replaceQuoteDraftLines: (id, given) =>
        given.some((l) => l.quantity > 5)
          ? Promise.reject(new VitrineError('server', 'HTTP 503', { status: 503 }))
          : real.replaceQuoteDraftLines!(id, given),
    }));
    const { el, quoteButton, setQuantity } = await mountProduct(adapter, 'lea');
    await eventually(() => expect(quoteButton()).to.exist);
    quoteButton()!.click();
    await eventually(() => expect(answers).to.have.length(1));
    await setQuantity(6);
    quoteButton()!.click();
    await eventually(() =>
      expect(textOf(el.shadowRoot!.querySelector('[part=quote-message]'))).to.equal(
        'The shop had a problem. Please try again in a moment. Your quote request is unchanged.',
      ),
    );
    expect(quoteButton()!.disabled).to.equal(false, 'the buyer can try again');
    expect(lines(await adapter.getQuoteDraft!(answers[0]!.id))).to.deep.equal([['o-1-1', 1]]);
  });
});

describe('<vt-product-row>: Quote', () => {
  beforeEach(() => useLocale('en'));

  it('appears for a buyer and adds the row’s quantity to the seller’s draft', async () => {
    const { adapter, answers } = quoting();
    const { root, storefront } = await mountInStorefront(
      html`<vt-product-row .product=${paper}></vt-product-row>`,
      { adapter, settings: { channel: 'b2b' } },
    );
    const row = root.querySelector('vt-product-row')!;
    await row.updateComplete;
    expect(row.shadowRoot!.querySelector('[part=quote-button]')).to.equal(null);
    await storefront.signIn({ kind: 'persona', persona: 'lea' });
    const button = () => row.shadowRoot!.querySelector<HTMLButtonElement>('[part=quote-button]');
    await eventually(() => expect(button()).to.exist);
    expect(button()!.getAttribute('aria-label')).to.equal(`Add ${paper.name} to a quote request`);
    const quantity = row.shadowRoot!.querySelector<HTMLInputElement>('[part=quantity]')!;
    quantity.value = '12';
    quantity.dispatchEvent(new Event('change'));
    await row.updateComplete;
    button()!.click();
    await eventually(() =>
      expect(textOf(row.shadowRoot!.querySelector('[part=quote-message]'))).to.equal(
        'Added to your quote request from Bureau Plus',
      ),
    );
    expect(lines(answers[0])).to.deep.equal([['o-1-1', 12]]);
  });
});
