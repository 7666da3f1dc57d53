import { css } from 'lit';

/**
 * What several elements show the same way: stock, the outcome of an action, the Compare box,
 * and notices (errors with a retry, empty results).
 */
export const feedback = css`
  .stock {
    font-size: 0.8125rem;
  }
  .stock.in {
    color: var(--_vt-success);
  }
  .stock.out {
    color: var(--_vt-danger);
  }
  .message {
    min-height: 1.2em;
    margin: 0;
    font-size: 0.8125rem;
  }
  .message.added {
    color: var(--_vt-success);
  }
  .message.failed {
    color: var(--_vt-danger);
  }
  .compare {
    display: flex;
    align-items: center;
    gap: 6px;
    font-size: 0.8125rem;
  }
  .compare input {
    width: 18px;
    height: 18px;
    accent-color: var(--_vt-primary);
  }
  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_vt-space);
    padding: calc(var(--_vt-space) * 2);
    margin-bottom: calc(var(--_vt-space) * 2);
    border-radius: var(--_vt-radius);
    background: var(--_vt-subtle);
  }
  .notice p {
    margin: 0;
    flex: 1 1 200px;
  }
  .notice.error {
    border-left: 4px solid var(--_vt-danger);
  }
`;
