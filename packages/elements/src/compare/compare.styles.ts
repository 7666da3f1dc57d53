import { css } from 'lit';
import { tables } from '../shared/tables.styles.js';
import { buttons, tokens } from '../shared/tokens.styles.js';

export const styles = [
  tokens,
  buttons,
  tables,
  css`
    :host {
      display: contents;
    }
    .tray {
      position: fixed;
      z-index: 20;
      left: 50%;
      bottom: var(--vt-compare-tray-offset, 16px);
      transform: translateX(-50%);
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_vt-space);
      max-width: calc(100vw - 32px);
      padding: var(--_vt-space) calc(var(--_vt-space) * 1.5);
      background: var(--_vt-surface);
      border: 1px solid var(--_vt-border);
      border-radius: var(--_vt-radius);
      box-shadow: 0 6px 24px rgb(0 0 0 / 0.18);
    }
    ul {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_vt-space);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li {
      display: flex;
      align-items: center;
      gap: 6px;
      max-width: 220px;
      padding: 4px 4px 4px 6px;
      border: 1px solid var(--_vt-border);
      border-radius: var(--_vt-radius);
      font-size: 0.8125rem;
    }
    li img {
      width: 32px;
      height: 24px;
      object-fit: cover;
      border-radius: 4px;
    }
    li .name {
      overflow: hidden;
      white-space: nowrap;
      text-overflow: ellipsis;
    }
    .hint {
      margin: 0;
      font-size: 0.75rem;
      color: var(--_vt-muted);
    }
    .remove,
    .close {
      border: 0;
      background: none;
      color: var(--_vt-muted);
      font-size: 1.25rem;
      line-height: 1;
      min-width: 28px;
      min-height: 28px;
    }
    .close {
      font-size: 1.75rem;
    }
    .link {
      border: 0;
      background: none;
      color: var(--_vt-primary);
      text-decoration: underline;
    }
    dialog {
      width: min(1100px, calc(100vw - 32px));
      max-height: calc(100vh - 32px);
      padding: 0;
      border: 0;
      border-radius: var(--_vt-radius);
      background: var(--_vt-surface);
      color: var(--_vt-text);
    }
    dialog::backdrop {
      background: rgb(0 0 0 / 0.35);
    }
    .panel {
      padding: calc(var(--_vt-space) * 2);
    }
    header {
      display: flex;
      align-items: center;
      gap: calc(var(--_vt-space) * 2);
      margin-bottom: calc(var(--_vt-space) * 2);
    }
    h2 {
      margin: 0 auto 0 0;
      font-size: 1.25rem;
    }
    .toggle {
      display: flex;
      align-items: center;
      gap: 6px;
      font-size: 0.875rem;
    }
    .scroll {
      overflow-x: auto;
    }
    table {
      transition: opacity 0.15s;
    }
    table[aria-busy='true'] {
      opacity: 0.55;
    }
    th,
    td {
      vertical-align: top;
    }
    thead th {
      min-width: 160px;
    }
    thead img {
      display: block;
      width: 100%;
      max-width: 200px;
      aspect-ratio: 4 / 3;
      object-fit: cover;
      border-radius: calc(var(--_vt-radius) / 2);
      margin-bottom: 6px;
    }
    tbody th {
      font-weight: 400;
      color: var(--_vt-muted);
      white-space: nowrap;
    }
    tr.differs td {
      background: var(--_vt-highlight);
      font-weight: 600;
    }
    .error {
      color: var(--_vt-danger);
    }
  `,
];
