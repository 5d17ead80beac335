/**
 * Styles every widget shares: the two-level tokens, the light and dark themes, the states,
 * the table, the tooltip, print.
 *
 * Public custom properties are `--<tag>-<thing>`, falling back to the shared `--ruta-<thing>`
 * (settable once on any ancestor for every widget), read into a private `--_thing` on `:host`.
 * Never `--tw-*`: Tailwind sets those on every element of a host page.
 */
import { css, unsafeCSS, type CSSResult } from 'lit';

/** Light and dark values of each public token (`--ruta-<name>`). */
export const TOKENS: Record<string, readonly [light: string, dark: string]> = {
  background: ['#ffffff', '#161b22'],
  foreground: ['#1b1f24', '#e6edf3'],
  muted: ['#4b5563', '#9da7b3'],
  border: ['#d0d7de', '#3d444d'],
  accent: ['#0b5394', '#79b8ff'],
  track: ['#e8ecf0', '#2a313a'],
  'warning-foreground': ['#7a4100', '#ffcf87'],
  'warning-background': ['#fff4e0', '#3a2a0c'],
  'error-foreground': ['#9b1c1c', '#ffb3b3'],
  'error-background': ['#fdecec', '#3d1414'],
  // Series colours: distinguishable with the common colour-vision deficiencies and at least
  // 3:1 against the background (WCAG 1.4.11); every mark also carries its value as text.
  'series-1': ['#0b5394', '#79b8ff'],
  'series-2': ['#b35900', '#ffb366'],
  'series-3': ['#00796b', '#4fd1b5'],
  'series-4': ['#8e3b8e', '#e3a3e3'],
  'series-5': ['#5c6b00', '#c8d96f'],
  'series-6': ['#a8323e', '#ff9aa5'],
};

export const SERIES_COUNT = 6;

/**
 * The token block for one element: `--_x: var(--<tag>-x, var(--ruta-x, <light>))`, and the dark
 * theme under `theme="dark"`, or `theme="auto"` (the default) when the reader prefers dark.
 */
export function tokens(tag: string): CSSResult {
  const decl = (i: 0 | 1) =>
    Object.entries(TOKENS)
      .map(([name, values]) => `--_${name}: var(--${tag}-${name}, var(--ruta-${name}, ${values[i]}));`)
      .join('\n');
  return unsafeCSS(`
    :host { ${decl(0)}
      --_font: var(--${tag}-font-family, var(--ruta-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif));
      --_radius: var(--${tag}-radius, var(--ruta-radius, 6px));
    }
    :host([theme='dark']) { ${decl(1)} color-scheme: dark; }
    @media (prefers-color-scheme: dark) {
      :host(:not([theme='light']):not([theme='dark'])) { ${decl(1)} color-scheme: dark; }
    }
    /* Paper is white: print with the light values whatever the theme. */
    @media print {
      :host, :host([theme]) { ${decl(0)} color-scheme: light; }
    }
  `);
}

/*
 * Lengths are in px, not rem: a host page that sets its root font size (the common
 * `html { font-size: 62.5% }`, or a `* { font: 30px … !important }` that reaches <html>) must
 * neither shrink nor swell the widgets, whose layouts also measure text in px. Browser zoom
 * still scales everything (test/security/host-isolation.test.ts).
 */
export const frameStyles = css`
  :host {
    /* Set here so a widget nested in another (the report) does not inherit its parent's. */
    --_min-height: 192px;
    display: block;
    box-sizing: border-box;
    container-type: inline-size;
    min-width: 0;
    max-width: 100%;
    color: var(--_foreground);
    font-family: var(--_font);
    font-size: 16px;
    line-height: 1.45;
    text-align: start;
    /* An inherited "white-space: pre" would lay out the template's whitespace around .frame. */
    white-space: normal;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .frame {
    /*
     * The host element inherits from the page, and a page's "* { font: … !important }" beats
     * :host: the inner root starts from initial values (custom properties stay), so no inherited
     * font, spacing, list style, alignment or direction gets in. Widget text is Spanish or
     * English: it stays left-to-right in a right-to-left page, numbers and charts included.
     */
    all: initial;
    box-sizing: border-box;
    color: var(--_foreground);
    color-scheme: inherit;
    font: 400 16px/1.45 var(--_font);
    direction: ltr;
    height: 100%;
    margin: 0;
    padding: 16px;
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    position: relative;
    min-height: var(--_min-height, 192px);
    display: flex;
    flex-direction: column;
    gap: 12px;
  }
  .title {
    margin: 0;
    font-size: 18px;
    font-weight: 700;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .caption,
  .muted {
    color: var(--_muted);
    font-size: 14px;
    margin: 0;
    overflow-wrap: anywhere;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .note,
  .stale {
    margin: 0;
    padding: 8px 12px;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_warning-background);
    color: var(--_warning-foreground);
    font-size: 14px;
    overflow-wrap: anywhere;
  }
  .notes {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 6px;
  }
  .error {
    padding: 12px;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_error-background);
    color: var(--_error-foreground);
    overflow-wrap: anywhere;
  }
  .error p {
    margin: 0 0 8px;
  }
  .error ul {
    margin: 8px 0 0;
    padding-inline-start: 20px;
    font-size: 14px;
  }
  .error code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 13px;
  }
  .skeleton {
    flex: 1;
    min-height: calc(var(--_min-height, 192px) - 64px);
    border-radius: calc(var(--_radius) / 2);
    background: linear-gradient(90deg, var(--_track) 25%, var(--_background) 50%, var(--_track) 75%);
    background-size: 200% 100%;
    animation: shimmer 1.4s ease-in-out infinite;
  }
  @keyframes shimmer {
    from {
      background-position: 100% 0;
    }
    to {
      background-position: -100% 0;
    }
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
  }
  button {
    font: inherit;
    font-size: 14px;
    color: var(--_accent);
    background: transparent;
    border: 1px solid currentColor;
    border-radius: 999px;
    padding: 4px 12px;
    cursor: pointer;
    min-height: 32px;
  }
  button:hover {
    background: var(--_track);
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .chart {
    position: relative;
    width: 100%;
  }
  svg {
    display: block;
    overflow: visible;
    max-width: 100%;
    /* A host page's "svg { display: none }" or "fill: …" must not reach the marks. */
    visibility: visible;
  }
  svg text {
    fill: var(--_foreground);
    font-family: var(--_font);
  }
  svg .mark {
    cursor: default;
    outline: none;
  }
  svg .mark:focus-visible {
    stroke: var(--_foreground);
    stroke-width: 3px;
  }
  .tip {
    position: absolute;
    z-index: 1;
    pointer-events: none;
    width: max-content;
    max-width: min(288px, 90%);
    padding: 6px 8px;
    border-radius: 4px;
    background: var(--_foreground);
    color: var(--_background);
    font-size: 13px;
    transform: translate(-50%, calc(-100% - 8px));
    white-space: normal;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 14px;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 4px;
  }
  th,
  td {
    padding: 6px 8px;
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
    overflow-wrap: anywhere;
  }
  td.num,
  th.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .table-wrap {
    overflow-x: auto;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
  @media print {
    .frame {
      border-color: #000;
      break-inside: avoid;
    }
    .actions,
    .tip {
      display: none !important;
    }
    /* On paper the table carries every value legibly, whatever the colours. */
    .table-wrap[hidden] {
      display: block !important;
    }
  }
`;
