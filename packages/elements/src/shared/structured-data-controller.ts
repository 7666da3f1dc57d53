import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Keeps one JSON-LD script in the element's light DOM, so crawlers that do not run shadow DOM
 * still read the product data. Nothing is written when the element sits inside another shadow
 * root (a card in a catalog): the outer element describes the whole list instead.
 */
export class StructuredDataController implements ReactiveController {
  private script: HTMLScriptElement | undefined;

  constructor(
    private readonly host: Host,
    private readonly data: () => object | undefined,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const data = this.host.getRootNode() === document ? this.data() : undefined;
    if (!data) {
      this.script?.remove();
      this.script = undefined;
      return;
    }
    // "<" escaped so that no text from a backend can close the script element.
    const json = JSON.stringify(data).replace(/</g, '\\u003c');
    if (!this.script) {
      this.script = document.createElement('script');
      this.script.type = 'application/ld+json';
      this.host.append(this.script);
    }
    if (this.script.textContent !== json) this.script.textContent = json;
  }

  hostDisconnected(): void {
    this.script?.remove();
    this.script = undefined;
  }
}
