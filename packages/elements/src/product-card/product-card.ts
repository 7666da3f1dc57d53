import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { DEFAULT_SETTINGS, type Offer, type ProductSummary } from '@vitrine/core';
import { html, nothing, type PropertyValues } from 'lit';
import { VitrineElement } from '../shared/vitrine-element.js';
import { AddToCartController } from '../shared/add-to-cart-controller.js';
import { CompareToggle } from '../shared/compare-toggle.js';
import { isSingular, pageLocale } from '../shared/localize.js';
import { StorefrontController } from '../shared/storefront-controller.js';
import { priceView } from '../price/price-view.js';
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
 * @csspart price - The price (replaced by `unavailable` when there is none to show).
 * @csspart primary - The amount shown first, with its label.
 * @csspart amount - The first amount itself.
 * @csspart label - "incl. VAT" / "TTC" or "excl. VAT" / "HT".
 * @csspart secondary - The other amount: professionals see both.
 * @csspart regular - The usual price, struck through, beside a lower one.
 * @csspart eco - "incl. … eco-contribution", when the price has one.
 * @csspart unavailable - "Price unavailable", instead of the price.
 * @csspart stock - The availability line.
 * @csspart add-button - The add-to-cart button (a "Choose options" link for a product with variants).
 * @csspart cannot-order - Says why there is no add-to-cart button, to a role that may not order.
 * @csspart message - Feedback after adding ("Added" or what went wrong).
 * @cssproperty --vt-price-size - Font size of the price's first amount.
 */
export class VtProductCard extends VitrineElement {
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

  private readonly storefront = new StorefrontController(this, (sf) => {
    // The compare list only matters with a Compare box: other cards need not re-render with it.
    this.followsCompare = this.compare;
    // The customer's role decides whether the add-to-cart button shows.
    return this.compare ? [sf.$settings, sf.$customer, sf.$compare] : [sf.$settings, sf.$customer];
  });
  /** Whether the card re-renders when the compare list changes. */
  private followsCompare = false;
  private readonly adding = new AddToCartController(this, () => this.storefront.value, 2500);
  private readonly comparing = new CompareToggle(this, () => this.storefront.value);

  constructor() {
    super();
    this.compare = false;
    updateWhenLocaleChanges(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('compare') && this.compare !== this.followsCompare) this.storefront.refresh();
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
    const settings = this.storefront.value?.$settings.get() ?? DEFAULT_SETTINGS;
    const b2b = settings.channel === 'b2b';
    const inStock = (offer?.stock ?? 0) > 0;
    // Several variants: the best offer is the cheapest variant's, neither its price nor its seller
    // is the product's, so the price reads "From" and the seller waits for the product page.
    const choose = (product.variantCount ?? 1) > 1;
    const name = this.href
      ? html`<a part="link" href=${this.href}>${product.name}</a>`
      : product.name;
    const sku = b2b ? msg(str`SKU ${product.sku}`, { id: 'card.sku' }) : undefined;
    // One template with what every card has; only what some cards lack is a nested template.
    // The price is rendered here, not by a nested <vt-price>: one element and shadow root fewer
    // per card (the card follows the storefront's tax display and language itself). No white space
    // between the blocks either: each run would be one more text node in every card of a grid.
    // Plain texts are set as the `textContent` property: no marker comment and part for each.
    // prettier-ignore
    return html`<article part="card" class="card" aria-labelledby="name"
      >${this.image(product)}<div class="body"
        >${product.brand ? html`<p class="brand" .textContent=${product.brand}></p>` : nothing}<h3
          part="name"
          class="name"
          id="name"
          >${name}</h3
        >${sku ? html`<p class="sku" .textContent=${sku}></p>` : nothing}${
          offer && !choose ? this.seller(product, offer) : nothing
        }<div
          class="footer"
          >${
            choose && offer ? html`<p class="from" .textContent=${msg('From', { id: 'card.from' })}></p>` : nothing
          }${priceView(offer?.price, {
            display: settings.taxDisplay,
            showBoth: b2b,
            regularPrice: offer?.regularPrice,
          })}<p
            part="stock"
            class=${inStock ? 'stock in' : 'stock out'}
            .textContent=${this.stock(offer, inStock)}
          ></p
          >${this.addButton(product, inStock)}${this.adding.renderMessage()}${
            this.compare ? this.comparing.render(product) : nothing
          }<slot name="actions"></slot
        ></div
      ></div
    ></article>`;
  }

  private image(product: ProductSummary) {
    return product.imageUrl && product.imageUrl !== this.brokenImage
      ? html`<img
          part="image"
          class="image"
          src=${product.imageUrl}
          alt=""
          loading="lazy"
          @error=${() => (this.brokenImage = product.imageUrl)}
        />`
      : html`<div part="image" class="image placeholder" aria-hidden="true"></div>`;
  }

  private seller(product: ProductSummary, offer: Offer) {
    const soldBy = msg(str`Sold by ${offer.seller.name}`, { id: 'card.soldBy' });
    if (product.offerCount <= 1) {
      return html`<p part="seller" class="seller" .textContent=${soldBy}></p>`;
    }
    const others = this.otherOffers(product.offerCount - 1);
    // One template either way, not the offers' nested in the seller's.
    // prettier-ignore
    return html`<p part="seller" class="seller"
      >${soldBy} <span class="offers" .textContent=${others}></span
    ></p>`;
  }

  private stock(offer: Offer | undefined, inStock: boolean): string {
    if (!offer) return msg('Not sold at the moment', { id: 'card.noOffer' });
    return inStock
      ? msg('In stock', { id: 'card.inStock' })
      : msg('Out of stock', { id: 'card.outOfStock' });
  }

  private addButton(product: ProductSummary, inStock: boolean) {
    if ((product.variantCount ?? 1) > 1) {
      return this.href
        ? html`<a part="add-button" class="button add" href=${this.href}
            >${msg('Choose options', { id: 'card.chooseOptions' })}</a
          >`
        : nothing;
    }
    if (!this.adding.allowed()) return this.adding.renderNotAllowed();
    return html`<button
      part="add-button"
      class="button add"
      ?disabled=${!inStock || this.adding.busy}
      aria-describedby="name"
      @click=${this.add}
      .textContent=${this.adding.buttonLabel()}
    ></button>`;
  }
}
