import type { Cart, CartChange } from '@vitrine/core';

/** Fired by <vt-storefront> after the visitor changed the cart (add, quantity, remove). */
export class VtCartChangeEvent extends Event {
  static readonly eventName = 'vt-cart-change';
  constructor(
    readonly cart: Cart | undefined,
    readonly change: CartChange,
  ) {
    super(VtCartChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'vt-cart-change': VtCartChangeEvent;
  }
}
