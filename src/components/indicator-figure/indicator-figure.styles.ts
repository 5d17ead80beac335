import { css } from 'lit';

// The figure and what is beside it are inline text: they share a baseline, and a long unit
// wraps under the figure. An empty line takes no room (no margins).
export const styles = css`
  p {
    margin: 0;
    overflow-wrap: anywhere;
  }
  [part='figure'] {
    font-weight: 700;
    line-height: 1.1;
  }
  .fig > :last-child {
    font-size: 18px;
    font-weight: 600;
  }
  a {
    color: var(--_accent);
  }
`;
