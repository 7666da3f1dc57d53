import { css } from 'lit';

/** A labelled field: the label's text above its input or select, as every element's forms show it. */
export const fields = css`
  .field {
    display: flex;
    flex-direction: column;
    gap: 4px;
    font-size: 0.875rem;
    font-weight: 600;
  }
  input,
  select {
    min-height: 40px;
    padding: 0 var(--_vt-space);
    border: 1px solid var(--_vt-border);
    border-radius: var(--_vt-radius);
    background: var(--_vt-surface);
    color: var(--_vt-text);
    font: inherit;
    font-weight: 400;
  }
`;
