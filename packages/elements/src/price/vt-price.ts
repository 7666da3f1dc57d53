import { defineElement } from '../shared/define.js';
import { VtPrice } from './price.js';

export { VtPrice };
defineElement('vt-price', VtPrice);

declare global {
  interface HTMLElementTagNameMap {
    'vt-price': VtPrice;
  }
}
