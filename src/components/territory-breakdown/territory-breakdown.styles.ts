import { css } from 'lit';

export const styles = css`
  :host {
    /* About the height of the Ibagué chart, so the skeleton does not jump when data arrives. */
    --_min-height: 448px;
  }
  /* New data and a new order slide the bars; the frame turns transitions off under
     prefers-reduced-motion. */
  .mark {
    fill: var(--_series-1);
    transition: 0.4s ease;
    transition-property: y, width;
  }
  /* A territory at zero: a muted stub beside its written 0. */
  .zero {
    fill: var(--_muted);
  }
  /* SVG text is painted with fill; colour checkers (axe-core in Firefox) read color. */
  svg text {
    font-size: 13px;
    pointer-events: none;
    color: var(--_foreground);
    font-variant-numeric: tabular-nums;
  }
  @media print {
    rect {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
  }
`;
