import { defineElement } from '../shared/define.js';
import { VtCompare } from './compare.js';

export { VtCompare };
defineElement('vt-compare', VtCompare);

declare global {
  interface HTMLElementTagNameMap {
    'vt-compare': VtCompare;
  }
}
