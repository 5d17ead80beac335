import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { pickIndicator } from '../../feed/pick.js';
import type { Feed } from '../../feed/types.js';
import type { Lang } from '../../format/locale.js';
import { FRAME } from '../../format/ui.js';
import { frameStyles, tokens } from '../../internal/frame.styles.js';
import { RutaElement, type ModelResult } from '../../internal/ruta-element.js';
import { layoutTimeline, type Row } from './event-timeline.layout.js';
import { TIMELINE_MESSAGES } from './event-timeline.messages.js';
import { styles } from './event-timeline.styles.js';

const TAG = 'event-timeline';

/**
 * Dated events (meetings, sessions, milestones, reports) across the report period. Where the
 * indicator promises a cadence (monthly, quarterly, half-yearly, yearly), every expected period
 * shows, held or plainly empty (dashed, "sin registro"), with the count under the chart:
 * Ibagué's monthly committee met in 4 of 12 months. Without a cadence, the months of the period
 * form the time axis and each event is a dot in its month, with its date and label. Where the
 * report declares another number of events than it lists (Ibagué's text says two meetings and
 * lists four), both show in a note.
 *
 * Wide containers get a horizontal axis (wrapping onto more lines when the periods do not fit);
 * narrow ones (≤ 480 px, phones) a vertical list. Events dated outside the period stay visible,
 * in a "fuera del periodo" column (or row) before or after the others, and in a note. Every
 * event is focusable, with a tooltip; an event's http(s) or mailto URL makes it a link, any
 * other stays text.
 *
 * @summary Events on a timeline against their expected cadence, from an `events` indicator.
 *
 * @attr src - URL of the feed (JSON). Widgets on one URL share one request.
 * @attr indicator - Id of the `events` indicator to show; default: the first.
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
 * @csspart axis - The list of periods: a horizontal axis (wide) or a vertical list (narrow).
 * @csspart slot - A period (class `held`: with events; `miss`: expected by the cadence, without; `none`: a blank month; `out`: outside the report period).
 * @csspart event - An event: a link when it has a followable URL, else focusable text.
 * @csspart note - A discrepancy note (declared count, events outside the period).
 * @csspart caption - Periods held against expected, and the report period.
 * @csspart table-toggle - The "view table" button.
 * @csspart download - The CSV button.
 * @csspart table - The data table.
 *
 * @cssproperty --event-timeline-background - Background (falls back to `--ruta-background`).
 * @cssproperty --event-timeline-foreground - Text colour (falls back to `--ruta-foreground`).
 * @cssproperty --event-timeline-muted - Secondary text, the axis, missing periods (falls back to `--ruta-muted`).
 * @cssproperty --event-timeline-border - Frame, table and event borders (falls back to `--ruta-border`).
 * @cssproperty --event-timeline-accent - Dots, held slots, links, buttons and focus ring (falls back to `--ruta-accent`).
 * @cssproperty --event-timeline-track - Held slots, skeleton and button hover (falls back to `--ruta-track`).
 * @cssproperty --event-timeline-warning-foreground - Notes and stale text (falls back to `--ruta-warning-foreground`).
 * @cssproperty --event-timeline-warning-background - Notes background (falls back to `--ruta-warning-background`).
 * @cssproperty --event-timeline-error-foreground - Error text (falls back to `--ruta-error-foreground`).
 * @cssproperty --event-timeline-error-background - Error background (falls back to `--ruta-error-background`).
 * @cssproperty --event-timeline-font-family - Font (falls back to `--ruta-font-family`, then the system font).
 * @cssproperty --event-timeline-radius - Corner radius (falls back to `--ruta-radius`).
 */
export class EventTimeline extends RutaElement<readonly Row[]> {
  static override styles = [tokens(TAG), frameStyles, styles];
  protected readonly tag = TAG;

  /** Id of the `events` indicator to show; default: the first. */
  @property() indicator?: string;

  protected model(feed: Feed, lang: Lang): ModelResult<readonly Row[]> {
    const picked = pickIndicator(feed, 'events', this.indicator);
    if (!picked.ok) {
      return { kind: 'problem', title: TIMELINE_MESSAGES[lang].title, message: FRAME[lang].indicatorMissing('events', this.indicator, picked.available) };
    }
    const model = layoutTimeline(picked.indicator, feed.report, lang);
    if (model.view.some((r) => r.kind !== 'none')) return model;
    // No event and nothing expected: say so, with any declared count the empty list contradicts.
    return { kind: 'empty', title: model.title, message: [FRAME[lang].empty, ...(model.notes ?? [])].join(' ') };
  }

  protected renderChart(rows: readonly Row[], lang: Lang): TemplateResult {
    const hide = () => this.hideTip();
    // A link only for a followable URL; otherwise an `<a>` without href (not a link), in the tab order.
    return html`<ol part="axis" class="axis">
      ${rows.map(
        (r) =>
          html`<li part="slot" class=${r.kind}><b>${r.head}</b>${r.kind === 'miss'
              ? html`<span>${TIMELINE_MESSAGES[lang].none}</span>`
              : r.events.map((d) => {
                  const show = (e: Event) => this.showTip(e, d.tip);
                  return html`<a part="event" class="ev" href=${d.href ?? nothing} tabindex="0" @pointerenter=${show} @focus=${show} @blur=${hide}
                    >${d.text} ${d.label ? html`<span>${d.label}</span>` : nothing}</a
                  >`;
                })}</li>`,
      )}
    </ol>`;
  }
}

// A page may load two copies of the library: the first definition stays, the second must not throw.
if (!customElements.get('event-timeline')) customElements.define('event-timeline', EventTimeline);

declare global {
  interface HTMLElementTagNameMap {
    [TAG]: EventTimeline;
  }
}
