import { css } from 'lit';
import { tokens } from '../shared/tokens.styles.js';

export const styles = [
  tokens,
  css`
    :host {
      display: inline-block;
    }
    fieldset {
      display: inline-flex;
      margin: 0;
      padding: 2px;
      border: 1px solid var(--_vt-border);
      border-radius: 999px;
      background: var(--_vt-surface);
    }
    label {
      position: relative;
      padding: 4px 12px;
      border-radius: 999px;
      font-size: 0.8125rem;
      font-weight: 600;
      color: var(--_vt-muted);
      cursor: pointer;
      white-space: nowrap;
    }
    label.on {
      background: var(--_vt-primary);
      color: var(--_vt-on-primary);
    }
    input {
      position: absolute;
      opacity: 0;
      inset: 0;
      margin: 0;
      cursor: pointer;
    }
    label:has(input:focus-visible) {
      outline: 2px solid var(--_vt-focus);
      outline-offset: 2px;
    }
  `,
];
