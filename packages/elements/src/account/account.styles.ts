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
      display: inline-block;
    }
    .account {
      position: relative;
      min-width: 0;
      max-width: 100%;
    }
    .trigger {
      display: inline-flex;
      flex-direction: column;
      align-items: flex-start;
      justify-content: center;
      min-height: 44px;
      max-width: min(16rem, 100%);
      padding: 4px calc(var(--_vt-space) * 1.5);
      border: 1px solid var(--_vt-border);
      border-radius: var(--_vt-radius);
      background: var(--_vt-surface);
      color: var(--_vt-text);
      font-weight: 600;
      text-align: left;
    }
    .trigger[aria-expanded='true'] {
      border-color: var(--_vt-primary);
    }
    .trigger .name,
    .trigger .role {
      max-width: 100%;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .trigger .role {
      font-size: 0.75rem;
      font-weight: 400;
      color: var(--_vt-muted);
    }
    .panel {
      position: absolute;
      z-index: 20;
      top: calc(100% + 6px);
      right: 0;
      display: flex;
      flex-direction: column;
      gap: var(--_vt-space);
      width: min(22rem, calc(100vw - 32px));
      padding: calc(var(--_vt-space) * 2);
      border: 1px solid var(--_vt-border);
      border-radius: var(--_vt-radius);
      background: var(--_vt-surface);
      box-shadow: 0 8px 24px rgb(0 0 0 / 0.16);
    }
    .panel[hidden] {
      display: none;
    }
    p {
      margin: 0;
    }
    .heading {
      font-weight: 600;
    }
    .muted {
      color: var(--_vt-muted);
      font-size: 0.875rem;
    }
    ul {
      display: grid;
      gap: 4px;
      max-height: min(60vh, 28rem);
      overflow-y: auto;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .persona {
      display: flex;
      flex-direction: column;
      gap: 2px;
      width: 100%;
      padding: var(--_vt-space);
      border: 1px solid transparent;
      border-radius: var(--_vt-radius);
      background: none;
      color: var(--_vt-text);
      text-align: left;
    }
    .persona:hover {
      border-color: var(--_vt-border);
      background: var(--_vt-subtle);
    }
    .persona .name,
    .who .name {
      font-weight: 600;
    }
    .persona .description {
      font-size: 0.8125rem;
      color: var(--_vt-muted);
    }
    .who {
      display: flex;
      flex-direction: column;
    }
    .sign-in {
      display: flex;
      flex-direction: column;
      gap: var(--_vt-space);
    }
    .field input {
      font-size: 1rem;
    }
    .sign-in .detail {
      display: block;
      margin-top: 2px;
      color: var(--_vt-muted);
    }
    /* The demo personas under the form, when the shop offers both. */
    .sign-in ~ .heading {
      padding-top: var(--_vt-space);
      border-top: 1px solid var(--_vt-border);
    }
    .restoring {
      display: inline-block;
      width: 8rem;
      height: 44px;
      border-radius: var(--_vt-radius);
      background: var(--_vt-subtle);
    }
  `,
];
