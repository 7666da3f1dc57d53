import { defineElement } from '../shared/define.js';
import { VtFacets } from './facets.js';

export { VtFacets };
defineElement('vt-facets', VtFacets);

declare global {
  interface HTMLElementTagNameMap {
    'vt-facets': VtFacets;
  }
}
