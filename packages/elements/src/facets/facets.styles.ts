import { css } from 'lit';
import { tokens } from '../shared/tokens.styles.js';

export const styles = [
  tokens,
  css`
    :host {
      display: block;
    }
    :host(:state(unsupported)) {
      display: none;
    }
    .panel {
      display: grid;
      gap: calc(var(--_vt-space) * 2);
    }
    /* One column in a sidebar; facets side by side when the panel spans a page. */
    .choices {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 13rem), 1fr));
      gap: calc(var(--_vt-space) * 2) calc(var(--_vt-space) * 4);
      align-items: start;
    }
    .panel[aria-busy='true'] .count {
      opacity: 0.55;
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      justify-content: space-between;
      gap: var(--_vt-space);
      padding-bottom: var(--_vt-space);
      border-bottom: 1px solid var(--_vt-border);
    }
    .title {
      margin: 0;
      font-size: 1rem;
      font-weight: 700;
    }
    .toggle {
      display: none;
      align-items: center;
      gap: var(--_vt-space);
      min-height: 40px;
      padding: 0 calc(var(--_vt-space) * 1.5);
      border: 1px solid var(--_vt-border);
      border-radius: var(--_vt-radius);
      background: var(--_vt-surface);
      color: var(--_vt-text);
      font-weight: 700;
    }
    .toggle::after {
      content: '';
      width: 0.45em;
      height: 0.45em;
      border: solid currentColor;
      border-width: 0 2px 2px 0;
      transform: translateY(-25%) rotate(45deg);
    }
    .toggle[aria-expanded='true']::after {
      transform: translateY(25%) rotate(-135deg);
    }
    /* Phones: the products come first, the choices open on demand. */
    @media (max-width: 44.99rem) {
      .head {
        align-items: center;
      }
      .title {
        display: none;
      }
      .toggle {
        display: inline-flex;
      }
      .choices:not(.open) {
        display: none;
      }
    }
    .link {
      padding: 2px 4px;
      border: 0;
      border-radius: 4px;
      background: none;
      color: var(--_vt-primary);
      font-size: 0.875rem;
      text-decoration: underline;
      text-underline-offset: 2px;
    }
    .link:disabled {
      color: var(--_vt-muted);
      text-decoration: none;
    }
    .group {
      display: grid;
      gap: 2px;
      min-width: 0;
      margin: 0;
      padding: 0;
      border: 0;
    }
    legend,
    .legend {
      margin: 0 0 4px;
      padding: 0;
      font-size: 0.8125rem;
      font-weight: 600;
      letter-spacing: 0.02em;
      text-transform: uppercase;
      color: var(--_vt-muted);
    }
    .option {
      display: flex;
      align-items: center;
      gap: var(--_vt-space);
      min-height: 32px;
      padding: 2px 6px;
      border-radius: var(--_vt-radius);
      font-size: 0.9375rem;
      cursor: pointer;
    }
    .option:hover {
      background: var(--_vt-subtle);
    }
    .option:has(input:checked) {
      font-weight: 600;
    }
    .option:has(input:disabled) {
      color: var(--_vt-muted);
      cursor: not-allowed;
    }
    .option:has(input:disabled):hover {
      background: none;
    }
    .option input {
      flex: none;
      width: 1rem;
      height: 1rem;
      margin: 0;
      accent-color: var(--_vt-primary);
    }
    .name {
      min-width: 0;
      overflow-wrap: anywhere;
    }
    .count {
      font-weight: 400;
      white-space: nowrap;
      color: var(--_vt-muted);
      font-variant-numeric: tabular-nums;
    }
    .more {
      justify-self: start;
      margin-top: 2px;
    }
    .availability p {
      margin: 0;
      font-size: 0.875rem;
    }
    .bounds {
      margin: 0 0 4px;
      font-size: 0.875rem;
      color: var(--_vt-muted);
      font-variant-numeric: tabular-nums;
    }
    /* Two narrow fields and the button on one line; the button wraps under on a narrow column. */
    .range {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: var(--_vt-space);
    }
    .bound {
      display: grid;
      gap: 2px;
      flex: 1 1 6rem;
      min-width: 0;
      font-size: 0.8125rem;
      font-weight: 600;
      white-space: nowrap;
    }
    .bound input {
      width: 100%;
      min-width: 0;
      min-height: 36px;
      box-sizing: border-box;
      padding: 4px 8px;
      border: 1px solid var(--_vt-border);
      border-radius: var(--_vt-radius);
      background: var(--_vt-surface);
      color: var(--_vt-text);
      font: inherit;
      font-size: 0.9375rem;
      font-variant-numeric: tabular-nums;
    }
    .bound input[aria-invalid='true'] {
      border-color: var(--_vt-danger);
    }
    .unit {
      font-weight: 400;
      color: var(--_vt-muted);
    }
    .apply {
      min-height: 36px;
      padding: 0 calc(var(--_vt-space) * 1.5);
      border: 1px solid var(--_vt-border);
      border-radius: var(--_vt-radius);
      background: var(--_vt-surface);
      color: var(--_vt-text);
      font: inherit;
      font-size: 0.875rem;
      font-weight: 600;
      cursor: pointer;
    }
    .apply:hover {
      background: var(--_vt-subtle);
    }
    .error {
      margin: 4px 0 0;
      font-size: 0.875rem;
      color: var(--_vt-danger);
    }
  `,
];
