import { defineElement } from '../shared/define.js';
import { VtCart } from './cart.js';

export { VtCart };
defineElement('vt-cart', VtCart);

declare global {
  interface HTMLElementTagNameMap {
    'vt-cart': VtCart;
  }
}
