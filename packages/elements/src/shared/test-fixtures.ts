import { fixture } from '@open-wc/testing';
import { createMemoryAdapter, sampleProducts } from '@vitrine/adapter-memory';
import {
  createStorefront,
  memoryStorage,
  type CommerceAdapter,
  type StorefrontSettings,
  type Storefront,
} from '@vitrine/core';
import { html, type TemplateResult } from 'lit';
import { useLocale } from './localize.js';
import '../storefront/vt-storefront.js';

export { sampleProducts };

export interface MountOptions {
  readonly settings?: Partial<StorefrontSettings>;
  readonly adapter?: CommerceAdapter;
  readonly storefront?: Storefront;
}

/** A fresh storefront over the sample catalog, rendered around `content`. */
export async function mountInStorefront(content: TemplateResult, options: MountOptions = {}) {
  const storefront =
    options.storefront ??
    createStorefront({
      adapter: options.adapter ?? createMemoryAdapter({ products: sampleProducts }),
      settings: options.settings ?? {},
      storage: memoryStorage(),
    });
  const locale = storefront.$settings.get().locale;
  const root = await fixture(
    html`<vt-storefront
      .storefront=${storefront}
      locale=${locale}
      channel=${storefront.$settings.get().channel}
      >${content}</vt-storefront
    >`,
  );
  await useLocale(locale);
  return { root, storefront };
}

/** Waits until `check` passes (elements render after stores settle). */
export async function eventually(check: () => void, timeout = 2000): Promise<void> {
  const start = performance.now();
  for (;;) {
    try {
      check();
      return;
    } catch (error) {
      if (performance.now() - start > timeout) throw error;
      await new Promise((resolve) => setTimeout(resolve, 16));
    }
  }
}

/** The visible text of an element's shadow root, whitespace collapsed. */
export function textOf(element: Element | null | undefined): string {
  const root = element?.shadowRoot ?? element;
  return (
    (root as ParentNode & { textContent: string | null })?.textContent
      ?.replace(/\s+/g, ' ')
      .trim() ?? ''
  );
}

export const inStockProducts = sampleProducts.filter((p) => (p.bestOffer?.stock ?? 0) > 0);
