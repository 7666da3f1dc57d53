import { memoryStorage, type CommerceAdapter, sessionToken } from '@vitrine/core';
import { createCartMethods } from './cart.js';
import { CATALOG_SORTS, createCatalog } from './catalog.js';
import { createChannelCache } from './channel.js';
import { createCustomerMethods } from './customer.js';
import { createGraphqlClient } from './graphql.js';
import { vendureLanguageCode } from './language.js';
import type { VendureAdapterOptions } from './options.js';

/** Adapter for the Shop API of Vendure 3 (GraphQL over POST, bearer session tokens). */
export function createVendureAdapter(options: VendureAdapterOptions): CommerceAdapter {
  const endpoint = new URL(options.baseUrl);
  if (options.languageCode) {
    endpoint.searchParams.set('languageCode', vendureLanguageCode(options.languageCode));
  }
  if (options.currencyCode) endpoint.searchParams.set('currencyCode', options.currencyCode);
  // One shop is one channel of one server: two channels keep two carts apart.
  const base = new URL(options.baseUrl);
  const id = options.channelToken ? `${base.href}#${options.channelToken}` : base.href;

  // Vendure opens a session (first order, sign-in) by sending its token in the
  // `vendure-auth-token` header; the adapter sends it back as a bearer token: the active order
  // and the customer belong to that session.
  const token = sessionToken(options.sessionStore ?? memoryStorage(), `vitrine:vendure:${id}`);
  const request = createGraphqlClient({
    endpoint: endpoint.href,
    fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
    channelToken: options.channelToken,
    token,
  });
  const channel = createChannelCache(request, options.sellerName);

  return {
    id,
    capabilities: {
      search: true,
      categories: true,
      sorts: CATALOG_SORTS,
      facets: true,
      suggestions: false,
      variants: true,
      // Vendure has no quantity price breaks; volume discounts are promotions on the order.
      tiers: false,
      signIn: ['password'],
      quotes: false,
      // Vendure rounds each line (unit price × quantity), half up (Math.round on positives).
      rounding: { mode: 'half-up', level: 'line' },
    },
    ...createCatalog({
      request,
      channel,
      settings: {
        baseUrl: base.href,
        brandFacetCode: options.brandFacetCode ?? 'brand',
        // Vendure's DefaultStockDisplayStrategy says LOW_STOCK up to 2 units.
        lowStockLevel: options.lowStockLevel ?? 2,
      },
    }),
    ...createCartMethods({ request, channel, currencyCode: options.currencyCode }),
    ...createCustomerMethods({ request, token }),
  };
}
