import { defineElement } from '../shared/define.js';
import { VtCatalog } from './catalog.js';

export { VtCatalog };
export { VtProductSelectEvent, type SuggestedProduct } from './product-select-event.js';
defineElement('vt-catalog', VtCatalog);

declare global {
  interface HTMLElementTagNameMap {
    'vt-catalog': VtCatalog;
  }
}
