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
    a.button {
      text-decoration: none;
    }
    .offers {
      white-space: nowrap;
    }
    .from {
      margin: 0 0 -4px;
      font-size: 0.8125rem;
      color: var(--_vt-muted);
    }
    .footer {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_vt-space) / 2);
      margin-top: auto;
      padding-top: var(--_vt-space);
    }
  `,
];
