import { css } from 'lit';

/**
 * Buttons, `.muted`, `.sr-only` and the table come from the frame (frame.styles.ts). Each kind
 * has its own shape (a page, a play triangle, printed lines, a dashed ring, a box), drawn in the
 * text colour beside its name: kind never rests on colour. On paper every link prints its URL.
 */
export const styles = css`
  :host {
    print-color-adjust: exact;
    -webkit-print-color-adjust: exact;
  }
  .h {
    display: flex;
    align-items: center;
    gap: 8px;
    font-weight: 700;
  }
  ul {
    list-style: none;
    margin: 8px 0 16px;
    padding: 0;
    display: grid;
    gap: 8px;
    overflow-wrap: anywhere;
  }
  a {
    color: var(--_accent);
  }
  time {
    display: block;
  }
  /* Kinds and dates keep whole words in the table (the frame breaks anywhere): labels and URLs give way. */
  td:not(:last-child) {
    overflow-wrap: normal;
  }
  .i {
    flex: none;
    width: 0.8em;
    height: 1em;
    border: 2px solid;
  }
  .k-document {
    border-radius: 1px 6px 1px 1px;
  }
  .k-video {
    border: 0;
    background: currentColor;
    clip-path: polygon(0 0, 100% 50%, 0 100%);
  }
  .k-press {
    width: 1.1em;
    background: repeating-linear-gradient(currentColor 0 2px, #0000 0 4px);
  }
  .k-service {
    width: 1em;
    border-radius: 50%;
    border-style: dashed;
  }
  .k-record {
    width: 1em;
    border-top-width: 5px;
  }
  @media print {
    a::after {
      content: ' ' attr(href);
    }
  }
`;
