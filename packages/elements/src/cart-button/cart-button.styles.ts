import { css } from 'lit';
import { tokens } from '../shared/tokens.styles.js';

export const styles = [
  tokens,
  css`
    :host {
      display: inline-block;
    }
    .button {
      position: relative;
      display: inline-flex;
      align-items: center;
      justify-content: center;
      width: var(--vt-cart-button-size, 44px);
      height: var(--vt-cart-button-size, 44px);
      border: 1px solid var(--_vt-border);
      border-radius: 50%;
      background: var(--_vt-surface);
      color: var(--_vt-text);
    }
    .badge {
      position: absolute;
      top: -4px;
      right: -4px;
      min-width: 20px;
      height: 20px;
      padding: 0 5px;
      border-radius: 10px;
      background: var(--_vt-primary);
      color: var(--_vt-on-primary);
      font-size: 0.75rem;
      font-weight: 700;
      line-height: 20px;
      text-align: center;
    }
    .badge[hidden] {
      display: none;
    }
  `,
];
