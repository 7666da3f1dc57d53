import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { MAX_LINE_QUANTITY, validateQuantity, type ProductSummary } from '@vitrine/core';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import '../price/vt-price.js';
import { AddToCartController } from '../shared/add-to-cart-controller.js';
import { CompareToggle } from '../shared/compare-toggle.js';
import { quantityMessage } from '../shared/quantity-message.js';
import { StorefrontController } from '../shared/storefront-controller.js';
import { styles } from './product-row.styles.js';

/**
 * Used by `<vt-catalog layout="table">`: professional buyers scan SKUs and prices and order a
 * quantity without opening each product. The host element carries `role="row"`.
 *
 * @summary One product as a dense table row: SKU, name, seller, price, stock, quantity, add.
 * @attr storefront - Id of the `<vt-storefront>` to use when placed outside one.
 * @csspart name - The product name (a link with `href`).
 * @csspart quantity - The quantity field.
 * @csspart add-button - The add-to-cart button.
 * @csspart message - Feedback after adding.
 */
export class VtProductRow extends LitElement {
  static override styles = styles;

  static override properties = {
    product: { attribute: false },
    href: { type: String },
    compare: { type: Boolean },
    invalid: { state: true },
  };

  /** The product to show. */
  declare product: ProductSummary | undefined;
  /** Link to the product's page. */
  declare href: string | undefined;
  /** Show a "Compare" box. */
  declare compare: boolean;
  declare private invalid: boolean;
  private quantity = 1;

  private readonly storefront = new StorefrontController(this, (sf) => [sf.$settings, sf.$compare]);
  private readonly adding = new AddToCartController(this, () => this.storefront.value, 2500);
  private readonly comparing = new CompareToggle(this, () => this.storefront.value);

  constructor() {
    super();
    this.compare = false;
    this.invalid = false;
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('role', 'row');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const previous = changed.get('product') as ProductSummary | undefined;
    if (changed.has('product') && previous && previous.id !== this.product?.id) {
      this.adding.reset();
      this.quantity = 1;
      this.invalid = false;
    }
  }

  private onQuantity(event: Event): void {
    const rules = this.product?.bestOffer?.quantityRules;
    const check = validateQuantity(Number((event.target as HTMLInputElement).value), rules);
    this.invalid = !check.ok;
    if (check.ok) {
      this.quantity = check.quantity;
      this.adding.reset();
    } else {
      this.adding.fail(quantityMessage(check));
    }
  }

  protected override render() {
    const product = this.product;
    if (!product) return nothing;
    const offer = product.bestOffer;
    const inStock = (offer?.stock ?? 0) > 0;
    const b2b = this.storefront.value?.$settings.get().channel === 'b2b';
    return html`<div role="cell" class="thumb">
        ${product.imageUrl ? html`<img src=${product.imageUrl} alt="" loading="lazy" />` : nothing}
      </div>
      <div role="cell" class="name">
        <span class="sku">${product.sku}</span>
        ${
          this.href
            ? html`<a part="name" href=${this.href}>${product.name}</a>`
            : html`<span part="name">${product.name}</span>`
        }
        ${product.brand ? html`<span class="muted">${product.brand}</span>` : nothing}
      </div>
      <div role="cell" class="seller muted">${offer?.seller.name ?? '—'}</div>
      <div role="cell" class="price">
        ${
          offer
            ? html`<vt-price
                .price=${offer.price}
                .regularPrice=${offer.regularPrice}
                ?show-both=${b2b}
              ></vt-price>`
            : html`<vt-price></vt-price>`
        }
      </div>
      <div role="cell" class="stock ${inStock ? 'in' : 'out'}">
        ${
          !offer
            ? msg('Not sold at the moment', { id: 'card.noOffer' })
            : inStock
              ? msg('In stock', { id: 'card.inStock' })
              : msg('Out of stock', { id: 'card.outOfStock' })
        }
      </div>
      <div role="cell" class="buy">
        <input
          part="quantity"
          type="number"
          inputmode="numeric"
          min="1"
          max=${MAX_LINE_QUANTITY}
          .value=${String(this.quantity)}
          aria-label=${msg(str`Quantity of ${product.name}`, { id: 'cart.quantityOf' })}
          aria-invalid=${this.invalid ? 'true' : 'false'}
          ?disabled=${!inStock}
          @change=${this.onQuantity}
        />
        <button
          part="add-button"
          class="button"
          ?disabled=${!inStock || this.adding.busy || this.invalid}
          aria-label=${msg(str`Add ${product.name} to the cart`, { id: 'row.add' })}
          @click=${() => offer && this.adding.add(offer.id, this.quantity)}
        >
          ${this.adding.busy ? this.adding.buttonLabel() : msg('Add', { id: 'row.addShort' })}
        </button>
        ${this.compare ? this.comparing.render(product) : nothing} ${this.adding.renderMessage()}
      </div>`;
  }
}
