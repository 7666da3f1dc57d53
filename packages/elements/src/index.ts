/** Every element, registered. Import single `vt-*.js` files to load less. */
export * from './storefront/vt-storefront.js';
export * from './account/vt-account.js';
export * from './catalog/vt-catalog.js';
export * from './facets/vt-facets.js';
export * from './product-card/vt-product-card.js';
export * from './product/vt-product.js';
export * from './product-row/vt-product-row.js';
export * from './price/vt-price.js';
export * from './price-tiers/vt-price-tiers.js';
export * from './cart/vt-cart.js';
export * from './cart-button/vt-cart-button.js';
export * from './compare/vt-compare.js';
export * from './tax-toggle/vt-tax-toggle.js';
export { registerAdapter, type AdapterFactory, type AdapterConfig } from './shared/adapters.js';
export { VtCartChangeEvent } from './shared/events.js';
