import { html, nothing, svg, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { pickIndicator } from '../../feed/pick.js';
import type { Feed } from '../../feed/types.js';
import type { Lang } from '../../format/locale.js';
import { FRAME } from '../../format/ui.js';
import { frameStyles, tokens } from '../../internal/frame.styles.js';
import { RutaElement, type ModelResult } from '../../internal/ruta-element.js';
import {
  layoutAttendance,
  VARIANTS,
  type AttendanceVariant,
  type AttendanceView,
  type TextItem,
} from './attendance-breakdown.layout.js';
import { ATTENDANCE_MESSAGES } from './attendance-breakdown.messages.js';
import { styles } from './attendance-breakdown.styles.js';

const TAG = 'attendance-breakdown';

/**
 * Attendance per group (urban, rural, virtual…) and category (men, women…), as grouped or
 * stacked bars, with every count written next to its bar and each group's total. Where the
 * feed declares a group total that is not the sum of its parts (Ibagué's rural zone: declared
 * 178, the parts add up to 172), both figures show next to that group and in the notes.
 *
 * Wide containers get the groups side by side, with upright bars; narrow ones (phones) get them
 * one under another, with bars lying down. Long group labels take two lines at most on the
 * chart, shortened if need be, and stay whole in the tooltip and the table.
 *
 * @summary Attendance by group and category, from an `attendance` indicator.
 *
 * @attr src - URL of the feed (JSON). Widgets on one URL share one request.
 * @attr indicator - Id of the `attendance` indicator to show; default: the first.
 * @attr variant - `grouped` (default: one bar per category, side by side) or `stacked` (one bar per group, in segments).
 * @attr refresh - Seconds between refreshes of `src`; absent or 0: load once.
 * @attr lang - `es` (default) or `en`; otherwise the nearest ancestor's `lang`.
 * @attr theme - `auto` (default, follows the reader), `light` or `dark`.
 * @attr label - A title to show instead of the feed's.
 * @attr heading-level - Heading level of the title, 1–6 (default 3).
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
 * @csspart status - Loading, error, empty and stale messages.
 * @csspart chart - The chart area.
 * @csspart bar - A bar (grouped) or a bar segment (stacked): one category in one group.
 * @csspart axis - The zero line under upright bars.
 * @csspart legend - The legend list of categories.
 * @csspart legend-item - One category of the legend, with its total.
 * @csspart note - A discrepancy note: next to its group on the chart, and in the list under it.
 * @csspart caption - Total, source and cut date.
 * @csspart table-toggle - The "view table" button.
 * @csspart download - The CSV button.
 * @csspart table - The data table.
 *
 * @cssproperty --attendance-breakdown-series-1 - Colour of the first category (falls back to `--ruta-series-1`).
 * @cssproperty --attendance-breakdown-series-2 - Colour of the second category (falls back to `--ruta-series-2`).
 * @cssproperty --attendance-breakdown-series-3 - Colour of the third category (falls back to `--ruta-series-3`).
 * @cssproperty --attendance-breakdown-series-4 - Colour of the fourth category (falls back to `--ruta-series-4`).
 * @cssproperty --attendance-breakdown-series-5 - Colour of the fifth category (falls back to `--ruta-series-5`).
 * @cssproperty --attendance-breakdown-series-6 - Colour of the sixth category (falls back to `--ruta-series-6`); a seventh reuses the first.
 * @cssproperty --attendance-breakdown-background - Background (falls back to `--ruta-background`).
 * @cssproperty --attendance-breakdown-foreground - Text colour (falls back to `--ruta-foreground`).
 * @cssproperty --attendance-breakdown-muted - Secondary text, category names, zero line (falls back to `--ruta-muted`).
 * @cssproperty --attendance-breakdown-border - Frame and table borders (falls back to `--ruta-border`).
 * @cssproperty --attendance-breakdown-accent - Buttons and focus ring (falls back to `--ruta-accent`).
 * @cssproperty --attendance-breakdown-track - Skeleton and button hover (falls back to `--ruta-track`).
 * @cssproperty --attendance-breakdown-warning-foreground - Notes and stale text (falls back to `--ruta-warning-foreground`).
 * @cssproperty --attendance-breakdown-warning-background - Notes background (falls back to `--ruta-warning-background`).
 * @cssproperty --attendance-breakdown-error-foreground - Error text (falls back to `--ruta-error-foreground`).
 * @cssproperty --attendance-breakdown-error-background - Error background (falls back to `--ruta-error-background`).
 * @cssproperty --attendance-breakdown-font-family - Font (falls back to `--ruta-font-family`, then the system font).
 * @cssproperty --attendance-breakdown-radius - Corner radius (falls back to `--ruta-radius`).
 */
export class AttendanceBreakdown extends RutaElement<AttendanceView> {
  static override styles = [tokens(TAG), frameStyles, styles];
  protected readonly tag = TAG;

  /** Id of the `attendance` indicator to show; default: the first. */
  @property() indicator?: string;

  /** `grouped` (default) or `stacked`. */
  @property({ reflect: true }) variant: AttendanceVariant = 'grouped';

  protected model(feed: Feed, lang: Lang, width: number): ModelResult<AttendanceView> {
    const picked = pickIndicator(feed, 'attendance', this.indicator);
    if (!picked.ok) {
      return { kind: 'problem', title: ATTENDANCE_MESSAGES[lang].title, message: FRAME[lang].indicatorMissing('attendance', this.indicator, picked.available) };
    }
    const variant = VARIANTS.includes(this.variant) ? this.variant : 'grouped';
    const model = layoutAttendance(picked.indicator, { lang, width, variant });
    if (model.view.marks.length) return model;
    // No one counted anywhere: say so instead of drawing an empty axis, but keep any declared
    // total that the (missing) parts contradict in plain sight.
    return { kind: 'empty', title: model.title, message: [FRAME[lang].empty, ...(model.notes ?? [])].join(' ') };
  }

  protected renderChart(view: AttendanceView): TemplateResult {
    const { width, height, baseline } = view;
    const text = (t: TextItem) => svg`<text class=${t.kind} x=${t.x} y=${t.y} text-anchor=${t.anchor}>${t.text}</text>`;
    const hide = () => this.hideTip();
    // Template whitespace ships as written (minifiers leave it): the markup is kept compact.
    return html`<ul part="legend" class="legend">
        ${view.legend.map((d) => html`<li part="legend-item"><span class="swatch s${d.series}"></span><b>${d.label}</b> <span class="muted">${d.value}</span></li>`)}
      </ul>
      <svg class="plot ${view.variant}" data-orientation=${view.orientation} width=${width} height=${height} viewBox="0 0 ${width} ${height}" role="presentation">
        ${baseline ? svg`<line part="axis" x2=${width} y1=${baseline} y2=${baseline}></line>` : nothing}
        ${repeat(
          view.marks,
          // By position, as feeds may repeat a group id; a new orientation draws new bars rather
          // than sliding the old ones across the chart.
          (_, i) => view.orientation + i,
          (d) => {
            const show = (e: Event) => this.showTip(e, d.tip);
            return svg`<rect part="bar" class="mark s${d.series}" x=${d.x} y=${d.y} width=${d.width} height=${d.height} data-group=${d.group}
              data-category=${d.category} tabindex="0" role="img" aria-label=${d.tip} @pointerenter=${show} @focus=${show} @blur=${hide}></rect>`;
          },
        )}
        <g aria-hidden="true">
          ${view.texts.map(text)}
          ${view.notes.map(
            (d) => svg`<g part="note" data-group=${d.group}><rect x=${d.x} y=${d.y} width=${d.width} height=${d.height} rx="3"></rect>${d.lines.map(text)}</g>`,
          )}
        </g>
      </svg>`;
  }
}

// A page may load two copies of the library (two widgets pasted from two sources, or two
// versions): the first definition stays, the second copy's must not throw.
if (!customElements.get('attendance-breakdown')) customElements.define('attendance-breakdown', AttendanceBreakdown);

declare global {
  interface HTMLElementTagNameMap {
    [TAG]: AttendanceBreakdown;
  }
}
