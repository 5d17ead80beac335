import { css } from 'lit';

/**
 * Status colours are tokens of their own (`--commitment-progress-status-<status>`, falling back
 * to `--ruta-status-<status>`, then to a series colour of the theme), so a portal can match its
 * own scale. Every status also has its own icon shape and its name in text: colour is never the
 * only cue.
 */
export const styles = css`
  :host {
    --_min-height: 24rem;
    --_status-not-started: var(--commitment-progress-status-not-started, var(--ruta-status-not-started, var(--_series-6)));
    --_status-started: var(--commitment-progress-status-started, var(--ruta-status-started, var(--_series-2)));
    --_status-advanced: var(--commitment-progress-status-advanced, var(--ruta-status-advanced, var(--_series-1)));
    --_status-completed: var(--commitment-progress-status-completed, var(--ruta-status-completed, var(--_series-3)));
    --_status-none: var(--commitment-progress-status-none, var(--ruta-status-none, var(--_muted)));
  }
  /*
   * The frame's tooltip is absolutely placed at the mark's centre, so without a width of its own it
   * shrinks to the space right of that point: a narrow column of words near the right edge. Its
   * own width, kept inside the list by showTip(), reads as one or two lines.
   */
  .tip {
    width: max-content;
  }
  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
    gap: 0.5rem 0.75rem;
    margin: 0 0 0.75rem;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .field {
    display: grid;
    gap: 0.125rem;
    min-width: 0;
    font-size: 0.8125rem;
    font-weight: 600;
    color: var(--_muted);
  }
  select {
    font: inherit;
    font-size: 0.875rem;
    font-weight: 400;
    color: var(--_foreground);
    background: var(--_background);
    border: 1px solid var(--_muted);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.25rem 0.375rem;
    min-height: 2rem;
    width: 100%;
    min-width: 0;
    max-width: 100%;
    text-overflow: ellipsis;
  }
  .summary-line {
    margin: 0 0 0.75rem;
    font-weight: 600;
  }
  .no-match {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin: 0 0 0.75rem;
  }
  .group + .group {
    margin-top: 1rem;
  }
  .group-heading {
    display: flex;
    align-items: center;
    gap: 0.375rem;
    margin: 0 0 0.5rem;
    font-size: 1rem;
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  .item {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5rem 24px;
    align-items: start;
    /* Keep in step with ITEM_INSET in the layout. */
    padding: 12px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .wide .item {
    /* Keep in step with WIDE_TEXT in the layout. */
    grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
  }
  .wide .evidence {
    grid-column: 1 / -1;
  }
  .main,
  .side {
    display: grid;
    gap: 0.5rem;
    min-width: 0;
  }
  .item-head {
    display: flex;
    align-items: baseline;
    gap: 0.5rem;
    margin: 0;
    font-size: 1rem;
    font-weight: 700;
    line-height: 1.3;
  }
  .number {
    flex: none;
    display: inline-grid;
    place-items: center;
    min-width: 1.75rem;
    height: 1.75rem;
    padding: 0 0.375rem;
    border-radius: 999px;
    background: var(--_foreground);
    color: var(--_background);
    font-size: 0.875rem;
    font-variant-numeric: tabular-nums;
  }
  .text {
    margin: 0;
  }
  .clamped {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    line-clamp: 3;
    overflow: hidden;
  }
  .more {
    justify-self: start;
    font-size: 0.8125rem;
    min-height: 1.75rem;
    padding: 0.125rem 0.625rem;
  }
  .meta {
    display: grid;
    gap: 0.375rem;
    margin: 0;
    font-size: 0.875rem;
  }
  .meta dt {
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  .meta dd {
    margin: 0;
  }
  .offices {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .status {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    font-weight: 600;
  }
  .icon {
    flex: none;
    width: 1rem;
    height: 1rem;
    display: block;
    overflow: visible;
  }
  .icon .ring {
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
  }
  .icon .pie {
    fill: currentColor;
  }
  .icon .check {
    fill: none;
    stroke: var(--_background);
    stroke-width: 1.75;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .st-not-started { color: var(--_status-not-started); }
  .st-started { color: var(--_status-started); }
  .st-advanced { color: var(--_status-advanced); }
  .st-completed { color: var(--_status-completed); }
  .st-none { color: var(--_status-none); }
  .status-text {
    color: var(--_foreground);
  }
  .st-none + .status-text {
    font-weight: 400;
    font-style: italic;
  }
  .progress {
    display: grid;
    gap: 0.25rem;
    font-size: 0.875rem;
  }
  .progress-text {
    margin: 0;
  }
  .progress-label {
    color: var(--_muted);
  }
  .meter-row {
    display: grid;
    grid-template-columns: 5.5rem minmax(0, 1fr);
    align-items: center;
    gap: 0.5rem;
  }
  .meter-label {
    font-size: 0.8125rem;
    color: var(--_muted);
    overflow-wrap: normal;
  }
  .meter {
    position: relative;
    height: 0.75rem;
    border-radius: 999px;
    background: var(--_track);
    /* The track's extent (where 100 % is) must be visible, not just its fill (WCAG 1.4.11). */
    box-shadow: inset 0 0 0 1px var(--_muted);
    overflow: hidden;
    cursor: default;
  }
  .fill {
    height: 100%;
    border-radius: inherit;
    transition: width 400ms ease;
  }
  .declared .fill {
    background: var(--_series-1);
  }
  .measured .fill {
    background: var(--_series-3);
  }
  .evidence {
    font-size: 0.875rem;
    min-width: 0;
  }
  .evidence summary {
    cursor: pointer;
    color: var(--_accent);
    width: fit-content;
    max-width: 100%;
  }
  .evidence ul {
    margin: 0.375rem 0 0;
    padding-inline-start: 1.125rem;
    display: grid;
    gap: 0.375rem;
  }
  .evidence a {
    color: var(--_accent);
  }
  .evidence-meta,
  .rejected {
    display: block;
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  .url {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  }
  .muted-line {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875rem;
  }
  @media print {
    .clamped {
      display: block;
      -webkit-line-clamp: unset;
      line-clamp: none;
      overflow: visible;
    }
    .more,
    .filters {
      display: none !important;
    }
    /* On paper, evidence lists print open (where the browser lets a closed <details> be styled). */
    .evidence::details-content {
      content-visibility: visible;
      display: block;
    }
    .fill,
    .icon,
    .number {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
  }
`;
