import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Feed } from '../../feed/types.js';
import type { Lang } from '../../format/locale.js';
import { frameStyles, tokens } from '../../internal/frame.styles.js';
import { RutaElement, type ModelResult } from '../../internal/ruta-element.js';
import { layoutCommitments, STATUS_KEYS, type CommitmentItem, type CommitmentView, type FiltersView } from './commitment-progress.layout.js';
import { COMMITMENT_MESSAGES, type CommitmentMessages } from './commitment-progress.messages.js';
import { styles } from './commitment-progress.styles.js';

const TAG = 'commitment-progress';

type FilterName = 'office' | 'status' | 'groupBy';

/**
 * Every commitment of a report with its number, text, responsible office(s), status and progress,
 * and its evidence. The status is the publisher's, on the fixed scale (no iniciado, iniciado,
 * avanzado, cumplido); a commitment without one says "Sin estado declarado", never a guess. Each
 * status has its own mark (a circle empty, a quarter, three quarters or wholly filled; dashed when
 * none is declared) beside its name, so the scale never rests on colour.
 * Progress shows as bars: the progress the publisher declares, and the progress its evidence
 * measures (an `events` indicator of that commitment with a promised cadence, over the report's
 * period). Where both exist both show ("declarado 100 %", "medido 33 % (4 de 12 meses)"). Long
 * texts clamp to three lines behind "ver más". Evidence links open only for http(s) and mailto
 * URLs; anything else stays plain text. The reader can filter by office and status and group by
 * either.
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
 * @attr loading - `lazy` (default): fetch and lay out only when near the viewport; `eager`: at once.
 *
 * @prop {unknown} data - The feed as an object; wins over `src` and inline JSON.
 *
 * @slot - An inline `<script type="application/json">` with the feed, for pages with no separate file; any other content (a link to the report or its CSV) is a fallback shown only where scripts do not run.
 *
 * @fires ruta-download - The reader downloaded the CSV; `detail: { filename, csv }`.
 *
 * @csspart base - The frame around everything.
 * @csspart title - The title.
 * @csspart status - Loading, error, empty, no-match and stale messages.
 * @csspart chart - The list area (filters, summary line, commitments).
 * @csspart filters - The filter and grouping controls.
 * @csspart summary - The line "2 de 12 compromisos cumplidos".
 * @csspart group - A group of commitments (when grouped).
 * @csspart list - A list of commitments.
 * @csspart commitment - One commitment.
 * @csspart number - A commitment's number.
 * @csspart text - A commitment's text.
 * @csspart more - The "ver más / ver menos" button of a long text.
 * @csspart show-more - The "Mostrar 50 más" button under a long list (only the first 50 commitments show at first; all of them print).
 * @csspart status-badge - A commitment's status: mark and text.
 * @csspart bar - A progress bar (declared or measured).
 * @csspart evidence - A commitment's evidence list.
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
 * @cssproperty --commitment-progress-series-2 - "Iniciado" status, unless `-status-started` is set (falls back to `--ruta-series-2`).
 * @cssproperty --commitment-progress-series-3 - Measured progress bars and the "cumplido" status, unless `-status-completed` is set (falls back to `--ruta-series-3`).
 * @cssproperty --commitment-progress-series-6 - "No iniciado" status, unless `-status-not-started` is set (falls back to `--ruta-series-6`).
 * @cssproperty --commitment-progress-background - Background (falls back to `--ruta-background`).
 * @cssproperty --commitment-progress-foreground - Text colour (falls back to `--ruta-foreground`).
 * @cssproperty --commitment-progress-muted - Secondary text and bar outlines (falls back to `--ruta-muted`).
 * @cssproperty --commitment-progress-border - Frame, item and table borders (falls back to `--ruta-border`).
 * @cssproperty --commitment-progress-accent - Buttons, links and focus ring (falls back to `--ruta-accent`).
 * @cssproperty --commitment-progress-track - Empty part of bars, number badges, skeleton (falls back to `--ruta-track`).
 * @cssproperty --commitment-progress-warning-foreground - Stale text (falls back to `--ruta-warning-foreground`).
 * @cssproperty --commitment-progress-warning-background - Stale background (falls back to `--ruta-warning-background`).
 * @cssproperty --commitment-progress-error-foreground - Error text (falls back to `--ruta-error-foreground`).
 * @cssproperty --commitment-progress-error-background - Error background (falls back to `--ruta-error-background`).
 * @cssproperty --commitment-progress-font-family - Font (falls back to `--ruta-font-family`, then the system font).
 * @cssproperty --commitment-progress-radius - Corner radius (falls back to `--ruta-radius`).
 */
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

  /** Long texts the reader expanded, by position in the feed (shared by both office groups). */
  @state() private expanded: ReadonlySet<number> = new Set();

  protected model(feed: Feed, lang: Lang): ModelResult<CommitmentView> {
    return layoutCommitments(feed, { lang, commitment: this.commitment, office: this.office, status: this.status, groupBy: this.groupBy });
  }

  protected renderChart(view: CommitmentView, lang: Lang): TemplateResult {
    const m = COMMITMENT_MESSAGES[lang];
    const level = Number(this.clampedLevel()) + 1;
    // A long list shows its first items, and more on request (all of them on paper).
    let room = this.printing ? Infinity : this.shown;
    const groups = view.groups
      .map((g) => {
        const items = g.items.slice(0, Math.max(0, room));
        room -= g.items.length;
        return { ...g, items };
      })
      .filter((g) => g.items.length);
    return html`
      ${view.filters ? this.renderFilters(view.filters, m) : nothing}
      <p part="summary" class="summary-line" aria-live="polite">${view.summaryLine}</p>
      ${view.noMatch
        ? html`<p part="status" role="status">
            ${m.noMatch} <button type="button" @click=${() => (this.office = this.status = undefined)}>${m.clearFilters}</button>
          </p>`
        : nothing}
      ${repeat(
        groups,
        (g) => g.key,
        (g) =>
          g.heading === undefined
            ? this.renderList(g.items, view, m, level)
            : html`<div part="group" class="group">
                <div class="group-heading" role="heading" aria-level=${Math.min(6, level)}>${g.heading}</div>
                ${this.renderList(g.items, view, m, level + 1)}
              </div>`,
      )}
      ${this.moreButton(-room, '.item', m.showMore)}
    `;
  }

  private renderFilters(f: FiltersView, m: CommitmentMessages): TemplateResult {
    const select = (name: FilterName, label: string, options: readonly (readonly [string, string])[]) =>
      html`<label>
        ${label}
        <select name=${name} @change=${(e: Event) => (this[name] = (e.target as HTMLSelectElement).value || undefined)}>
          ${options.map(([value, text]) => html`<option value=${value} .selected=${value === f[name]}>${text}</option>`)}
        </select>
      </label>`;
    return html`<div part="filters" class="filters">
      ${select('office', m.office, [['', m.all], ...f.offices.map((o) => [o, o] as const)])}
      ${select('status', m.status, [['', m.all], ...STATUS_KEYS.map((s) => [s, m.statuses[s]] as const)])}
      ${select('groupBy', m.groupBy, [
        ['', m.noGrouping],
        ['office', m.office],
        ['status', m.status],
      ])}
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

  private renderItem(d: CommitmentItem, view: CommitmentView, m: CommitmentMessages, level: number): TemplateResult {
    const open = this.expanded.has(d.index);
    const heading = `${m.commitment} ${d.number}`;
    return html`<li part="commitment" class="item" data-number=${d.number}>
      <div>
        <div class="head" role="heading" aria-level=${level}>
          <span part="number" class="number"><span class="sr-only">${m.commitment} </span>${d.number}</span>
          ${d.title !== undefined ? html`<span class="sr-only">: </span><span lang=${d.titleLang ?? nothing}>${d.title}</span>` : nothing}
        </div>
        <p part="text" class=${d.clamp && !open ? 'clamped' : ''} id="text-${d.key}" lang=${d.textLang ?? nothing}>${d.text}</p>
        ${d.clamp
          ? html`<button type="button" part="more" aria-expanded=${open} aria-controls="text-${d.key}" @click=${() => this.toggle(d.index)}>
              ${open ? m.less : m.more}
            </button>`
          : nothing}
      </div>
      <dl>
        <dt>${d.offices.length > 1 ? m.offices : m.office}</dt>
        <dd lang=${d.feedLang ?? nothing}>${d.offices.join(' · ')}</dd>
        <dt>${m.status}</dt>
        <dd part="status-badge"><span class="icon st-${d.status}" aria-hidden="true"></span>${m.statuses[d.status]}</dd>
        <dt>${m.progress}</dt>
        <dd class="progress">
          ${d.meters.length
            ? d.meters.map((x) => {
                const show = (e: Event) => this.showTip(e, `${heading}: ${x.text}`);
                return html`${x.text}
                  <div
                    part="bar"
                    class="bar ${x.which}"
                    role="meter"
                    tabindex="0"
                    aria-label=${x.label}
                    aria-valuemin="0"
                    aria-valuemax="100"
                    aria-valuenow=${Math.round(x.value * 100) / 100}
                    aria-valuetext=${x.valueText}
                    @pointerenter=${show}
                    @focus=${show}
                    @pointerleave=${this.hideTip}
                    @blur=${this.hideTip}
                  >
                    <div .style=${`width:${x.value}%`}></div>
                  </div>`;
              })
            : m.noProgress}
        </dd>
      </dl>
      ${d.evidence.length
        ? html`<details part="evidence" ?open=${view.single}>
            <summary>${m.evidence} (${d.evidence.length})</summary>
            <ul>
              ${d.evidence.map(
                (e) =>
                  html`<li>
                    ${e.href ? html`<a href=${e.href} lang=${d.feedLang ?? nothing}>${e.label}</a>` : html`<span lang=${d.feedLang ?? nothing}>${e.label}</span>`}
                    ${e.date ? html`<span class="muted">· ${e.date}</span>` : nothing}
                  </li>`,
              )}
            </ul>
          </details>`
        : nothing}
    </li>`;
  }

  private toggle(index: number): void {
    const next = new Set(this.expanded);
    if (!next.delete(index)) next.add(index);
    this.expanded = next;
  }
}

// A page may load two copies of the library (two widgets pasted from two sources, or two
// versions): the first definition stays, the second copy's must not throw.
if (!customElements.get('commitment-progress')) customElements.define('commitment-progress', CommitmentProgress);

declare global {
  interface HTMLElementTagNameMap {
    [TAG]: CommitmentProgress;
  }
}
