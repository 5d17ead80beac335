import { css } from 'lit';

export const styles = css`
  :host {
    --_min-height: 320px;
  }
  dl,
  dd,
  ul,
  p {
    margin: 0;
  }
  ul {
    padding-inline-start: 20px;
  }
  dt {
    color: var(--_muted);
    font-size: 14px;
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
    font-size: 16px;
  }
  tfoot {
    display: none;
  }
  .body,
  .commitment,
  .ind {
    display: grid;
    gap: 12px;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    gap: 8px 24px;
  }
  .commitment {
    border-top: 2px solid var(--_border);
    padding-top: 16px;
  }
  .head {
    font-size: 18px;
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
      font-size: 12px;
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
