import { css } from 'lit';

export const styles = css`
  :host {
    /* About the height of the Ibagué chart, so the skeleton does not jump when data arrives. */
    --_min-height: 26rem;
  }
  .legend {
    list-style: none;
    margin: 0 0 0.75rem;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
  }
  .legend-item {
    display: flex;
    align-items: center;
    gap: 0.375rem;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .swatch {
    flex: none;
    width: 0.875rem;
    height: 0.875rem;
    border-radius: 2px;
  }
  .legend-name {
    font-weight: 600;
  }
  .legend-value {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
    font-size: 0.875rem;
  }
  .s1 { fill: var(--_series-1); background: var(--_series-1); }
  .s2 { fill: var(--_series-2); background: var(--_series-2); }
  .s3 { fill: var(--_series-3); background: var(--_series-3); }
  .s4 { fill: var(--_series-4); background: var(--_series-4); }
  .s5 { fill: var(--_series-5); background: var(--_series-5); }
  .s6 { fill: var(--_series-6); background: var(--_series-6); }
  .bar {
    transition:
      x 400ms ease,
      y 400ms ease,
      width 400ms ease,
      height 400ms ease;
  }
  .axis {
    stroke: var(--_muted);
    stroke-width: 1px;
  }
  /*
   * SVG text is painted with fill; colour checkers (axe-core in Firefox) read color. Both are
   * set alike, so what is checked is what is painted.
   */
  svg text {
    font-size: 13px;
    pointer-events: none;
    color: var(--_foreground);
  }
  .value {
    font-variant-numeric: tabular-nums;
  }
  svg text.inside {
    fill: var(--_background);
    color: var(--_background);
    font-weight: 600;
  }
  svg text.tick {
    fill: var(--_muted);
    color: var(--_muted);
  }
  .group-label,
  .group-total {
    font-size: 14px;
  }
  .group-label {
    font-weight: 700;
  }
  .group-total {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .note-box {
    fill: var(--_warning-background);
    stroke: var(--_warning-foreground);
    stroke-width: 1px;
  }
  svg text.note-text {
    fill: var(--_warning-foreground);
    color: var(--_warning-foreground);
  }
  @media print {
    .swatch,
    .bar,
    .note-box {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
  }
`;
