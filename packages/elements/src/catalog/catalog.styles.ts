import { css } from 'lit';
import { feedback } from '../shared/feedback.styles.js';
import { fields } from '../shared/fields.styles.js';
import { buttons, tokens } from '../shared/tokens.styles.js';

export const styles = [
  tokens,
  buttons,
  feedback,
  fields,
  css`
    :host {
      display: block;
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_vt-space) * 1.5);
      align-items: flex-end;
      margin-bottom: calc(var(--_vt-space) * 1.5);
    }
    .search {
      position: relative;
      display: flex;
      flex-direction: column;
      flex: 1 1 240px;
    }
    .summary {
      margin: 0 0 var(--_vt-space);
      color: var(--_vt-muted);
      font-size: 0.875rem;
      min-height: 1.2em;
    }
    .summary:focus {
      outline: none;
    }
    .grid {
      display: grid;
      grid-template-columns: repeat(
        auto-fill,
        minmax(min(100%, var(--vt-catalog-min-card-width, 220px)), 1fr)
      );
      gap: calc(var(--_vt-space) * 2);
      margin: 0;
      padding: 0;
      list-style: none;
      transition: opacity 0.15s;
    }
    .table {
      /* Wide screens get the full widths; a tablet's narrower table shrinks each column. */
      --_vt-table-columns: 56px minmax(140px, 1fr) minmax(88px, 140px) minmax(120px, 140px)
        minmax(84px, 100px) minmax(172px, 250px);
      transition: opacity 0.15s;
    }
    .table[aria-busy='true'] {
      opacity: 0.55;
    }
    .head {
      display: grid;
      grid-template-columns: var(--_vt-table-columns);
      gap: var(--_vt-space);
      padding: var(--_vt-space) 0;
      border-bottom: 2px solid var(--_vt-border);
      font-size: 0.8125rem;
      font-weight: 600;
      color: var(--_vt-muted);
    }
    @media (max-width: 760px) {
      .head {
        display: none;
      }
    }
    .grid > li {
      display: grid;
    }
    .grid[aria-busy='true'] {
      opacity: 0.55;
    }
    .skeleton {
      height: 340px;
      border-radius: var(--_vt-radius);
      background: linear-gradient(
        90deg,
        var(--_vt-subtle) 25%,
        var(--_vt-border) 50%,
        var(--_vt-subtle) 75%
      );
      background-size: 200% 100%;
      animation: shimmer 1.4s infinite linear;
    }
    @keyframes shimmer {
      from {
        background-position: 200% 0;
      }
      to {
        background-position: -200% 0;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .skeleton {
        animation: none;
      }
    }
    .pagination {
      display: flex;
      justify-content: center;
      align-items: center;
      gap: calc(var(--_vt-space) * 2);
      margin-top: calc(var(--_vt-space) * 3);
    }
  `,
];
