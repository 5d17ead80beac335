/**
 * Counts per territory (comuna, corregimiento): data + width + language → view model. Pure (no
 * DOM); the element only draws what this returns.
 *
 * One horizontal bar per territory, largest first: names in a column before the bars (two
 * lines at most, shortened if need be; the tooltip and the table keep them whole), every count
 * written after its bar. A territory the feed lists but does not count is drawn at zero: a
 * thin muted stub with a written 0, so it reads as counted-at-zero, not as a missing bar.
 */
import { translated } from '../../feed/pick.js';
import type { TerritoryCountsIndicator } from '../../feed/types.js';
import type { Lang } from '../../format/locale.js';
import { formatNumber, formatPercent } from '../../format/number.js';
import { FRAME } from '../../format/ui.js';
import type { ChartModel } from '../../internal/ruta-element.js';
import { linearScale } from '../../viz/scale.js';
import { estimateTextWidth } from '../../viz/text.js';
// Shared rather than copied: the same two-line wrapping as the attendance groups' labels.
import { wrapLabel } from '../attendance-breakdown/attendance-breakdown.layout.js';
import { TERRITORY_MESSAGES } from './territory-breakdown.messages.js';

export type TerritorySort = 'count' | 'name';
export const SORTS: readonly TerritorySort[] = ['count', 'name'];

export interface LayoutOptions {
  readonly lang: Lang;
  /** Width available for the chart, in CSS pixels. */
  readonly width: number;
  readonly sort: TerritorySort;
}

export interface TerritoryCount {
  readonly territory: string;
  readonly count: number;
}

export interface TerritoryData {
  /** Every territory once, in the feed's order. */
  readonly counts: readonly TerritoryCount[];
  /** The sum of the counts. */
  readonly total: number;
  readonly declaredTotal: number | undefined;
  /** The feed declares a total that is not the sum. */
  readonly mismatch: boolean;
}

/**
 * Every territory once: the listed ones first (at zero until counted), then any counted but
 * not listed (the validator warns; the chart shows it rather than hide part of the total). A
 * territory counted twice adds up (the validator warns about that too).
 */
export function territoryData(indicator: TerritoryCountsIndicator): TerritoryData {
  const counts = new Map<string, number>();
  for (const t of indicator.territories ?? []) counts.set(t, 0);
  let total = 0;
  for (const c of indicator.counts) {
    counts.set(c.territory, (counts.get(c.territory) ?? 0) + c.count);
    total += c.count;
  }
  const declaredTotal = indicator.declaredTotal;
  return {
    counts: [...counts].map(([territory, count]) => ({ territory, count })),
    total,
    declaredTotal,
    mismatch: declaredTotal !== undefined && declaredTotal !== total,
  };
}

/**
 * Largest first (or by name only), names in the reader's alphabetical order with numbers by
 * value: "Comuna 2" before "Comuna 10".
 */
export function sortTerritories(counts: readonly TerritoryCount[], lang: Lang, sort: TerritorySort): TerritoryCount[] {
  const byName = new Intl.Collator(lang, { numeric: true }).compare;
  return [...counts].sort((a, b) => (sort === 'count' ? b.count - a.count : 0) || byName(a.territory, b.territory));
}

/** A territory's bar: a focusable mark. */
export interface BarMark {
  /** The territory's name, whole. */
  readonly key: string;
  readonly count: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** The same sentence for pointer and keyboard: "Comuna 5: 2 de 10 (20 %)". */
  readonly tip: string;
}

/** A line of a territory's name, or a count after its bar; `y` is the baseline. */
export interface TextItem {
  readonly x: number;
  readonly y: number;
  readonly text: string;
  readonly kind: 'label' | 'value';
}

export interface TerritoryView {
  readonly width: number;
  readonly height: number;
  readonly marks: readonly BarMark[];
  readonly texts: readonly TextItem[];
}

const FONT = 13;
/** Names and counts are measured a little wide: fonts such as DejaVu Sans run past the estimate. */
const TIGHT_FONT = FONT * 1.12;
const BAR = 16;
const LINE = 16;
const GAP = 8;
/** The thinnest bar for a count above zero, in pixels; labels, tooltip and table keep the count. */
export const MIN_BAR = 3;
/** The stub drawn at zero: visible and focusable, thinner than any count above zero. */
export const ZERO_BAR = 2;
/** The narrowest chart laid out; the frame never offers less. */
const MIN_WIDTH = 160;

/** The whole model the frame needs: title, summary, caption, notes, table, view. */
export function layoutTerritories(indicator: TerritoryCountsIndicator, { lang, width, sort }: LayoutOptions): ChartModel<TerritoryView> {
  const m = TERRITORY_MESSAGES[lang];
  const frame = FRAME[lang];
  const n = (v: number) => formatNumber(v, lang);
  const data = territoryData(indicator);
  const { total } = data;
  const rows = sortTerritories(data.counts, lang, sort);
  const share = (c: number) => (total ? (c / total) * 100 : 0);
  const values = rows.map((r) => n(r.count));

  // Names in a column of at most 45 % of the width, counts after the bars.
  const w = Math.max(MIN_WIDTH, width);
  const widest = (texts: string[]) => Math.max(0, ...texts.map((t) => estimateTextWidth(t, TIGHT_FONT)));
  const labelWidth = Math.min(w * 0.45, widest(rows.map((r) => r.territory)));
  const plotX = labelWidth + 10;
  const x = linearScale([0, Math.max(1, ...rows.map((r) => r.count))], [0, Math.max(20, w - plotX - widest(values) - 6)]);

  const marks: BarMark[] = [];
  const texts: TextItem[] = [];
  let y = 0;
  rows.forEach((r, i) => {
    const lines = wrapLabel(r.territory, labelWidth, TIGHT_FONT);
    const height = Math.max(BAR, lines.length * LINE);
    const mid = y + height / 2;
    const barWidth = r.count ? Math.max(MIN_BAR, x(r.count)) : ZERO_BAR;
    const tip = `${r.territory}: ${values[i]} ${m.of} ${n(total)} (${formatPercent(share(r.count), lang, 1)})`;
    marks.push({ key: r.territory, count: r.count, x: plotX, y: mid - BAR / 2, width: barWidth, height: BAR, tip });
    lines.forEach((text, j) => texts.push({ x: 0, y: mid + (j - (lines.length - 1) / 2) * LINE + 4.5, text, kind: 'label' }));
    texts.push({ x: plotX + barWidth + 6, y: mid + 4.5, text: values[i]!, kind: 'value' });
    y += height + GAP;
  });

  const title = translated(indicator, 'title', indicator.title, lang);
  const caption = `${frame.total}: ${n(total)}${indicator.unit ? ' ' + indicator.unit : ''}`;
  const notes = data.mismatch ? [m.mismatch(n(data.declaredTotal!), n(total))] : [];
  const counted = rows.filter((r) => r.count).map((r) => `${r.territory}: ${n(r.count)}`);
  const zeros = rows.filter((r) => !r.count).map((r) => r.territory);
  const cells = (name: string, count: number, pct: number) => ({
    cells: [name, count, Math.round(pct * 100) / 100],
    display: [name, n(count), formatPercent(pct, lang, 1)],
  });

  return {
    kind: 'model',
    title,
    summary: [`${title}. ${caption}.`, `${counted.join('; ')}.`, zeros.length ? `${m.zero}: ${zeros.join(', ')}.` : '', ...notes].filter(Boolean).join(' '),
    caption,
    notes,
    csvName: `territory-breakdown-${indicator.id}`,
    table: {
      columns: [{ label: m.territory }, { label: indicator.unit ?? m.count, numeric: true }, { label: m.share, numeric: true }],
      rows: [...rows.map((r) => cells(r.territory, r.count, share(r.count))), cells(frame.total, total, total ? 100 : 0)],
    },
    view: { width: w, height: Math.max(0, y - GAP), marks, texts },
  };
}
