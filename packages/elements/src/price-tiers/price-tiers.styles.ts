import { css } from 'lit';
import { tokens } from '../shared/tokens.styles.js';

export const styles = [
  tokens,
  css`
    :host {
      display: block;
    }
    table {
      width: 100%;
      border-collapse: collapse;
      font-variant-numeric: tabular-nums;
    }
    caption {
      text-align: left;
      font-weight: 600;
      padding-bottom: calc(var(--_vt-space) / 2);
    }
    th,
    td {
      padding: 6px var(--_vt-space);
      border-bottom: 1px solid var(--_vt-border);
      text-align: right;
    }
    th:first-child {
      text-align: left;
    }
    thead th {
      font-size: 0.8125rem;
      font-weight: 600;
      color: var(--_vt-muted);
    }
    tbody th {
      font-weight: 400;
    }
    tr.current {
      background: var(--_vt-highlight);
      font-weight: 600;
    }
  `,
];
