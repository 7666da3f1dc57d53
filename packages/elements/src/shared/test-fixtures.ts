import { fixture } from '@open-wc/testing';
import { createMemoryAdapter, sampleProducts } from '@vitrine/adapter-memory';
import {
  createStorefront,
  memoryStorage,
  type CommerceAdapter,
  type StorefrontSettings,
  type Storefront,
} from '@vitrine/core';
import { html, type ReactiveElement, type TemplateResult } from 'lit';
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
  await rendered(root);
  return { root, storefront };
}

/** Every element under `root`, shadow roots included. */
function allElements(root: Element): Element[] {
  const found: Element[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const el of node.querySelectorAll('*')) {
      found.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(root.shadowRoot ?? root);
  visit(root);
  return found;
}

/**
 * Waits until no element under `root` has a render pending. Elements render in turns
 * (render-turn.ts), and a render may add elements that render in later turns.
 */
export async function rendered(root: Element): Promise<void> {
  for (;;) {
    const elements = [root, ...allElements(root)];
    // Tags register a task after their module loads (define.ts).
    const undefinedTags = new Set(
      elements
        .map((el) => el.localName)
        .filter((tag) => tag.startsWith('vt-') && !customElements.get(tag)),
    );
    const pending = elements.filter(
      (el) => (el as Partial<ReactiveElement>).isUpdatePending,
    ) as ReactiveElement[];
    if (pending.length === 0 && undefinedTags.size === 0) return;
    await Promise.all([
      ...[...undefinedTags].map((tag) => customElements.whenDefined(tag)),
      ...pending.map((el) => el.updateComplete),
    ]);
  }
}

/**
 * Waits until `check` passes (elements render after stores settle). The timeout only matters
 * for a failure: a loaded machine may take seconds to render what a quiet one shows at once.
 */
export async function eventually(check: () => void, timeout = 5000): Promise<void> {
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

/** The values checked in a `<vt-product>`'s variant picker, e.g. ['M', 'Navy']. */
export const checkedVariantValues = (product: Element) =>
  [...product.shadowRoot!.querySelectorAll<HTMLInputElement>('[part=variants] input:checked')].map(
    (input) => input.parentElement!.textContent!.trim().split(/\s+/)[0],
  );

/** Clicks the value of a `<vt-product>`'s variant picker whose label starts with `value`. */
export const pickVariantValue = (product: Element, value: string) =>
  [...product.shadowRoot!.querySelectorAll<HTMLInputElement>('[part=variants] input')]
    .find((input) => input.parentElement!.textContent!.trim().startsWith(value))!
    .click();
