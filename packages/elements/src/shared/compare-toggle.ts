import { msg, str } from '@lit/localize';
import { MAX_COMPARED, type ProductSummary, type Storefront } from '@vitrine/core';
import { html, nothing, type ReactiveControllerHost } from 'lit';

/** The "Compare" box of a product, and the message when four products are already chosen. */
export class CompareToggle {
  private full = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly storefront: () => Storefront | undefined,
  ) {}

  private chosen(product: ProductSummary): boolean {
    return (
      this.storefront()
        ?.$compare.get()
        .some((item) => item.id === product.id) ?? false
    );
  }

  render(product: ProductSummary) {
    return html`<label class="compare">
        <input
          type="checkbox"
          .checked=${this.chosen(product)}
          @change=${(e: Event) => {
            this.full = !(this.storefront()?.toggleCompare(product) ?? false);
            (e.target as HTMLInputElement).checked = this.chosen(product);
            this.host.requestUpdate();
          }}
        />
        ${msg('Compare', { id: 'card.compare' })}
      </label>
      ${
        this.full
          ? html`<p class="message failed" role="status">
              ${msg(str`You can compare up to ${MAX_COMPARED} products.`, { id: 'card.compareFull' })}
            </p>`
          : nothing
      }`;
  }
}
