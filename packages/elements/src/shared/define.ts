import { pageLanguageLoading } from './localize.js';
import { nextTask, renderTurn } from './render-turn.js';

/**
 * Registers a tag once: an embed loaded twice, or a host that already defined the tag with its
 * own subclass, must not throw.
 *
 * On a page in another language than English, elements that show text are registered once that
 * language's catalogue has loaded: they render once, in the page's language, instead of in
 * English first and again when the catalogue arrives (a flash of the wrong language, and twice
 * the work while the page loads). `<vt-storefront>`, which shows no text, does not wait for it.
 *
 * Either way a tag is registered after the task that evaluates the script (long enough
 * already), taking turns with renders (./render-turn.ts): each registration upgrades the page's
 * elements of its tag, which connect and render, and all of them at once would make one long
 * task. Code that needs an element upgraded waits for `customElements.whenDefined(tag)`.
 */
export function defineElement(
  tag: string,
  element: CustomElementConstructor,
  { showsText = true } = {},
): void {
  const loading = showsText ? pageLanguageLoading() : undefined;
  void (loading ?? nextTask()).then(renderTurn).then(() => register(tag, element));
}

function register(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) customElements.define(tag, element);
  else if (existing !== element)
    warnOnce(`<${tag}> is already defined by another script; keeping it.`);
}

const warned = new Set<string>();
const development = (import.meta as { env?: { DEV?: boolean } }).env?.DEV !== false;

/** A hint for integrators, printed once, in development builds only. */
export function warnOnce(message: string): void {
  if (!development || warned.has(message)) return;
  warned.add(message);
  console.warn(`[vitrine] ${message}`);
}
