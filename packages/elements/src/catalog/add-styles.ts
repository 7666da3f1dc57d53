import type { CSSResult } from 'lit';

/**
 * Adds styles to a shadow root that has its own already: for the parts of an element that load
 * later than the element itself.
 */
export function addStyles(root: Node, styles: CSSResult): void {
  if (!(root instanceof ShadowRoot)) return;
  const sheet = styles.styleSheet;
  if (!sheet) {
    const style = document.createElement('style');
    style.textContent = styles.cssText;
    root.append(style);
  } else if (!root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}
