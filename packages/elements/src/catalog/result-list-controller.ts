import { msg } from '@lit/localize';
import type { RangeChangedEvent } from '@lit-labs/virtualizer/events.js';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import { createResultList, type ProductSummary, type Storefront } from '@vitrine/core';
import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { errorMessage } from '../shared/error-message.js';
import { addStyles } from './add-styles.js';
import { resultListStyles } from './result-list.styles.js';
import '../product-row/vt-product-row.js';

/** What the list draws around its rows: the catalog's table head and one product's row. */
export interface ResultListParts {
  readonly head: TemplateResult;
  readonly row: (product: ProductSummary, index: number) => TemplateResult;
  readonly busy: boolean;
}

/**
 * Every result of the catalog's search in one table that the page scrolls through: only the
 * rows in view (and a few around) are in the DOM, whatever the number of products, and the pages
 * of results load as they come into view. Loaded when a catalog first shows `layout="list"`.
 */
export class ResultListController implements ReactiveController {
  private list: ReturnType<typeof createResultList> | undefined;
  private listOf: Storefront | undefined;
  private stopListening: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: Node },
    private readonly storefront: () => Storefront | undefined,
  ) {
    addStyles(host.renderRoot, resultListStyles);
    host.addController(this);
  }

  hostConnected(): void {
    this.follow(this.storefront());
  }

  hostDisconnected(): void {
    this.follow(undefined);
  }

  render({ head, row, busy }: ResultListParts) {
    this.follow(this.storefront());
    const list = this.list?.$list.get();
    if (!list) return nothing;
    return html`<div
      part="table"
      class="table list"
      role="table"
      aria-label=${msg('Products', { id: 'catalog.products' })}
      aria-rowcount=${list.total + 1}
      aria-busy=${busy ? 'true' : 'false'}
    >
      ${head}
      <div
        class="rows"
        role="rowgroup"
        @rangeChanged=${(event: RangeChangedEvent) => this.list?.show(event.first, event.last)}
      >
        ${virtualize({
          items: list.items as (ProductSummary | undefined)[],
          // Positions, not products: a row that was still loading keeps its place.
          keyFunction: (_item, index) => index,
          renderItem: (product, index) =>
            product
              ? row(product, index)
              : html`<div class="pending" role="row" aria-rowindex=${index + 2}>
                  <span role="cell" class="visually-hidden">
                    ${msg('Loading products…', { id: 'catalog.loading' })}
                  </span>
                </div>`,
        })}
      </div>
      ${
        list.error
          ? html`<div part="error" class="notice error" role="alert">
              <p>${errorMessage(list.error)}</p>
              <button class="button secondary" @click=${() => this.list?.retry()}>
                ${msg('Try again', { id: 'action.retry' })}
              </button>
            </div>`
          : nothing
      }
    </div>`;
  }

  /** Keeps one list for the catalog's storefront while the catalog is on the page. */
  private follow(storefront: Storefront | undefined): void {
    if (storefront === this.listOf && (this.stopListening || !storefront)) return;
    this.stopListening?.();
    this.listOf = storefront;
    this.list = storefront && createResultList(storefront.adapter, storefront);
    this.stopListening = this.list?.$list.listen(() => this.host.requestUpdate());
  }
}
