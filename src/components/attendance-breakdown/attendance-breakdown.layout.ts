/**
 * Attendance per group and category: data + width + language → view model. Pure (no DOM);
 * d3-scale's band scale places the groups and categories, the shared linear scale
 * (`viz/scale.ts`, d3-scale's `scaleLinear` would bring 11 KB of interpolators) sizes the bars;
 * the element only draws what this returns.
 *
 * Two orientations, chosen by the width: columns (groups side by side, bars upright) when every
 * group gets a band wide enough for its labels, rows (groups one under another, bars lying
 * down) otherwise, which is what a phone gets. Both draw every count as text next to its bar,
 * the group total, and the declared total beside any group whose parts do not add up to it.
 */
import { scaleBand } from 'd3-scale';
import { groupSum } from '../../feed/measures.js';
import { translated } from '../../feed/pick.js';
import type { AttendanceIndicator } from '../../feed/types.js';
import type { Lang } from '../../format/locale.js';
import { formatNumber, formatPercent } from '../../format/number.js';
import { FRAME } from '../../format/ui.js';
import { SERIES_COUNT } from '../../internal/frame.styles.js';
import type { ChartModel, TableRow } from '../../internal/ruta-element.js';
import { linearScale } from '../../viz/scale.js';
import { estimateTextWidth, fitText } from '../../viz/text.js';
import { ATTENDANCE_MESSAGES } from './attendance-breakdown.messages.js';

export type AttendanceVariant = 'grouped' | 'stacked';
export const VARIANTS: readonly AttendanceVariant[] = ['grouped', 'stacked'];
export type Orientation = 'columns' | 'rows';

export interface LayoutOptions {
  readonly lang: Lang;
  /** Width available for the chart, in CSS pixels. */
  readonly width: number;
  readonly variant: AttendanceVariant;
}

// ---------------------------------------------------------------------------------------------
// Data: the indicator as a grid of groups × categories.

export interface CategoryData {
  readonly key: string;
  readonly label: string;
  /** 1-based series colour. */
  readonly series: number;
  /** Sum over all groups. */
  readonly total: number;
}

export interface GroupData {
  readonly key: string;
  readonly label: string;
  /** One count per category, in category order; `undefined` where the feed gives none. */
  readonly counts: readonly (number | undefined)[];
  /** The sum of the group's counts (what the parts add up to). */
  readonly sum: number;
  readonly declaredTotal?: number;
  /** The feed declares a total that is not the sum. */
  readonly mismatch: boolean;
}

export interface AttendanceData {
  readonly categories: readonly CategoryData[];
  readonly groups: readonly GroupData[];
  readonly total: number;
}

/** A key unique among `seen`: feeds may repeat an id (the validator warns; the chart still draws). */
function uniqueKey(id: string, seen: Set<string>): string {
  let key = id;
  for (let i = 2; seen.has(key); i++) key = `${id}#${i}`;
  seen.add(key);
  return key;
}

/**
 * The indicator as a grid. Categories are the declared ones in their order, then any category
 * a group counts without declaring it (the validator warns about those; the chart shows them
 * under their id rather than hide people from the total). Sums come from `groupSum`, the same
 * computation the validator compares with `declaredTotal`.
 */
export function attendanceData(indicator: AttendanceIndicator): AttendanceData {
  const ids: string[] = [];
  const labels = new Map<string, string>();
  for (const c of indicator.categories) {
    if (!labels.has(c.id)) {
      ids.push(c.id);
      labels.set(c.id, c.label);
    }
  }
  for (const g of indicator.groups) {
    for (const id of Object.keys(g.counts)) {
      if (!labels.has(id)) {
        ids.push(id);
        labels.set(id, id);
      }
    }
  }
  const seen = new Set<string>();
  const groups = indicator.groups.map((g): GroupData => {
    const sum = groupSum(g);
    return {
      key: uniqueKey(g.id, seen),
      label: g.label,
      counts: ids.map((id) => (Object.prototype.hasOwnProperty.call(g.counts, id) ? g.counts[id] : undefined)),
      sum,
      ...(g.declaredTotal !== undefined ? { declaredTotal: g.declaredTotal } : {}),
      mismatch: g.declaredTotal !== undefined && g.declaredTotal !== sum,
    };
  });
  const categories = ids.map((id, i) => ({
    key: id,
    label: labels.get(id)!,
    series: (i % SERIES_COUNT) + 1,
    total: groups.reduce((t, g) => t + (g.counts[i] ?? 0), 0),
  }));
  return { categories, groups, total: groups.reduce((t, g) => t + g.sum, 0) };
}

// ---------------------------------------------------------------------------------------------
// View model.

/** One bar (grouped) or bar segment (stacked): a focusable mark. */
export interface BarMark {
  readonly key: string;
  readonly group: string;
  readonly category: string;
  readonly count: number;
  readonly series: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** The same sentence for pointer and keyboard: "Zona rural · Hombres: 105 de 172 (61 %)". */
  readonly tip: string;
}

/** A line of text at a point; `y` is the baseline. */
export interface TextItem {
  readonly key: string;
  readonly x: number;
  readonly y: number;
  readonly text: string;
  readonly anchor: 'start' | 'middle' | 'end';
}

/** A count drawn as text: above, beside or inside its bar. */
export interface ValueText extends TextItem {
  /** Drawn on the bar itself (in the background colour, for contrast with the series colour). */
  readonly inside: boolean;
}

/** The declared-total note drawn next to its group, on a warning background. */
export interface GroupNote {
  /** The whole sentence ("total declarado 178; la suma es 172"). */
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** The sentence broken to the box's width. */
  readonly lines: readonly TextItem[];
}

export interface GroupView {
  readonly key: string;
  /** The full label (the drawn lines may be shortened; the table keeps it whole). */
  readonly label: string;
  readonly labelLines: readonly TextItem[];
  readonly sum: number;
  /** "Total: 503". */
  readonly total: TextItem;
  readonly note?: GroupNote;
  /** Category names next to their bars (grouped variant). */
  readonly ticks: readonly TextItem[];
}

export interface LegendItem {
  readonly key: string;
  readonly label: string;
  readonly series: number;
  /** The category's total over all groups, formatted. */
  readonly valueLabel: string;
}

export interface AttendanceView {
  readonly variant: AttendanceVariant;
  readonly orientation: Orientation;
  readonly width: number;
  readonly height: number;
  readonly groups: readonly GroupView[];
  readonly marks: readonly BarMark[];
  readonly values: readonly ValueText[];
  readonly legend: readonly LegendItem[];
  /** The zero line of the columns. */
  readonly baseline?: { readonly x1: number; readonly x2: number; readonly y: number };
}

// ---------------------------------------------------------------------------------------------
// Geometry.

/** Value labels, category names, notes. */
const FONT = 13;
/** Group labels and totals (bold). */
const LABEL_FONT = 14;
/** Bold text is a little wider than the estimate, which is for regular weight. */
const BOLD = 1.08;
/**
 * Text that must not touch its neighbours (a note in its box, category names side by side or
 * before their bars) is measured with this margin: wide fonts such as DejaVu Sans run about a
 * tenth wider than the estimate.
 */
const SLACK = 1.12;
const LINE = 18;
const NOTE_LINE = 17;
const NOTE_PAD_X = 8;
const NOTE_PAD_Y = 5;
/** Height of a bar (rows, grouped) and of a stacked bar (rows, stacked). */
const BAR = 18;
const BAR_GAP = 4;
const STACK = 26;
const GROUP_GAP = 20;
/**
 * The thinnest bar or segment drawn for a count above zero, in pixels: 3 people among 1.000
 * would be a hairline no one could see, point at or focus. Labels, tooltips and the table keep
 * the exact count.
 */
export const MIN_BAR = 3;
/** Columns: plot height, room above the tallest bar for its label, widest bar drawn. */
const PLOT = 240;
const TOP = 22;
const MAX_COLUMN = 72;
/** Columns only from this width and this band per group; narrower gets rows. */
export const MIN_COLUMNS_WIDTH = 480;
export const MIN_BAND = 110;
/** The narrowest chart laid out; the frame never offers less. */
export const MIN_WIDTH = 160;

const textWidth = (text: string, font = FONT) => estimateTextWidth(text, font);
const boldWidth = (text: string, font = LABEL_FONT) => estimateTextWidth(text, font * BOLD);

/** Greedy line breaking at spaces; a word wider than the line gets a line of its own. */
function breakLines(words: readonly string[], width: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (line && estimateTextWidth(next, fontSize) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Breaks a text into lines no wider than `width` (by the estimate), at spaces; at most
 * `maxLines`, the last one shortened with an ellipsis if the text goes on. A single word wider
 * than the line is shortened too. The full text stays in the tooltip and the table.
 *
 * Lines are balanced: the narrowest width that needs no more lines is used, so a note breaks
 * as "total declarado 178;" / "la suma es 172", never leaving "172" alone on a second line.
 */
export function wrapText(text: string, width: number, fontSize: number, maxLines: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  let lines = breakLines(words, width, fontSize);
  if (lines.length > maxLines) {
    lines = [...lines.slice(0, maxLines - 1), fitText(`${lines.slice(maxLines - 1).join(' ')}…`, width, fontSize)];
  } else if (lines.length > 1) {
    let lo = 0;
    let hi = width;
    for (let i = 0; i < 12; i++) {
      const mid = (lo + hi) / 2;
      if (breakLines(words, mid, fontSize).length <= lines.length) hi = mid;
      else lo = mid;
    }
    lines = breakLines(words, hi, fontSize);
  }
  return lines.map((l) => fitText(l, width, fontSize));
}

interface Cells {
  readonly data: AttendanceData;
  readonly lang: Lang;
  /** Formatted counts, [group][category]; the missing sign where the feed gives none. */
  readonly text: readonly (readonly string[])[];
  /** Tooltip and accessible name of each bar, [group][category]. */
  readonly tips: readonly (readonly string[])[];
}

function cells(data: AttendanceData, lang: Lang): Cells {
  const m = ATTENDANCE_MESSAGES[lang];
  const text = data.groups.map((g) => g.counts.map((c) => (c === undefined ? m.missing : formatNumber(c, lang))));
  const tips = data.groups.map((g, gi) =>
    g.counts.map((c, ci) => {
      const cat = data.categories[ci]!.label;
      // No count, no bar: nothing to point at.
      if (c === undefined) return '';
      const share = g.sum > 0 ? (c / g.sum) * 100 : 0;
      return m.tip(g.label, cat, text[gi]![ci]!, formatNumber(g.sum, lang), formatPercent(share, lang, 1));
    }),
  );
  return { data, lang, text, tips };
}

function noteFor(g: GroupData, lang: Lang): string | undefined {
  return g.mismatch ? ATTENDANCE_MESSAGES[lang].groupNote(formatNumber(g.declaredTotal!, lang), formatNumber(g.sum, lang)) : undefined;
}

/** A note box at (x, y), its lines at most `width` wide; `anchor` places the box. */
function noteBox(key: string, text: string, x: number, y: number, width: number, anchor: 'start' | 'middle'): GroupNote {
  const room = Math.max(20, width - 2 * NOTE_PAD_X);
  const font = FONT * SLACK;
  // Too long for one line: break at the semicolon first ("total declarado 178;" / "la suma es 172").
  const lines =
    estimateTextWidth(text, font) <= room
      ? [text]
      : text
          .replace(/;\s+/g, ';\n')
          .split('\n')
          .flatMap((clause) => wrapText(clause, room, font, 2))
          .slice(0, 4);
  const inner = Math.max(...lines.map((l) => textWidth(l, font)));
  const boxWidth = Math.min(width, inner + 2 * NOTE_PAD_X);
  const left = anchor === 'middle' ? x - boxWidth / 2 : x;
  const height = lines.length * NOTE_LINE + 2 * NOTE_PAD_Y;
  return {
    text,
    x: left,
    y,
    width: boxWidth,
    height,
    lines: lines.map((l, i) => ({
      key: `${key}/note/${i}`,
      x: anchor === 'middle' ? x : x + NOTE_PAD_X,
      y: y + NOTE_PAD_Y + 12 + i * NOTE_LINE,
      text: l,
      anchor,
    })),
  };
}

/**
 * Places labels under a horizontal stacked bar, each as near its segment's middle as the ones
 * before it allow, starting a new line when the width runs out. Returns the items and the
 * number of lines used.
 */
function labelsBelow(
  wanted: readonly { key: string; center: number; text: string }[],
  width: number,
  top: number,
): { items: ValueText[]; lines: number } {
  const items: ValueText[] = [];
  let line = 0;
  let right = -Infinity;
  for (const w of wanted) {
    const tw = textWidth(w.text);
    const clamp = (v: number) => Math.max(0, Math.min(width - tw, v));
    let left = clamp(Math.max(w.center - tw / 2, right + 6));
    if (left < right + 6) {
      line++;
      left = clamp(w.center - tw / 2);
    }
    right = left + tw;
    items.push({ key: w.key, x: left, y: top + 14 + line * LINE, text: w.text, anchor: 'start', inside: false });
  }
  return { items, lines: wanted.length ? line + 1 : 0 };
}

/**
 * Where each segment of each stack starts and ends along `length`, [group][category]
 * (`undefined` for no count). Segments follow the counts, except that none is thinner than
 * `MIN_BAR`; the room that takes is kept off the scale, so the longest stack still fits.
 */
function stackSpans(data: AttendanceData, length: number): (readonly [number, number] | undefined)[][] {
  const max = Math.max(1, ...data.groups.map((g) => g.sum));
  let reserve = 0;
  let scale = linearScale([0, max], [0, length]);
  // A smaller scale can make more segments thin: repeat until the reserve settles (it only grows).
  for (;;) {
    const thin = Math.max(0, ...data.groups.map((g) => g.counts.filter((n) => n && scale(n) < MIN_BAR).length));
    const next = Math.min(thin * MIN_BAR, length / 2);
    if (next <= reserve) break;
    reserve = next;
    scale = linearScale([0, max], [0, length - reserve]);
  }
  return data.groups.map((g) => {
    let at = 0;
    return g.counts.map((n) => {
      if (!n) return undefined;
      const start = at;
      at += Math.max(MIN_BAR, scale(n));
      return [start, at] as const;
    });
  });
}

/**
 * Moves the labels at `which` apart vertically, at least a line from one another, between
 * `min` and `max` (baselines), as near their wanted place as the others allow: a top-down pass
 * then a bottom-up one. Returns new items; the others are kept as they are.
 */
function spreadVertically(items: readonly ValueText[], which: readonly number[], min: number, max: number): ValueText[] {
  const gap = FONT + 2;
  const order = [...which].sort((a, b) => items[a]!.y - items[b]!.y);
  const ys = order.map((i) => items[i]!.y);
  for (let k = 0; k < ys.length; k++) ys[k] = Math.max(ys[k]!, min, k > 0 ? ys[k - 1]! + gap : -Infinity);
  for (let k = ys.length - 1; k >= 0; k--) ys[k] = Math.min(ys[k]!, max, k < ys.length - 1 ? ys[k + 1]! - gap : Infinity);
  const out = [...items];
  order.forEach((i, k) => (out[i] = { ...items[i]!, y: ys[k]! }));
  return out;
}

/** Groups one under another, bars lying down: phones and narrow columns. */
function layoutRows(c: Cells, variant: AttendanceVariant, width: number): Omit<AttendanceView, 'legend'> {
  const { data, lang } = c;
  const m = ATTENDANCE_MESSAGES[lang];
  const w = Math.max(MIN_WIDTH, width);
  const grouped = variant === 'grouped';
  const cats = data.categories;

  // Grouped: category names at the left, counts after each bar.
  const tickWidth = grouped ? Math.min(w * 0.35, Math.max(0, ...cats.map((k) => textWidth(k.label, FONT * SLACK)))) : 0;
  const valueWidth = grouped ? Math.max(0, ...c.text.flat().map((t) => textWidth(t))) : 0;
  const plotX = grouped ? tickWidth + 8 : 0;
  const plotWidth = Math.max(20, w - plotX - (grouped ? valueWidth + 6 : 0));
  const max = grouped ? Math.max(0, ...data.groups.flatMap((g) => g.counts.map((n) => n ?? 0))) : Math.max(0, ...data.groups.map((g) => g.sum));
  const x = linearScale([0, Math.max(1, max)], [0, plotWidth]);
  const spans = grouped ? [] : stackSpans(data, plotWidth);

  const groups: GroupView[] = [];
  const marks: BarMark[] = [];
  const values: ValueText[] = [];
  let y = 0;
  data.groups.forEach((g, gi) => {
    const totalText = m.total(formatNumber(g.sum, lang));
    const lines = wrapText(g.label, Math.max(40, w - boldWidth(totalText) - 12), LABEL_FONT * BOLD, 2);
    const labelLines = lines.map((text, i) => ({ key: `${g.key}/label/${i}`, x: 0, y: y + 15 + i * LINE, text, anchor: 'start' as const }));
    const total: TextItem = { key: `${g.key}/total`, x: w, y: y + 15, text: totalText, anchor: 'end' };
    y += lines.length * LINE + 6;

    const noteText = noteFor(g, lang);
    let note: GroupNote | undefined;
    if (noteText) {
      note = noteBox(g.key, noteText, 0, y, w, 'start');
      y += note.height + 6;
    }

    const ticks: TextItem[] = [];
    if (grouped) {
      cats.forEach((k, ci) => {
        const count = g.counts[ci];
        const key = `${g.key}/${k.key}`;
        const barWidth = count ? Math.max(MIN_BAR, x(count)) : 0;
        ticks.push({ key: `${key}/tick`, x: 0, y: y + 13, text: fitText(k.label, tickWidth, FONT * SLACK), anchor: 'start' });
        if (count) {
          marks.push({ key, group: g.key, category: k.key, count, series: k.series, x: plotX, y, width: barWidth, height: BAR, tip: c.tips[gi]![ci]! });
        }
        values.push({ key: `${key}/value`, x: plotX + barWidth + 6, y: y + 13, text: c.text[gi]![ci]!, anchor: 'start', inside: false });
        y += BAR + BAR_GAP;
      });
      y -= BAR_GAP;
    } else {
      const outside: { key: string; center: number; text: string }[] = [];
      cats.forEach((k, ci) => {
        const count = g.counts[ci];
        const span = spans[gi]![ci];
        if (!count || !span) return;
        const key = `${g.key}/${k.key}`;
        const [x0, x1] = span;
        marks.push({ key, group: g.key, category: k.key, count, series: k.series, x: x0, y, width: x1 - x0, height: STACK, tip: c.tips[gi]![ci]! });
        const text = c.text[gi]![ci]!;
        if (textWidth(text) + 8 <= x1 - x0) {
          values.push({ key: `${key}/value`, x: (x0 + x1) / 2, y: y + STACK / 2 + 4.5, text, anchor: 'middle', inside: true });
        } else outside.push({ key: `${key}/value`, center: (x0 + x1) / 2, text });
      });
      if (g.sum === 0) {
        values.push({ key: `${g.key}/zero`, x: 0, y: y + STACK / 2 + 4.5, text: formatNumber(0, lang), anchor: 'start', inside: false });
      }
      y += STACK;
      const below = labelsBelow(outside, w, y);
      values.push(...below.items);
      y += below.lines * LINE;
    }
    groups.push({ key: g.key, label: g.label, labelLines, sum: g.sum, total, ...(note ? { note } : {}), ticks });
    y += GROUP_GAP;
  });
  return { variant, orientation: 'rows', width: w, height: Math.max(0, y - GROUP_GAP), groups, marks, values };
}

/**
 * Groups side by side, bars upright, or `undefined` when the width cannot give every group a
 * band of `MIN_BAND` pixels, or (grouped) a bar's count would not fit over its bar.
 */
function layoutColumns(c: Cells, variant: AttendanceVariant, width: number): Omit<AttendanceView, 'legend'> | undefined {
  const { data, lang } = c;
  const m = ATTENDANCE_MESSAGES[lang];
  const w = Math.max(MIN_WIDTH, width);
  if (w < MIN_COLUMNS_WIDTH || data.groups.length === 0) return undefined;
  const grouped = variant === 'grouped';
  const cats = data.categories;
  const x0 = scaleBand<string>()
    .domain(data.groups.map((g) => g.key))
    .range([0, w])
    .paddingInner(0.2)
    .paddingOuter(0.05);
  const band = x0.bandwidth();
  if (band < MIN_BAND) return undefined;
  const x1 = scaleBand<string>()
    .domain(cats.map((k) => k.key))
    .range([0, band])
    .padding(0.15);
  if (grouped && c.text.flat().some((t) => textWidth(t) > x1.step() - 2)) return undefined;

  const max = grouped ? Math.max(0, ...data.groups.flatMap((g) => g.counts.map((n) => n ?? 0))) : Math.max(0, ...data.groups.map((g) => g.sum));
  const top = grouped ? TOP : 8;
  const base = top + PLOT;
  const y = linearScale([0, Math.max(1, max)], [base, top]);
  const spans = grouped ? [] : stackSpans(data, PLOT);
  const barWidth = grouped ? Math.min(x1.bandwidth(), MAX_COLUMN) : Math.min(band * 0.4, MAX_COLUMN + 16);

  const groups: GroupView[] = [];
  const marks: BarMark[] = [];
  const values: ValueText[] = [];
  let height = base;
  data.groups.forEach((g, gi) => {
    const left = x0(g.key)!;
    const center = left + band / 2;
    const ticks: TextItem[] = [];
    if (grouped) {
      cats.forEach((k, ci) => {
        const count = g.counts[ci];
        const key = `${g.key}/${k.key}`;
        const mid = left + x1(k.key)! + x1.bandwidth() / 2;
        const top = count ? Math.min(y(count), base - MIN_BAR) : base;
        if (count) {
          marks.push({ key, group: g.key, category: k.key, count, series: k.series, x: mid - barWidth / 2, y: top, width: barWidth, height: base - top, tip: c.tips[gi]![ci]! });
        }
        values.push({ key: `${key}/value`, x: mid, y: top - 5, text: c.text[gi]![ci]!, anchor: 'middle', inside: false });
        ticks.push({ key: `${key}/tick`, x: mid, y: base + 16, text: fitText(k.label, x1.step() - 6, FONT * SLACK), anchor: 'middle' });
      });
    } else {
      const colLeft = center - barWidth / 2;
      const colRight = center + barWidth / 2;
      // Counts that do not fit on their segment go beside the column, clear of each other.
      const own: ValueText[] = [];
      const beside: number[] = [];
      cats.forEach((k, ci) => {
        const count = g.counts[ci];
        const span = spans[gi]![ci];
        if (!count || !span) return;
        const key = `${g.key}/${k.key}`;
        const y0 = base - span[0];
        const y1 = base - span[1];
        marks.push({ key, group: g.key, category: k.key, count, series: k.series, x: colLeft, y: y1, width: barWidth, height: y0 - y1, tip: c.tips[gi]![ci]! });
        const text = c.text[gi]![ci]!;
        const mid = (y0 + y1) / 2 + 4.5;
        const inside = y0 - y1 >= FONT + 4 && textWidth(text) + 8 <= barWidth;
        if (!inside) beside.push(own.length);
        own.push({ key: `${key}/value`, x: inside ? center : colRight + 6, y: mid, text, anchor: inside ? 'middle' : 'start', inside });
      });
      values.push(...spreadVertically(own, beside, FONT, base - 2));
      if (g.sum === 0) values.push({ key: `${g.key}/zero`, x: center, y: base - 5, text: formatNumber(0, lang), anchor: 'middle', inside: false });
    }

    let yy = base + (grouped ? 4 + LINE : 4);
    const lines = wrapText(g.label, band, LABEL_FONT * BOLD, 2);
    const labelLines = lines.map((text, i) => ({ key: `${g.key}/label/${i}`, x: center, y: yy + 15 + i * LINE, text, anchor: 'middle' as const }));
    yy += lines.length * LINE;
    const total: TextItem = { key: `${g.key}/total`, x: center, y: yy + 15, text: m.total(formatNumber(g.sum, lang)), anchor: 'middle' };
    yy += LINE + 6;
    const noteText = noteFor(g, lang);
    let note: GroupNote | undefined;
    if (noteText) {
      note = noteBox(g.key, noteText, center, yy, Math.max(band, x0.step() - 8), 'middle');
      yy += note.height;
    }
    height = Math.max(height, yy + 2);
    groups.push({ key: g.key, label: g.label, labelLines, sum: g.sum, total, ...(note ? { note } : {}), ticks });
  });
  return { variant, orientation: 'columns', width: w, height, groups, marks, values, baseline: { x1: 0, x2: w, y: base } };
}

/** The whole model the frame needs: title, summary, caption, notes, table, view. */
export function layoutAttendance(indicator: AttendanceIndicator, options: LayoutOptions): ChartModel<AttendanceView> {
  const { lang, width, variant } = options;
  const m = ATTENDANCE_MESSAGES[lang];
  const n = (v: number) => formatNumber(v, lang);
  const data = attendanceData(indicator);
  const c = cells(data, lang);
  const title = translated(indicator, 'title', indicator.title, lang);
  const totalText = m.people(n(data.total), data.total);

  const notes = data.groups.filter((g) => g.mismatch).map((g) => m.note(g.label, n(g.declaredTotal!), n(g.sum)));
  const source = indicator.source;
  const sourceText = source?.system || source?.cutDate ? FRAME[lang].source(source.system, source.cutDate) : '';
  const caption = [m.total(totalText), sourceText].filter(Boolean).join('. ');

  const groupsText = data.groups
    .map((g, gi) =>
      m.summaryGroup(
        g.label,
        n(g.sum),
        data.categories.map((k, ci) => `${k.label} ${c.text[gi]![ci]}`).join(', '),
        g.mismatch ? n(g.declaredTotal!) : undefined,
      ),
    )
    .join('; ');
  const categoriesText = data.categories.map((k) => `${k.label} ${n(k.total)}`).join(', ');

  const hasDeclared = data.groups.some((g) => g.declaredTotal !== undefined);
  const rows: TableRow[] = data.groups.map((g, gi) => ({
    cells: [g.label, ...g.counts, g.sum, ...(hasDeclared ? [g.declaredTotal] : [])],
    display: [g.label, ...c.text[gi]!, n(g.sum), ...(hasDeclared ? [g.declaredTotal !== undefined ? n(g.declaredTotal) : m.missing] : [])],
  }));
  rows.push({
    cells: [FRAME[lang].total, ...data.categories.map((k) => k.total), data.total, ...(hasDeclared ? [undefined] : [])],
    display: [FRAME[lang].total, ...data.categories.map((k) => n(k.total)), n(data.total), ...(hasDeclared ? [''] : [])],
  });

  const legend: LegendItem[] = data.categories.map((k) => ({ key: k.key, label: k.label, series: k.series, valueLabel: n(k.total) }));
  const geometry = layoutColumns(c, variant, width) ?? layoutRows(c, variant, width);

  return {
    kind: 'model',
    title,
    summary: `${title}. ${m.summary(totalText, groupsText, categoriesText)}${sourceText ? ' ' + sourceText : ''}`,
    caption,
    notes,
    csvName: `attendance-breakdown-${indicator.id}`,
    table: {
      columns: [
        { label: m.group },
        ...data.categories.map((k) => ({ label: k.label, numeric: true })),
        { label: m.sum, numeric: true },
        ...(hasDeclared ? [{ label: m.declaredTotal, numeric: true }] : []),
      ],
      rows,
    },
    view: { ...geometry, legend },
  };
}
