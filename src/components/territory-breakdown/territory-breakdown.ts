import { html, svg, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { pickIndicator } from '../../feed/pick.js';
import type { Feed } from '../../feed/types.js';
import type { Lang } from '../../format/locale.js';
import { FRAME } from '../../format/ui.js';
import { frameStyles, tokens } from '../../internal/frame.styles.js';
import { RutaElement, type ModelResult } from '../../internal/ruta-element.js';
import { layoutTerritories, SORTS, type TerritorySort, type TerritoryView } from './territory-breakdown.layout.js';
import { TERRITORY_MESSAGES } from './territory-breakdown.messages.js';
import { styles } from './territory-breakdown.styles.js';

const TAG = 'territory-breakdown';

/**
 * Counts per territory (comuna, corregimiento…) as horizontal bars, largest first, with every
 * count written after its bar and the total. Territories the feed lists without a count show
 * at zero, with a written 0. Where the feed declares a total that is not the sum of the
 * counts, both figures show in a note.
 *
 * Long territory names take two lines at most on the chart, shortened if need be, and stay
 * whole in the tooltip and the table.
 *
 * @summary Counts by territory, from a `territory-counts` indicator.
 *
 * @attr src - URL of the feed (JSON). Widgets on one URL share one request.
 * @attr indicator - Id of the `territory-counts` indicator to show; default: the first.
 * @attr sort - `count` (default: largest first, ties by name) or `name`.
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
 * @csspart bar - A territory's bar (a stub at zero).
 * @csspart note - A discrepancy note.
 * @csspart caption - The total.
 * @csspart table-toggle - The "view table" button.
 * @csspart download - The CSV button.
 * @csspart table - The data table.
 *
 * @cssproperty --territory-breakdown-series-1 - Colour of the bars (falls back to `--ruta-series-1`).
 * @cssproperty --territory-breakdown-background - Background (falls back to `--ruta-background`).
 * @cssproperty --territory-breakdown-foreground - Text colour (falls back to `--ruta-foreground`).
 * @cssproperty --territory-breakdown-muted - Secondary text and the zero stubs (falls back to `--ruta-muted`).
 * @cssproperty --territory-breakdown-border - Frame and table borders (falls back to `--ruta-border`).
 * @cssproperty --territory-breakdown-accent - Buttons and focus ring (falls back to `--ruta-accent`).
 * @cssproperty --territory-breakdown-track - Skeleton and button hover (falls back to `--ruta-track`).
 * @cssproperty --territory-breakdown-warning-foreground - Notes and stale text (falls back to `--ruta-warning-foreground`).
 * @cssproperty --territory-breakdown-warning-background - Notes background (falls back to `--ruta-warning-background`).
 * @cssproperty --territory-breakdown-error-foreground - Error text (falls back to `--ruta-error-foreground`).
 * @cssproperty --territory-breakdown-error-background - Error background (falls back to `--ruta-error-background`).
 * @cssproperty --territory-breakdown-font-family - Font (falls back to `--ruta-font-family`, then the system font).
 * @cssproperty --territory-breakdown-radius - Corner radius (falls back to `--ruta-radius`).
 */
export class TerritoryBreakdown extends RutaElement<TerritoryView> {
  static override styles = [tokens(TAG), frameStyles, styles];
  protected readonly tag = TAG;

  /** Id of the `territory-counts` indicator to show; default: the first. */
  @property() indicator?: string;

  /** `count` (default) or `name`. */
  @property({ reflect: true }) sort: TerritorySort = 'count';

  protected model(feed: Feed, lang: Lang, width: number): ModelResult<TerritoryView> {
    const picked = pickIndicator(feed, 'territory-counts', this.indicator);
    if (!picked.ok) {
      return { kind: 'problem', title: TERRITORY_MESSAGES[lang].title, message: FRAME[lang].indicatorMissing('territory-counts', this.indicator, picked.available) };
    }
    const model = layoutTerritories(picked.indicator, { lang, width, sort: SORTS.includes(this.sort) ? this.sort : 'count' });
    // Nothing counted anywhere: say so rather than draw a column of zeros, keeping in sight a
    // declared total that the counts contradict.
    return model.view.marks.some((d) => d.count) ? model : { kind: 'empty', title: model.title, message: [FRAME[lang].empty, ...(model.notes ?? [])].join(' ') };
  }

  protected renderChart({ width, height, marks, texts }: TerritoryView): TemplateResult {
    const hide = () => this.hideTip();
    return html`<svg class="plot" width=${width} height=${height} viewBox="0 0 ${width} ${height}" role="presentation">
      ${repeat(
        marks,
        (d) => d.key,
        (d) => {
          const show = (e: Event) => this.showTip(e, d.tip);
          return svg`<rect part="bar" class="mark${d.count ? '' : ' zero'}" x=${d.x} y=${d.y} width=${d.width} height=${d.height} tabindex="0" role="img"
            aria-label=${d.tip} @pointerenter=${show} @focus=${show} @blur=${hide}></rect>`;
        },
      )}
      <g aria-hidden="true">${texts.map((t) => svg`<text class=${t.kind} x=${t.x} y=${t.y}>${t.text}</text>`)}</g>
    </svg>`;
  }
}

// A page may load two copies of the library: the first definition stays, the second's must not throw.
if (!customElements.get('territory-breakdown')) customElements.define('territory-breakdown', TerritoryBreakdown);

declare global {
  interface HTMLElementTagNameMap {
    [TAG]: TerritoryBreakdown;
  }
}
