import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { ProductSummary } from '@vitrine/core';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { AddToCartController } from '../shared/add-to-cart-controller.js';
import { CompareToggle } from '../shared/compare-toggle.js';
import { isSingular, pageLocale } from '../shared/localize.js';
import { StorefrontController } from '../shared/storefront-controller.js';
import '../price/vt-price.js';
import { styles } from './product-card.styles.js';

/**
 * @summary One product in a catalog: picture, name, seller, price and an add-to-cart button.
 * @attr storefront - Id of the `<vt-storefront>` to use when placed outside one.
 *
 * @slot actions - Extra actions under the add-to-cart button.
 * @csspart card - The card's frame.
 * @csspart image - The product picture (or its placeholder).
 * @csspart name - The product name.
 * @csspart link - The link to the product's page, with `href`.
 * @csspart seller - "Sold by …".
 * @csspart price - The `<vt-price>` inside.
 * @csspart stock - The availability line.
 * @csspart add-button - The add-to-cart button (a "Choose options" link for a product with variants).
 * @csspart message - Feedback after adding ("Added" or what went wrong).
 */
export class VtProductCard extends LitElement {
  static override styles = styles;

  static override properties = {
    product: { attribute: false },
    href: { type: String },
    compare: { type: Boolean },
    brokenImage: { state: true },
  };

  /** The product to show. */
  declare product: ProductSummary | undefined;
  /** Link to the product's page; the name becomes a link when set. */
  declare href: string | undefined;
  /** Show a "Compare" box that adds the product to the page's `<vt-compare>`. */
  declare compare: boolean;
  /** An image that failed to load (moved, offline): the placeholder shows instead. */
  declare private brokenImage: string | undefined;

  private readonly storefront = new StorefrontController(this, (sf) => [sf.$settings, sf.$compare]);
  private readonly adding = new AddToCartController(this, () => this.storefront.value, 2500);
  private readonly comparing = new CompareToggle(this, () => this.storefront.value);

  constructor() {
    super();
    this.compare = false;
    updateWhenLocaleChanges(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A card reused for another product (a new search) must not keep the last one's feedback.
    const previous = changed.get('product') as ProductSummary | undefined;
    if (changed.has('product') && previous && previous.id !== this.product?.id) this.adding.reset();
  }

  private add(): void {
    const offer = this.product?.bestOffer;
    if (offer) void this.adding.add(offer.id, 1);
  }

  private otherOffers(count: number): string {
    return isSingular(count, pageLocale())
      ? msg(str`+${count} other offer`, { id: 'card.otherOffers.one' })
      : msg(str`+${count} other offers`, { id: 'card.otherOffers.other' });
  }

  protected override render() {
    const product = this.product;
    if (!product) return nothing;
    const offer = product.bestOffer;
    const b2b = this.storefront.value?.$settings.get().channel === 'b2b';
    const inStock = (offer?.stock ?? 0) > 0;
    return html`<article part="card" class="card" aria-labelledby="name">
      ${
        product.imageUrl && product.imageUrl !== this.brokenImage
          ? html`<img
              part="image"
              class="image"
              src=${product.imageUrl}
              alt=""
              loading="lazy"
              @error=${() => (this.brokenImage = product.imageUrl)}
            />`
          : html`<div part="image" class="image placeholder" aria-hidden="true"></div>`
      }
      <div class="body">
        ${product.brand ? html`<p class="brand">${product.brand}</p>` : nothing}
        <h3 part="name" class="name" id="name">
          ${this.href ? html`<a part="link" href=${this.href}>${product.name}</a>` : product.name}
        </h3>
        ${b2b ? html`<p class="sku">${msg(str`SKU ${product.sku}`, { id: 'card.sku' })}</p>` : nothing}
        ${
          offer
            ? html`<p part="seller" class="seller">
                ${msg(str`Sold by ${offer.seller.name}`, { id: 'card.soldBy' })}
                ${
                  // Offers of other variants are not other sellers' offers of this one.
                  product.offerCount > 1 && (product.variantCount ?? 1) <= 1
                    ? html`<span class="offers">${this.otherOffers(product.offerCount - 1)}</span>`
                    : nothing
                }
              </p>`
            : nothing
        }
        <div class="footer">
          ${
            offer
              ? html`<vt-price
                  exportparts="price"
                  .price=${offer.price}
                  .regularPrice=${offer.regularPrice}
                  ?show-both=${b2b}
                ></vt-price>`
              : html`<vt-price></vt-price>`
          }
          <p part="stock" class="stock ${inStock ? 'in' : 'out'}">
            ${
              !offer
                ? msg('Not sold at the moment', { id: 'card.noOffer' })
                : inStock
                  ? msg('In stock', { id: 'card.inStock' })
                  : msg('Out of stock', { id: 'card.outOfStock' })
            }
          </p>
          ${
            (product.variantCount ?? 1) > 1
              ? this.href
                ? html`<a part="add-button" class="button add" href=${this.href}
                    >${msg('Choose options', { id: 'card.chooseOptions' })}</a
                  >`
                : nothing
              : html`<button
                  part="add-button"
                  class="button add"
                  ?disabled=${!inStock || this.adding.busy}
                  aria-describedby="name"
                  @click=${this.add}
                >
                  ${this.adding.buttonLabel()}
                </button>`
          }
          ${this.adding.renderMessage()} ${this.compare ? this.comparing.render(product) : nothing}
          <slot name="actions"></slot>
        </div>
      </div>
    </article>`;
  }
}
