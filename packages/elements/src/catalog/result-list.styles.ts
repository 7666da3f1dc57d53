import { css } from 'lit';

/** Added to the catalog when the scrolling list first loads. */
export const resultListStyles = css`
  .list .head {
    position: sticky;
    top: var(--vt-catalog-sticky-top, 0px);
    z-index: 1;
    background: var(--_vt-surface);
  }
  .rows > * {
    width: 100%;
  }
  .pending {
    height: 59px;
    border-bottom: 1px solid var(--_vt-border);
    background: linear-gradient(
        90deg,
        transparent 56px,
        var(--_vt-subtle) 56px 60%,
        transparent 60%
      )
      no-repeat center / 100% 14px;
  }
`;
