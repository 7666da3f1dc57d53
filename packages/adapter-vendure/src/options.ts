import type { KeyValueStorage } from '@vitrine/core';

export interface VendureAdapterOptions {
  /** Absolute URL of the Shop API, e.g. "https://shop.example/shop-api". */
  readonly baseUrl: string;
  /** The channel's token, sent as the `vendure-token` header; absent: the default channel. */
  readonly channelToken?: string;
  /**
   * Language of names and descriptions (`languageCode` query parameter): a Vendure language code
   * ("fr", "pt_BR") or a locale ("fr-FR" is sent as "fr", which Vendure knows).
   */
  readonly languageCode?: string;
  /**
   * Currency of prices and of the order Vendure creates (`currencyCode` query parameter), e.g.
   * "USD"; absent: the channel's default currency.
   */
  readonly currencyCode?: string;
  /** Replaces the global fetch (tests, or a host that adds headers). */
  readonly fetch?: typeof fetch;
  /**
   * Where the session token is kept without a storefront. The cart is the session's order, so a
   * token kept in memory (the default) loses the cart on reload: pass `browserStorage()` to keep
   * it across reloads and tabs. A storefront keeps it in its own storage instead
   * (`keepSessionIn`).
   */
  readonly sessionStore?: KeyValueStorage;
  /** The name shown in "Sold by …"; absent: the channel's code. Vendure sells as its channel. */
  readonly sellerName?: string;
  /**
   * The `lowStockLevel` of the shop's DefaultStockDisplayStrategy (Vendure's default: 2). It says
   * how many units "IN_STOCK" promises at least (one more); see the README.
   */
  readonly lowStockLevel?: number;
  /** Code of the facet whose values are brands; "brand" unless the shop named it otherwise. */
  readonly brandFacetCode?: string;
}
