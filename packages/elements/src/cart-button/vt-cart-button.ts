import { defineElement } from '../shared/define.js';
import { VtCartButton } from './cart-button.js';

export { VtCartButton };
defineElement('vt-cart-button', VtCartButton);

declare global {
  interface HTMLElementTagNameMap {
    'vt-cart-button': VtCartButton;
  }
}
