import { defineElement } from '../shared/define.js';
import { VtProductCard } from './product-card.js';

export { VtProductCard };
defineElement('vt-product-card', VtProductCard);

declare global {
  interface HTMLElementTagNameMap {
    'vt-product-card': VtProductCard;
  }
}
