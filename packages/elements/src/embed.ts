/**
 * The one-file embed for CMS pages: every element, registered, with the reference backend.
 * `<script type="module" src=".../vitrine.js">` then `<vt-storefront api="…">`.
 *
 * Other backends load on first use, so a page pays only for the adapter it names:
 * `<vt-storefront adapter="medusa" api="https://medusa.example" api-key="pk_…">` or
 * `<vt-storefront adapter="vendure" api="https://vendure.example/shop-api">`.
 */
import { createReferenceAdapter } from '@vitrine/adapter-reference';
import { registerAdapter } from './shared/adapters.js';

registerAdapter('reference', ({ api }) => createReferenceAdapter({ baseUrl: api }));

registerAdapter('medusa', async ({ api, apiKey, country }) => {
  const { createMedusaAdapter } = await import('@vitrine/adapter-medusa');
  return createMedusaAdapter({
    baseUrl: api,
    publishableKey: apiKey ?? '',
    ...(country && { countryCode: country.toLowerCase() }),
  });
});

registerAdapter('vendure', async ({ api, apiKey, currency, locale }) => {
  const { createVendureAdapter } = await import('@vitrine/adapter-vendure');
  return createVendureAdapter({
    baseUrl: api,
    ...(apiKey && { channelToken: apiKey }),
    ...(currency && { currencyCode: currency }),
    ...(locale && { languageCode: locale }),
    // The session token (the cart is the session's order) lives in the storefront's storage,
    // beside the cart id: the storefront gives it its place (keepSessionIn).
  });
});

export * from './index.js';
