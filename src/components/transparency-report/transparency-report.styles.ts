import { css } from 'lit';

export const styles = css`
  :host {
    --_min-height: 20rem;
  }
  dl,
  dd,
  ul,
  p {
    margin: 0;
  }
  ul {
    padding-inline-start: 1.25rem;
  }
  dt {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  a {
    color: var(--_accent);
    overflow-wrap: anywhere;
  }
  /* One cell wide as the report: its footer prints on every page (see print). */
  .doc {
    table-layout: fixed;
    border-collapse: collapse;
  }
  .doc td {
    padding: 0;
    border: 0;
    font-size: 1rem;
  }
  tfoot {
    display: none;
  }
  .body,
  .commitment,
  .ind {
    display: grid;
    gap: 0.75rem;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
  }
  .commitment {
    border-top: 2px solid var(--_border);
    padding-top: 1rem;
  }
  .head {
    font-size: 1.125rem;
    font-weight: 700;
  }
  @media print {
    :host {
      container-type: normal;
    }
    .frame {
      border: 0;
      padding: 0;
    }
    a,
    dt,
    .note {
      color: #000;
    }
    .note {
      border: 1px solid;
    }
    /* Paper cannot follow a link: its address is printed after it. */
    .ev a::after {
      content: ' (' attr(href) ')';
    }
    /* A table footer repeats on every printed page; a fixed box would too, but over the text. */
    tfoot {
      display: table-footer-group;
      font-size: 0.75rem;
    }
    tfoot td {
      border-top: 1px solid;
    }
    .commitment,
    .ind {
      break-inside: avoid;
    }
    .head {
      break-after: avoid;
    }
  }
`;
