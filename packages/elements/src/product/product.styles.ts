import { css } from 'lit';
import { feedback } from '../shared/feedback.styles.js';
import { tables } from '../shared/tables.styles.js';
import { buttons, tokens } from '../shared/tokens.styles.js';

export const styles = [
  tokens,
  buttons,
  tables,
  feedback,
  css`
    :host {
      display: block;
      container-type: inline-size;
    }
    .product {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: calc(var(--_vt-space) * 3);
      align-items: start;
    }
    @container (min-width: 640px) {
      .product {
        grid-template-columns: minmax(0, 5fr) minmax(0, 6fr);
      }
    }
    /* Every picture sits in a 4:3 box whatever its own shape, so nothing moves as it loads. */
    .media img,
    .placeholder {
      display: block;
      width: 100%;
      height: auto;
      aspect-ratio: 4 / 3;
      object-fit: contain;
      border-radius: var(--_vt-radius);
      background: var(--_vt-subtle);
    }
    .thumbnails {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_vt-space);
      margin-top: var(--_vt-space);
    }
    .thumbnails button {
      width: 72px;
      padding: 0;
      border: 2px solid transparent;
      border-radius: var(--_vt-radius);
      background: none;
    }
    .thumbnails [aria-pressed='true'] {
      border-color: var(--_vt-primary);
    }
    .summary {
      display: flex;
      flex-direction: column;
      gap: var(--_vt-space);
    }
    h2,
    h3,
    p {
      margin: 0;
    }
    h2 {
      font-size: 1.5rem;
    }
    h3 {
      font-size: 1.125rem;
      margin-bottom: var(--_vt-space);
    }
    .brand {
      text-transform: uppercase;
      letter-spacing: 0.04em;
      font-size: 0.8125rem;
      color: var(--_vt-muted);
    }
    .muted {
      color: var(--_vt-muted);
      font-size: 0.875rem;
    }
    .buy {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      gap: var(--_vt-space);
    }
    .buy label {
      display: flex;
      flex-direction: column;
      gap: 4px;
      font-size: 0.875rem;
      font-weight: 600;
    }
    .buy input {
      width: 6em;
      min-height: 40px;
      padding: 0 var(--_vt-space);
      border: 1px solid var(--_vt-border);
      border-radius: var(--_vt-radius);
      font: inherit;
      background: var(--_vt-surface);
      color: var(--_vt-text);
    }
    .buy input[aria-invalid='true'] {
      border-color: var(--_vt-danger);
    }
    .description {
      line-height: 1.6;
    }
    .description :is(p, ul, ol, table) {
      margin: 0 0 var(--_vt-space);
    }
    .description a {
      color: var(--_vt-primary);
    }
    .variants {
      display: flex;
      flex-direction: column;
      gap: var(--_vt-space);
    }
    .variants fieldset {
      display: flex;
      flex-wrap: wrap;
      gap: 6px;
      margin: 0;
      padding: 0;
      border: 0;
    }
    .variants legend {
      padding: 0 0 4px;
      font-size: 0.875rem;
      font-weight: 600;
    }
    /* Each value is a pill; the native radio stays focusable and announced. */
    .variants label {
      position: relative;
      display: inline-flex;
      align-items: center;
      min-height: 40px;
      min-width: 44px;
      padding: 0 12px;
      justify-content: center;
      border: 1px solid var(--_vt-border);
      border-radius: var(--_vt-radius);
      background: var(--_vt-surface);
      cursor: pointer;
    }
    .variants input {
      position: absolute;
      opacity: 0;
      inset: 0;
      margin: 0;
      width: 100%;
      height: 100%;
      cursor: pointer;
    }
    .variants label:has(input:checked) {
      border-color: var(--_vt-primary);
      box-shadow: inset 0 0 0 1px var(--_vt-primary);
      font-weight: 600;
    }
    .variants label:has(input:focus-visible) {
      outline: 2px solid var(--_vt-primary);
      outline-offset: 2px;
    }
    .variants label.other-combination {
      border-style: dashed;
      color: var(--_vt-muted);
    }
    /* No seller has it: still choosable (its sellers and price show), crossed out. */
    .variants label.sold-out {
      background: var(--_vt-subtle);
      color: var(--_vt-muted);
    }
    .variants label.sold-out > span:not(.visually-hidden) {
      text-decoration: line-through;
    }
    .documents ul {
      display: grid;
      gap: 6px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .documents li {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 12px;
      align-items: baseline;
    }
    .documents a {
      color: var(--_vt-primary);
      font-weight: 600;
    }
    .offers,
    .specs,
    .documents {
      grid-column: 1 / -1;
    }
    thead th {
      font-size: 0.8125rem;
      color: var(--_vt-muted);
      font-weight: 600;
    }
    tbody th {
      font-weight: 600;
    }
    .specs th {
      width: 40%;
      font-weight: 400;
      color: var(--_vt-muted);
    }
    tr.chosen {
      background: var(--_vt-subtle);
    }
    /* A table too wide for its column scrolls in this box; the page never scrolls sideways. */
    .table-scroll {
      overflow-x: auto;
    }
    .offers .choose {
      width: 1%;
    }
    .offers .choose input {
      display: block;
      margin: 0;
    }
    /* On a phone the four columns fit when their gutters narrow. */
    @container (max-width: 479.98px) {
      .offers :is(th, td) {
        padding-inline: 4px;
      }
      .offers vt-price {
        --vt-price-size: 1.0625rem;
      }
    }
    input[type='radio'] {
      width: 20px;
      height: 20px;
      accent-color: var(--_vt-primary);
    }
    .skeleton {
      height: 360px;
      border-radius: var(--_vt-radius);
      background: var(--_vt-subtle);
    }
  `,
];
