import { defineElement } from '../shared/define.js';
import { VtProductRow } from './product-row.js';

export { VtProductRow };
defineElement('vt-product-row', VtProductRow);

declare global {
  interface HTMLElementTagNameMap {
    'vt-product-row': VtProductRow;
  }
}
