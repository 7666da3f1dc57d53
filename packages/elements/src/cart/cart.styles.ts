import { css } from 'lit';
import { tokens } from '../shared/tokens.styles.js';

/**
 * The styles of what the cart shows, loaded with cart-panel.ts: `<vt-cart>` itself only sets
 * its `display` (see cart.ts).
 */
export const styles = [
  tokens,
  css`
    dialog {
      margin: 0 0 0 auto;
      width: var(--vt-cart-drawer-width, min(420px, 100vw));
      max-width: 100vw;
      height: 100%;
      max-height: 100%;
      padding: 0;
      border: 0;
      background: var(--_vt-surface);
      color: var(--_vt-text);
      box-shadow: -8px 0 24px rgb(0 0 0 / 0.18);
    }
    dialog::backdrop {
      background: rgb(0 0 0 / 0.35);
    }
    .panel {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_vt-space) * 1.5);
      padding: calc(var(--_vt-space) * 2);
      background: var(--_vt-surface);
      border: 1px solid var(--_vt-border);
      border-radius: var(--_vt-radius);
    }
    dialog .panel {
      min-height: 100%;
      border: 0;
      border-radius: 0;
    }
    .header {
      display: flex;
      justify-content: space-between;
      align-items: center;
    }
    h2 {
      margin: 0;
      font-size: 1.25rem;
    }
    h2:focus {
      outline: none;
    }
    p {
      margin: 0;
    }
    .muted {
      color: var(--_vt-muted);
    }
    .small {
      font-size: 0.8125rem;
    }
    .close {
      border: 0;
      background: none;
      color: inherit;
      font-size: 1.75rem;
      line-height: 1;
      width: 40px;
      height: 40px;
    }
    .lines {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_vt-space) * 1.5);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .lines[aria-busy='true'] {
      opacity: 0.7;
    }
    .line {
      display: grid;
      grid-template-columns: 56px 1fr auto;
      grid-template-areas:
        'thumb info total'
        'thumb quantity remove'
        'error error error';
      gap: 4px var(--_vt-space);
      align-items: center;
      padding-bottom: calc(var(--_vt-space) * 1.5);
      border-bottom: 1px solid var(--_vt-border);
    }
    .thumb {
      grid-area: thumb;
      width: 56px;
      height: 42px;
      object-fit: cover;
      border-radius: calc(var(--_vt-radius) / 2);
      background: var(--_vt-subtle);
      align-self: start;
    }
    .info {
      grid-area: info;
    }
    .name {
      font-weight: 600;
    }
    .quantity {
      grid-area: quantity;
      display: inline-flex;
      align-items: center;
    }
    .quantity input {
      width: 3.5em;
      height: 32px;
      text-align: center;
      border: 1px solid var(--_vt-border);
      border-left: 0;
      border-right: 0;
      font: inherit;
      background: var(--_vt-surface);
      color: var(--_vt-text);
      -moz-appearance: textfield;
    }
    .quantity input::-webkit-inner-spin-button {
      -webkit-appearance: none;
    }
    .quantity input[aria-invalid='true'] {
      border-color: var(--_vt-danger);
    }
    .step {
      width: 32px;
      height: 32px;
      border: 1px solid var(--_vt-border);
      background: var(--_vt-subtle);
      color: var(--_vt-text);
    }
    .step:first-of-type {
      border-radius: var(--_vt-radius) 0 0 var(--_vt-radius);
    }
    .step:last-of-type {
      border-radius: 0 var(--_vt-radius) var(--_vt-radius) 0;
    }
    .line-total {
      grid-area: total;
      font-weight: 600;
      text-align: right;
      font-variant-numeric: tabular-nums;
    }
    .link {
      border: 0;
      background: none;
      padding: 4px 0;
      color: var(--_vt-primary);
      text-decoration: underline;
    }
    .remove {
      grid-area: remove;
      justify-self: end;
    }
    .field-error {
      grid-area: error;
      color: var(--_vt-danger);
      font-size: 0.8125rem;
    }
    .error {
      display: flex;
      gap: var(--_vt-space);
      align-items: center;
      justify-content: space-between;
      padding: var(--_vt-space) calc(var(--_vt-space) * 1.5);
      border-left: 4px solid var(--_vt-danger);
      background: var(--_vt-subtle);
    }
    .totals {
      width: 100%;
      border-collapse: collapse;
      font-variant-numeric: tabular-nums;
    }
    .totals th {
      text-align: left;
      font-weight: 400;
      color: var(--_vt-muted);
    }
    .totals td {
      text-align: right;
    }
    .totals th,
    .totals td {
      padding: 4px 0;
    }
    .totals .primary th,
    .totals .primary td {
      color: var(--_vt-text);
      font-weight: 700;
      font-size: 1.125rem;
      border-top: 1px solid var(--_vt-border);
      padding-top: var(--_vt-space);
    }
  `,
];
