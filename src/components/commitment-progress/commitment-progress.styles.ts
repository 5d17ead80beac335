import { css } from 'lit';

/**
 * Buttons, `.muted`, `.sr-only`, the table and the tooltip come from the frame (frame.styles.ts).
 *
 * Status colours are tokens of their own (`--commitment-progress-status-<status>`, falling back
 * to `--ruta-status-<status>`, then to a series colour of the theme), so a portal can match its
 * own scale. Every status also has its own mark and its name in text: colour is never the only cue.
 */
export const styles = css`
  :host {
    --_min-height: 384px;
    /* Bars, marks and number badges print in colour. */
    print-color-adjust: exact;
    -webkit-print-color-adjust: exact;
  }
  .chart,
  .group,
  .item > div,
  label {
    display: grid;
    gap: 12px;
    align-content: start;
    min-width: 0;
  }
  p,
  dl,
  dd {
    margin: 0;
  }
  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 192px), 1fr));
    gap: 8px 12px;
  }
  label {
    gap: 2px;
    font-size: 13px;
    font-weight: 600;
    color: var(--_muted);
  }
  select {
    font: inherit;
    font-weight: 400;
    color: var(--_foreground);
    background: var(--_background);
    border: 1px solid var(--_muted);
    border-radius: calc(var(--_radius) / 2);
    padding: 4px;
    min-height: 32px;
    min-width: 0;
  }
  .summary-line,
  .group-heading,
  .head {
    font-weight: 700;
  }
  .list,
  details ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 12px;
  }
  .item {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 12px 24px;
    padding: 12px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }
  /* Wide enough (the host is the container): the text beside its offices, status and progress. */
  @container (min-width: 720px) {
    .item {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    }
    details {
      grid-column: 1 / -1;
    }
  }
  .head {
    display: flex;
    align-items: baseline;
    gap: 8px;
    line-height: 1.3;
  }
  .number {
    flex: none;
    min-width: 28px;
    padding: 4px;
    border-radius: 999px;
    background: var(--_track);
    text-align: center;
  }
  /* Texts over CLAMP_CHARS (layout) show three lines until the reader asks for more. */
  .clamped {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
  }
  .item button {
    justify-self: start;
  }
  dl,
  details {
    font-size: 14px;
  }
  dl {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    gap: 6px 12px;
    align-content: start;
  }
  dt {
    color: var(--_muted);
  }
  /*
   * The status mark: a ring filled to the status's share of the scale (Harvey balls), dashed
   * when no status is declared. Its colour is only a second cue.
   */
  .icon {
    display: inline-block;
    width: 1em;
    height: 1em;
    margin-inline-end: 6px;
    vertical-align: -0.125em;
    border: 2px solid;
    border-radius: 50%;
    background: conic-gradient(currentColor var(--_share, 0), #0000 0);
  }
  .st-not-started {
    color: var(--commitment-progress-status-not-started, var(--ruta-status-not-started, var(--_series-6)));
  }
  .st-started {
    --_share: 25%;
    color: var(--commitment-progress-status-started, var(--ruta-status-started, var(--_series-2)));
  }
  .st-advanced {
    --_share: 75%;
    color: var(--commitment-progress-status-advanced, var(--ruta-status-advanced, var(--_series-1)));
  }
  .st-completed {
    --_share: 100%;
    color: var(--commitment-progress-status-completed, var(--ruta-status-completed, var(--_series-3)));
  }
  .st-none {
    border-style: dashed;
    color: var(--commitment-progress-status-none, var(--ruta-status-none, var(--_muted)));
  }
  .bar {
    height: 12px;
    margin: 2px 0 6px;
    border-radius: 999px;
    background: var(--_track);
    /* The track's extent (where 100 % is) must be visible, not just its fill (WCAG 1.4.11). */
    box-shadow: inset 0 0 0 1px var(--_muted);
    overflow: hidden;
  }
  .bar div {
    height: 100%;
    background: var(--_series-1);
    transition: width 0.4s;
  }
  .measured div {
    background: var(--_series-3);
  }
  summary,
  a {
    cursor: pointer;
    color: var(--_accent);
  }
  details ul {
    margin-top: 6px;
    gap: 6px;
  }
  @media print {
    .clamped {
      display: block;
    }
    .item button,
    .filters {
      display: none;
    }
    /* On paper, evidence lists print open (where the browser lets a closed <details> be styled). */
    ::details-content {
      content-visibility: visible;
    }
  }
`;
