import { css } from 'lit';

/**
 * Wide: the rows side by side, a horizontal axis drawn by their top borders, wrapping onto more
 * lines when they do not fit. Narrow (≤ 480 px, a phone): one under another, the axis down their
 * left side, and the blank months of an indicator without a cadence left out.
 */
export const styles = css`
  :host {
    --_min-height: 224px;
  }
  .axis {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(92px, 1fr));
    gap: 12px 2px;
  }
  li {
    display: flex;
    flex-direction: column;
    align-items: start;
    gap: 4px;
    padding: 4px 6px;
    border-top: 3px solid var(--_muted);
    font-size: 14px;
    overflow-wrap: break-word;
    hyphens: auto;
  }
  .held {
    border-color: var(--_accent);
    background: var(--_track);
  }
  .miss {
    border: 1px dashed var(--_muted);
    border-top-width: 3px;
    color: var(--_muted);
  }
  [href] {
    color: var(--_accent);
  }
  .ev::before {
    content: '';
    display: inline-block;
    width: 10px;
    height: 10px;
    margin-inline-end: 4px;
    border-radius: 50%;
    background: var(--_accent);
  }
  .ev span {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
  }
  @container (max-width: 480px) {
    .axis {
      grid-template-columns: 1fr;
    }
    li {
      flex-flow: row wrap;
      border-width: 0 0 0 3px;
      border-style: solid;
    }
    .miss {
      border: 1px dashed;
      border-left-width: 3px;
    }
    .none {
      display: none;
    }
  }
  @media print {
    li,
    .ev::before {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
  }
`;
