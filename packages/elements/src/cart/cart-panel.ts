import { msg, str } from '@lit/localize';
import {
  cartTotalsStore,
  formatMoney,
  formatVatRate,
  MAX_LINE_QUANTITY,
  splitPrice,
  type CartLine,
  type CartTotals,
  type StorefrontSettings,
} from '@vitrine/core';
import { html, nothing } from 'lit';
import { errorMessage } from '../shared/error-message.js';
import { taxLabel } from '../shared/labels.js';
import { intlLocale } from '../shared/localize.js';
import type { StorefrontController } from '../shared/storefront-controller.js';
import type { VtCart } from './cart.js';

/** The styles of what the panel renders, adopted by `<vt-cart>` once this module has loaded. */
export { styles as panelStyles } from './cart.styles.js';

/**
 * What `<vt-cart>` shows — heading, lines with their quantity fields, totals, and the drawer's
 * dialog around them — loaded on first use so that a page with a closed drawer does not pay for it.
 */
export class CartPanel {
  /** The line whose quantity field holds a refused value, to show its message. */
  private invalidLine: string | undefined;

  constructor(
    private readonly cart: VtCart,
    private readonly storefront: StorefrontController,
  ) {}

  private totals(): CartTotals | undefined {
    const storefront = this.storefront.value;
    return storefront && cartTotalsStore(storefront).get();
  }

  private changeQuantity(line: CartLine, quantity: number, input?: HTMLInputElement): void {
    if (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_LINE_QUANTITY) {
      this.setInvalidLine(line.id);
      if (input) input.value = String(line.quantity);
      return;
    }
    this.setInvalidLine(undefined);
    if (quantity !== line.quantity) {
      this.storefront.value?.setLineQuantity(line.id, quantity).catch(() => {
        // The store keeps the confirmed cart and its error; put the field back to match it.
        if (input) input.value = String(line.quantity);
      });
    }
  }

  private setInvalidLine(lineId: string | undefined): void {
    if (lineId === this.invalidLine) return;
    this.invalidLine = lineId;
    this.cart.requestUpdate();
  }

  render() {
    const panel = this.renderPanel();
    if (!this.cart.drawer) return panel;
    return html`<dialog
      part="drawer"
      aria-labelledby="heading"
      @close=${() => this.cart.close()}
      @click=${(e: MouseEvent) => e.target === e.currentTarget && this.cart.close()}
    >
      ${panel}
    </dialog>`;
  }

  private renderPanel() {
    const storefront = this.storefront.value;
    const state = storefront?.$cart.get();
    const settings = storefront?.$settings.get();
    const cart = state?.cart;
    const lines = cart?.lines ?? [];
    return html`<section part="panel" class="panel" aria-labelledby="heading">
      <header class="header">
        <h2 part="heading" id="heading" tabindex="-1">${msg('Cart', { id: 'cart.title' })}</h2>
        ${
          this.cart.drawer
            ? html`<button
                class="close"
                @click=${() => this.cart.close()}
                aria-label=${msg('Close cart', { id: 'cart.close' })}
              >
                ×
              </button>`
            : nothing
        }
      </header>
      ${
        state?.error
          ? html`<div part="error" class="error" role="alert">
              <p>${errorMessage(state.error)}</p>
              ${
                cart
                  ? html`<button class="link" @click=${() => storefront?.dismissCartError()}>
                      ${msg('Dismiss', { id: 'action.dismiss' })}
                    </button>`
                  : html`<button class="link" @click=${() => void storefront?.reloadCart()}>
                      ${msg('Try again', { id: 'action.retry' })}
                    </button>`
              }
            </div>`
          : nothing
      }
      ${
        !storefront || state?.status === 'loading'
          ? html`<p class="muted" role="status">
              ${msg('Loading your cart…', { id: 'cart.loading' })}
            </p>`
          : lines.length === 0
            ? html`<slot name="empty"
                ><p class="muted">${msg('Your cart is empty.', { id: 'cart.empty' })}</p></slot
              >`
            : html`<ul class="lines" aria-busy=${state?.pending ? 'true' : 'false'}>
                  ${lines.map((line, index) => this.renderLine(line, index, settings!))}
                </ul>
                ${this.renderTotals(settings!)}`
      }
      <slot name="footer"></slot>
    </section>`;
  }

  private renderLine(line: CartLine, index: number, settings: StorefrontSettings) {
    const locale = intlLocale();
    const display = settings.taxDisplay;
    const money = (amount: number) =>
      formatMoney({ amount, currency: line.unitPrice.currency }, locale);
    const unit = splitPrice(line.unitPrice)[display];
    // The totals' own line amounts: with rounding per document, each line's VAT is its share.
    const amounts = this.totals()?.lines[index];
    const total = amounts?.[display];
    const eco = amounts?.ecoContribution;
    const pending = this.storefront.value?.$cart.get().pending ?? false;
    const inputId = `qty-${line.id}`;
    return html`<li part="line" class="line">
      ${line.imageUrl ? html`<img class="thumb" src=${line.imageUrl} alt="" />` : html`<span class="thumb"></span>`}
      <div class="info">
        <p class="name">${line.name}</p>
        ${
          line.seller
            ? html`<p class="muted small">
                ${msg(str`Sold by ${line.seller.name}`, { id: 'card.soldBy' })}
              </p>`
            : nothing
        }
        <p class="muted small">
          ${msg(str`${money(unit)} each`, { id: 'cart.each' })} ${taxLabel(display)}
        </p>
        ${
          eco
            ? html`<p class="muted small">
                ${msg(str`incl. ${money(eco)} eco-contribution`, { id: 'cart.eco' })}
              </p>`
            : nothing
        }
      </div>
      <div class="quantity">
        <label class="visually-hidden" for=${inputId}
          >${msg(str`Quantity of ${line.name}`, { id: 'cart.quantityOf' })}</label
        >
        <button
          class="step"
          aria-label=${msg(str`Decrease the quantity of ${line.name}`, { id: 'cart.decrease' })}
          ?disabled=${line.quantity <= 1 || pending}
          @click=${() => this.changeQuantity(line, line.quantity - 1)}
        >
          −
        </button>
        <input
          part="quantity"
          id=${inputId}
          type="number"
          inputmode="numeric"
          min="1"
          max=${MAX_LINE_QUANTITY}
          .value=${String(line.quantity)}
          aria-invalid=${this.invalidLine === line.id ? 'true' : 'false'}
          aria-describedby=${this.invalidLine === line.id ? `${inputId}-error` : nothing}
          @change=${(e: Event) => {
            const input = e.target as HTMLInputElement;
            this.changeQuantity(line, Number(input.value), input);
          }}
        />
        <button
          class="step"
          aria-label=${msg(str`Increase the quantity of ${line.name}`, { id: 'cart.increase' })}
          ?disabled=${line.quantity >= MAX_LINE_QUANTITY || pending}
          @click=${() => this.changeQuantity(line, line.quantity + 1)}
        >
          +
        </button>
      </div>
      <p class="line-total">${total === undefined ? nothing : money(total)}</p>
      <button
        part="remove-button"
        class="link remove"
        aria-label=${msg(str`Remove ${line.name}`, { id: 'cart.removeLabel' })}
        @click=${() => void this.storefront.value?.removeLine(line.id).catch(() => undefined)}
      >
        ${msg('Remove', { id: 'cart.remove' })}
      </button>
      ${
        this.invalidLine === line.id
          ? html`<p class="field-error" id="${inputId}-error" role="alert">
              ${msg(
                str`Enter a quantity from 1 to ${MAX_LINE_QUANTITY}. To delete the line, use Remove.`,
                {
                  id: 'cart.invalidQuantity',
                },
              )}
            </p>`
          : nothing
      }
    </li>`;
  }

  private renderTotals(settings: StorefrontSettings) {
    const totals = this.totals();
    if (!totals) return nothing;
    const locale = intlLocale();
    const money = (amount: number) =>
      formatMoney({ amount, currency: totals.inclTax.currency }, locale);
    const primary = settings.taxDisplay;
    return html`<table part="totals" class="totals">
      <tbody>
        <tr class=${primary === 'excl' ? 'primary' : ''}>
          <th scope="row">${msg('Total excl. VAT', { id: 'cart.totalExcl' })}</th>
          <td>${money(totals.exclTax.amount)}</td>
        </tr>
        ${totals.byRate.map(
          (row) =>
            html`<tr>
              <th scope="row">
                ${msg(str`VAT ${formatVatRate(row.rate, locale)}`, { id: 'cart.vatAt' })}
              </th>
              <td>${money(row.tax)}</td>
            </tr>`,
        )}
        <tr class=${primary === 'incl' ? 'primary' : ''}>
          <th scope="row">${msg('Total incl. VAT', { id: 'cart.totalIncl' })}</th>
          <td>${money(totals.inclTax.amount)}</td>
        </tr>
      </tbody>
    </table>`;
  }
}
