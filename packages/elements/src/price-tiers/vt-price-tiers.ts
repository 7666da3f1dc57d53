import { defineElement } from '../shared/define.js';
import { VtPriceTiers } from './price-tiers.js';

export { VtPriceTiers };
defineElement('vt-price-tiers', VtPriceTiers);

declare global {
  interface HTMLElementTagNameMap {
    'vt-price-tiers': VtPriceTiers;
  }
}
