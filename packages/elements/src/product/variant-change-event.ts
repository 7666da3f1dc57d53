import type { ProductVariant } from '@vitrine/core';

/**
 * Fired by `<vt-product>` when the shopper picks another variant (size, colour…), never when the
 * host set `variant`. The host may follow: keep the variant in its URL, change its own picture.
 */
export class VtVariantChangeEvent extends Event {
  static readonly eventName = 'vt-variant-change';
  constructor(
    readonly productId: string,
    readonly variant: ProductVariant,
  ) {
    super(VtVariantChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'vt-variant-change': VtVariantChangeEvent;
  }
}
