import { css } from 'lit';

/** Data tables (offers, specifications, comparison): full width, one rule between rows. */
export const tables = css`
  table {
    width: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    padding: var(--_vt-space);
    border-bottom: 1px solid var(--_vt-border);
    text-align: left;
    vertical-align: middle;
  }
`;
