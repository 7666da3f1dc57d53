import { css } from 'lit';

/** Adopted by the catalog when the suggestions first load: the page's first paint skips them. */
export const suggestionStyles = css`
  .suggestions {
    position: absolute;
    z-index: 2;
    top: 100%;
    left: 0;
    right: 0;
    margin-top: 4px;
    padding: 4px 0;
    max-height: min(70vh, 28rem);
    overflow-y: auto;
    border: 1px solid var(--_vt-border);
    border-radius: var(--_vt-radius);
    background: var(--_vt-surface);
    box-shadow: 0 8px 24px rgb(0 0 0 / 0.16);
    font-size: 0.9375rem;
    font-weight: 400;
  }
  .heading {
    padding: 6px 12px 2px;
    color: var(--_vt-muted);
    font-size: 0.75rem;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  [role='option'] {
    display: flex;
    flex-wrap: wrap;
    gap: 2px 8px;
    align-items: baseline;
    padding: 8px 12px;
    cursor: pointer;
  }
  [role='option'][aria-selected='true'] {
    background: var(--_vt-subtle);
    box-shadow: inset 3px 0 var(--_vt-primary);
  }
  /* On a narrow screen the brand and SKU go under the name. */
  .name {
    flex: 1 1 14rem;
    min-width: 0;
  }
  .meta,
  .count {
    color: var(--_vt-muted);
    font-size: 0.8125rem;
    white-space: nowrap;
  }
`;
