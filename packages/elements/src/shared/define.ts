/**
 * Registers a tag once: an embed loaded twice, or a host that already defined the tag with its
 * own subclass, must not throw.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
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
