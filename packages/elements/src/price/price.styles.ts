import { css } from 'lit';
import { tokens } from '../shared/tokens.styles.js';

/**
 * The rules of ./price-view.ts, for any shadow tree that renders a price (with `tokens`). Scoped
 * to the price: the host's own `.secondary` (a button) or `.label` must not take them.
 */
export const priceViewStyles = css`
  .price {
    display: inline-flex;
    flex-direction: column;
    gap: 2px;
  }
  .price .primary,
  .price .secondary {
    white-space: nowrap;
  }
  .price .amount {
    font-size: var(--vt-price-size, 1.25rem);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .price .amount.sale {
    color: var(--_vt-danger);
  }
  .price .regular {
    margin-left: 4px;
    font-size: 0.875rem;
    color: var(--_vt-muted);
  }
  .price .label,
  .price .secondary {
    font-size: 0.8125rem;
    color: var(--_vt-muted);
  }
  .unavailable {
    color: var(--_vt-muted);
    font-style: italic;
  }
`;

export const styles = [
  tokens,
  css`
    :host {
      display: inline-block;
    }
  `,
  priceViewStyles,
];
