/**
 * What the B2C demo page needs, as a merchant would bundle it: the storefront, the catalog (with
 * its product cards and prices), the cart and the cart button, and the reference backend —
 * `packages/elements/src/embed.ts` without the other elements.
 */
import { createReferenceAdapter } from '@vitrine/adapter-reference';
import { registerAdapter } from '../../packages/elements/src/shared/adapters.ts';
import '../../packages/elements/src/storefront/vt-storefront.ts';
import '../../packages/elements/src/catalog/vt-catalog.ts';
import '../../packages/elements/src/cart/vt-cart.ts';
import '../../packages/elements/src/cart-button/vt-cart-button.ts';

registerAdapter('reference', ({ api }) => createReferenceAdapter({ baseUrl: api }));
