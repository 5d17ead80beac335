import { html, svg, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { pickIndicator } from '../../feed/pick.js';
import type { Feed } from '../../feed/types.js';
import type { Lang } from '../../format/locale.js';
import { FRAME } from '../../format/ui.js';
import { frameStyles, tokens } from '../../internal/frame.styles.js';
import { RutaElement, type ModelResult } from '../../internal/ruta-element.js';
import {
  layoutContractPlatforms,
  VARIANTS,
  type BarsView,
  type ContractPlatformVariant,
  type ContractPlatformView,
  type DonutView,
  type PlatformMark,
} from './contract-platform-chart.layout.js';
import { CONTRACT_PLATFORM_MESSAGES } from './contract-platform-chart.messages.js';
import { styles } from './contract-platform-chart.styles.js';

const TAG = 'contract-platform-chart';

/**
 * Contracts published per platform (SECOP II, Tienda Virtual, Bolsa Mercantil…), as a donut or
 * bars, with counts and shares, the total, and the source and cut date. Raw contract rows in the
 * feed are counted by platform. Tiny shares stay visible and labelled.
 *
 * @summary Contracts per publication platform, from a `contract-platforms` indicator.
 *
 * @attr src - URL of the feed (JSON). Widgets on one URL share one request.
 * @attr indicator - Id of the `contract-platforms` indicator to show; default: the first.
 * @attr variant - `donut` (default) or `bars`.
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
 * @csspart arc - A slice of the donut.
 * @csspart bar - A bar.
 * @csspart legend - The legend list.
 * @csspart legend-item - One entry of the legend.
 * @csspart note - A discrepancy note.
 * @csspart caption - Total, source and cut date.
 * @csspart table-toggle - The "view table" button.
 * @csspart download - The CSV button.
 * @csspart table - The data table.
 *
 * @cssproperty --contract-platform-chart-series-1 - Colour of the first platform (falls back to `--ruta-series-1`); likewise `-series-2` … `-series-6`.
 * @cssproperty --contract-platform-chart-series-2 - Colour of the second platform (falls back to `--ruta-series-2`).
 * @cssproperty --contract-platform-chart-series-3 - Colour of the third platform (falls back to `--ruta-series-3`).
 * @cssproperty --contract-platform-chart-series-4 - Colour of the fourth platform (falls back to `--ruta-series-4`).
 * @cssproperty --contract-platform-chart-series-5 - Colour of the fifth platform (falls back to `--ruta-series-5`).
 * @cssproperty --contract-platform-chart-series-6 - Colour of the sixth platform (falls back to `--ruta-series-6`); a seventh reuses the first.
 * @cssproperty --contract-platform-chart-background - Background (falls back to `--ruta-background`).
 * @cssproperty --contract-platform-chart-foreground - Text colour (falls back to `--ruta-foreground`).
 * @cssproperty --contract-platform-chart-muted - Secondary text (falls back to `--ruta-muted`).
 * @cssproperty --contract-platform-chart-border - Frame and table borders (falls back to `--ruta-border`).
 * @cssproperty --contract-platform-chart-accent - Buttons and focus ring (falls back to `--ruta-accent`).
 * @cssproperty --contract-platform-chart-track - Empty part of bars, skeleton (falls back to `--ruta-track`).
 * @cssproperty --contract-platform-chart-warning-foreground - Notes and stale text (falls back to `--ruta-warning-foreground`).
 * @cssproperty --contract-platform-chart-warning-background - Notes background (falls back to `--ruta-warning-background`).
 * @cssproperty --contract-platform-chart-error-foreground - Error text (falls back to `--ruta-error-foreground`).
 * @cssproperty --contract-platform-chart-error-background - Error background (falls back to `--ruta-error-background`).
 * @cssproperty --contract-platform-chart-font-family - Font (falls back to `--ruta-font-family`, then the system font).
 * @cssproperty --contract-platform-chart-radius - Corner radius (falls back to `--ruta-radius`).
 */
export class ContractPlatformChart extends RutaElement<ContractPlatformView> {
  static override styles = [tokens(TAG), frameStyles, styles];
  protected readonly tag = TAG;

  /** Id of the `contract-platforms` indicator to show; default: the first. */
  @property() indicator?: string;

  /** `donut` (default) or `bars`. */
  @property({ reflect: true }) variant: ContractPlatformVariant = 'donut';

  protected model(feed: Feed, lang: Lang, width: number): ModelResult<ContractPlatformView> {
    const picked = pickIndicator(feed, 'contract-platforms', this.indicator);
    const title = CONTRACT_PLATFORM_MESSAGES[lang].title;
    if (!picked.ok) {
      return { kind: 'problem', title, message: FRAME[lang].indicatorMissing('contract-platforms', this.indicator, picked.available) };
    }
    const variant = VARIANTS.includes(this.variant) ? this.variant : 'donut';
    const model = layoutContractPlatforms(picked.indicator, { lang, width, variant });
    return model.view.variant === 'donut' ? (model.view.arcs.length ? model : { kind: 'empty', title: model.title }) : model.view.rows.length ? model : { kind: 'empty', title: model.title };
  }

  protected renderChart(view: ContractPlatformView): TemplateResult {
    return view.variant === 'donut' ? this.renderDonut(view) : this.renderBars(view);
  }

  private markEvents(d: PlatformMark) {
    const show = (e: Event) => this.showTip(e, d.tip);
    return { show, hide: () => this.hideTip() };
  }

  private renderDonut(view: DonutView): TemplateResult {
    const r = view.size / 2;
    return html`<div class="donut">
      <div class="donut-figure" .style=${`width:${view.size}px;height:${view.size}px`}>
        <svg width=${view.size} height=${view.size} viewBox="${-r} ${-r} ${view.size} ${view.size}" role="presentation">
          ${repeat(
            view.arcs,
            (d) => d.key,
            (d) => {
              const ev = this.markEvents(d);
              return svg`<path part="arc" class="mark s${d.series}" d=${d.d} tabindex="0" role="img" aria-label=${d.tip}
                @pointerenter=${ev.show} @focus=${ev.show} @blur=${ev.hide}></path>`;
            },
          )}
        </svg>
        <!-- HTML, not SVG text: contrast checkers and print read it like any text. -->
        <div class="center" aria-hidden="true">
          <span class="center-value">${view.centerValue}</span>
          <span class="center-label">${view.centerLabel}</span>
        </div>
      </div>
      <ul part="legend" class="legend">
        ${repeat(
          view.legend,
          (d) => d.key,
          (d) => html`<li part="legend-item" class="legend-item">
            <span class="swatch s${d.series}" aria-hidden="true"></span>
            <span class="legend-name">${d.name}</span>
            <span class="legend-value">${d.valueLabel}</span>
          </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderBars(view: BarsView): TemplateResult {
    return html`<svg width=${view.width} height=${view.height} viewBox="0 0 ${view.width} ${view.height}" role="presentation">
      ${repeat(
        view.rows,
        (d) => d.key,
        (d) => {
          const ev = this.markEvents(d);
          return svg`<g>
            <text class="bar-name" x="0" y=${d.y} aria-hidden="true">${d.nameLabel}</text>
            <text class="bar-value" x=${view.width} y=${d.y} text-anchor="end" aria-hidden="true">${d.valueLabel}</text>
            <rect class="track" x="0" y=${d.barY} width=${view.width} height=${view.barHeight} rx="2"></rect>
            <rect part="bar" class="mark bar s${d.series}" x="0" y=${d.barY} width=${d.barWidth} height=${view.barHeight} rx="2"
              .style=${`width:${d.barWidth}px`}
              tabindex="0" role="img" aria-label=${d.tip}
              @pointerenter=${ev.show} @focus=${ev.show} @blur=${ev.hide}></rect>
          </g>`;
        },
      )}
    </svg>`;
  }
}

// A page may load two copies of the library (two widgets pasted from two sources, or two
// versions): the first definition stays, the second copy's must not throw.
if (!customElements.get('contract-platform-chart')) customElements.define('contract-platform-chart', ContractPlatformChart);

declare global {
  interface HTMLElementTagNameMap {
    [TAG]: ContractPlatformChart;
  }
}
