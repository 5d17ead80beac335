import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Feed, IndicatorKind } from '../../feed/types.js';
import type { Lang } from '../../format/locale.js';
import { formatDateShort, formatNumber } from '../../format/number.js';
import { frameStyles, tokens } from '../../internal/frame.styles.js';
import { RutaElement, type ModelResult } from '../../internal/ruta-element.js';
import { COMMITMENT_MESSAGES } from '../commitment-progress/commitment-progress.messages.js';
import '../attendance-breakdown/attendance-breakdown.js';
import '../contract-platform-chart/contract-platform-chart.js';
import '../event-timeline/event-timeline.js';
import '../evidence-list/evidence-list.js';
import '../indicator-figure/indicator-figure.js';
import '../territory-breakdown/territory-breakdown.js';
import { layoutReport, type IndicatorRef, type ReportView, type Section, type Warn } from './transparency-report.layout.js';
import { REPORT_MESSAGES } from './transparency-report.messages.js';
import { styles } from './transparency-report.styles.js';

const TAG = 'transparency-report';

/** The element that draws each kind of indicator. */
const TAGS: Record<IndicatorKind, string> = {
  'contract-platforms': 'contract-platform-chart',
  attendance: 'attendance-breakdown',
  events: 'event-timeline',
  'territory-counts': 'territory-breakdown',
  figure: 'indicator-figure',
  links: 'evidence-list',
};

type Child = HTMLElement & { data?: unknown };

/**
 * The whole feed as one document, for a portal's transparency page or for printing and handing
 * to the Concejo: the report's header (entity, title, period, publication date, source), the
 * overall progress ("2 de 12 compromisos cumplidos" and the count of each status), a table of
 * contents, then each commitment (number, text, offices, status, declared and measured progress,
 * notes, evidence) followed by each of its indicators drawn by the element of its kind. Every
 * consistency warning of the feed shows plainly under the commitment or indicator its JSON path
 * points to. Printed, every page carries the report's name, period and the date the data was
 * retrieved; links print their address; commitments are kept whole on a page where they fit.
 *
 * Nested elements get the report's already checked feed object (checked once for all of them),
 * its language and theme, and the heading levels below its own; they load lazily, as the reader
 * scrolls, unless the report is `loading="eager"` or the page is printed. The custom properties
 * below style the report's own parts; nested elements follow their own (`--<tag>-*`) and the
 * shared `--ruta-*` ones, so one `--ruta-accent` on the page reaches everything.
 *
 * @summary A municipality's whole transparency report: header, progress, commitments, indicators and warnings.
 *
 * @attr src - URL of the feed (JSON). Widgets on one URL share one request.
 * @attr refresh - Seconds between refreshes of `src`; absent or 0: load once.
 * @attr lang - `es` (default) or `en`; otherwise the nearest ancestor's `lang`. Passed on to the nested elements.
 * @attr theme - `auto` (default, follows the reader), `light` or `dark`. Passed on to the nested elements.
 * @attr label - A title to show instead of the report's.
 * @attr heading-level - Heading level of the title, 1–6 (default 2); commitments take the next level, indicators the one after.
 * @attr loading - `lazy` (default): fetch when near the viewport, and nested elements as they come near; `eager`: everything at once (set by itself when the page is printed).
 *
 * @prop {unknown} data - The feed as an object; wins over `src` and inline JSON.
 *
 * @slot - An inline `<script type="application/json">` with the feed, for pages with no separate file; any other content (a link to the report) is a fallback shown only where scripts do not run.
 *
 * @fires ruta-download - The reader downloaded the CSV (one row per commitment); `detail: { filename, csv }`. Nested elements fire their own.
 *
 * @csspart base - The frame around everything.
 * @csspart title - The report's title.
 * @csspart status - Loading, error, empty and stale messages.
 * @csspart chart - The report's body.
 * @csspart header - Entity, period, publication date, office and source.
 * @csspart summary - The overall progress: "2 de 12 compromisos cumplidos", statuses and warnings count.
 * @csspart toc - The table of contents.
 * @csspart show-more - The "Mostrar 50 más" button after the commitments shown (only the first 50 show at first; all of them print).
 * @csspart commitment - One commitment's section.
 * @csspart evidence - A commitment's evidence list.
 * @csspart warning - A consistency warning, under what it is about.
 * @csspart table-toggle - The "view table" button.
 * @csspart download - The CSV button.
 * @csspart table - The data table (one row per commitment).
 *
 * @cssproperty --transparency-report-background - Background (falls back to `--ruta-background`).
 * @cssproperty --transparency-report-foreground - Text colour (falls back to `--ruta-foreground`).
 * @cssproperty --transparency-report-muted - Labels and secondary text (falls back to `--ruta-muted`).
 * @cssproperty --transparency-report-border - Frame, section and table borders (falls back to `--ruta-border`).
 * @cssproperty --transparency-report-accent - Links, buttons and focus ring (falls back to `--ruta-accent`).
 * @cssproperty --transparency-report-track - Skeleton and button hover (falls back to `--ruta-track`).
 * @cssproperty --transparency-report-warning-foreground - Warnings and stale text (falls back to `--ruta-warning-foreground`).
 * @cssproperty --transparency-report-warning-background - Warnings background (falls back to `--ruta-warning-background`).
 * @cssproperty --transparency-report-error-foreground - Error text (falls back to `--ruta-error-foreground`).
 * @cssproperty --transparency-report-error-background - Error background (falls back to `--ruta-error-background`).
 * @cssproperty --transparency-report-font-family - Font (falls back to `--ruta-font-family`, then the system font).
 * @cssproperty --transparency-report-radius - Corner radius (falls back to `--ruta-radius`).
 */
// Built on the shared frame rather than a bare LitElement: its loading, error, stale and empty
// states, title, screen-reader summary and table/CSV (one row per commitment, from
// commitment-progress's layout) are what a report needs too, for a few lines of `model()`.
export class TransparencyReport extends RutaElement<ReportView> {
  static override styles = [tokens(TAG), frameStyles, styles];
  protected readonly tag = TAG;

  constructor() {
    super();
    this.headingLevel = 2;
  }

  /** The nested elements, by indicator: created once, given new data and attributes on each render. */
  private kids = new Map<string, Child>();

  /** Paper has no viewport: everything is laid out before the page prints. */
  protected override beforePrint(): void {
    super.beforePrint();
    this.loading = 'eager';
  }

  protected model(feed: Feed, lang: Lang): ModelResult<ReportView> {
    return layoutReport(feed, lang);
  }

  protected renderChart(view: ReportView, lang: Lang): TemplateResult {
    const m = REPORT_MESSAGES[lang];
    const cm = COMMITMENT_MESSAGES[lang];
    const level = Number(this.clampedLevel()) + 1;
    const heading = (s: Section) => `${cm.commitment} ${s.item.number}${s.item.title ? `: ${s.item.title}` : ''}`;
    const old = this.kids;
    this.kids = new Map();
    /** One indicator, drawn by the element of its kind (kept across renders), with its warnings. */
    const indicator = (x: IndicatorRef) => {
      const key = `${x.index} ${x.kind} ${x.id}`;
      const el = old.get(key) ?? (document.createElement(TAGS[x.kind]) as Child);
      this.kids.set(key, el);
      el.data = this.feed.state.feed;
      const attrs = { indicator: x.id, label: x.label, 'heading-level': Math.min(6, level + 1), lang, theme: this.theme, loading: this.loading };
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
      return html`<div class="ind">${el}${this.warnings(x.warnings, m.warning)}</div>`;
    };
    // A long report shows its first commitments, and more on request (all of them on paper).
    const shown = view.sections.slice(0, this.printing ? Infinity : this.shown);
    const left = view.sections.length - shown.length;
    const head = (id: string, text: string) => html`<div class="head" id=${id} role="heading" aria-level=${level} tabindex="-1">${text}</div>`;
    // A real table: printed, its footer repeats on every page.
    return html`<table class="doc" role="presentation"><tbody><tr><td><div class="body">
<dl part="header" class="header">${view.header.map((f) => html`<div><dt>${f.label}</dt><dd>${f.href ? html`<a href=${f.href}>${f.value}</a>` : f.value}</dd></div>`)}</dl>
<div part="summary"><p><b>${view.summaryLine}</b></p><p>${view.statuses.join(' · ')}</p></div>
${this.warnings(view.warnings, m.warning)}
<nav part="toc" aria-labelledby="toc"><div class="head" id="toc" role="heading" aria-level=${level}>${m.contents}</div><ol @click=${this.go}>
${shown.map((s) => html`<li><a href="#h-${s.item.index}">${heading(s)}</a></li>`)}</ol>${left ? html`<p>${m.andMore(formatNumber(left, lang))}</p>` : nothing}</nav>
${repeat(
  shown,
  (s) => s.item.index,
  (s) => {
    const d = s.item;
    const fl = d.feedLang ?? nothing;
    return html`<section part="commitment" class="commitment">${head(`h-${d.index}`, heading(s))}
<p lang=${d.textLang ?? nothing}>${d.text}</p>
<dl class="facts"><dt>${d.offices.length > 1 ? cm.offices : cm.office}</dt><dd lang=${fl}>${d.offices.join(' · ')}</dd>
<dt>${cm.status}</dt><dd>${cm.statuses[d.status]}</dd><dt>${cm.progress}</dt><dd>${d.meters.map((x) => x.text).join(' · ') || cm.noProgress}</dd></dl>
${s.notes.length ? html`<ul lang=${fl}>${s.notes.map((n) => html`<li>${n}</li>`)}</ul>` : nothing}
${d.evidence.length
  ? html`<div part="evidence" class="ev"><b>${`${cm.evidence} (${d.evidence.length})`}</b><ul>
${d.evidence.map((e) => html`<li lang=${fl}>${e.href ? html`<a href=${e.href}>${e.label}</a>` : e.label}${e.date ? ` · ${e.date}` : ''}</li>`)}</ul></div>`
  : nothing}
${this.warnings(s.warnings, m.warning)}${s.indicators.map(indicator)}</section>`;
  },
)}
${this.moreButton(left, '.commitment > .head', cm.showMore)}
${view.orphans.length ? html`<section part="commitment" class="commitment">${head('h-x', m.orphans)}${view.orphans.map(indicator)}</section>` : nothing}
</div></td></tr></tbody><tfoot aria-hidden="true"><tr><td>${view.header[0]!.value} · ${this.result?.title} · ${view.header[1]!.value} · ${m.fetched} ${formatDateShort(this.feed.state.fetchedAt ?? new Date(), lang)}</td></tr></tfoot></table>`;
  }

  /**
   * Follows a link of the contents (by mouse or keyboard alike): links inside a shadow root do
   * not scroll by themselves, and the page's own URL is left alone.
   */
  private go(e: Event): void {
    const a = (e.target as Element).closest('a');
    const target = a && this.renderRoot.querySelector<HTMLElement>(a.hash);
    if (!target) return;
    e.preventDefault();
    target.scrollIntoView();
    target.focus({ preventScroll: true });
  }

  private warnings(list: readonly Warn[], label: string): TemplateResult | typeof nothing {
    return list.length
      ? html`<ul class="notes">${list.map((w) => html`<li class="note" part="warning" data-path=${w.path}><b>${`${label}:`}</b> ${w.text}</li>`)}</ul>`
      : nothing;
  }
}

// A page may load two copies of the library (two widgets pasted from two sources, or two
// versions): the first definition stays, the second copy's must not throw.
if (!customElements.get('transparency-report')) customElements.define('transparency-report', TransparencyReport);

declare global {
  interface HTMLElementTagNameMap {
    [TAG]: TransparencyReport;
  }
}
