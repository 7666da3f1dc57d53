import { defineElement } from '../shared/define.js';
import { VtCatalog } from './catalog.js';

export { VtCatalog };
defineElement('vt-catalog', VtCatalog);

declare global {
  interface HTMLElementTagNameMap {
    'vt-catalog': VtCatalog;
  }
}
