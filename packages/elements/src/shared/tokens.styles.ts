import { css } from 'lit';

/**
 * The global design tokens every element reads, with their defaults. Partners re-brand by
 * setting `--vt-*` on any ancestor; internals use private `--_vt-*` names.
 */
export const tokens = css`
  :host {
    --_vt-font: var(--vt-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_vt-text: var(--vt-color-text, #1d2430);
    --_vt-muted: var(--vt-color-muted, #5b6474);
    --_vt-surface: var(--vt-color-surface, #ffffff);
    --_vt-subtle: var(--vt-color-surface-subtle, #f3f5f8);
    --_vt-border: var(--vt-color-border, #d6dbe3);
    --_vt-primary: var(--vt-color-primary, #1f5fbf);
    --_vt-on-primary: var(--vt-color-on-primary, #ffffff);
    --_vt-danger: var(--vt-color-danger, #b42318);
    --_vt-success: var(--vt-color-success, #1a7f37);
    --_vt-highlight: var(--vt-color-highlight, #fff5d6);
    --_vt-radius: var(--vt-radius, 8px);
    --_vt-space: var(--vt-space, 8px);
    --_vt-focus: var(--vt-color-focus, #1f5fbf);
    font-family: var(--_vt-font);
    color: var(--_vt-text);
    line-height: 1.4;
    box-sizing: border-box;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--_vt-focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  button {
    font: inherit;
    cursor: pointer;
  }
  button:disabled {
    cursor: not-allowed;
  }
`;

/** The shop's buttons, shared by every element. */
export const buttons = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: calc(var(--_vt-space) / 2);
    min-height: 40px;
    padding: 0 calc(var(--_vt-space) * 2);
    border: 1px solid var(--_vt-primary);
    border-radius: var(--_vt-radius);
    background: var(--_vt-primary);
    color: var(--_vt-on-primary);
    font-weight: 600;
  }
  .button.secondary {
    background: transparent;
    color: var(--_vt-primary);
  }
  .button:disabled {
    opacity: 0.6;
  }
`;
