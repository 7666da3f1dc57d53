import { css } from 'lit';
import { buttons, tokens } from '../shared/tokens.styles.js';

export const styles = [
  tokens,
  buttons,
  css`
    :host {
      display: block;
    }
    .card {
      display: flex;
      flex-direction: column;
      height: 100%;
      background: var(--_vt-surface);
      border: 1px solid var(--_vt-border);
      border-radius: var(--_vt-radius);
      overflow: hidden;
    }
    .image {
      display: block;
      width: 100%;
      aspect-ratio: 4 / 3;
      object-fit: cover;
      background: var(--_vt-subtle);
    }
    .body {
      display: flex;
      flex-direction: column;
      flex: 1;
      gap: calc(var(--_vt-space) / 2);
      padding: calc(var(--_vt-space) * 1.5);
    }
    p,
    h3 {
      margin: 0;
    }
    .brand,
    .sku,
    .seller {
      font-size: 0.8125rem;
      color: var(--_vt-muted);
    }
    .brand {
      text-transform: uppercase;
      letter-spacing: 0.04em;
    }
    .name {
      font-size: 1rem;
      font-weight: 600;
    }
    .name a {
      color: inherit;
      text-decoration: none;
    }
    .name a:hover {
      text-decoration: underline;
    }
    .offers {
      white-space: nowrap;
    }
    .footer {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_vt-space) / 2);
      margin-top: auto;
      padding-top: var(--_vt-space);
    }
    .stock {
      font-size: 0.8125rem;
    }
    .stock.in {
      color: var(--_vt-success);
    }
    .stock.out {
      color: var(--_vt-danger);
    }
    .compare {
      display: flex;
      align-items: center;
      gap: 6px;
      font-size: 0.875rem;
    }
    .compare input {
      width: 18px;
      height: 18px;
      accent-color: var(--_vt-primary);
    }
    .message {
      min-height: 1.2em;
      font-size: 0.8125rem;
    }
    .message.added {
      color: var(--_vt-success);
    }
    .message.failed {
      color: var(--_vt-danger);
    }
  `,
];
