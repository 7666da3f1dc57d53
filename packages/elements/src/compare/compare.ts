import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import {
  compareSpecs,
  MAX_COMPARED,
  type ComparedProduct,
  type ProductDetail,
  type Storefront,
} from '@vitrine/core';
import { html, nothing } from 'lit';
import { VitrineElement } from '../shared/vitrine-element.js';
import '../price/vt-price.js';
import { errorMessage } from '../shared/error-message.js';
import { StorefrontController } from '../shared/storefront-controller.js';
import { styles } from './compare.styles.js';

/**
 * Products are chosen with the "Compare" box of the product cards (`<vt-catalog compare>`); the
 * choice follows the visitor from page to page. The table highlights the rows that differ.
 *
 * @summary A comparison tray at the bottom of the page, and specifications side by side.
 * @attr storefront - Id of the `<vt-storefront>` to use when placed outside one.
 * @csspart tray - The bar listing the chosen products.
 * @csspart compare-button - The button that opens the comparison.
 * @csspart table - The comparison table.
 * @cssproperty --vt-compare-tray-offset - Distance of the tray from the bottom of the window (default 16px).
 */
export class VtCompare extends VitrineElement {
  static override styles = styles;

  static override properties = {
    open: { type: Boolean, reflect: true },
    differencesOnly: { state: true },
  };

  /** Whether the comparison table is open. */
  declare open: boolean;
  declare private differencesOnly: boolean;

  private readonly storefront = new StorefrontController(this, (sf) => [
    sf.$settings,
    sf.$compare,
    ...sf.$compare.get().map((item) => sf.$product(item.id)),
  ]);
  private watchedIds = '';

  constructor() {
    super();
    this.open = false;
    this.differencesOnly = false;
    updateWhenLocaleChanges(this);
  }

  /** Opens the comparison table. */
  show(): void {
    this.open = true;
  }

  close(): void {
    this.open = false;
  }

  protected override willUpdate(): void {
    // The product stores to watch change with the chosen products.
    const ids =
      this.storefront.value?.$compare
        .get()
        .map((item) => item.id)
        .join() ?? '';
    if (ids !== this.watchedIds) {
      this.watchedIds = ids;
      this.storefront.refresh();
    }
  }

  protected override updated(): void {
    const dialog = this.renderRoot.querySelector('dialog');
    if (!dialog) return;
    if (this.open && !dialog.open) dialog.showModal();
    if (!this.open && dialog.open) dialog.close();
  }

  protected override render() {
    const storefront = this.storefront.value;
    const items = storefront?.$compare.get() ?? [];
    if (!storefront || items.length === 0) return nothing;
    return html`<section
        part="tray"
        class="tray"
        aria-label=${msg('Products to compare', { id: 'compare.tray' })}
      >
        <ul>
          ${items.map(
            (item) =>
              html`<li>
                ${item.imageUrl ? html`<img src=${item.imageUrl} alt="" />` : nothing}
                <span class="name">${item.name}</span>
                <button
                  class="remove"
                  aria-label=${msg(str`Remove ${item.name} from the comparison`, { id: 'compare.remove' })}
                  @click=${() => storefront.toggleCompare(item)}
                >
                  ×
                </button>
              </li>`,
          )}
        </ul>
        <p class="hint">${msg(str`Up to ${MAX_COMPARED} products`, { id: 'compare.limit' })}</p>
        <button class="link" @click=${() => storefront.clearCompare()}>
          ${msg('Clear', { id: 'compare.clear' })}
        </button>
        <button
          part="compare-button"
          class="button"
          ?disabled=${items.length < 2}
          @click=${this.show}
        >
          ${msg(str`Compare (${items.length})`, { id: 'compare.open' })}
        </button>
      </section>
      ${this.open ? this.renderDialog(storefront, items) : nothing}`;
  }

  private renderDialog(storefront: Storefront, items: readonly ComparedProduct[]) {
    const states = items.map((item) => storefront.$product(item.id).get());
    const failed = states.find((state) => state.status === 'error');
    // A product read again (another customer signed in) keeps its data while the request is
    // under way: the table stays, busy, instead of giving way to "Loading…".
    const products = states.flatMap((state) => ('data' in state && state.data ? [state.data] : []));
    const complete = products.length === items.length;
    const busy = states.some((state) => state.status === 'loading');
    return html`<dialog
      aria-labelledby="compare-title"
      @close=${() => (this.open = false)}
      @click=${(e: MouseEvent) => e.target === e.currentTarget && this.close()}
    >
      <div class="panel">
        <header>
          <h2 id="compare-title">${msg('Comparison', { id: 'compare.title' })}</h2>
          <label class="toggle">
            <input
              type="checkbox"
              .checked=${this.differencesOnly}
              @change=${(e: Event) => (this.differencesOnly = (e.target as HTMLInputElement).checked)}
            />
            ${msg('Differences only', { id: 'compare.differencesOnly' })}
          </label>
          <button
            class="close"
            aria-label=${msg('Close the comparison', { id: 'compare.close' })}
            @click=${this.close}
          >
            ×
          </button>
        </header>
        ${
          failed?.status === 'error'
            ? html`<p class="error" role="alert">${errorMessage(failed.error)}</p>`
            : complete
              ? this.renderTable(products, busy)
              : html`<p role="status">
                  ${msg('Loading the comparison…', { id: 'compare.loading' })}
                </p>`
        }
      </div>
    </dialog>`;
  }

  /** `busy`: some products are being read again; their previous data shows, dimmed. */
  private renderTable(products: readonly ProductDetail[], busy: boolean) {
    const b2b = this.storefront.value?.$settings.get().channel === 'b2b';
    const rows = compareSpecs(products).filter((row) => !this.differencesOnly || row.differs);
    return html`<div class="scroll">
      <table part="table" aria-busy=${busy ? 'true' : 'false'}>
        <thead>
          <tr>
            <td></td>
            ${products.map(
              (product) =>
                html`<th scope="col">
                  ${product.imageUrl ? html`<img src=${product.imageUrl} alt="" />` : nothing}
                  <span>${product.name}</span>
                </th>`,
            )}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">${msg('Price', { id: 'product.price' })}</th>
            ${products.map(
              (product) =>
                html`<td>
                  ${
                    product.bestOffer
                      ? html`<vt-price
                          .price=${product.bestOffer.price}
                          ?show-both=${b2b}
                        ></vt-price>`
                      : html`<vt-price></vt-price>`
                  }
                </td>`,
            )}
          </tr>
          ${rows.map(
            (row) =>
              html`<tr class=${row.differs ? 'differs' : ''}>
                <th scope="row">
                  ${row.name}
                  ${
                    row.differs
                      ? html`<span class="visually-hidden"
                          >${msg('(differs)', { id: 'compare.differs' })}</span
                        >`
                      : nothing
                  }
                </th>
                ${row.values.map((value) => html`<td>${value ?? '—'}</td>`)}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }
}
