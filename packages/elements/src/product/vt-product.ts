import { defineElement } from '../shared/define.js';
import { VtProduct } from './product.js';

export { VtProduct };
defineElement('vt-product', VtProduct);

declare global {
  interface HTMLElementTagNameMap {
    'vt-product': VtProduct;
  }
}
