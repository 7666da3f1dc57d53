import { ContextRoot } from '@lit/context';
import { defineElement } from '../shared/define.js';
import { VtStorefront } from './storefront.js';

export { VtStorefront };

// A provider that upgrades after its consumers still reaches them (once per page).
const ROOT = Symbol.for('vitrine.context-root');
const page = globalThis as Record<symbol, unknown>;
if (!page[ROOT]) page[ROOT] = new ContextRoot().attach(document.documentElement) ?? true;

defineElement('vt-storefront', VtStorefront, { showsText: false });

declare global {
  interface HTMLElementTagNameMap {
    'vt-storefront': VtStorefront;
  }
}
