import type { SearchSuggestions } from '@vitrine/core';

/** A product as the search box suggests it. */
export type SuggestedProduct = SearchSuggestions['products'][number];

/**
 * Fired by `<vt-catalog>` when the visitor picks a suggested product. Cancelable: the host may
 * open the product its own way. Otherwise the catalog goes to `product-href`, or searches for the
 * product's name when it links nowhere.
 */
export class VtProductSelectEvent extends Event {
  static readonly eventName = 'vt-product-select';
  constructor(readonly product: SuggestedProduct) {
    super(VtProductSelectEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'vt-product-select': VtProductSelectEvent;
  }
}
