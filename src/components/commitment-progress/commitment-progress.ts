import { html, nothing, svg, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
// styleMap sets styles through the CSSOM, which a strict Content-Security-Policy allows.
import { styleMap } from 'lit/directives/style-map.js';
import type { Feed } from '../../feed/types.js';
import type { Lang } from '../../format/locale.js';
import { frameStyles, tokens } from '../../internal/frame.styles.js';
import { RutaElement, type ModelResult } from '../../internal/ruta-element.js';
import {
  layoutCommitments,
  type CommitmentGroup,
  type CommitmentItem,
  type CommitmentView,
  type EvidenceView,
  type FiltersView,
  type Meter,
  type SelectView,
  type StatusKey,
} from './commitment-progress.layout.js';
import { COMMITMENT_MESSAGES, type CommitmentMessages } from './commitment-progress.messages.js';
import { styles } from './commitment-progress.styles.js';

const TAG = 'commitment-progress';

/** What `ruta-filter` carries: the filters and grouping the reader chose. */
export interface CommitmentFilterDetail {
  readonly office: string | undefined;
  readonly status: string | undefined;
  readonly groupBy: string | undefined;
}

/**
 * Each status has its own shape (Harvey balls: empty, a quarter, three quarters, full with a
 * check; dashed when no status is declared), so the scale reads without colour.
 */
const ICON: Record<StatusKey, TemplateResult> = {
  none: svg`<circle class="ring" cx="8" cy="8" r="6.5" stroke-dasharray="2.4 2"></circle>`,
  'not-started': svg`<circle class="ring" cx="8" cy="8" r="6.5"></circle>`,
  started: svg`<circle class="ring" cx="8" cy="8" r="6.5"></circle><path class="pie" d="M8 8V1.5A6.5 6.5 0 0 1 14.5 8Z"></path>`,
  advanced: svg`<circle class="ring" cx="8" cy="8" r="6.5"></circle><path class="pie" d="M8 8V1.5A6.5 6.5 0 1 1 1.5 8Z"></path>`,
  completed: svg`<circle class="pie" cx="8" cy="8" r="7.25"></circle><path class="check" d="M4.8 8.2 7 10.4 11.2 5.8"></path>`,
};

/**
 * Every commitment of a report with its number, text, responsible office(s), status and progress,
 * and its evidence. The status is the publisher's, on the fixed scale (no iniciado, iniciado,
 * avanzado, cumplido); a commitment without one says "Sin estado declarado", never a guess.
 * Progress shows as bars: the progress the publisher declares, and the progress its evidence
 * measures (an `events` indicator of that commitment with a promised cadence, over the report's
 * period). Where both exist both show ("declarado 100 % · medido 33 %") and, if they differ, a
 * note says so. Long texts clamp to three lines behind "ver más". Evidence links open only for
 * http(s) and mailto URLs; anything else stays plain text. The reader can filter by office and
 * status and group by either.
 *
 * @summary Progress of a report's commitments: status, declared and measured progress, evidence.
 *
 * @attr src - URL of the feed (JSON). Widgets on one URL share one request.
 * @attr commitment - Number of one commitment to show alone (e.g. `7`); filters and grouping are then ignored.
 * @attr office - Show only commitments of this office (matched ignoring case and accents).
 * @attr status - Show only commitments with this status: `not-started`, `started`, `advanced`, `completed`, or `none` (no status declared). Other values are ignored.
 * @attr group-by - `office` or `status`; absent: one list in the report's order.
 * @attr refresh - Seconds between refreshes of `src`; absent or 0: load once.
 * @attr lang - `es` (default) or `en`; otherwise the nearest ancestor's `lang`.
 * @attr theme - `auto` (default, follows the reader), `light` or `dark`.
 * @attr label - A title to show instead of the report's.
 * @attr heading-level - Heading level of the title, 1–6 (default 3); groups and commitments take the levels below.
 *
 * @prop {unknown} data - The feed as an object; wins over `src` and inline JSON.
 *
 * @slot - An inline `<script type="application/json">` with the feed, for pages with no separate file.
 *
 * @fires ruta-download - The reader downloaded the CSV; `detail: { filename, csv }`.
 * @fires ruta-filter - The reader changed a filter or the grouping; `detail: { office, status, groupBy }` (undefined: none).
 *
 * @csspart base - The frame around everything.
 * @csspart title - The title.
 * @csspart status - Loading, error, empty and stale messages.
 * @csspart chart - The list area (filters, summary line, commitments).
 * @csspart filters - The filter and grouping controls.
 * @csspart summary - The line "2 de 12 compromisos cumplidos".
 * @csspart group - A group of commitments (when grouped).
 * @csspart list - A list of commitments.
 * @csspart commitment - One commitment.
 * @csspart number - A commitment's number.
 * @csspart text - A commitment's text.
 * @csspart more - The "ver más / ver menos" button of a long text.
 * @csspart status-badge - A commitment's status: icon and text.
 * @csspart bar - A progress bar (declared or measured).
 * @csspart evidence - A commitment's evidence list.
 * @csspart note - A discrepancy note.
 * @csspart table-toggle - The "view table" button.
 * @csspart download - The CSV button.
 * @csspart table - The data table.
 *
 * @cssproperty --commitment-progress-status-not-started - Colour of "no iniciado" (falls back to `--ruta-status-not-started`, then the sixth series colour).
 * @cssproperty --commitment-progress-status-started - Colour of "iniciado" (falls back to `--ruta-status-started`, then the second series colour).
 * @cssproperty --commitment-progress-status-advanced - Colour of "avanzado" (falls back to `--ruta-status-advanced`, then the first series colour).
 * @cssproperty --commitment-progress-status-completed - Colour of "cumplido" (falls back to `--ruta-status-completed`, then the third series colour).
 * @cssproperty --commitment-progress-status-none - Colour of "sin estado declarado" (falls back to `--ruta-status-none`, then the muted colour).
 * @cssproperty --commitment-progress-series-1 - Declared progress bars (falls back to `--ruta-series-1`); likewise `-series-2` … `-series-6`, of which `-series-3` colours measured progress bars.
 * @cssproperty --commitment-progress-background - Background (falls back to `--ruta-background`).
 * @cssproperty --commitment-progress-foreground - Text colour (falls back to `--ruta-foreground`).
 * @cssproperty --commitment-progress-muted - Secondary text and bar outlines (falls back to `--ruta-muted`).
 * @cssproperty --commitment-progress-border - Frame, item and table borders (falls back to `--ruta-border`).
 * @cssproperty --commitment-progress-accent - Buttons, links and focus ring (falls back to `--ruta-accent`).
 * @cssproperty --commitment-progress-track - Empty part of bars, skeleton (falls back to `--ruta-track`).
 * @cssproperty --commitment-progress-warning-foreground - Notes and stale text (falls back to `--ruta-warning-foreground`).
 * @cssproperty --commitment-progress-warning-background - Notes background (falls back to `--ruta-warning-background`).
 * @cssproperty --commitment-progress-error-foreground - Error text (falls back to `--ruta-error-foreground`).
 * @cssproperty --commitment-progress-error-background - Error background (falls back to `--ruta-error-background`).
 * @cssproperty --commitment-progress-font-family - Font (falls back to `--ruta-font-family`, then the system font).
 * @cssproperty --commitment-progress-radius - Corner radius (falls back to `--ruta-radius`).
 */
@customElement(TAG)
export class CommitmentProgress extends RutaElement<CommitmentView> {
  static override styles = [tokens(TAG), frameStyles, styles];
  protected readonly tag = TAG;

  /** Number of one commitment to show alone; filters and grouping are then ignored. */
  @property({ reflect: true }) commitment?: string;

  /** Show only commitments of this office (matched ignoring case and accents). */
  @property() office?: string;

  /** Show only commitments with this status, or `none` for those without one. */
  @property() status?: string;

  /** `office` or `status`; absent: one list in the report's order. */
  @property({ attribute: 'group-by' }) groupBy?: string;

  /** Long texts the reader expanded, by position in the feed. */
  @state() private expanded: ReadonlySet<number> = new Set();


  protected model(feed: Feed, lang: Lang, width: number): ModelResult<CommitmentView> {
    const model = layoutCommitments(feed, {
      lang,
      width,
      commitment: this.commitment,
      office: this.office,
      status: this.status,
      groupBy: this.groupBy,
    });
    const empty = model.view.empty;
    // A filter that matches nothing keeps the list's frame, so the reader can change the filter.
    if (empty && empty.reason !== 'no-match') return { kind: 'empty', title: model.title, message: empty.message };
    return model;
  }

  protected renderChart(view: CommitmentView, lang: Lang): TemplateResult {
    const m = COMMITMENT_MESSAGES[lang];
    const level = this.level();
    const grouped = view.groups.some((g) => g.heading !== undefined);
    return html`
      ${view.filters ? this.renderFilters(view.filters, m) : nothing}
      <p part="summary" class="summary-line" aria-live="polite">${view.summaryLine}</p>
      ${view.empty
        ? html`<p part="status" class="no-match" role="status">
            ${view.empty.message}
            <button type="button" @click=${() => this.setFilters({ office: undefined, status: undefined })}>${m.clearFilters}</button>
          </p>`
        : nothing}
      <div class=${view.wide ? 'groups wide' : 'groups'}>
        ${repeat(
          view.groups,
          (g) => g.key,
          (g, i) => (grouped ? this.renderGroup(g, i, view, m, level) : this.renderList(g.items, view, m, level + 1)),
        )}
      </div>
    `;
  }

  /** Heading level of the title, as the frame clamps it. */
  private level(): number {
    return Number(this.clampedLevel());
  }

  private renderFilters(f: FiltersView, m: CommitmentMessages): TemplateResult {
    const select = (name: 'office' | 'status' | 'groupBy', label: string, s: SelectView) =>
      html`<label class="field">
        <span>${label}</span>
        <select name=${name} @change=${(e: Event) => this.setFilters({ [name]: (e.target as HTMLSelectElement).value || undefined })}>
          ${s.options.map((o) => html`<option value=${o.value} .selected=${live(o.value === s.value)}>${o.label}</option>`)}
        </select>
      </label>`;
    return html`<div part="filters" class="filters" role="group" aria-label=${m.filters}>
      ${select('office', m.filterOffice, f.office)} ${select('status', m.filterStatus, f.status)} ${select('groupBy', m.groupBy, f.groupBy)}
    </div>`;
  }

  /** Applies the reader's choice and tells the page, which may keep it in its URL. */
  private setFilters(change: Partial<CommitmentFilterDetail>): void {
    if ('office' in change) this.office = change.office;
    if ('status' in change) this.status = change.status;
    if ('groupBy' in change) this.groupBy = change.groupBy;
    this.hideTip();
    const detail: CommitmentFilterDetail = { office: this.office || undefined, status: this.status || undefined, groupBy: this.groupBy || undefined };
    this.dispatchEvent(new CustomEvent<CommitmentFilterDetail>('ruta-filter', { detail, bubbles: true, composed: true }));
  }

  private renderGroup(g: CommitmentGroup, i: number, view: CommitmentView, m: CommitmentMessages, level: number): TemplateResult {
    return html`<div part="group" class="group">
      <div class="group-heading" role="heading" aria-level=${Math.min(6, level + 1)} id="group-${i}">
        ${g.status ? this.icon(g.status) : nothing}<span>${g.heading}</span>
      </div>
      ${this.renderList(g.items, view, m, level + 2)}
    </div>`;
  }

  private renderList(items: readonly CommitmentItem[], view: CommitmentView, m: CommitmentMessages, level: number): TemplateResult {
    return html`<ul part="list" class="list" role="list">
      ${repeat(
        items,
        (d) => d.key,
        (d) => this.renderItem(d, view, m, Math.min(6, level)),
      )}
    </ul>`;
  }

  private icon(status: StatusKey): TemplateResult {
    return html`<svg class="icon st-${status}" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${ICON[status]}</svg>`;
  }

  private renderItem(d: CommitmentItem, view: CommitmentView, m: CommitmentMessages, level: number): TemplateResult {
    const open = this.expanded.has(d.index);
    const textId = `text-${d.key}`;
    return html`<li part="commitment" class="item" data-number=${d.number}>
      <div class="main">
        <div class="item-head" role="heading" aria-level=${level}>
          <span part="number" class="number"><span class="sr-only">${m.commitment} </span>${d.numberLabel}</span>
          ${d.title !== undefined ? html`<span class="sr-only">: </span><span lang=${d.titleLang ?? nothing}>${d.title}</span>` : nothing}
        </div>
        <p part="text" class=${d.clamp && !open ? 'text clamped' : 'text'} id=${textId} lang=${d.textLang ?? nothing}>${d.text}</p>
        ${d.clamp
          ? html`<button type="button" part="more" class="more" aria-expanded=${open ? 'true' : 'false'} aria-controls=${textId}
              @click=${() => this.toggle(d.index)}>${open ? m.less : m.more}</button>`
          : nothing}
      </div>
      <div class="side">
        <dl class="meta">
          <div>
            <dt>${d.officesLabel}</dt>
            <dd>
              <ul class="offices" role="list" lang=${d.feedLang ?? nothing}>
                ${d.offices.map((o) => html`<li>${o}</li>`)}
              </ul>
            </dd>
          </div>
          <div>
            <dt>${m.status}</dt>
            <dd><span part="status-badge" class="status">${this.icon(d.status)}<span class="status-text">${d.statusLabel}</span></span></dd>
          </div>
        </dl>
        <div class="progress">
          <p class="progress-text"><span class="progress-label">${m.progress}:</span> ${d.progressText}</p>
          ${repeat(
            d.meters,
            (x) => x.key,
            (x) => this.renderMeter(x),
          )}
        </div>
      </div>
      ${d.evidence.length
        ? html`<details part="evidence" class="evidence" ?open=${view.single}>
            <summary>${d.evidenceLabel}</summary>
            <ul>
              ${repeat(
                d.evidence,
                (e) => e.key,
                (e) => this.renderEvidence(e, d, m),
              )}
            </ul>
          </details>`
        : html`<p class="muted-line evidence">${m.noEvidence}</p>`}
    </li>`;
  }

  private renderMeter(x: Meter): TemplateResult {
    const show = (e: Event) => this.showTip(e, x.tip);
    const hide = () => this.hideTip();
    return html`<div class="meter-row">
      <span class="meter-label" aria-hidden="true">${x.shortLabel}</span>
      <div
        part="bar"
        class="meter ${x.which}"
        role="meter"
        tabindex="0"
        aria-label=${x.label}
        aria-valuemin="0"
        aria-valuemax="100"
        aria-valuenow=${Math.round(x.value * 100) / 100}
        aria-valuetext=${x.valueText}
        @pointerenter=${show}
        @pointerleave=${hide}
        @focus=${show}
        @blur=${hide}
      >
        <div class="fill" style=${styleMap({ width: `${x.value}%` })}></div>
      </div>
    </div>`;
  }

  private renderEvidence(e: EvidenceView, d: CommitmentItem, m: CommitmentMessages): TemplateResult {
    const label = html`<span lang=${d.feedLang ?? nothing}>${e.label}</span>`;
    return html`<li>
      ${e.href
        ? html`<a href=${e.href} target="_blank" rel="noopener noreferrer">${label}<span class="sr-only"> ${m.newTab}</span><span aria-hidden="true"> ↗</span></a>`
        : label}
      <span class="evidence-meta">${e.kindLabel}${e.date ? ` · ${e.date}` : ''}</span>
      ${e.rejectedUrl ? html`<span class="rejected">${m.unsafeLink}: <span class="url">${e.rejectedUrl}</span></span>` : nothing}
    </li>`;
  }

  /**
   * The frame centres the tooltip over the mark; a bar near an edge of a narrow list would push
   * it past the frame (and the page into horizontal scroll), so it is kept inside the list.
   */
  protected override showTip(event: Event, text: string): void {
    super.showTip(event, text);
    const chart = this.renderRoot.querySelector<HTMLElement>('.chart');
    if (!this.tip || !chart) return;
    const width = chart.clientWidth;
    // The tooltip's widest (frame.styles.ts): min(18rem, 90 %).
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    const half = Math.min(18 * rem, 0.9 * width) / 2;
    const x = Math.round(Math.min(Math.max(this.tip.x, half), width - half));
    if (x !== this.tip.x) this.tip = { ...this.tip, x };
  }

  private toggle(index: number): void {
    const next = new Set(this.expanded);
    if (next.has(index)) next.delete(index);
    else next.add(index);
    this.expanded = next;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    [TAG]: CommitmentProgress;
  }
  interface GlobalEventHandlersEventMap {
    'ruta-filter': CustomEvent<CommitmentFilterDetail>;
  }
}
