/**
 * Every story runs against a real storefront: the in-memory adapter over the sample French
 * catalog, wired through `createStorefront`, handed to a `<vt-storefront>` that wraps the story.
 *
 * A story describes its shop in `parameters.vitrine` (see `ShopParameters`); the toolbar's
 * channel and language apply unless the story fixes them with `globals`.
 */
import type { Decorator, Loader, StoryContext } from '@storybook/web-components-vite';
import {
  createMemoryAdapter,
  sampleProducts,
  type MemoryAdapterOptions,
} from '@vitrine/adapter-memory';
import {
  CHANNELS,
  createStorefront,
  DEFAULT_SETTINGS,
  defaultTaxDisplay,
  LOCALES,
  memoryStorage,
  type CatalogQuery,
  type Channel,
  type CommerceAdapter,
  type Locale,
  type Offer,
  type ProductDetail,
  type Storefront,
  type StorefrontSettings,
} from '@vitrine/core';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../packages/elements/src/storefront/vt-storefront.js';

/** How a story's shop is set up. Everything is optional: the default is the full sample catalog. */
export interface ShopParameters {
  /** Options of the in-memory adapter beyond the products, e.g. `latencyMs` or `failWith`. */
  readonly adapter?: Omit<MemoryAdapterOptions, 'products'>;
  /**
   * A backend of the story's own instead of the in-memory adapter over the sample catalog (a
   * shop that signs in by password, 10,000 products…); `adapter` and `products` then do not apply.
   */
  readonly backend?: () => CommerceAdapter;
  /** Products added to the sample catalog for this story (e.g. one with variants). */
  readonly products?: readonly ProductDetail[];
  /** The catalog query the shop starts with, e.g. `{ text: 'zzz' }`. */
  readonly query?: Partial<CatalogQuery>;
  /** Shop currency (ISO 4217); the `currency` attribute of `<vt-storefront>`. */
  readonly currency?: string;
  /** Lines put in the cart before the story renders: `[sku, quantity]`. */
  readonly cart?: readonly (readonly [sku: string, quantity: number])[];
  /**
   * `false` when the story renders its own `<vt-storefront>` (with `shopOf(context).storefront`)
   * instead of being wrapped in one.
   */
  readonly wrap?: boolean;
}

/** What the loader hands to the story, under `context.loaded`. */
export interface Shop {
  readonly storefront: Storefront;
  readonly settings: StorefrontSettings;
}

/** The sample product with this SKU (e.g. `VT-10001`); throws when the sample catalog lacks it. */
export function sampleProduct(sku: string): ProductDetail {
  const product = sampleProducts.find((p) => p.sku === sku);
  if (!product) throw new Error(`No sample product has the SKU ${sku}.`);
  return product;
}

/** The offer a visitor adds for this sample product (its best offer). */
export function sampleOffer(sku: string): Offer {
  const offer = sampleProduct(sku).bestOffer;
  if (!offer) throw new Error(`Sample product ${sku} has no offer.`);
  return offer;
}

function pick<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return (allowed as readonly unknown[]).includes(value) ? (value as T) : fallback;
}

function settingsFor(globals: Record<string, unknown>, shop: ShopParameters): StorefrontSettings {
  const channel: Channel = pick(globals.channel, CHANNELS, DEFAULT_SETTINGS.channel);
  const locale: Locale = pick(globals.locale, LOCALES, DEFAULT_SETTINGS.locale);
  return {
    channel,
    locale,
    currency: shop.currency ?? DEFAULT_SETTINGS.currency,
    taxDisplay: defaultTaxDisplay(channel),
  };
}

/** Builds the story's storefront, and fills its cart, before the story renders. */
export const shopLoader: Loader = async ({ parameters, globals }): Promise<{ shop: Shop }> => {
  const shop: ShopParameters = parameters.vitrine ?? {};
  const settings = settingsFor(globals, shop);
  const storefront = createStorefront({
    adapter:
      shop.backend?.() ??
      createMemoryAdapter({
        ...shop.adapter,
        products: [...sampleProducts, ...(shop.products ?? [])],
      }),
    settings,
    query: shop.query,
    // A fresh cart per story, whatever the other stories did.
    storage: memoryStorage(),
  });
  for (const [sku, quantity] of shop.cart ?? []) {
    await storefront.addLine(sampleOffer(sku).id, quantity);
  }
  return { shop: { storefront, settings } };
};

/** The shop the loader built for this story. */
export function shopOf(context: Pick<StoryContext, 'loaded'>): Shop {
  const shop = (context.loaded as { shop?: Shop }).shop;
  if (!shop) throw new Error('The story has no shop: is shopLoader registered in preview.ts?');
  return shop;
}

/**
 * Wraps the story in `<vt-storefront>`, written as an integrator would: the ready-made storefront
 * as a property, the channel and language as attributes.
 */
export const withStorefront: Decorator = (story, context) => {
  const shop: ShopParameters = context.parameters.vitrine ?? {};
  if (shop.wrap === false) return story();
  const { storefront, settings } = shopOf(context);
  return html`<vt-storefront
    .storefront=${storefront}
    channel=${settings.channel}
    locale=${settings.locale}
    currency=${ifDefined(shop.currency)}
    >${story()}</vt-storefront
  >`;
};
