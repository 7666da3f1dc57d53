import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import {
  DEFAULT_SETTINGS,
  MAX_LINE_QUANTITY,
  validateQuantity,
  type Offer,
  type ProductSummary,
} from '@vitrine/core';
import { html, nothing, type PropertyValues } from 'lit';
import { VitrineElement } from '../shared/vitrine-element.js';
import { priceView } from '../price/price-view.js';
import { AddToCartController } from '../shared/add-to-cart-controller.js';
import { AddToQuoteController } from '../shared/add-to-quote-controller.js';
import { CompareToggle } from '../shared/compare-toggle.js';
import { quantityMessage } from '../shared/quantity-message.js';
import { StorefrontController } from '../shared/storefront-controller.js';
import { styles } from './product-row.styles.js';

/**
 * Used by `<vt-catalog layout="table">`: professional buyers scan SKUs and prices and order a
 * quantity without opening each product. The host element carries `role="row"`.
 *
 * A product with variants (sizes, colours…) cannot be ordered from its row, which would not
 * know which one the buyer wants: its price reads "From …" (the best offer over every variant)
 * and a "Choose options" link to `href` takes the place of the quantity and Add, as on
 * `<vt-product-card>`.
 *
 * Below 760 px (a phone, a narrow tablet), the cells stack beside the picture: name, seller,
 * price, then the stock on one short line, which a buyer needs before ordering at any width.
 *
 * @summary One product as a dense table row: SKU, name, seller, price, stock, quantity, add.
 * @attr storefront - Id of the `<vt-storefront>` to use when placed outside one.
 * @csspart name - The product name (a link with `href`).
 * @csspart price - The price (replaced by `unavailable` when there is none to show).
 * @csspart primary - The amount shown first, with its label.
 * @csspart amount - The first amount itself.
 * @csspart label - "incl. VAT" / "TTC" or "excl. VAT" / "HT".
 * @csspart secondary - The other amount: professionals see both.
 * @csspart regular - The usual price, struck through, beside a lower one.
 * @csspart eco - "incl. … eco-contribution", when the price has one.
 * @csspart unavailable - "Price unavailable", instead of the price.
 * @csspart quantity - The quantity field.
 * @csspart add-button - The add-to-cart button (a "Choose options" link for a product with variants).
 * @csspart cannot-order - Says why there is no add-to-cart button, to a role that may not order.
 * @csspart message - Feedback after adding.
 * @csspart quote-button - "Quote": adds the quantity to a quote request, for the roles that may ask.
 * @csspart quote-message - Feedback after adding to a quote request.
 */
export class VtProductRow extends VitrineElement {
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

  private readonly storefront = new StorefrontController(this, (sf) => [
    sf.$settings,
    sf.$compare,
    sf.$customer,
  ]);
  private readonly adding = new AddToCartController(this, () => this.storefront.value, 2500);
  /** "Quote", for the roles that may ask for quotes. */
  private readonly quoting = new AddToQuoteController(this, () => this.storefront.value);
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
      this.quoting.reset();
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
      this.quoting.reset();
    } else {
      this.adding.fail(quantityMessage(check));
    }
  }

  protected override render() {
    const product = this.product;
    if (!product) return nothing;
    const offer = product.bestOffer;
    const inStock = (offer?.stock ?? 0) > 0;
    const settings = this.storefront.value?.$settings.get() ?? DEFAULT_SETTINGS;
    const b2b = settings.channel === 'b2b';
    const choose = (product.variantCount ?? 1) > 1;
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
      <div role="cell" class="price-cell">
        ${
          // The best offer over every variant: other variants may cost more.
          choose && offer
            ? html`<span class="from">${msg('From', { id: 'row.from' })}</span>`
            : nothing
        }
        ${priceView(offer?.price, {
          display: settings.taxDisplay,
          showBoth: b2b,
          regularPrice: offer?.regularPrice,
        })}
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
        ${choose ? this.chooseLink(product) : this.orderControls(product, inStock)}
        ${this.compare ? this.comparing.render(product) : nothing} ${this.adding.renderMessage()}
        ${!choose && this.quoting.allowed() ? this.quoting.renderMessage() : nothing}
      </div>`;
  }

  /** Where a product with variants goes instead: its page, where the buyer picks one. */
  private chooseLink(product: ProductSummary) {
    if (!this.href) return nothing;
    return html`<a
      part="add-button"
      class="button"
      href=${this.href}
      aria-label=${msg(str`Choose options for ${product.name}`, { id: 'row.chooseOptions' })}
      >${msg('Choose options', { id: 'card.chooseOptions' })}</a
    >`;
  }

  private orderControls(product: ProductSummary, inStock: boolean) {
    const offer = product.bestOffer;
    const mayAdd = this.adding.allowed();
    const mayQuote = offer !== undefined && this.quoting.allowed();
    // A role that may neither order nor ask for a quote has no quantity to choose.
    return html`${mayAdd || mayQuote ? this.quantityField(product, inStock) : nothing}
    ${mayAdd ? this.addButton(product, offer, inStock) : this.adding.renderNotAllowed()}
    ${mayQuote ? this.quoteButton(product, offer, inStock) : nothing}`;
  }

  private quantityField(product: ProductSummary, inStock: boolean) {
    return html`<input
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
    />`;
  }

  private addButton(product: ProductSummary, offer: Offer | undefined, inStock: boolean) {
    return html`<button
      part="add-button"
      class="button"
      ?disabled=${!inStock || this.adding.busy || this.invalid}
      aria-label=${msg(str`Add ${product.name} to the cart`, { id: 'row.add' })}
      @click=${() => offer && this.adding.add(offer.id, this.quantity)}
    >
      ${this.adding.busy ? this.adding.buttonLabel() : msg('Add', { id: 'row.addShort' })}
    </button>`;
  }

  private quoteButton(product: ProductSummary, offer: Offer, inStock: boolean) {
    return html`<button
      part="quote-button"
      class="button secondary"
      ?disabled=${!inStock || this.quoting.busy || this.invalid}
      aria-label=${msg(str`Add ${product.name} to a quote request`, { id: 'quote.addLabel' })}
      @click=${() => this.quoting.add(offer, this.quantity)}
    >
      ${this.quoting.busy ? this.quoting.buttonLabel() : msg('Quote', { id: 'quote.addShort' })}
    </button>`;
  }
}
