/**
 * Contracts per platform: data + width + language → view model. Pure (no DOM); d3 computes
 * the arcs and the scale, the element only draws what this returns.
 */
import { platformTotals, type PlatformTotal } from '../../feed/measures.js';
import { translated } from '../../feed/pick.js';
import type { ContractPlatformsIndicator } from '../../feed/types.js';
import type { Lang } from '../../format/locale.js';
import { formatNumber, formatPercent } from '../../format/number.js';
import { FRAME } from '../../format/ui.js';
import type { ChartModel } from '../../internal/ruta-element.js';
import { SERIES_COUNT } from '../../internal/frame.styles.js';
import { annularSector, pieSlices } from '../../viz/arc.js';
import { linearScale } from '../../viz/scale.js';
import { estimateTextWidth, fitText } from '../../viz/text.js';
import { CONTRACT_PLATFORM_MESSAGES } from './contract-platform-chart.messages.js';

export type ContractPlatformVariant = 'donut' | 'bars';
export const VARIANTS: readonly ContractPlatformVariant[] = ['donut', 'bars'];

/**
 * The smallest slice drawn, as a fraction of the circle: 0,35 % would be a hairline, so it is
 * drawn as 0,6 % (about 2°). Its label, legend, tooltip and table keep the exact value.
 */
export const MIN_SLICE = 0.006;
/** The thinnest bar drawn for a non-zero count, in pixels. */
export const MIN_BAR = 3;

export interface PlatformMark {
  readonly key: string;
  readonly name: string;
  readonly count: number;
  /** Computed share, 0–100. */
  readonly share: number;
  readonly declaredShare?: number;
  /** 1-based series colour. */
  readonly series: number;
  /** "2.255 · 98,34 %" */
  readonly valueLabel: string;
  /** The same sentence for pointer and keyboard: "SECOP II: 2.255 contratos (98,34 %)". */
  readonly tip: string;
}

export interface DonutArc extends PlatformMark {
  readonly d: string;
}

export interface DonutView {
  readonly variant: 'donut';
  readonly size: number;
  readonly arcs: readonly DonutArc[];
  readonly legend: readonly PlatformMark[];
  /** "2.293" and "contratos" in the hole. */
  readonly centerValue: string;
  readonly centerLabel: string;
}

export interface BarRow extends PlatformMark {
  readonly y: number;
  readonly nameLabel: string;
  readonly barY: number;
  readonly barWidth: number;
}

export interface BarsView {
  readonly variant: 'bars';
  readonly width: number;
  readonly height: number;
  readonly barHeight: number;
  readonly rows: readonly BarRow[];
}

export type ContractPlatformView = DonutView | BarsView;

export interface LayoutOptions {
  readonly lang: Lang;
  /** Width available for the chart, in CSS pixels. */
  readonly width: number;
  readonly variant: ContractPlatformVariant;
}

const ROW = 52;
const BAR = 18;
const FONT = 14;

function marks(platforms: readonly PlatformTotal[], lang: Lang): PlatformMark[] {
  const m = CONTRACT_PLATFORM_MESSAGES[lang];
  return platforms.map((p, i) => {
    const count = formatNumber(p.count, lang);
    const share = formatPercent(p.share, lang);
    return {
      key: p.name,
      name: p.name,
      count: p.count,
      share: p.share,
      ...(p.declaredShare !== undefined ? { declaredShare: p.declaredShare } : {}),
      series: (i % SERIES_COUNT) + 1,
      valueLabel: `${count} · ${share}`,
      tip: `${p.name}: ${m.contractsCount(count, p.count)} (${share})`,
    };
  });
}

export function layoutDonut(items: readonly PlatformMark[], total: number, width: number, lang: Lang): DonutView {
  const size = Math.max(160, Math.min(width, 280));
  const outer = size / 2 - 4;
  const inner = outer * 0.62;
  const slices = pieSlices(items, (d) => (d.count > 0 ? Math.max(d.count, total * MIN_SLICE) : 0));
  const pad = slices.filter((s) => s.value > 0).length > 1 ? 0.012 : 0;
  const arcs = slices
    .filter((s) => s.data.count > 0)
    .map((s) => ({ ...s.data, d: annularSector(inner, outer, s.startAngle, s.endAngle, pad) }));
  return {
    variant: 'donut',
    size,
    arcs,
    legend: items,
    centerValue: formatNumber(total, lang),
    centerLabel: CONTRACT_PLATFORM_MESSAGES[lang].contracts.toLowerCase(),
  };
}

export function layoutBars(items: readonly PlatformMark[], width: number): BarsView {
  const w = Math.max(200, width);
  const max = Math.max(1, ...items.map((d) => d.count));
  const x = linearScale([0, max], [0, w]);
  const rows = items.map((d, i) => {
    const valueWidth = estimateTextWidth(d.valueLabel, FONT);
    return {
      ...d,
      y: i * ROW + FONT,
      nameLabel: fitText(d.name, w - valueWidth - 12, FONT),
      barY: i * ROW + FONT + 8,
      barWidth: d.count > 0 ? Math.max(MIN_BAR, x(d.count)) : 0,
    };
  });
  return { variant: 'bars', width: w, height: items.length * ROW, barHeight: BAR, rows };
}

/** The whole model the frame needs: title, summary, caption, notes, table, view. */
export function layoutContractPlatforms(indicator: ContractPlatformsIndicator, options: LayoutOptions): ChartModel<ContractPlatformView> {
  const { lang, width, variant } = options;
  const m = CONTRACT_PLATFORM_MESSAGES[lang];
  const totals = platformTotals(indicator);
  const items = marks(totals.platforms, lang);
  const totalText = m.contractsCount(formatNumber(totals.total, lang), totals.total);
  const title = translated(indicator, 'title', indicator.title, lang);

  const notes: string[] = [];
  if (totals.declaredTotal !== undefined && totals.declaredTotal !== totals.total) {
    notes.push(m.totalMismatch(formatNumber(totals.declaredTotal, lang), formatNumber(totals.total, lang)));
  }
  for (const p of totals.platforms) {
    if (p.declaredShare !== undefined && Math.abs(p.declaredShare - p.share) > 0.01 + 1e-9) {
      notes.push(m.shareMismatch(p.name, formatPercent(p.declaredShare, lang), formatPercent(p.share, lang)));
    }
  }
  const source = indicator.source;
  const caption = [m.total(totalText), source?.system || source?.cutDate ? FRAME[lang].source(source.system, source.cutDate) : '']
    .filter(Boolean)
    .join('. ');
  const parts = items.map((d) => `${d.name}: ${formatNumber(d.count, lang)} (${formatPercent(d.share, lang)})`).join('; ');
  const hasDeclared = items.some((d) => d.declaredShare !== undefined);

  return {
    kind: 'model',
    title,
    summary: `${title}. ${m.summary(totalText, parts)}${source ? ' ' + FRAME[lang].source(source.system, source.cutDate) : ''}`,
    caption,
    notes,
    csvName: `contract-platform-chart-${indicator.id}`,
    table: {
      columns: [
        { label: m.platform },
        { label: m.contracts, numeric: true },
        { label: m.share, numeric: true },
        ...(hasDeclared ? [{ label: m.declaredShare, numeric: true }] : []),
      ],
      rows: [
        ...items.map((d) => ({
          cells: [d.name, d.count, Math.round(d.share * 100) / 100, ...(hasDeclared ? [d.declaredShare] : [])],
          display: [
            d.name,
            formatNumber(d.count, lang),
            formatPercent(d.share, lang),
            ...(hasDeclared ? [d.declaredShare !== undefined ? formatPercent(d.declaredShare, lang) : '—'] : []),
          ],
        })),
        {
          cells: [FRAME[lang].total, totals.total, totals.total > 0 ? 100 : 0, ...(hasDeclared ? [undefined] : [])],
          display: [FRAME[lang].total, formatNumber(totals.total, lang), formatPercent(totals.total > 0 ? 100 : 0, lang), ...(hasDeclared ? [''] : [])],
        },
      ],
    },
    view: variant === 'bars' ? layoutBars(items, width) : layoutDonut(items, totals.total, width, lang),
  };
}
