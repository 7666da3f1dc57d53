import { defineElement } from '../shared/define.js';
import { VtAccount } from './account.js';

export { VtAccount };
defineElement('vt-account', VtAccount);

declare global {
  interface HTMLElementTagNameMap {
    'vt-account': VtAccount;
  }
}
