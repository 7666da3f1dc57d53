import { defineElement } from '../shared/define.js';
import { VtProduct } from './product.js';

export { VtProduct };
export { VtVariantChangeEvent } from './variant-change-event.js';
defineElement('vt-product', VtProduct);

declare global {
  interface HTMLElementTagNameMap {
    'vt-product': VtProduct;
  }
}
