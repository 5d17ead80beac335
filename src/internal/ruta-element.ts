/**
 * The frame every widget shares: where the data comes from, the language, the size, and every
 * state around the chart (loading, empty, error, stale), with the title, the screen-reader
 * summary, the notes, the "view table" toggle, the CSV download and the live announcement.
 *
 * A widget implements two things only: `model()` (pure data → view model, run in `willUpdate`)
 * and `renderChart()` (view model → template). Lit owns the DOM; d3 only computes.
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { FeedState } from '../feed/store.js';
import { jsonPath } from '../feed/issues.js';
import type { Feed } from '../feed/types.js';
import type { Lang } from '../format/locale.js';
import { errorMessage, failureMessage } from '../format/messages.js';
import { formatNumber } from '../format/number.js';
import { FRAME } from '../format/ui.js';
import { toCsv, type Cell } from './csv.js';
import { FeedController } from './feed-controller.js';
import { LangController } from './lang-controller.js';
import { NearViewportController } from './near-viewport-controller.js';
import { SizeController } from './size-controller.js';

export interface TableColumn {
  readonly label: string;
  readonly numeric?: boolean;
}

export interface TableRow {
  /** Raw values, for the CSV. */
  readonly cells: readonly Cell[];
  /** Formatted values, for the table on screen. */
  readonly display: readonly string[];
}

export interface TableData {
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow[];
}

/** What a widget's `model()` returns when it has something to draw. */
export interface ChartModel<V> {
  readonly kind: 'model';
  readonly title: string;
  /** One or two sentences a screen reader reads: what the chart shows, with its numbers. */
  readonly summary: string;
  /** Source and date of the data, shown under the chart. */
  readonly caption?: string;
  /** Discrepancies and remarks shown plainly next to the chart. */
  readonly notes?: readonly string[];
  readonly table: TableData;
  /** File name of the CSV, without extension. */
  readonly csvName: string;
  readonly view: V;
}

export type ModelResult<V> =
  | ChartModel<V>
  | { readonly kind: 'empty'; readonly title: string; readonly message?: string }
  | { readonly kind: 'problem'; readonly title: string; readonly message: string };

/** Frame-only state: changing it re-renders without laying the chart out again. */
const FRAME_STATE = new Set(['tip', 'tableOpen', 'announcement', 'printing', 'shown']);

/** Items a long list shows at first, and adds per "show more". */
export const PAGE = 50;

/** Horizontal padding plus border of `.frame` (frame.styles.ts), in pixels. */
const FRAME_INSET = 2 * 16 + 2;

export interface Tip {
  readonly text: string;
  readonly x: number;
  readonly y: number;
}

export abstract class RutaElement<V> extends LitElement {
  /** URL of the feed (JSON). Widgets on one URL share one request. */
  @property({ reflect: true }) src?: string;

  /** The feed as an object, set by code; wins over `src` and inline JSON. */
  @property({ attribute: false }) data?: unknown;

  /** Seconds between refreshes of `src`; absent or 0: load once. */
  @property({ type: Number }) refresh?: number;

  /** `light`, `dark`, or `auto` (follows the reader's preference). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'auto';

  /** A title to show instead of the one the feed gives. */
  @property() label?: string;

  /** Heading level of the title (1–6), to fit the outline of the page. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /**
   * `lazy` (default): fetch and lay out only when the element comes near the viewport, so a page
   * with twenty widgets stays fast; `eager`: at once.
   */
  @property({ reflect: true }) loading: 'lazy' | 'eager' = 'lazy';

  @state() protected tableOpen = false;
  @state() protected tip: Tip | undefined;
  @state() private announcement = '';
  /** Set by `beforeprint`: paper gets every item and the whole table. */
  @state() protected printing = false;
  /** How many items a long list shows (see `moreButton`). */
  @state() protected shown = PAGE;
  private readonly onBeforePrint = () => this.beforePrint();

  private readonly nearViewport = new NearViewportController(this);
  protected readonly feed = new FeedController(this, () => this.loading === 'eager' || this.nearViewport.near);
  protected readonly i18n = new LangController(this);
  protected readonly size = new SizeController(this);

  /** The last model computed in `willUpdate`, and what it was computed from. */
  protected result: ModelResult<V> | undefined;
  private modelFeed: Feed | undefined;
  private modelLang: Lang | undefined;
  private modelWidth = 0;
  private announcedRevision = -1;

  /** The element's tag, for CSS tokens, ids and the CSV file name. */
  protected abstract readonly tag: string;

  /** Pure: the view model for this feed, language and width. */
  protected abstract model(feed: Feed, lang: Lang, width: number): ModelResult<V>;

  /** The chart itself, from the view model. */
  protected abstract renderChart(view: V, lang: Lang): TemplateResult;

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('beforeprint', this.onBeforePrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeprint', this.onBeforePrint);
  }

  /** The page is about to print: paper has no "show more" and no "view table". */
  protected beforePrint(): void {
    this.printing = true;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.feed.sync();
    const state = this.feed.state;
    if (state.feed) {
      const lang = this.i18n.lang;
      const width = this.chartWidth();
      // The layout is redone only when its inputs may have changed: not when a tooltip opens or
      // the table is toggled (with a million raw rows, a hover must not recount them).
      const onlyFrameState = changed.size > 0 && [...changed.keys()].every((k) => FRAME_STATE.has(k as string));
      const same = state.feed === this.modelFeed && lang === this.modelLang && width === this.modelWidth;
      if (!(same && onlyFrameState && this.result)) this.result = this.computeModel(state.feed, lang, width);
      // Announce refreshed data, not the first load.
      if (state.revision !== this.announcedRevision) {
        if (this.announcedRevision >= 0 && this.result.kind === 'model') {
          this.announcement = `${FRAME[this.i18n.lang].updated} ${this.result.summary}`;
        }
        this.announcedRevision = state.revision;
      }
    } else this.result = undefined;
  }

  private computeModel(feed: Feed, lang: Lang, width: number): ModelResult<V> {
    this.modelFeed = feed;
    this.modelLang = lang;
    this.modelWidth = width;
    try {
      return this.model(feed, lang, width);
    } catch (e) {
      // A bug in one widget must show as an error in that widget, not a blank box.
      return { kind: 'problem', title: this.label ?? '', message: e instanceof Error ? e.message : String(e) };
    }
  }

  protected override render(): TemplateResult {
    const lang = this.i18n.lang;
    const m = FRAME[lang];
    const state = this.feed.state;
    const r = this.result;
    const busy = state.status === 'loading';
    const title = this.label || (r && 'title' in r ? r.title : '');
    return html`
      <section
        part="base"
        class="frame"
        aria-labelledby="title"
        aria-describedby=${r?.kind === 'model' ? 'summary' : nothing}
        aria-busy=${busy ? 'true' : 'false'}
        lang=${lang === 'es' ? 'es-CO' : 'en'}
      >
        ${title || !busy
          ? html`<div part="title" class="title" id="title" role="heading" aria-level=${this.clampedLevel()}>
              ${title || m.errorTitle}
            </div>`
          : html`<div class="sr-only" id="title">${m.loading}</div>`}
        ${this.renderBody(state, lang)}
        <div class="sr-only" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      </section>
    `;
  }

  /**
   * Width the chart may use: the host's, less the frame's padding and border. Before the first
   * ResizeObserver report, measured once directly, so the first paint is already laid out.
   */
  private chartWidth(): number {
    const host = this.size.width || Math.round(this.getBoundingClientRect().width) || 640;
    return Math.max(160, host - FRAME_INSET);
  }

  /** The heading level to use, 1–6 (3 when the attribute is out of range). */
  protected clampedLevel(): string {
    const n = Math.round(this.headingLevel);
    return String(n >= 1 && n <= 6 ? n : 3);
  }

  // Inline styles are set as `.style=${…}` (the CSSOM), never as a style attribute: a strict
  // Content-Security-Policy (style-src 'self') blocks attributes, and styleMap writes one first.
  private renderBody(state: FeedState, lang: Lang): TemplateResult {
    const m = FRAME[lang];
    if (state.status === 'loading') {
      return html`<div class="skeleton" part="status" role="status"><span class="sr-only">${m.loading}</span></div>`;
    }
    if (!state.feed || !this.result) {
      const failure = state.failure;
      const details = failure?.kind === 'schema' ? failure.errors.slice(0, 20) : [];
      return html`<div class="error" part="status" role="alert">
        <p>${failure ? failureMessage(failure, lang) : m.errorTitle}</p>
        ${details.length
          ? html`<details>
              <summary>${m.details}</summary>
              <ul>
                ${details.map((e) => html`<li><code>${jsonPath(e.path)}</code> ${errorMessage(e, lang)}</li>`)}
              </ul>
            </details>`
          : nothing}
        ${this.src ? html`<button type="button" @click=${() => this.feed.retry()}>${m.retry}</button>` : nothing}
      </div>`;
    }
    const r = this.result;
    const stale = state.stale
      ? html`<p class="stale" part="status" role="status">
          ${m.stale(state.fetchedAt)} <button type="button" @click=${() => this.feed.retry()}>${m.retry}</button>
        </p>`
      : nothing;
    if (r.kind === 'problem') {
      return html`${stale}<div class="error" part="status" role="alert"><p>${r.message}</p></div>`;
    }
    if (r.kind === 'empty') {
      return html`${stale}<p class="muted" part="status" role="status">${r.message ?? m.empty}</p>`;
    }
    return html`
      ${stale}
      <p class="sr-only" id="summary">${r.summary}</p>
      <div part="chart" class="chart" @pointerleave=${this.hideTip}>
        ${this.renderChart(r.view, lang)}
        ${this.tip
          ? html`<div class="tip" role="tooltip" id="tip" .style=${`left:${this.tip.x}px;top:${this.tip.y}px`}>
              ${this.tip.text}
            </div>`
          : nothing}
      </div>
      ${r.notes?.length
        ? html`<ul class="notes">
            ${r.notes.map((n) => html`<li class="note" part="note">${n}</li>`)}
          </ul>`
        : nothing}
      ${r.caption ? html`<p part="caption" class="caption">${r.caption}</p>` : nothing}
      <div class="actions">
        <button
          type="button"
          part="table-toggle"
          aria-expanded=${this.tableOpen ? 'true' : 'false'}
          aria-controls="data-table"
          @click=${() => (this.tableOpen = !this.tableOpen)}
        >
          ${this.tableOpen ? m.hideTable : m.showTable}
        </button>
        <button type="button" part="download" @click=${() => this.download(r)}>${m.download}</button>
      </div>
      <div class="table-wrap" id="data-table" ?hidden=${!this.tableOpen}>
        ${this.tableOpen || this.printing || r.table.rows.length <= 200 ? this.renderTable(r) : nothing}
      </div>
    `;
  }

  private renderTable(r: ChartModel<V>): TemplateResult {
    return html`<table part="table">
      <caption>
        ${r.title}
      </caption>
      <thead>
        <tr>
          ${r.table.columns.map((c) => html`<th scope="col" class=${c.numeric ? 'num' : ''}>${c.label}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${r.table.rows.map(
          (row) =>
            html`<tr>
              ${row.display.map((d, i) =>
                i === 0
                  ? html`<th scope="row">${d}</th>`
                  : html`<td class=${r.table.columns[i]?.numeric ? 'num' : ''}>${d}</td>`,
              )}
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  /** Builds the CSV of the table's raw values and hands it to the browser as a download. */
  protected download(r: ChartModel<V>): void {
    const csv = toCsv(
      r.table.columns.map((c) => c.label),
      r.table.rows.map((row) => row.cells),
    );
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${r.csvName}.csv`;
    a.rel = 'noopener';
    this.renderRoot.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    this.dispatchEvent(new CustomEvent('ruta-download', { detail: { filename: a.download, csv }, bubbles: true, composed: true }));
  }

  /**
   * The "show 50 more (N left)" button under a long list, when `left` items are not shown; then
   * focus moves to the first item it showed (the `sel` match at the old count).
   */
  protected moreButton(left: number, sel: string, text: (k: string, n: string, left: number) => string): TemplateResult | typeof nothing {
    const lang = this.i18n.lang;
    return left > 0
      ? html`<button type="button" part="show-more" @click=${async () => {
          const n = this.shown;
          this.shown += PAGE;
          await this.updateComplete;
          const next = this.renderRoot.querySelectorAll<HTMLElement>(sel)[n];
          if (next) {
            next.tabIndex = -1;
            next.focus();
          }
        }}>${text(formatNumber(Math.min(PAGE, left), lang), formatNumber(left, lang), left)}</button>`
      : nothing;
  }

  /** Shows the tooltip for a mark, from the pointer or from keyboard focus alike. */
  protected showTip(event: Event, text: string): void {
    const target = event.currentTarget as Element | null;
    const chart = this.renderRoot.querySelector('.chart');
    if (!target || !chart) return;
    const box = target.getBoundingClientRect();
    const frame = chart.getBoundingClientRect();
    // Centred on the mark, but kept inside the chart: the tip is at most 288 px wide.
    const half = Math.min(144, frame.width * 0.45);
    const x = Math.min(Math.max(box.left + box.width / 2 - frame.left, half), frame.width - half);
    this.tip = { text, x: Math.round(x), y: Math.round(box.top - frame.top) };
  }

  protected hideTip(): void {
    this.tip = undefined;
  }
}
