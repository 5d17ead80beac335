import { css, unsafeCSS } from 'lit';
import { SERIES_COUNT } from '../../internal/frame.styles.js';

/** `.s1` … `.s6`: a category's colour, as fill (bars) and background (legend swatches); built here rather than written out six times. */
const series = unsafeCSS(
  Array.from({ length: SERIES_COUNT }, (_, i) => `.s${i + 1}{fill:var(--_series-${i + 1});background:var(--_series-${i + 1})}`).join(''),
);

export const styles = css`
  :host {
    /* About the height of the Ibagué chart, so the skeleton does not jump when data arrives. */
    --_min-height: 416px;
  }
  .legend {
    list-style: none;
    margin: 0 0 12px;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 4px 20px;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 6px;
    overflow-wrap: anywhere;
  }
  .swatch {
    flex: none;
    width: 14px;
    height: 14px;
    border-radius: 2px;
  }
  ${series}
  /* Live data slides the bars to their new place; the frame turns transitions off under
     prefers-reduced-motion. */
  .mark {
    transition: 0.4s ease;
    transition-property: x, y, width, height;
  }
  line {
    stroke: var(--_muted);
  }
  /*
   * SVG text is painted with fill; colour checkers (axe-core in Firefox) read color. Both are
   * set alike, so what is checked is what is painted.
   */
  svg text {
    font-size: 13px;
    pointer-events: none;
    color: var(--_foreground);
    font-variant-numeric: tabular-nums;
  }
  svg .tick {
    fill: var(--_muted);
    color: var(--_muted);
  }
  .label,
  .total {
    font-size: 14px;
    font-weight: 600;
  }
  .label {
    font-weight: 700;
  }
  [part='note'] rect {
    fill: var(--_warning-background);
    stroke: var(--_warning-foreground);
  }
  svg .note-text {
    fill: var(--_warning-foreground);
    color: var(--_warning-foreground);
  }
  @media print {
    .swatch,
    rect {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
  }
`;
