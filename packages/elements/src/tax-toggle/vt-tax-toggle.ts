import { defineElement } from '../shared/define.js';
import { VtTaxToggle } from './tax-toggle.js';

export { VtTaxToggle };
defineElement('vt-tax-toggle', VtTaxToggle);

declare global {
  interface HTMLElementTagNameMap {
    'vt-tax-toggle': VtTaxToggle;
  }
}
