import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import {
  MAX_LINE_QUANTITY,
  chooseOption,
  choiceOf,
  isOptionSoldOut,
  offersOfVariant,
  resolveUnitPrice,
  validateQuantity,
  type ResolvedPrice,
  productStructuredData,
  type Offer,
  type ProductDetail,
  type ProductVariant,
} from '@vitrine/core';
import { html, nothing, type PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import { VitrineElement } from '../shared/vitrine-element.js';
import '../price/vt-price.js';
import '../price-tiers/vt-price-tiers.js';
import { AddToCartController } from '../shared/add-to-cart-controller.js';
import { AddToQuoteController } from '../shared/add-to-quote-controller.js';
import { warnOnce } from '../shared/define.js';
import { errorMessage } from '../shared/error-message.js';
import { isSingular, pageLocale } from '../shared/localize.js';
import { quantityMessage } from '../shared/quantity-message.js';
import { StorefrontController } from '../shared/storefront-controller.js';
import { RichTextController } from '../shared/rich-text.js';
import { StructuredDataController } from '../shared/structured-data-controller.js';
import { renderDocuments } from './product-documents.js';
import { galleryOf, renderGallery } from './product-gallery.js';
import { styles } from './product.styles.js';
import { VtVariantChangeEvent } from './variant-change-event.js';
import { renderVariantPicker } from './variant-picker.js';

/**
 * Every seller's offer is listed, cheapest in stock first; the visitor chooses the variant (size,
 * colour…) when there are several, an offer and the quantity, then adds it to the cart — or, when
 * the signed-in customer's role may ask for quotes, to the draft quote request to that seller. A rich
 * description is sanitised (DOMPurify, loaded on demand) before it is shown. Writes schema.org
 * Product data into the light DOM.
 *
 * @summary A product page: pictures, offers from every seller, quantity, specifications.
 * @attr storefront - Id of the `<vt-storefront>` to use when placed outside one.
 * @fires vt-variant-change - The shopper picked another variant (size, colour…): the host may
 * keep it in its URL.
 * @slot after-specs - Host content below the specifications (e.g. delivery information).
 * @csspart image - The picture shown large.
 * @csspart thumbnail - Each button that shows one of the pictures (when there are several).
 * @csspart name - The product name.
 * @csspart variants - The option choices (size, colour…) of a product with variants.
 * @csspart documents - The list of downloadable documents.
 * @csspart offers - The table of sellers' offers.
 * @csspart quantity - The quantity field.
 * @csspart add-button - The add-to-cart button.
 * @csspart cannot-order - Says why there is no add-to-cart button, to a role that may not order.
 * @csspart quote-button - "Add to quote", shown when the active role may ask for quotes.
 * @csspart quote-message - Says what became of the last "Add to quote".
 * @csspart specs - The specifications table.
 * @csspart error - Shown when the product cannot be loaded, with a retry.
 */
export class VtProduct extends VitrineElement {
  static override styles = styles;

  static override properties = {
    productId: { type: String, attribute: 'product-id' },
    variant: { type: String, reflect: true },
    chosenOffer: { state: true },
    shownImage: { state: true },
    brokenImages: { state: true },
    quantity: { state: true },
    invalidQuantity: { state: true },
  };

  /** Id of the product to show. */
  declare productId: string | undefined;
  /**
   * Id of the variant shown (`ProductVariant.id`: unique with every backend, where a SKU may be
   * missing), and of the one the shopper picks. One the product does not have shows the default:
   * the best offer's variant. A new `product-id` starts on its default unless `variant` changes
   * with it.
   */
  declare variant: string | undefined;
  declare private chosenOffer: string | undefined;
  /** Index in the gallery of the picture shown large. */
  declare private shownImage: number;
  /** Pictures that failed to load (moved, offline): a placeholder shows instead. */
  declare private brokenImages: ReadonlySet<string>;
  declare private quantity: number;
  declare private invalidQuantity: boolean;

  private readonly storefront = new StorefrontController(this, (sf) =>
    this.productId
      ? [sf.$settings, sf.$customer, sf.$product(this.productId)]
      : [sf.$settings, sf.$customer],
  );

  private readonly adding = new AddToCartController(this, () => this.storefront.value);
  /** "Add to quote", for the roles that may ask for quotes. */
  private readonly quoting = new AddToQuoteController(this, () => this.storefront.value);

  private readonly description = new RichTextController(this);

  private readonly structuredData = new StructuredDataController(this, () => {
    const detail = this.detail();
    return detail ? productStructuredData(detail, location.href) : undefined;
  });

  constructor() {
    super();
    this.quantity = 1;
    this.invalidQuantity = false;
    this.shownImage = 0;
    this.brokenImages = new Set();
    updateWhenLocaleChanges(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('productId')) {
      // The last product's variant means nothing here, unless the host named one with the id.
      if (!changed.has('variant')) this.variant = undefined;
      this.quantity = 1;
      this.shownImage = 0;
      this.storefront.refresh();
    }
    if (changed.has('productId') || changed.has('variant')) {
      // Another variant has other offers: the one chosen and the last message no longer apply.
      this.chosenOffer = undefined;
      this.adding.reset();
      this.quoting.reset();
    }
  }

  private detail(): ProductDetail | undefined {
    const state = this.productId
      ? this.storefront.value?.$product(this.productId).get()
      : undefined;
    return state && 'data' in state ? state.data : undefined;
  }

  /** The variant asked for, else the best offer's, else the first; none without variants. */
  private shownVariant(product: ProductDetail): ProductVariant | undefined {
    const variants = product.variants;
    if (!variants?.length) return undefined;
    const asked = this.variant
      ? variants.find((variant) => variant.id === this.variant)
      : undefined;
    if (this.variant && !asked) {
      warnOnce(
        `<vt-product> product ${product.id} has no variant "${this.variant}"; showing its default.`,
      );
    }
    const best = product.bestOffer?.variantId;
    return asked ?? variants.find((variant) => variant.id === best) ?? variants[0];
  }

  /**
   * The chosen offer, else the best one, among the offers of the variant shown, as the detail
   * lists them (with their tiers and rules); else the first in stock, else the first.
   */
  private offer(offers: readonly Offer[], best: Offer | undefined): Offer | undefined {
    const wanted = this.chosenOffer ?? best?.id;
    return (
      offers.find((offer) => offer.id === wanted) ??
      offers.find((offer) => offer.stock > 0) ??
      offers[0]
    );
  }

  private chooseOption(product: ProductDetail, name: string, value: string): void {
    const current = this.shownVariant(product);
    const next = chooseOption(
      product.variants ?? [],
      current ? choiceOf(current) : {},
      name,
      value,
    );
    if (!next || next.id === current?.id) return;
    this.variant = next.id;
    this.dispatchEvent(new VtVariantChangeEvent(product.id, next));
  }

  private onQuantity(event: Event, offer: Offer): void {
    const check = validateQuantity(
      Number((event.target as HTMLInputElement).value),
      offer.quantityRules,
    );
    this.invalidQuantity = !check.ok;
    if (check.ok) {
      this.quantity = check.quantity;
      this.adding.reset();
      this.quoting.reset();
    } else {
      this.adding.fail(quantityMessage(check));
    }
  }

  protected override render() {
    const storefront = this.storefront.value;
    if (!storefront || !this.productId) return nothing;
    const state = storefront.$product(this.productId).get();
    if (state.status === 'error') {
      return html`<div part="error" class="notice error" role="alert">
        <p>${errorMessage(state.error)}</p>
        <button class="button secondary" @click=${() => storefront.reloadProduct(this.productId!)}>
          ${msg('Try again', { id: 'action.retry' })}
        </button>
      </div>`;
    }
    // Read again (a role switch): the product stays on screen while its new prices load.
    const product = 'data' in state ? state.data : undefined;
    if (!product) {
      return html`<div class="skeleton" aria-busy="true">
        <span class="visually-hidden" role="status">
          ${msg('Loading the product…', { id: 'product.loading' })}
        </span>
      </div>`;
    }
    const variant = this.shownVariant(product);
    const offers = offersOfVariant(product, variant?.id);
    const offer = this.offer(offers, product.bestOffer);
    const b2b = storefront.$settings.get().channel === 'b2b';
    const available = (offer?.stock ?? 0) > 0;
    const images = galleryOf(product);
    return html`<article
      class="product"
      aria-labelledby="name"
      aria-busy=${state.status === 'loading' ? 'true' : 'false'}
    >
      ${renderGallery({
        images,
        // A reloaded product may have fewer pictures than the index left by the last one.
        shown: Math.min(this.shownImage, images.length - 1),
        broken: this.brokenImages,
        show: (index) => (this.shownImage = index),
        fail: (url) => (this.brokenImages = new Set(this.brokenImages).add(url)),
      })}
      <div class="summary">
        ${product.brand ? html`<p class="brand">${product.brand}</p>` : nothing}
        <h2 part="name" id="name">${product.name}</h2>
        <p class="muted">${msg(str`SKU ${variant?.sku ?? product.sku}`, { id: 'card.sku' })}</p>
        ${
          variant
            ? renderVariantPicker(
                product.variants!,
                choiceOf(variant),
                (name, value) => this.chooseOption(product, name, value),
                (name, value) => isOptionSoldOut(product, choiceOf(variant), name, value),
              )
            : nothing
        }
        ${
          offer
            ? html`${this.renderUnitPrice(offer, b2b, available)}
                <p class="muted">
                  ${msg(str`Sold by ${offer.seller.name}`, { id: 'card.soldBy' })}
                </p>
                <p class="stock ${available ? 'in' : 'out'}">
                  ${available ? this.delivery(offer) : msg('Out of stock', { id: 'card.outOfStock' })}
                </p>
                ${
                  // A variant nobody has: say where to go instead of a quantity to choose.
                  variant && !offers.some((other) => other.stock > 0)
                    ? html`<p class="muted">
                        ${msg('No seller has this option in stock: choose another one.', {
                          id: 'product.soldOutEverywhere',
                        })}
                      </p>`
                    : nothing
                }
                <div class="buy">
                  ${
                    available && (this.adding.allowed() || this.quoting.allowed())
                      ? html`<label>
                          <span>${msg('Quantity', { id: 'product.quantity' })}</span>
                          <input
                            part="quantity"
                            type="number"
                            inputmode="numeric"
                            min="1"
                            max=${MAX_LINE_QUANTITY}
                            .value=${String(this.quantity)}
                            aria-invalid=${this.invalidQuantity ? 'true' : 'false'}
                            @change=${(e: Event) => this.onQuantity(e, offer)}
                          />
                        </label>`
                      : nothing
                  }
                  ${
                    this.adding.allowed()
                      ? html`<button
                          part="add-button"
                          class="button"
                          ?disabled=${!available || this.adding.busy || this.invalidQuantity}
                          @click=${() => this.adding.add(offer.id, this.quantity)}
                        >
                          ${this.adding.buttonLabel()}
                        </button>`
                      : this.adding.renderNotAllowed()
                  }
                  ${
                    this.quoting.allowed()
                      ? html`<button
                          part="quote-button"
                          class="button secondary"
                          ?disabled=${!available || this.quoting.busy || this.invalidQuantity}
                          @click=${() => this.quoting.add(offer, this.quantity)}
                        >
                          ${this.quoting.buttonLabel()}
                        </button>`
                      : nothing
                  }
                </div>
                ${this.adding.renderMessage()}
                ${this.quoting.allowed() ? this.quoting.renderMessage() : nothing}`
            : html`<vt-price></vt-price>
                <p class="stock out">${msg('Not sold at the moment', { id: 'card.noOffer' })}</p>`
        }
        ${
          product.description || product.descriptionHtml
            ? html`<div class="description">
                ${this.description.render(product.descriptionHtml, product.description)}
              </div>`
            : nothing
        }
      </div>
      ${offers.length > 1 ? this.renderOffers(offers, offer, b2b) : nothing}
      ${
        product.specs.length
          ? html`<section class="specs">
              <h3>${msg('Specifications', { id: 'product.specs' })}</h3>
              <table part="specs">
                <tbody>
                  ${product.specs.map(
                    (spec) =>
                      html`<tr>
                        <th scope="row">${spec.name}</th>
                        <td>${spec.unit ? `${spec.value} ${spec.unit}` : spec.value}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
              <slot name="after-specs"></slot>
            </section>`
          : nothing
      }
      ${product.documents?.length ? renderDocuments(product.documents) : nothing}
    </article>`;
  }

  /** The unit price for the quantity chosen, saying when a quantity break gives it. */
  private renderUnitPrice(offer: Offer, b2b: boolean, available: boolean) {
    let resolved: ResolvedPrice | undefined;
    try {
      resolved = resolveUnitPrice({
        base: offer.price,
        tiers: offer.tiers ?? [],
        quantity: this.quantity,
      });
    } catch {
      resolved = undefined; // vt-price says the price is unavailable
    }
    return html`<vt-price
        .price=${resolved?.unit ?? offer.price}
        .regularPrice=${resolved?.rule === 'tier' ? undefined : offer.regularPrice}
        ?show-both=${b2b}
      ></vt-price>
      ${
        resolved?.rule === 'tier' && resolved.minQuantity
          ? html`<p class="muted">
              ${msg(str`Unit price from ${resolved.minQuantity} units`, { id: 'product.tierApplies' })}
            </p>`
          : nothing
      }
      ${
        // Quantity breaks help choose a quantity: none to choose while nobody has it.
        available
          ? html`<vt-price-tiers .offer=${offer} quantity=${this.quantity}></vt-price-tiers>`
          : nothing
      }`;
  }

  private delivery(offer: Offer) {
    const days = offer.leadTimeDays;
    if (days === undefined) return msg('In stock', { id: 'card.inStock' });
    return isSingular(days, pageLocale())
      ? msg(str`In stock, delivered in ${days} day`, { id: 'product.delivery.one' })
      : msg(str`In stock, delivered in ${days} days`, { id: 'product.delivery.other' });
  }

  /**
   * Every seller's offer for the variant shown. The choice comes first, where a narrow screen
   * keeps it in view; the table scrolls inside its own box when it is still too wide (long seller
   * names, both prices), never the page.
   */
  private renderOffers(offers: readonly Offer[], chosen: Offer | undefined, b2b: boolean) {
    return html`<section class="offers">
      <h3>${msg(str`${offers.length} offers`, { id: 'product.offerCount' })}</h3>
      <div class="table-scroll">
        <table part="offers">
          <thead>
            <tr>
              <th scope="col">
                <span class="visually-hidden">${msg('Choose', { id: 'product.choose' })}</span>
              </th>
              <th scope="col">${msg('Seller', { id: 'product.seller' })}</th>
              <th scope="col">${msg('Price', { id: 'product.price' })}</th>
              <th scope="col">${msg('Availability', { id: 'product.availability' })}</th>
            </tr>
          </thead>
          <tbody>
            ${offers.map(
              (offer) =>
                html`<tr class=${offer.id === chosen?.id ? 'chosen' : ''}>
                  <td class="choose">
                    <input
                      type="radio"
                      name="offer"
                      .checked=${live(offer.id === chosen?.id)}
                      ?disabled=${offer.stock <= 0}
                      aria-label=${msg(str`Buy from ${offer.seller.name}`, { id: 'product.buyFrom' })}
                      @change=${() => {
                        this.chosenOffer = offer.id;
                        this.adding.reset();
                        this.quoting.reset();
                      }}
                    />
                  </td>
                  <th scope="row">${offer.seller.name}</th>
                  <td>
                    <vt-price
                      .price=${offer.price}
                      .regularPrice=${offer.regularPrice}
                      ?show-both=${b2b}
                    ></vt-price>
                  </td>
                  <td>
                    ${offer.stock > 0 ? this.delivery(offer) : msg('Out of stock', { id: 'card.outOfStock' })}
                  </td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </section>`;
  }
}
