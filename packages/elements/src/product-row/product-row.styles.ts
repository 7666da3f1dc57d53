import { css } from 'lit';
import { priceViewStyles } from '../price/price.styles.js';
import { feedback } from '../shared/feedback.styles.js';
import { buttons, tokens } from '../shared/tokens.styles.js';

export const styles = [
  tokens,
  buttons,
  feedback,
  priceViewStyles,
  css`
    :host {
      display: grid;
      /* The table's columns come from <vt-catalog>, for its header and rows alike. Alone, a row
         takes the same widths where there is room and narrower ones on a tablet, rather than
         overflowing: the columns' minimums and the gaps add up to 700 px. */
      grid-template-columns: var(
        --_vt-table-columns,
        56px minmax(140px, 1fr) minmax(88px, 140px) minmax(120px, 140px) minmax(84px, 100px)
          minmax(172px, 250px)
      );
      gap: var(--_vt-space);
      align-items: center;
      padding: var(--_vt-space) 0;
      border-bottom: 1px solid var(--_vt-border);
      font-size: 0.9375rem;
    }
    img {
      display: block;
      width: 56px;
      height: 42px;
      object-fit: cover;
      border-radius: calc(var(--_vt-radius) / 2);
      background: var(--_vt-subtle);
    }
    .name {
      display: flex;
      flex-direction: column;
      min-width: 0;
    }
    .name a,
    .name [part='name'] {
      color: inherit;
      font-weight: 600;
    }
    .sku,
    .muted {
      font-size: 0.8125rem;
      color: var(--_vt-muted);
    }
    .sku {
      font-variant-numeric: tabular-nums;
    }
    .price-cell {
      --vt-price-size: 1.0625rem;
      min-width: 0;
    }
    /* The price column is narrow: a struck-through usual price (a buyer's price list) goes under
       the price it is compared to, and a long tax label ("excl. VAT") under its amount when
       they do not fit side by side, rather than either running into the next column. */
    .price-cell .primary {
      white-space: normal;
    }
    .price-cell .label {
      white-space: nowrap;
    }
    .price-cell .regular {
      display: block;
      margin-left: 0;
    }
    .from {
      display: block;
      font-size: 0.8125rem;
      color: var(--_vt-muted);
    }
    a.button {
      text-decoration: none;
    }
    .buy {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 6px;
    }
    .buy input[type='number'] {
      width: 4.5em;
      min-height: 36px;
      padding: 0 6px;
      border: 1px solid var(--_vt-border);
      border-radius: var(--_vt-radius);
      font: inherit;
      background: var(--_vt-surface);
      color: var(--_vt-text);
    }
    .buy input[aria-invalid='true'] {
      border-color: var(--_vt-danger);
    }
    .buy .message {
      flex-basis: 100%;
    }
    .button {
      min-height: 36px;
      padding: 0 12px;
    }
    @media (max-width: 760px) {
      :host {
        grid-template-columns: 56px minmax(0, 1fr);
        row-gap: calc(var(--_vt-space) / 2);
      }
      /* Everything under the name, beside the picture: the first column is the picture's 56 px.
         The stock stays, one short line under the price: a buyer on a phone orders from it. */
      .seller,
      .price-cell,
      .stock,
      .buy {
        grid-column: 2;
      }
      .buy {
        margin-top: calc(var(--_vt-space) / 2);
      }
    }
  `,
];
