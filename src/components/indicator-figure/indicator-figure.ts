import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { pickIndicator } from '../../feed/pick.js';
import type { Feed } from '../../feed/types.js';
import type { Lang } from '../../format/locale.js';
import { FRAME } from '../../format/ui.js';
import { frameStyles, tokens } from '../../internal/frame.styles.js';
import { RutaElement, type ModelResult } from '../../internal/ruta-element.js';
import { layoutFigure, type FigureView } from './indicator-figure.layout.js';
import { FIGURE_MESSAGES } from './indicator-figure.messages.js';
import { styles } from './indicator-figure.styles.js';

const TAG = 'indicator-figure';

/**
 * One figure from the report, big, with its unit, its commitment, its change against a
 * baseline, its source and date: "2.293 contratos", "150 Zonas Vibra", "▼ 69 % menos que en
 * diciembre de 2019". A change is always said in words next to its arrow, never by colour. A
 * figure with a change and no value shows the change as the figure. The figure's size follows
 * the width; long units wrap.
 *
 * @summary One figure (value and/or change against a baseline), from a `figure` indicator.
 *
 * @attr src - URL of the feed (JSON). Widgets on one URL share one request.
 * @attr indicator - Id of the `figure` indicator to show; default: the first.
 * @attr refresh - Seconds between refreshes of `src`; absent or 0: load once.
 * @attr lang - `es` (default) or `en`; otherwise the nearest ancestor's `lang`.
 * @attr theme - `auto` (default, follows the reader), `light` or `dark`.
 * @attr label - A title to show instead of the feed's.
 * @attr heading-level - Heading level of the title, 1–6 (default 3).
 * @attr loading - `lazy` (default): fetch and lay out only when near the viewport; `eager`: at once.
 *
 * @prop {unknown} data - The feed as an object; wins over `src` and inline JSON.
 *
 * @slot - An inline `<script type="application/json">` with the feed, for pages with no separate file; any other content is a fallback shown only where scripts do not run.
 *
 * @fires ruta-download - The reader downloaded the CSV; `detail: { filename, csv }`.
 *
 * @csspart base - The frame around everything.
 * @csspart title - The title.
 * @csspart status - Loading, error, empty and stale messages.
 * @csspart chart - The figure's area.
 * @csspart context - The commitment the figure belongs to.
 * @csspart figure - The big figure: the value, or the change's size when there is no value.
 * @csspart unit - What the figure counts: beside the value, or under the change when there is no value.
 * @csspart change - The change against the baseline, in words after its arrow; beside the figure when the figure is the change.
 * @csspart note - A note of the feed on the figure.
 * @csspart caption - Source and cut date (or the figure's date), with the link to the source.
 * @csspart table-toggle - The "view table" button.
 * @csspart download - The CSV button.
 * @csspart table - The data table.
 *
 * @cssproperty --indicator-figure-background - Background (falls back to `--ruta-background`).
 * @cssproperty --indicator-figure-foreground - Text colour, the figure's too (falls back to `--ruta-foreground`).
 * @cssproperty --indicator-figure-muted - Commitment and caption text (falls back to `--ruta-muted`).
 * @cssproperty --indicator-figure-border - Frame and table borders (falls back to `--ruta-border`).
 * @cssproperty --indicator-figure-accent - Links, buttons and focus ring (falls back to `--ruta-accent`).
 * @cssproperty --indicator-figure-track - Skeleton and button hover (falls back to `--ruta-track`).
 * @cssproperty --indicator-figure-warning-foreground - Notes and stale text (falls back to `--ruta-warning-foreground`).
 * @cssproperty --indicator-figure-warning-background - Notes background (falls back to `--ruta-warning-background`).
 * @cssproperty --indicator-figure-error-foreground - Error text (falls back to `--ruta-error-foreground`).
 * @cssproperty --indicator-figure-error-background - Error background (falls back to `--ruta-error-background`).
 * @cssproperty --indicator-figure-font-family - Font (falls back to `--ruta-font-family`, then the system font).
 * @cssproperty --indicator-figure-radius - Corner radius (falls back to `--ruta-radius`).
 */
export class IndicatorFigure extends RutaElement<FigureView> {
  static override styles = [tokens(TAG), frameStyles, styles];
  protected readonly tag = TAG;

  /** Id of the `figure` indicator to show; default: the first. */
  @property() indicator?: string;

  protected model(feed: Feed, lang: Lang, width: number): ModelResult<FigureView> {
    const picked = pickIndicator(feed, 'figure', this.indicator);
    // No title of its own when the indicator is missing: the frame then says the data could not be shown.
    return picked.ok
      ? layoutFigure(picked.indicator, feed, lang, width)
      : { kind: 'problem', title: '', message: FRAME[lang].indicatorMissing('figure', this.indicator, picked.available) };
  }

  protected renderChart(v: FigureView, lang: Lang): TemplateResult {
    // Arrows are a second cue only: the words say the direction.
    const arrow = html`<span aria-hidden="true">${v.arrow} </span>`;
    const unit = v.unit && html`<span part="unit" lang=${v.unitLang ?? nothing}>${v.unit}</span>`;
    const change = html`<span part="change">${v.value && [arrow, v.pct, ' ']}${v.words}</span>`;
    return html`<p part="context" class="muted">${v.context}</p>
      <p class="fig"><span part="figure" .style=${`font-size:${v.size}px`}>${v.value || [arrow, v.pct]}</span> ${v.value ? unit : change}</p>
      <p>${v.value ? v.arrow && change : unit}</p>
      <p part="caption" class="caption">${v.caption}${v.href && html` <a href=${v.href}>${FIGURE_MESSAGES[lang].link}</a>`}</p>`;
  }
}

// A page may load two copies of the library: the first definition stays, the second must not throw.
if (!customElements.get('indicator-figure')) customElements.define('indicator-figure', IndicatorFigure);

declare global {
  interface HTMLElementTagNameMap {
    [TAG]: IndicatorFigure;
  }
}
