import { css } from 'lit';

export const styles = css`
  :host {
    --_min-height: 352px;
  }
  .donut {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 16px 24px;
  }
  .donut-figure {
    position: relative;
    flex: none;
  }
  .center {
    position: absolute;
    inset: 0;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    pointer-events: none;
    line-height: 1.2;
  }
  .center-value {
    font-size: 24px;
    font-weight: 700;
    background: var(--_background);
  }
  .center-label {
    font-size: 13px;
    color: var(--_muted);
    background: var(--_background);
  }
  .mark {
    stroke: var(--_background);
    stroke-width: 1px;
    transition: opacity 300ms ease;
  }
  /* The width is also set as a CSS property (geometry properties apply to SVG), so new data
     animates; the frame turns transitions off under prefers-reduced-motion. */
  .bar {
    transition: width 400ms ease;
  }
  .track {
    fill: var(--_track);
  }
  .s1 { fill: var(--_series-1); background: var(--_series-1); }
  .s2 { fill: var(--_series-2); background: var(--_series-2); }
  .s3 { fill: var(--_series-3); background: var(--_series-3); }
  .s4 { fill: var(--_series-4); background: var(--_series-4); }
  .s5 { fill: var(--_series-5); background: var(--_series-5); }
  .s6 { fill: var(--_series-6); background: var(--_series-6); }
  .legend {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 8px;
    flex: 1 1 192px;
    min-width: 0;
  }
  .legend-item {
    display: grid;
    grid-template-columns: 14px 1fr;
    column-gap: 8px;
    align-items: baseline;
  }
  .swatch {
    width: 14px;
    height: 14px;
    border-radius: 2px;
    align-self: center;
  }
  .legend-name {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .legend-value {
    grid-column: 2;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
    font-size: 14px;
  }
  .bar-name {
    font-size: 14px;
    font-weight: 600;
  }
  .bar-value {
    font-size: 14px;
    font-variant-numeric: tabular-nums;
  }
  @media print {
    .swatch {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
  }
`;
