import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { Cart } from '@vitrine/core';
import { html } from 'lit';
import { VitrineElement } from '../shared/vitrine-element.js';
import { isSingular, pageLocale } from '../shared/localize.js';
import { StorefrontController } from '../shared/storefront-controller.js';
import type { VtCart } from '../cart/cart.js';
import { styles } from './cart-button.styles.js';

/**
 * @summary A cart icon with the number of items; opens the page's `<vt-cart>`.
 * @attr storefront - Id of the `<vt-storefront>` to use when placed outside one.
 *
 * @slot - Replaces the cart icon.
 * @csspart button - The button.
 * @csspart badge - The item count.
 * @cssproperty --vt-cart-button-size - Width and height of the button (default 44px).
 */
export class VtCartButton extends VitrineElement {
  static override styles = styles;

  static override properties = {
    for: { type: String },
  };

  /** Id of the `<vt-cart>` to open. Default: the first one on the page. */
  declare for: string | undefined;

  // The cart itself, not its totals: the count needs no VAT arithmetic, so none runs for it.
  private readonly storefront = new StorefrontController(this, (sf) => [sf.$settings, sf.$cart]);

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  private openCart(): void {
    const cart = (
      this.for ? document.getElementById(this.for) : document.querySelector('vt-cart')
    ) as VtCart | null;
    cart?.toggle();
  }

  protected override render() {
    const storefront = this.storefront.value;
    const count = itemCount(storefront?.$cart.get().cart);
    const locale = pageLocale();
    const label = isSingular(count, locale)
      ? msg(str`Cart, ${count} item`, { id: 'cartButton.label.one' })
      : msg(str`Cart, ${count} items`, { id: 'cartButton.label.other' });
    return html`<button part="button" class="button" aria-label=${label} @click=${this.openCart}>
      <slot>
        <svg
          viewBox="0 0 24 24"
          width="24"
          height="24"
          aria-hidden="true"
          fill="none"
          stroke="currentColor"
          stroke-width="2"
          stroke-linecap="round"
          stroke-linejoin="round"
        >
          <circle cx="9" cy="20" r="1.5"></circle>
          <circle cx="18" cy="20" r="1.5"></circle>
          <path d="M2 3h3l2.7 12.4a2 2 0 0 0 2 1.6h8.6a2 2 0 0 0 2-1.5L22 8H6"></path>
        </svg>
      </slot>
      <span part="badge" class="badge" ?hidden=${count === 0} aria-hidden="true">${count}</span>
    </button>`;
  }
}

/** Items, not lines: two packs of paper and a coffee make three (as `itemCount` of the totals). */
function itemCount(cart: Cart | undefined): number {
  return cart?.lines.reduce((count, line) => count + line.quantity, 0) ?? 0;
}
